// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QString>

#include <optional>

namespace trd::core {

enum class TradeSide
{
    Opposite,
    Same
};

// How the exchange margins a symbol's position (Binance's marginType): CROSSED shares the whole
// wallet among every cross position, ISOLATED risks only the margin put into that position.
enum class MarginType
{
    Crossed,
    Isolated
};

// Per-symbol settings with the original bot's key names (tranche-rules.md §9). The ranges are
// enforced by ConfigValidator; the defaults here are the documented ones (docs/configuration.md).
struct SymbolConfig
{
    // Tranche management
    bool enableTrancheManagement = false;
    Decimal trancheIsolationThreshold = Decimal::fromInt(5); // percent, 0 < T ≤ 100
    int maxTranches = 3; // 1–10
    int maxIsolatedTranches = 2; // 1–10, ≤ maxTranches
    bool allowTrancheWhileIsolated = true;
    bool trancheAutoCloseIsolated = false;
    Decimal trancheRecoveryThreshold = Decimal::fromString(u"0.5"); // percent, 0–100
    ClosingStrategy closingStrategy = ClosingStrategy::Lifo;
    IsolationAction isolationAction = IsolationAction::Hold;
    Decimal isolationPartialClosePercent = Decimal::fromInt(50); // 1–99
    int isolationReducedLeverage = 2; // 1–125

    // Trading (the original bot's keys)
    Decimal longVolumeThresholdUSDT = Decimal::fromInt(1000);
    Decimal shortVolumeThresholdUSDT = Decimal::fromInt(2500);
    Decimal tradeSize = Decimal::fromInt(10); // USDT margin per entry
    std::optional<Decimal> longTradeSize;
    std::optional<Decimal> shortTradeSize;
    std::optional<Decimal> maxPositionMarginUSDT; // absent: no per-symbol margin cap
    int leverage = 10; // 1–125
    Decimal tpPercent = Decimal::fromInt(1); // (0, 1000]
    Decimal slPercent = Decimal::fromInt(10); // (0, 100]
    OrderType orderType = OrderType::Limit; // LIMIT or MARKET
    bool forceMarketEntry = false;
    Decimal priceOffsetBps = Decimal::fromInt(2); // 0–500
    Decimal maxSlippageBps = Decimal::fromInt(50); // 0–10000
    bool vwapProtection = false;
    QString vwapTimeframe = QStringLiteral("1m"); // 1m 5m 15m 30m 1h
    int vwapLookback = 100; // 10–500 candles
    bool useThreshold = false;
    qint64 thresholdTimeWindow = 60000; // ms, 10000–3600000
    qint64 thresholdCooldown = 30000; // ms, 10000–86400000
    MarginType marginType = MarginType::Crossed; // set on the exchange at start; paper liquidates by it
    // Ours (hunter.md)
    TradeSide tradeSide = TradeSide::Opposite;
    bool usePostOnly = false;
    int entryTimeoutSeconds = 30; // 1–3600

    Decimal tradeSizeFor(Side side) const
    {
        const auto &specific = side == Side::Long ? longTradeSize : shortTradeSize;
        return specific.value_or(tradeSize);
    }
};

} // namespace trd::core
