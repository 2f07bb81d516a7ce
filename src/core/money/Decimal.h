// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace trd::core {

enum class RoundingMode
{
    Down, // toward zero: quantities sent to the exchange
    Up, // away from zero
    Floor, // toward minus infinity
    Ceiling, // toward plus infinity
    HalfUp, // nearest, ties away from zero: prices unless told otherwise
    HalfEven, // nearest, ties to even
};

// An exact signed decimal with 18 fractional digits held in a 128-bit integer.
// Range is about ±1.7e20. Values from outside (exchange, scenario, configuration) are checked
// against `ValueLimits` where they enter, so that the engine's arithmetic on them stays far inside
// the range; code that combines values whose size it cannot bound uses the checked operations,
// which return nothing instead of a wrong number. The operators abort on overflow: that is an
// engine bug (a value that bypassed the limits), never an answer to input.
// It is a fixed-point type and not an arbitrary-precision one (mpdecimal) so that the engine's
// per-tick arithmetic stays allocation-free.
class Decimal
{
public:
    using Raw = __int128;
    static constexpr int kScale = 18;

    constexpr Decimal() = default;
    static constexpr Decimal fromRaw(Raw raw)
    {
        Decimal d;
        d.m_raw = raw;
        return d;
    }
    static Decimal fromInt(std::int64_t value);

    // Parses exchange and JSON notation: "-12.345", "0.00000001", "1e-8", "5E+3". Anything else
    // (empty, spaces, "NaN", "1.2.3", more than 18 significant decimals, out of range) is an error.
    static Result<Decimal> parse(QStringView text);
    // For literals in code and tests: aborts on a malformed string.
    static Decimal fromString(QStringView text);

    // Shortest exact notation without exponent: "50000.1", "0.001", "-2", "0".
    QString toString() const;
    // Exactly `decimals` fractional digits, rounded half up: for display only.
    QString toString(int decimals) const;
    double toDouble() const;
    Raw raw() const { return m_raw; }

    bool isZero() const { return m_raw == 0; }
    bool isNegative() const { return m_raw < 0; }
    bool isPositive() const { return m_raw > 0; }
    int sign() const { return m_raw > 0 ? 1 : (m_raw < 0 ? -1 : 0); }
    Decimal abs() const { return m_raw < 0 ? fromRaw(-m_raw) : *this; }
    // Number of significant fractional digits (0 for integers): "0.010" → 2.
    int decimalPlaces() const;

    Decimal operator-() const { return fromRaw(-m_raw); }
    Decimal operator+(Decimal other) const;
    Decimal operator-(Decimal other) const;
    Decimal &operator+=(Decimal other) { return *this = *this + other; }
    Decimal &operator-=(Decimal other) { return *this = *this - other; }
    // Exact product rounded to 18 decimals (half up); exact whenever the digits fit.
    Decimal operator*(Decimal other) const;
    Decimal multiplied(Decimal other, RoundingMode mode) const;
    Decimal multipliedBy(std::int64_t factor) const;
    // Quotient to 18 decimals, rounded by `mode`. Division by zero aborts: callers check.
    Decimal divided(Decimal divisor, RoundingMode mode = RoundingMode::HalfUp) const;
    Decimal dividedBy(std::int64_t divisor, RoundingMode mode = RoundingMode::HalfUp) const;

    // The same operations without the abort: nothing when the result leaves the range (or the
    // divisor is zero), for arithmetic on values whose size is not bounded by ValueLimits.
    std::optional<Decimal> checkedAdd(Decimal other) const;
    std::optional<Decimal> checkedSub(Decimal other) const;
    std::optional<Decimal> checkedMul(Decimal other, RoundingMode mode = RoundingMode::HalfUp) const;
    std::optional<Decimal> checkedDiv(Decimal divisor, RoundingMode mode = RoundingMode::HalfUp) const;

    // A multiple of `step` (> 0), e.g. a symbol's tickSize or stepSize.
    Decimal roundedToStep(Decimal step, RoundingMode mode) const;
    bool isMultipleOf(Decimal step) const;
    // Rounded to a number of fractional digits.
    Decimal rounded(int decimals, RoundingMode mode = RoundingMode::HalfUp) const;

    friend constexpr bool operator==(Decimal a, Decimal b) { return a.m_raw == b.m_raw; }
    friend constexpr std::strong_ordering operator<=>(Decimal a, Decimal b) { return a.m_raw <=> b.m_raw; }

    static Decimal min(Decimal a, Decimal b) { return a < b ? a : b; }
    static Decimal max(Decimal a, Decimal b) { return a < b ? b : a; }

private:
    Raw m_raw = 0;
};

} // namespace trd::core

Q_DECLARE_METATYPE(trd::core::Decimal)
