// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/ValueLimits.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::core::ValueLimits {

namespace {
constexpr Decimal::Raw kOne = 1'000'000'000'000'000'000;
} // namespace

Decimal maxPrice()
{
    return Decimal::fromInt(1'000'000'000);
}

Decimal minPrice()
{
    return Decimal::fromRaw(kOne / 1'000'000'000);
}

Decimal maxQuantity()
{
    return Decimal::fromInt(1'000'000'000);
}

Decimal maxAmount()
{
    return Decimal::fromInt(1'000'000'000'000'000);
}

Result<Decimal> check(Decimal value, ValueKind kind)
{
    const auto outOfRange
        = [&](const QString &rule) { return Error { u"%1 is out of range (%2)"_s.arg(value.toString(), rule) }; };
    switch (kind) {
    case ValueKind::Price:
        if (value.isNegative()) {
            return outOfRange(u"a price is never negative"_s);
        }
        if (value > maxPrice()) {
            return outOfRange(u"a price is at most %1"_s.arg(maxPrice().toString()));
        }
        if (value.isPositive() && value < minPrice()) {
            return outOfRange(u"a price is 0 or at least %1"_s.arg(minPrice().toString()));
        }
        break;
    case ValueKind::Quantity:
        if (value.abs() > maxQuantity()) {
            return outOfRange(u"a quantity is at most %1"_s.arg(maxQuantity().toString()));
        }
        break;
    case ValueKind::Amount:
        if (value.abs() > maxAmount()) {
            return outOfRange(u"an amount is at most %1"_s.arg(maxAmount().toString()));
        }
        break;
    }
    return value;
}

Result<Decimal> parse(QStringView text, ValueKind kind)
{
    const auto parsed = Decimal::parse(text);
    if (!parsed) {
        return parsed.error();
    }
    return check(parsed.value(), kind);
}

} // namespace trd::core::ValueLimits
