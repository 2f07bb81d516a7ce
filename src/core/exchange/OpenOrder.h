// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace trd::core {

// A resting order as the exchange lists it (GET /fapi/v1/openOrders).
struct OpenOrder
{
    QString symbol;
    QString clientOrderId;
    qint64 orderId = 0;
    OrderSide side = OrderSide::Buy;
    PositionSide positionSide = PositionSide::Both;
    OrderType type = OrderType::Market;
    Decimal quantity;
    Decimal executedQuantity;
    Decimal price;
    Decimal stopPrice;
    bool reduceOnly = false;
    qint64 time = 0;
};

using OpenOrders = QList<OpenOrder>;

} // namespace trd::core

Q_DECLARE_METATYPE(trd::core::OpenOrder)
