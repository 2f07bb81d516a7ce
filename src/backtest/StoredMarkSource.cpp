// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredMarkSource.h"

#include "CandlePath.h"
#include "store/MarkStore.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::backtest {

using core::MarkCandle;
using core::Result;

namespace {

constexpr qint64 kTickWindowMs = 3'600'000;
constexpr qint64 kCandleWindowMs = 86'400'000;

} // namespace

StoredMarkSource::StoredMarkSource(
    std::shared_ptr<core::MarkStore> store, Kind kind, qint64 from, qint64 to, QString symbol)
    : m_store(std::move(store))
    , m_kind(kind)
    , m_from(std::max<qint64>(0, from))
    , m_to(to)
    , m_symbol(std::move(symbol))
    , m_next(m_from)
{ }

StoredMarkSource::~StoredMarkSource() = default;

qint64 StoredMarkSource::position() const
{
    return std::min(m_next, size() + m_from) - m_from;
}

qint64 StoredMarkSource::size() const
{
    // An open end counts up to now: a store holds nothing later.
    const qint64 end = std::min(m_to, QDateTime::currentMSecsSinceEpoch());
    return std::max<qint64>(1, end - m_from);
}

Result<bool> StoredMarkSource::next(MarketEvent &event)
{
    while (m_window.empty()) {
        if (m_next >= m_to) {
            return false;
        }
        if (auto read = readWindow(); !read) {
            return read.error();
        }
    }
    event = std::move(m_window.front());
    m_window.pop_front();
    return true;
}

Result<void> StoredMarkSource::readWindow()
{
    const bool isTicks = m_kind == Kind::Ticks;
    const auto source = m_kind == Kind::MarkCandles ? MarkCandle::Source::Mark : MarkCandle::Source::Klines;
    // Straight to the next stored row: empty days (or a range from the epoch) are not walked.
    qint64 first = m_to;
    if (isTicks) {
        auto oldest = m_store->ticks(m_next, m_to - 1, m_symbol, 1);
        if (!oldest) {
            return oldest.error();
        }
        first = oldest->isEmpty() ? m_to : oldest->first().time;
    } else {
        // A candle that opened before `from` may still walk into the range.
        const qint64 low = m_next == m_from ? std::max<qint64>(0, m_next - MarkCandle::kIntervalMs + 1) : m_next;
        auto oldest = m_store->candles(source, low, m_to - 1, m_symbol, 1);
        if (!oldest) {
            return oldest.error();
        }
        first = oldest->isEmpty() ? m_to : oldest->first().openTime;
    }
    if (first >= m_to) {
        m_next = m_to;
        return {};
    }
    m_next = first;
    const qint64 width = isTicks ? kTickWindowMs : kCandleWindowMs;
    const qint64 last = m_to - m_next <= width ? m_to - 1 : m_next + width - 1;
    if (isTicks) {
        auto ticks = m_store->ticks(m_next, last, m_symbol);
        if (!ticks) {
            return ticks.error();
        }
        for (const core::MarkTick &t : ticks.value()) {
            MarketEvent e;
            e.kind = MarketEvent::Kind::Mark;
            e.time = t.time;
            e.symbol = t.symbol;
            e.price = t.price;
            m_window.push_back(std::move(e));
        }
    } else {
        auto candles = m_store->candles(source, m_next, last, m_symbol);
        if (!candles) {
            return candles.error();
        }
        for (const MarkCandle &c : candles.value()) {
            expand(c);
        }
        // Candles of several symbols open together: their walks interleave by time (stable, so
        // a millisecond keeps the symbols in the store's order).
        std::stable_sort(m_window.begin(), m_window.end(), [](const MarketEvent &a, const MarketEvent &b) {
            return a.time != b.time ? a.time < b.time : a.kind < b.kind;
        });
    }
    m_next = last + 1;
    return {};
}

void StoredMarkSource::expand(const MarkCandle &c)
{
    MarketEvent mark;
    mark.kind = MarketEvent::Kind::Mark;
    mark.symbol = c.symbol;
    for (const CandlePath::Point &p :
        CandlePath::path(c.openTime, MarkCandle::kIntervalMs, c.open, c.high, c.low, c.close)) {
        mark.time = p.time;
        mark.price = p.price;
        if (mark.time >= m_from && mark.time < m_to) {
            m_window.push_back(mark);
        }
    }
    // Klines carry a traded volume, which the hunter's VWAP filter reads; marks have none.
    const qint64 closeTime = c.openTime + MarkCandle::kIntervalMs - 1;
    if (m_kind == Kind::KlineCandles && closeTime < m_to) {
        MarketEvent closed;
        closed.kind = MarketEvent::Kind::CandleClosed;
        closed.time = closeTime;
        closed.symbol = c.symbol;
        closed.high = c.high;
        closed.low = c.low;
        closed.price = c.close;
        closed.volume = c.volume;
        closed.timeframe = u"1m"_s;
        m_window.push_back(std::move(closed));
    }
}

} // namespace trd::backtest
