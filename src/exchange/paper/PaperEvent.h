// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/OpenOrder.h"
#include "exchange/OrderUpdate.h"
#include "exchange/PositionSnapshot.h"
#include "money/Decimal.h"

#include <QString>

namespace trd::exchange {

// What the paper matching engine tells its listeners. A flat struct rather than a std::variant
// so that the future fake server can turn any event into a stream frame with one switch; only the
// fields named for a kind are meaningful.
struct PaperEvent
{
    enum class Kind
    {
        OrderUpdate, // order: ORDER_TRADE_UPDATE, or the answer to a placement, cancel or query
        // positions (those a fill changed, a zeroed one included), walletBalance; with reason
        // FUNDING_FEE: the one position that paid or received `amount` (ACCOUNT_UPDATE "m")
        AccountUpdate,
        MarkPrice, // symbol, price, time
        Positions, // positions: every non-zero position (answer to requestPositions)
        OpenOrders, // openOrders (answer to requestOpenOrders)
        LeverageChanged, // symbol, leverage (ACCOUNT_CONFIG_UPDATE)
    };

    Kind kind = Kind::OrderUpdate;
    core::OrderUpdate order;
    core::PositionSnapshots positions;
    core::OpenOrders openOrders;
    QString symbol;
    core::Decimal price;
    core::Decimal walletBalance;
    QString reason; // AccountUpdate: empty for a fill, "FUNDING_FEE" for a funding payment
    core::Decimal amount; // FUNDING_FEE: received (> 0) or paid (< 0), USDT
    int leverage = 0;
    qint64 time = 0;
};

} // namespace trd::exchange
