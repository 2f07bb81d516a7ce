// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Decimal::parse, fromString, toString and the checked arithmetic on arbitrary text. The input is
// one number, or two separated by a newline (the operands of the checked operations).
#include "FuzzSupport.h"
#include "money/Decimal.h"
#include "money/ValueLimits.h"

#include <array>

using trd::core::Decimal;
using trd::core::RoundingMode;
using trd::core::ValueKind;
namespace fz = trd::fuzz;

namespace {

// A parsed value prints as text that parses back to the same value, and fromString agrees.
void checkRoundTrip(const QString &text, Decimal value)
{
    const QString printed = value.toString();
    auto again = Decimal::parse(printed);
    fz::require(again.hasValue(), "toString() is not parseable", text + u" -> " + printed);
    fz::require(again.value() == value, "toString() does not round-trip", text + u" -> " + printed);
    fz::require(Decimal::fromString(text) == value, "fromString() disagrees with parse()", text);
    fz::require(value.decimalPlaces() >= 0 && value.decimalPlaces() <= Decimal::kScale, "decimalPlaces", text);
    for (int decimals : { 0, 2, 8, Decimal::kScale }) {
        fz::require(!value.toString(decimals).isEmpty(), "toString(decimals) is empty", text);
    }
    for (ValueKind kind : { ValueKind::Price, ValueKind::Quantity, ValueKind::Amount }) {
        fz::requireExplained(trd::core::ValueLimits::check(value, kind), "ValueLimits::check");
    }
}

// The checked operations never abort; where they give a value, the plain operator (which aborts
// on overflow) gives the same one.
void checkArithmetic(Decimal a, Decimal b)
{
    if (auto sum = a.checkedAdd(b)) {
        fz::require(*sum == a + b, "checkedAdd disagrees with +");
    }
    if (auto difference = a.checkedSub(b)) {
        fz::require(*difference == a - b, "checkedSub disagrees with -");
    }
    for (RoundingMode mode : { RoundingMode::Down, RoundingMode::Up, RoundingMode::Floor, RoundingMode::Ceiling,
             RoundingMode::HalfUp, RoundingMode::HalfEven }) {
        if (auto product = a.checkedMul(b, mode)) {
            fz::require(*product == a.multiplied(b, mode), "checkedMul disagrees with multiplied");
        }
        auto quotient = a.checkedDiv(b, mode);
        fz::require(!b.isZero() || !quotient, "checkedDiv by zero gave a value");
        if (quotient) {
            fz::require(*quotient == a.divided(b, mode), "checkedDiv disagrees with divided");
        }
    }
    fz::require((a < b) == (b > a) && (a == b) == (b == a), "ordering is not consistent");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(fz::bytes(data, size));
    const qsizetype newline = input.indexOf(u'\n');
    const std::array<QString, 2> texts { newline < 0 ? input : input.left(newline),
        newline < 0 ? QString() : input.mid(newline + 1) };

    std::array<Decimal, 2> values {};
    int parsed = 0;
    for (int i = 0; i < (newline < 0 ? 1 : 2); ++i) {
        auto result = Decimal::parse(texts[i]);
        fz::requireExplained(result, "Decimal::parse");
        if (result) {
            checkRoundTrip(texts[i], result.value());
            values[parsed++] = result.value();
        }
    }
    if (parsed == 2) {
        checkArithmetic(values[0], values[1]);
    }
    return 0;
}
