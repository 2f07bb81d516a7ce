// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tranche/TrancheMath.h"

#include "money/ValueLimits.h"

namespace trd::core::TrancheMath {

namespace {
const Decimal kHundred = Decimal::fromInt(100);

// A percentage over a tiny base (a tranche of dust at a dust price) may leave Decimal's range; it
// is shown and compared, never sent, so it saturates at the largest amount instead of aborting.
Decimal saturatingQuotient(Decimal numerator, Decimal denominator)
{
    if (const auto q = numerator.checkedDiv(denominator)) {
        return *q;
    }
    const bool isNegative = numerator.isNegative() != denominator.isNegative();
    return isNegative ? -ValueLimits::maxAmount() : ValueLimits::maxAmount();
}
} // namespace

Decimal pnlPercent(Side side, Decimal entry, Decimal mark)
{
    if (entry.isZero()) {
        return {};
    }
    return saturatingQuotient((mark - entry).multipliedBy(100 * direction(side)), entry);
}

Decimal unrealizedPnl(Side side, Decimal entry, Decimal mark, Decimal quantity)
{
    return (mark - entry).multipliedBy(direction(side)) * quantity;
}

Decimal roePercent(Side side, Decimal entry, Decimal mark, Decimal quantity, int leverage)
{
    const Decimal m = margin(entry, quantity, leverage);
    if (m.isZero()) {
        return {};
    }
    return saturatingQuotient(unrealizedPnl(side, entry, mark, quantity).multipliedBy(100), m);
}

Decimal takeProfitPrice(Side side, Decimal entry, Decimal tpPercent, Decimal tickSize)
{
    const Decimal factor = kHundred + tpPercent.multipliedBy(direction(side));
    return (entry * factor).dividedBy(100).roundedToStep(tickSize, RoundingMode::HalfUp);
}

Decimal stopLossPrice(Side side, Decimal entry, Decimal slPercent, Decimal tickSize)
{
    const Decimal factor = kHundred - slPercent.multipliedBy(direction(side));
    return (entry * factor).dividedBy(100).roundedToStep(tickSize, RoundingMode::HalfUp);
}

Decimal margin(Decimal entry, Decimal quantity, int leverage)
{
    return (entry * quantity).dividedBy(leverage > 0 ? leverage : 1);
}

bool isIsolationReached(Side side, Decimal entry, Decimal mark, Decimal threshold)
{
    return (mark - entry).multipliedBy(100 * direction(side)) <= -(threshold * entry);
}

bool isRecoveryReached(Side side, Decimal entry, Decimal mark, Decimal threshold)
{
    return (mark - entry).multipliedBy(100 * direction(side)) >= threshold * entry;
}

Decimal proportionalShare(Decimal total, Decimal part, Decimal whole)
{
    if (whole.isZero() || part >= whole) {
        return total;
    }
    return (total * part).divided(whole);
}

Decimal pnlPercent(const Tranche &t, Decimal mark)
{
    return pnlPercent(t.side, t.entryPrice, mark);
}

Decimal unrealizedPnl(const Tranche &t, Decimal mark)
{
    return unrealizedPnl(t.side, t.entryPrice, mark, t.quantity);
}

Decimal impliedMark(const Tranche &t)
{
    if (auto perUnit = t.unrealizedPnl.checkedDiv(t.quantity)) {
        return t.entryPrice + Decimal::fromInt(t.dir()) * *perUnit;
    }
    return t.entryPrice;
}

Decimal roePercent(const Tranche &t, Decimal mark)
{
    return roePercent(t.side, t.entryPrice, mark, t.quantity, t.leverage);
}

} // namespace trd::core::TrancheMath
