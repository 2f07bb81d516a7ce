// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/MarkRecorder.h"

#include "common/CoreLog.h"
#include "store/MarkStore.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {

qint64 floorTo(qint64 time, qint64 step)
{
    const qint64 rest = time % step;
    return time - (rest < 0 ? rest + step : rest);
}

} // namespace

std::optional<MarkRecorder::Mode> MarkRecorder::modeFromString(QStringView text)
{
    for (const Mode mode : { Mode::Off, Mode::Ticks, Mode::Candles }) {
        if (text == toString(mode)) {
            return mode;
        }
    }
    return std::nullopt;
}

QString MarkRecorder::toString(Mode mode)
{
    switch (mode) {
    case Mode::Off:
        return u"off"_s;
    case Mode::Ticks:
        return u"ticks"_s;
    case Mode::Candles:
        return u"candles"_s;
    }
    return {};
}

MarkRecorder::MarkRecorder(MarkStore *store)
    : m_store(store)
{ }

MarkRecorder::~MarkRecorder()
{
    flushOrWarn();
}

void MarkRecorder::setMode(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    flushOrWarn();
    m_openTicks.clear();
    m_openCandles.clear();
    m_mode = mode;
}

void MarkRecorder::setSymbols(const QSet<QString> &symbols)
{
    m_symbols = symbols;
    for (auto it = m_openTicks.begin(); it != m_openTicks.end();) {
        it = symbols.contains(it.key()) ? std::next(it) : m_openTicks.erase(it);
    }
    for (auto it = m_openCandles.begin(); it != m_openCandles.end();) {
        it = symbols.contains(it.key()) ? std::next(it) : m_openCandles.erase(it);
    }
}

void MarkRecorder::onMarkPrice(const QString &symbol, Decimal price, qint64 time)
{
    if (m_mode == Mode::Off || !m_symbols.contains(symbol) || !price.isPositive()) {
        return;
    }
    if (m_mode == Mode::Ticks) {
        keepTick({ symbol, time, price });
    } else {
        keepCandle({ symbol, floorTo(time, MarkCandle::kIntervalMs), price, price, price, price, {} });
    }
    if (m_lastFlush == 0) {
        m_lastFlush = time;
    }
    if (m_ticks.size() + m_candles.size() >= kFlushRows || time - m_lastFlush >= kFlushEveryMs) {
        m_lastFlush = time;
        flushOrWarn();
    }
}

void MarkRecorder::keepTick(const MarkTick &tick)
{
    const auto open = m_openTicks.find(tick.symbol);
    if (open == m_openTicks.end()) {
        m_openTicks.insert(tick.symbol, tick);
        return;
    }
    // The last mark of each second stands for it; a mark from the past (a clock step) is dropped.
    if (floorTo(tick.time, 1000) == floorTo(open->time, 1000)) {
        *open = tick;
    } else if (tick.time > open->time) {
        m_ticks.append(*open);
        *open = tick;
    }
}

void MarkRecorder::keepCandle(const MarkCandle &mark)
{
    const auto open = m_openCandles.find(mark.symbol);
    if (open == m_openCandles.end()) {
        m_openCandles.insert(mark.symbol, mark);
        return;
    }
    if (mark.openTime == open->openTime) {
        open->high = Decimal::max(open->high, mark.close);
        open->low = Decimal::min(open->low, mark.close);
        open->close = mark.close;
    } else if (mark.openTime > open->openTime) {
        m_candles.append(*open);
        *open = mark;
    }
}

void MarkRecorder::flushOrWarn()
{
    if (auto written = flush(); !written) {
        qCWarning(lcCore).noquote() << "recording marks:" << written.error().message;
    }
}

Result<void> MarkRecorder::flush()
{
    const QList<MarkTick> ticks = std::exchange(m_ticks, {});
    const QList<MarkCandle> candles = std::exchange(m_candles, {});
    if (!ticks.isEmpty()) {
        if (auto written = m_store->appendTicks(ticks); !written) {
            return written;
        }
    }
    if (!candles.isEmpty()) {
        return m_store->saveCandles(MarkCandle::Source::Mark, candles);
    }
    return {};
}

} // namespace trd::core
