// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QList>
#include <QString>

#include <optional>

namespace trd::core {

// Which open tranches a quantity that names no tranche comes out of (tranche-rules.md §5):
// non-isolated before isolated, each group in the closing strategy's order; the last one taken
// is partly closed so that exactly the requested quantity is closed.
class ClosePlanner
{
public:
    struct Lot
    {
        QString id;
        qint64 seq = 0;
        qint64 entryTime = 0;
        Side side = Side::Long;
        Decimal entryPrice;
        Decimal quantity;
        bool isolated = false;
    };
    struct Take
    {
        QString id;
        Decimal quantity;
    };
    struct Plan
    {
        QList<Take> takes;
        Decimal unallocated; // what the lots could not cover
    };

    // The mark orders WORST_FIRST and BEST_FIRST (pnl% at that price); without one, LIFO order.
    static QList<Lot> order(QList<Lot> lots, ClosingStrategy strategy, std::optional<Decimal> mark);
    static Plan plan(const QList<Lot> &lots, Decimal quantity, ClosingStrategy strategy, std::optional<Decimal> mark);
};

} // namespace trd::core
