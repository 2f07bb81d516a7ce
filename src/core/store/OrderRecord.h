// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QString>

namespace trd::core {

// An order of ours as the store keeps it. It is written as an intent before it is sent, so after
// a crash the engine can ask the exchange what became of it (tranche-rules.md §8).
struct OrderRecord
{
    QString clientOrderId;
    QString trancheId; // the tranche it serves; for an entry, the id the tranche will get
    QString symbol;
    Side side = Side::Long; // the tranche side it serves
    OrderPurpose purpose = OrderPurpose::Entry;
    CloseReason closeReason = CloseReason::None; // for Close orders
    OrderSide orderSide = OrderSide::Buy;
    PositionSide positionSide = PositionSide::Both;
    OrderType type = OrderType::Market;
    Decimal quantity;
    Decimal price;
    Decimal stopPrice;
    bool reduceOnly = false;
    OrderState state = OrderState::Intent;
    qint64 exchangeOrderId = 0;
    Decimal filledQuantity;
    int leverage = 1; // entries: the leverage the tranche will carry
    qint64 createdTime = 0;
    qint64 updatedTime = 0;
    int errorCode = 0;
    QString errorMessage;

    bool isUnresolved() const { return state == OrderState::Intent || state == OrderState::Open; }
};

} // namespace trd::core
