// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "market/MarkCandle.h"

#include <QList>
#include <QString>

#include <optional>

namespace trd::core {

// Where prices are kept for later backtests: the marks the app recorded (ticks or 1-minute
// candles, the markRecording key) and the candles downloaded from the exchange. Reads are
// oldest first, so a replay can page through them forwards.
class MarkStore
{
public:
    virtual ~MarkStore() = default;

    // Each call is one transaction.
    virtual Result<void> appendTicks(const QList<MarkTick> &ticks) = 0;
    // A candle already stored for the same source, symbol and minute is replaced.
    virtual Result<void> saveCandles(MarkCandle::Source source, const QList<MarkCandle> &candles) = 0;

    // Times are inclusive; an empty symbol means every symbol; at most `limit` rows (-1: all).
    virtual Result<QList<MarkTick>> ticks(qint64 fromMs, qint64 toMs, const QString &symbol = {}, int limit = -1) = 0;
    virtual Result<QList<MarkCandle>> candles(
        MarkCandle::Source source, qint64 fromMs, qint64 toMs, const QString &symbol = {}, int limit = -1)
        = 0;
    // The open time of the newest stored candle of the symbol, if any: where a download resumes.
    virtual Result<std::optional<qint64>> lastCandleTime(MarkCandle::Source source, const QString &symbol) = 0;
};

} // namespace trd::core
