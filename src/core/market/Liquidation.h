// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QMetaType>
#include <QString>

namespace trd::core {

// One forced order from the liquidation stream (forceOrder "o"): side is the forced order's
// side, so SELL means longs were liquidated. Size is the cumulative filled quantity "z".
struct Liquidation
{
    QString symbol;
    OrderSide side = OrderSide::Sell;
    Decimal price; // "p"
    Decimal averagePrice; // "ap"
    Decimal quantity; // "z"
    qint64 time = 0; // trade time "T", epoch ms

    Decimal volumeUsdt() const { return quantity * price; }
};

} // namespace trd::core

Q_DECLARE_METATYPE(trd::core::Liquidation)
