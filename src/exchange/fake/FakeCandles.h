// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace trd::exchange {

// The fake exchange's candles: the path of the mark prices it published, per symbol, cut into
// clock-aligned candles (openTime = floor(time / interval) * interval, as the real exchange counts
// them from the epoch). The fake has no market trades: a candle's volumes are zero and its trade
// count is the number of marks in it. GET /fapi/v1/klines and the <symbol>@kline_<interval>
// streams both read these, so the two always agree.
class FakeCandles
{
public:
    struct Candle
    {
        qint64 openTime = 0;
        qint64 closeTime = 0; // openTime + interval - 1
        core::Decimal open;
        core::Decimal high;
        core::Decimal low;
        core::Decimal close;
        int marks = 0;
    };

    // An interval's length, 1m to 1w; 0 for one the fake does not know (1M among them).
    static qint64 intervalMs(const QString &interval);

    // Marks are kept per symbol for a day of one-second marks, trimmed by halves.
    void addMark(const QString &symbol, qint64 time, core::Decimal price);
    // Closed 1-minute candles from before the first mark (a test's market history, as the real
    // exchange keeps years of it), in time order; served by every interval, folded into it.
    void addHistory(const QString &symbol, const QList<Candle> &oneMinuteCandles);
    // Every candle of the history and the kept marks, oldest first; a candle without marks is left out.
    QList<Candle> candles(const QString &symbol, qint64 intervalMs) const;
    // The candle of the symbol's latest mark (the open one); nothing before the first mark.
    std::optional<Candle> latest(const QString &symbol, qint64 intervalMs) const;

private:
    using Mark = QPair<qint64, core::Decimal>;
    static qint64 openTime(qint64 time, qint64 intervalMs);

    QHash<QString, QList<Mark>> m_marks; // the price path, per symbol
    QHash<QString, QList<Candle>> m_history; // 1-minute candles before the marks, per symbol
};

} // namespace trd::exchange
