// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "market/SymbolFilters.h"
#include "money/Decimal.h"

#include <QString>

namespace trd::core {

// hunter.md "Sizing": margin × leverage = notional; quantity = notional / price rounded down to
// stepSize; a notional below minNotional is raised to minNotional × 1.01; a quantity below minQty
// is refused with the margin that would work.
struct EntrySize
{
    bool isValid = false;
    Decimal quantity;
    Decimal margin; // quantity × price / leverage: what the entry really uses
    bool isRaisedToMinNotional = false;
    QString refusal; // when not valid
    Decimal marginNeeded; // when refused for minQty: the smallest margin that would work
};

class EntrySizer
{
public:
    static EntrySize size(const SymbolFilters &filters, Decimal margin, int leverage, Decimal price);
};

} // namespace trd::core
