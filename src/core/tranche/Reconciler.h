// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

namespace trd::core {

// What reconciliation does for one symbol and side (tranche-rules.md §6), decided from the
// exchange's quantity X and the sum L of ALL open tranches, isolated ones included.
class Reconciler
{
public:
    enum class Action
    {
        None,
        CloseAll,
        CloseQuantity,
        CreateRecovery
    };
    struct Input
    {
        Decimal exchangeQuantity; // X ≥ 0 for this side
        Decimal exchangeEntry; // the exchange's average entry for this side
        Decimal trancheQuantity; // L
        Decimal trancheNotional; // Σ E·Q over the open tranches
        Decimal tolerancePercent; // syncDriftPercent
    };
    struct Outcome
    {
        SyncState state = SyncState::Synced;
        Action action = Action::None;
        Decimal quantity; // to close or to create
        Decimal recoveryPrice; // zero: no sensible price, use the mark
        Decimal driftPercent;
    };

    static Outcome decide(const Input &input);
};

} // namespace trd::core
