// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QString>

namespace trd::core {

// A symbol's exchange filters (exchangeInfo PRICE_FILTER, LOT_SIZE, MIN_NOTIONAL), loaded at run time.
struct SymbolFilters
{
    QString symbol;
    Decimal tickSize = Decimal::fromString(u"0.01");
    Decimal stepSize = Decimal::fromString(u"0.001");
    Decimal minQty = Decimal::fromString(u"0.001");
    Decimal maxQty; // zero: no limit
    Decimal minNotional;
    Decimal minPrice;
    Decimal maxPrice; // zero: no limit
    // PERCENT_PRICE: a BUY LIMIT at most mark × up, a SELL LIMIT at least mark × down (zero: none).
    Decimal percentPriceUp;
    Decimal percentPriceDown;

    Decimal roundPrice(Decimal price, RoundingMode mode = RoundingMode::HalfUp) const
    {
        return price.roundedToStep(tickSize, mode);
    }
    Decimal roundQuantity(Decimal quantity) const { return quantity.roundedToStep(stepSize, RoundingMode::Down); }
};

} // namespace trd::core
