// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "exchange/PositionSnapshot.h"
#include "money/Decimal.h"

#include <QMap>
#include <QString>

#include <array>

namespace trd::exchange {

// The paper exchange's positions, one per symbol and position side, with the exchange's
// accounting: a signed amount (negative = short, also for a hedge-mode SHORT position) and an
// average entry price.
class PaperPositionBook
{
public:
    struct FillResult
    {
        core::Decimal realizedProfit; // of the reducing part, before fees
        core::Decimal closedQuantity;
    };

    // Applies a fill of `signedQuantity` (positive = bought) at `price`. Increasing averages the
    // entry by volume, reducing keeps it, and going through zero opens the rest at `price`.
    FillResult apply(
        const QString &symbol, core::PositionSide side, core::Decimal signedQuantity, core::Decimal price, qint64 time);
    void set(const QString &symbol, core::PositionSide side, core::Decimal signedAmount, core::Decimal entryPrice,
        qint64 time);

    core::Decimal amount(const QString &symbol, core::PositionSide side) const;
    // The position even when it is zero (an account update must report a position that closed).
    core::PositionSnapshot snapshot(const QString &symbol, core::PositionSide side) const;
    // Non-zero positions ordered by symbol, then BOTH, LONG, SHORT; all symbols when `symbol` is empty.
    core::PositionSnapshots positions(const QString &symbol = {}) const;

    struct Entry
    {
        core::Decimal amount;
        core::Decimal entryPrice;
        qint64 time = 0;
    };
    using Sides = std::array<Entry, 3>; // indexed by PositionSide
    // The symbol's three sides, zero ones included, read in place: nothing is copied for the checks
    // that run on every mark. Null for a symbol never traded; valid until the book next changes.
    const Sides *sides(const QString &symbol) const;

private:
    static core::PositionSnapshot toSnapshot(const QString &symbol, core::PositionSide side, const Entry &entry);

    QMap<QString, Sides> m_positions;
};

} // namespace trd::exchange
