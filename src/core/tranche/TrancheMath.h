// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"
#include "tranche/Tranche.h"

namespace trd::core::TrancheMath {

// The money rules of tranche-rules.md §2, in one place for the engine, the UI and the exports.

// pnl% (price move, not leveraged): dir·(P − E)/E·100.
Decimal pnlPercent(Side side, Decimal entry, Decimal mark);
// dir·(P − E)·Q.
Decimal unrealizedPnl(Side side, Decimal entry, Decimal mark, Decimal quantity);
// unrealized / (E·Q/leverage)·100: shown beside pnl%, never used for isolation.
Decimal roePercent(Side side, Decimal entry, Decimal mark, Decimal quantity, int leverage);
// E·(1 + dir·tp/100) and E·(1 − dir·sl/100), rounded to the tick (nearest).
Decimal takeProfitPrice(Side side, Decimal entry, Decimal tpPercent, Decimal tickSize);
Decimal stopLossPrice(Side side, Decimal entry, Decimal slPercent, Decimal tickSize);
// E·Q/leverage.
Decimal margin(Decimal entry, Decimal quantity, int leverage);

// pnl% ≤ −threshold, decided exactly without division: dir·(P − E)·100 ≤ −threshold·E.
bool isIsolationReached(Side side, Decimal entry, Decimal mark, Decimal threshold);
// pnl% ≥ threshold, likewise exact.
bool isRecoveryReached(Side side, Decimal entry, Decimal mark, Decimal threshold);

// The share of total that belongs to part out of whole (fees split over tranches and closes).
// The caller gives the last part whatever is left, so that the shares always add up exactly.
Decimal proportionalShare(Decimal total, Decimal part, Decimal whole);

Decimal pnlPercent(const Tranche &tranche, Decimal mark);
Decimal unrealizedPnl(const Tranche &tranche, Decimal mark);
Decimal roePercent(const Tranche &tranche, Decimal mark);
// The mark an open tranche's unrealized P&L implies, E + dir·U/Q (a remote engine sends P&L, not
// marks); the entry price when the quantity is zero.
Decimal impliedMark(const Tranche &tranche);

} // namespace trd::core::TrancheMath
