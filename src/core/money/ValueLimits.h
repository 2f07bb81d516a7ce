// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "money/Decimal.h"

#include <QStringView>

namespace trd::core {

// What a number from outside (an exchange frame or answer, a scenario line, an admin request)
// may be, checked where it enters. The bounds keep every product the engine forms far inside
// Decimal's ±1.7e20: price × quantity ≤ 1e18 leaves room for summing 170 such notionals, and
// a P&L percentage (mark − entry) × 100 / entry stays below 1e20 because a non-zero price is at
// least 1e-9. engine-decisions.md ("Number limits") gives the reasons.
enum class ValueKind
{
    Price, // 0, or between 1e-9 and 1e9; never negative
    Quantity, // |q| ≤ 1e9 (a position amount may be negative)
    Amount, // |a| ≤ 1e15: balances, fees, P&L, volumes, rates
};

namespace ValueLimits {
Decimal maxPrice();
Decimal minPrice();
Decimal maxQuantity();
Decimal maxAmount();

// The value, or why it is impossible: "100000000000000000000 is out of range (a quantity is at
// most 1000000000)". The caller names the field.
Result<Decimal> check(Decimal value, ValueKind kind);
// Decimal::parse and check in one.
Result<Decimal> parse(QStringView text, ValueKind kind);
} // namespace ValueLimits

} // namespace trd::core
