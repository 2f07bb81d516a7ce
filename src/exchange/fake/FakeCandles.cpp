// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeCandles.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::Decimal;

namespace {

constexpr qsizetype kKeptMarks = 86400;

// Adds a mark to the candle it falls in.
void extend(FakeCandles::Candle &c, Decimal price)
{
    if (c.marks == 0) {
        c.open = c.high = c.low = price;
    }
    c.high = Decimal::max(c.high, price);
    c.low = Decimal::min(c.low, price);
    c.close = price;
    ++c.marks;
}

} // namespace

qint64 FakeCandles::intervalMs(const QString &interval)
{
    static const QHash<QString, qint64> minutes { { u"1m"_s, 1 }, { u"3m"_s, 3 }, { u"5m"_s, 5 }, { u"15m"_s, 15 },
        { u"30m"_s, 30 }, { u"1h"_s, 60 }, { u"2h"_s, 120 }, { u"4h"_s, 240 }, { u"6h"_s, 360 }, { u"8h"_s, 480 },
        { u"12h"_s, 720 }, { u"1d"_s, 1440 }, { u"3d"_s, 4320 }, { u"1w"_s, 10080 } };
    return minutes.value(interval) * 60'000;
}

qint64 FakeCandles::openTime(qint64 time, qint64 intervalMs)
{
    // Floored, not truncated: a time before the epoch still opens its candle at or before it.
    const qint64 rest = time % intervalMs;
    return time - (rest < 0 ? rest + intervalMs : rest);
}

void FakeCandles::addMark(const QString &symbol, qint64 time, Decimal price)
{
    QList<Mark> &path = m_marks[symbol];
    path.append({ time, price });
    if (path.size() >= 2 * kKeptMarks) {
        path.remove(0, kKeptMarks);
    }
}

void FakeCandles::addHistory(const QString &symbol, const QList<Candle> &oneMinuteCandles)
{
    m_history[symbol] += oneMinuteCandles;
}

QList<FakeCandles::Candle> FakeCandles::candles(const QString &symbol, qint64 intervalMs) const
{
    QList<Candle> candles;
    for (const Candle &c : m_history.value(symbol)) {
        const qint64 open = openTime(c.openTime, intervalMs);
        if (candles.isEmpty() || candles.last().openTime != open) {
            candles.append({ open, open + intervalMs - 1, c.open, c.high, c.low, c.close, 0 });
        }
        Candle &into = candles.last();
        into.high = Decimal::max(into.high, c.high);
        into.low = Decimal::min(into.low, c.low);
        into.close = c.close;
        into.marks += std::max(1, c.marks);
    }
    for (const auto &[time, price] : m_marks.value(symbol)) {
        const qint64 open = openTime(time, intervalMs);
        if (candles.isEmpty() || candles.last().openTime != open) {
            candles.append({ open, open + intervalMs - 1, {}, {}, {}, {}, 0 });
        }
        extend(candles.last(), price);
    }
    return candles;
}

std::optional<FakeCandles::Candle> FakeCandles::latest(const QString &symbol, qint64 intervalMs) const
{
    const auto found = m_marks.constFind(symbol);
    if (found == m_marks.cend() || found->isEmpty()) {
        return std::nullopt;
    }
    const QList<Mark> &path = *found;
    const qint64 open = openTime(path.last().first, intervalMs);
    qsizetype first = path.size() - 1;
    while (first > 0 && openTime(path.at(first - 1).first, intervalMs) == open) {
        --first;
    }
    Candle candle { open, open + intervalMs - 1, {}, {}, {}, {}, 0 };
    for (qsizetype i = first; i < path.size(); ++i) {
        extend(candle, path.at(i).second);
    }
    return candle;
}

} // namespace trd::exchange
