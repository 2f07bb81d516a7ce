// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tranche/Reconciler.h"

#include "money/ValueLimits.h"

namespace trd::core {

Reconciler::Outcome Reconciler::decide(const Input &in)
{
    Outcome out;
    const Decimal x = in.exchangeQuantity;
    const Decimal l = in.trancheQuantity;
    if (x == l) {
        return out;
    }
    out.driftPercent = (l - x).abs().multipliedBy(100).divided(Decimal::max(l, x));
    // A position that is gone is gone, whatever the tolerance.
    if (x.isZero()) {
        out.state = SyncState::Drift;
        out.action = Action::CloseAll;
        out.quantity = l;
        return out;
    }
    if (out.driftPercent <= in.tolerancePercent) {
        return out;
    }
    out.state = SyncState::Drift;
    if (x > l) {
        out.action = Action::CreateRecovery;
        out.quantity = x - l;
        // Priced so that the tranches' weighted entry equals the exchange's average entry.
        // A sliver of drift under an entry far from the tranches' would price beyond any
        // number: like a price that is not positive, the mark is used then.
        const auto price = (in.exchangeEntry * x - in.trancheNotional).checkedDiv(out.quantity);
        out.recoveryPrice = price && price->isPositive() && *price <= ValueLimits::maxPrice() ? *price : Decimal();
    } else {
        out.action = Action::CloseQuantity;
        out.quantity = l - x;
    }
    return out;
}

} // namespace trd::core
