// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QMetaType>
#include <QString>

namespace trd::core {

// One entry that filled: a lot of the combined exchange position (tranche-rules.md §1).
struct Tranche
{
    QString id; // UUID without braces
    qint64 seq = 0; // creation order, unique and increasing across restarts
    QString symbol;
    Side side = Side::Long;
    PositionSide positionSide = PositionSide::Both;
    Decimal entryPrice; // volume-weighted average of the entry fills
    Decimal quantity; // open now
    Decimal originalQuantity; // everything that was entered
    Decimal marginUsed; // entryPrice × originalQuantity / leverage
    int leverage = 1;
    qint64 entryTime = 0;
    QString entryOrderId; // the entry order's clientOrderId
    TrancheOrigin origin = TrancheOrigin::Entry;
    Decimal tpPercent;
    Decimal slPercent;
    Decimal tpPrice;
    Decimal slPrice;
    TrancheStatus status = TrancheStatus::Active;
    bool isolated = false;
    qint64 isolationTime = 0;
    Decimal isolationPrice;
    Decimal exitPrice; // volume-weighted over every close fill
    qint64 exitTime = 0;
    QString exitOrderId;
    Decimal realizedPnl; // running sum, net of fees
    Decimal feesPaid; // entry fee at entry, close fees as they happen
    Decimal fundingFee; // funding received (> 0) or paid (< 0) while open; part of realizedPnl
    Decimal unrealizedPnl; // at the last mark price the engine saw
    QString notes;
    CloseReason closeReason = CloseReason::None;

    // Book-keeping that makes the money exact across restarts.
    Decimal entryFeeUnallocated; // entry fee not yet charged to realizedPnl
    Decimal closedQuantity;
    Decimal exitNotional; // Σ close price × quantity, for exitPrice
    qint64 updatedTime = 0;

    bool isOpen() const { return status == TrancheStatus::Active; }
    int dir() const { return direction(side); }
};

} // namespace trd::core

Q_DECLARE_METATYPE(trd::core::Tranche)
