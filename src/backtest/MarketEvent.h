// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QString>

namespace trd::backtest {

// One input of a replay at one moment: a mark price, a candle that closed, a liquidation or a
// funding payment. Flat, so that readers and the merger move it without allocating; only the
// fields named for a kind are meaningful. The kinds are listed in the order a replay applies
// events of the same millisecond: the funding of a moment before its price, the price before
// the liquidations that the hunter reads it for.
struct MarketEvent
{
    enum class Kind : quint8
    {
        Funding, // symbol, rate (a fraction: 0.0001 = 0.01 %)
        Mark, // symbol, price
        CandleClosed, // symbol, high, low, price (close), volume, timeframe
        Liquidation, // symbol, side, price, averagePrice, quantity
    };

    Kind kind = Kind::Mark;
    qint64 time = 0; // epoch ms
    QString symbol;
    core::Decimal price;
    core::Decimal averagePrice;
    core::Decimal quantity;
    core::Decimal high;
    core::Decimal low;
    core::Decimal volume;
    core::Decimal rate;
    core::OrderSide side = core::OrderSide::Sell;
    QString timeframe;
};

} // namespace trd::backtest
