// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QMetaType>
#include <QString>

namespace trd::core {

// What the exchange says about an order (ORDER_TRADE_UPDATE, or the answer to a placement,
// query or cancellation). A TRADE execution carries one fill: lastQuantity at lastPrice.
struct OrderUpdate
{
    QString symbol;
    QString clientOrderId;
    qint64 orderId = 0;
    OrderSide side = OrderSide::Buy;
    PositionSide positionSide = PositionSide::Both;
    OrderType type = OrderType::Market;
    ExecutionType execution = ExecutionType::New;
    OrderStatus status = OrderStatus::New;
    Decimal quantity; // the order's original quantity
    Decimal price;
    Decimal stopPrice;
    Decimal averagePrice;
    Decimal lastQuantity; // this fill
    Decimal lastPrice; // this fill
    Decimal cumulativeQuantity;
    Decimal fee; // commission of this fill, in quote currency, positive when paid
    Decimal realizedProfit;
    bool isMaker = false;
    bool reduceOnly = false;
    qint64 time = 0; // ms
    qint64 tradeId = 0;
    int errorCode = 0; // on REJECTED: the exchange's code and message
    QString errorMessage;

    bool isFill() const { return execution == ExecutionType::Trade || execution == ExecutionType::Calculated; }
    bool isFinal() const
    {
        return status == OrderStatus::Filled || status == OrderStatus::Canceled || status == OrderStatus::Expired
            || status == OrderStatus::Rejected;
    }
};

} // namespace trd::core

Q_DECLARE_METATYPE(trd::core::OrderUpdate)
