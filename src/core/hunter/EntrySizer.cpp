// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hunter/EntrySizer.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

EntrySize EntrySizer::size(const SymbolFilters &filters, Decimal margin, int leverage, Decimal price)
{
    EntrySize result;
    if (!price.isPositive() || !margin.isPositive() || leverage <= 0) {
        result.refusal = u"no price to size the entry"_s;
        return result;
    }
    const Decimal notional = margin.multipliedBy(leverage);
    Decimal quantity;
    if (filters.minNotional.isPositive() && notional < filters.minNotional) {
        // Rounded up, not down: rounding the raised quantity down could land below minNotional again.
        const Decimal raised = filters.minNotional * Decimal::fromString(u"1.01");
        quantity = raised.divided(price, RoundingMode::Up).roundedToStep(filters.stepSize, RoundingMode::Up);
        result.isRaisedToMinNotional = true;
    } else {
        quantity = notional.divided(price, RoundingMode::Down).roundedToStep(filters.stepSize, RoundingMode::Down);
    }
    if (filters.maxQty.isPositive() && quantity > filters.maxQty) {
        quantity = filters.maxQty.roundedToStep(filters.stepSize, RoundingMode::Down);
    }
    if (!quantity.isPositive() || quantity < filters.minQty) {
        result.refusal = u"quantity below minQty"_s;
        result.quantity = quantity;
        result.marginNeeded = (filters.minQty * price)
                                  .divided(Decimal::fromInt(leverage), RoundingMode::Up)
                                  .roundedToStep(Decimal::fromString(u"0.01"), RoundingMode::Up);
        return result;
    }
    result.isValid = true;
    result.quantity = quantity;
    result.margin = (quantity * price).divided(Decimal::fromInt(leverage), RoundingMode::Up);
    return result;
}

} // namespace trd::core
