// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hunter/VwapTracker.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

qint64 VwapTracker::timeframeMs(const QString &timeframe)
{
    if (timeframe == u"1m"_s) {
        return 60'000;
    }
    if (timeframe == u"5m"_s) {
        return 300'000;
    }
    if (timeframe == u"15m"_s) {
        return 900'000;
    }
    if (timeframe == u"30m"_s) {
        return 1'800'000;
    }
    if (timeframe == u"1h"_s) {
        return 3'600'000;
    }
    return 0;
}

void VwapTracker::addCandle(const QString &symbol, const QString &timeframe, Decimal high, Decimal low, Decimal close,
    Decimal volume, qint64 closeTime)
{
    auto &candles = m_candles[key(symbol, timeframe)];
    // A candle repeated by a reconnecting stream replaces the one it repeats.
    if (!candles.empty() && candles.back().closeTime >= closeTime) {
        if (candles.back().closeTime != closeTime) {
            return;
        }
        candles.pop_back();
    }
    const Decimal typical = (high + low + close).dividedBy(3);
    candles.push_back({ typical * volume, volume, closeTime });
    while (candles.size() > kMaxCandles) {
        candles.pop_front();
    }
}

std::optional<Decimal> VwapTracker::vwap(
    const QString &symbol, const QString &timeframe, int lookback, qint64 now) const
{
    const auto it = m_candles.constFind(key(symbol, timeframe));
    const qint64 frame = timeframeMs(timeframe);
    if (it == m_candles.cend() || it->empty() || frame == 0 || lookback <= 0) {
        return std::nullopt;
    }
    if (now - it->back().closeTime > 2 * frame) {
        return std::nullopt;
    }
    Decimal weighted;
    Decimal volume;
    int used = 0;
    for (auto c = it->rbegin(); c != it->rend() && used < lookback; ++c, ++used) {
        weighted += c->typicalTimesVolume;
        volume += c->volume;
    }
    if (!volume.isPositive()) {
        return std::nullopt;
    }
    return weighted.divided(volume);
}

int VwapTracker::candleCount(const QString &symbol, const QString &timeframe) const
{
    return int(m_candles.value(key(symbol, timeframe)).size());
}

} // namespace trd::core
