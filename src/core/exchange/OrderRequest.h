// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QString>

namespace trd::core {

// One order as sent to the exchange (POST /fapi/v1/order). Prices and quantities are already
// rounded to the symbol's filters by whoever builds it.
struct OrderRequest
{
    QString symbol;
    OrderSide side = OrderSide::Buy;
    PositionSide positionSide = PositionSide::Both;
    OrderType type = OrderType::Market;
    TimeInForce timeInForce = TimeInForce::Gtc;
    Decimal quantity;
    Decimal price; // LIMIT only
    Decimal stopPrice; // STOP_MARKET and TAKE_PROFIT_MARKET only
    bool reduceOnly = false; // one-way mode only: the exchange refuses it in hedge mode
    QString clientOrderId;
};

} // namespace trd::core
