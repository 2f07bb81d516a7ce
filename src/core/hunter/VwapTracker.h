// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace trd::core {

// The closed candles of the kline streams, per symbol and timeframe, and the VWAP over the last
// candles (hunter.md: Σ(typical × volume) / Σ volume, typical = (high + low + close) / 3).
class VwapTracker
{
public:
    static constexpr int kMaxCandles = 500; // vwapLookback's upper bound

    // Milliseconds of "1m", "5m", "15m", "30m", "1h"; 0 for anything else.
    static qint64 timeframeMs(const QString &timeframe);

    void addCandle(const QString &symbol, const QString &timeframe, Decimal high, Decimal low, Decimal close,
        Decimal volume, qint64 closeTime);
    // Unknown without candles, with zero volume, or when the newest candle closed more than two
    // timeframes before `now`: the stream is down and the VWAP would be stale.
    std::optional<Decimal> vwap(const QString &symbol, const QString &timeframe, int lookback, qint64 now) const;
    int candleCount(const QString &symbol, const QString &timeframe) const;

private:
    struct Candle
    {
        Decimal typicalTimesVolume;
        Decimal volume;
        qint64 closeTime = 0;
    };
    static QString key(const QString &symbol, const QString &timeframe) { return symbol + u'|' + timeframe; }

    QHash<QString, std::deque<Candle>> m_candles;
};

} // namespace trd::core
