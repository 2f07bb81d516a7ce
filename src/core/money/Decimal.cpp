// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Decimal.h"

#include <QVarLengthArray>
#include <QtGlobal>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {

using U128 = unsigned __int128;
constexpr U128 kMaxMagnitude = (U128(1) << 127) - 1;
constexpr std::uint64_t kOne = 1'000'000'000'000'000'000ULL; // 10^18

U128 pow10(int n)
{
    U128 r = 1;
    for (int i = 0; i < n; ++i) {
        r *= 10;
    }
    return r;
}

[[noreturn]] void overflow(const char *what)
{
    qFatal("Decimal overflow in %s: the value is outside ±1.7e20", what);
}

struct U256
{
    U128 hi = 0;
    U128 lo = 0;
};

U256 multiply(U128 a, U128 b)
{
    const std::uint64_t a0 = std::uint64_t(a), a1 = std::uint64_t(a >> 64);
    const std::uint64_t b0 = std::uint64_t(b), b1 = std::uint64_t(b >> 64);
    const U128 p00 = U128(a0) * b0, p01 = U128(a0) * b1, p10 = U128(a1) * b0, p11 = U128(a1) * b1;
    const U128 mid = (p00 >> 64) + std::uint64_t(p01) + std::uint64_t(p10);
    U256 r;
    r.lo = (mid << 64) | std::uint64_t(p00);
    r.hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    return r;
}

// Quotient and remainder of a 256-bit value by a 128-bit divisor; the quotient must fit 128 bits.
bool divide(U256 n, U128 d, U128 &quotient, U128 &remainder)
{
    if (n.hi >= d) {
        return false;
    }
    if (n.hi == 0) {
        quotient = n.lo / d;
        remainder = n.lo % d;
        return true;
    }
    if ((d >> 64) == 0) {
        // A divisor of 64 bits (the scale 10^18 of every multiplication): two steps of a 128-by-64
        // division, each quotient digit fitting 64 bits because the running remainder is below d.
        // The bit-by-bit loop below took most of a replay's time in the paper exchange's margin
        // arithmetic, whose products of price and quantity pass 2^128.
        const std::uint64_t divisor = std::uint64_t(d);
        std::uint64_t rem = std::uint64_t(n.hi);
        std::uint64_t digits[2] = {};
        for (int i = 0; i < 2; ++i) {
            const std::uint64_t limb = std::uint64_t(n.lo >> (64 * (1 - i)));
#if defined(__x86_64__)
            std::uint64_t q = 0;
            __asm__("divq %[v]" : "=a"(q), "=d"(rem) : [v] "r"(divisor), "a"(limb), "d"(rem));
            digits[i] = q;
#else
            const U128 current = (U128(rem) << 64) | limb;
            digits[i] = std::uint64_t(current / divisor);
            rem = std::uint64_t(current % divisor);
#endif
        }
        quotient = (U128(digits[0]) << 64) | digits[1];
        remainder = rem;
        return true;
    }
    U128 rem = n.hi;
    U128 q = 0;
    for (int i = 127; i >= 0; --i) {
        const bool carry = (rem >> 127) != 0;
        rem = (rem << 1) | ((n.lo >> i) & 1);
        q <<= 1;
        if (carry || rem >= d) {
            rem -= d;
            q |= 1;
        }
    }
    quotient = q;
    remainder = rem;
    return true;
}

// Adjusts a truncated magnitude quotient by the rounding mode; `negative` is the result's sign.
U128 roundQuotient(U128 q, U128 r, U128 d, bool negative, RoundingMode mode)
{
    if (r == 0) {
        return q;
    }
    bool up = false;
    switch (mode) {
    case RoundingMode::Down:
        break;
    case RoundingMode::Up:
        up = true;
        break;
    case RoundingMode::Floor:
        up = negative;
        break;
    case RoundingMode::Ceiling:
        up = !negative;
        break;
    case RoundingMode::HalfUp:
        up = r >= d - r;
        break;
    case RoundingMode::HalfEven:
        up = r > d - r || (r == d - r && (q & 1) != 0);
        break;
    }
    return up ? q + 1 : q;
}

std::optional<Decimal> fromMagnitude(U128 magnitude, bool negative)
{
    if (magnitude > kMaxMagnitude) {
        return std::nullopt;
    }
    const auto raw = static_cast<Decimal::Raw>(magnitude);
    return Decimal::fromRaw(negative ? -raw : raw);
}

Decimal fromMagnitude(U128 magnitude, bool negative, const char *what)
{
    const auto d = fromMagnitude(magnitude, negative);
    if (!d) {
        overflow(what);
    }
    return *d;
}

Decimal orOverflow(std::optional<Decimal> d, const char *what)
{
    if (!d) {
        overflow(what);
    }
    return *d;
}

U128 magnitudeOf(Decimal::Raw raw)
{
    return raw < 0 ? U128(-raw) : U128(raw);
}

QString toDigits(U128 value)
{
    if (value == 0) {
        return u"0"_s;
    }
    char buffer[48];
    int pos = 48;
    while (value != 0) {
        buffer[--pos] = char('0' + int(value % 10));
        value /= 10;
    }
    return QString::fromLatin1(buffer + pos, 48 - pos);
}

} // namespace

Decimal Decimal::fromInt(std::int64_t value)
{
    return fromRaw(Raw(value) * Raw(kOne));
}

Result<Decimal> Decimal::parse(QStringView text)
{
    const auto bad = [&](const QString &why) {
        return Error { u"\"%1\" is not a decimal number: %2"_s.arg(shortened(text), why) };
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && text[i] == u'-') {
        negative = true;
        ++i;
    }
    // On the stack: a replay parses millions of prices.
    QVarLengthArray<char16_t, 64> digits;
    qsizetype intDigits = 0;
    while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
        digits.append(text[i++].unicode());
        ++intDigits;
    }
    if (intDigits == 0) {
        return bad(text.isEmpty() ? u"it is empty"_s : u"expected a digit"_s);
    }
    int fractionDigits = 0;
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
            digits.append(text[i++].unicode());
            ++fractionDigits;
        }
        if (fractionDigits == 0) {
            return bad(u"expected a digit after the decimal point"_s);
        }
    }
    int exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text[i] == u'+' || text[i] == u'-')) {
            negativeExponent = text[i] == u'-';
            ++i;
        }
        int expDigits = 0;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
            if (exponent > 1000) {
                return bad(u"the exponent is out of range"_s);
            }
            exponent = exponent * 10 + (text[i++].unicode() - u'0');
            ++expDigits;
        }
        if (expDigits == 0) {
            return bad(u"expected digits in the exponent"_s);
        }
        if (negativeExponent) {
            exponent = -exponent;
        }
    }
    if (i != n) {
        return bad(u"unexpected character '%1'"_s.arg(text[i]));
    }
    // value = digits × 10^(exponent − fractionDigits); raw = value × 10^18
    int shift = exponent - fractionDigits + kScale;
    qsizetype end = digits.size();
    while (shift < 0 && end > 0) {
        if (digits[end - 1] != u'0') {
            return bad(u"more than %1 decimal places"_s.arg(kScale));
        }
        --end;
        ++shift;
    }
    U128 magnitude = 0;
    const auto outOfRange = [&] { return bad(u"out of range (at most ±1.7e20)"_s); };
    for (qsizetype k = 0; k < end; ++k) {
        const int digit = digits[k] - u'0';
        // magnitude·10 + digit > kMaxMagnitude, without a 128-bit division per digit.
        if (magnitude > kMaxMagnitude / 10 || (magnitude == kMaxMagnitude / 10 && U128(digit) > kMaxMagnitude % 10)) {
            return outOfRange();
        }
        magnitude = magnitude * 10 + U128(digit);
    }
    if (magnitude != 0) {
        for (int k = 0; k < shift; ++k) {
            if (magnitude > kMaxMagnitude / 10) {
                return outOfRange();
            }
            magnitude *= 10;
        }
    }
    const auto raw = static_cast<Raw>(magnitude);
    return fromRaw(negative ? -raw : raw);
}

Decimal Decimal::fromString(QStringView text)
{
    const auto parsed = parse(text);
    if (!parsed) {
        qFatal("Decimal::fromString: %s", qUtf8Printable(parsed.error().message));
    }
    return parsed.value();
}

QString Decimal::toString() const
{
    const U128 magnitude = magnitudeOf(m_raw);
    QString result = m_raw < 0 ? u"-"_s : QString();
    result += toDigits(magnitude / kOne);
    auto fraction = std::uint64_t(magnitude % kOne);
    if (fraction != 0) {
        int width = kScale;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --width;
        }
        result += u'.' + u"%1"_s.arg(fraction, width, 10, QLatin1Char('0'));
    }
    return result;
}

QString Decimal::toString(int decimals) const
{
    decimals = qBound(0, decimals, kScale);
    // Rounded on the unsigned magnitude, which has room above Decimal's range: a value near the
    // limit displays instead of aborting as rounded() would (found by tests/fuzz/fuzz_decimal).
    const U128 step = pow10(kScale - decimals);
    const U128 exact = magnitudeOf(m_raw);
    const U128 magnitude = roundQuotient(exact / step, exact % step, step, m_raw < 0, RoundingMode::HalfUp) * step;
    QString result = m_raw < 0 && magnitude != 0 ? u"-"_s : QString();
    result += toDigits(magnitude / kOne);
    if (decimals > 0) {
        const auto fraction = std::uint64_t((magnitude % kOne) / pow10(kScale - decimals));
        result += u'.' + u"%1"_s.arg(fraction, decimals, 10, QLatin1Char('0'));
    }
    return result;
}

double Decimal::toDouble() const
{
    return double(m_raw) / double(kOne);
}

int Decimal::decimalPlaces() const
{
    auto fraction = std::uint64_t(magnitudeOf(m_raw) % kOne);
    if (fraction == 0) {
        return 0;
    }
    int places = kScale;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --places;
    }
    return places;
}

Decimal Decimal::operator+(Decimal other) const
{
    return orOverflow(checkedAdd(other), "addition");
}

Decimal Decimal::operator-(Decimal other) const
{
    return orOverflow(checkedSub(other), "subtraction");
}

Decimal Decimal::operator*(Decimal other) const
{
    return multiplied(other, RoundingMode::HalfUp);
}

Decimal Decimal::multiplied(Decimal other, RoundingMode mode) const
{
    return orOverflow(checkedMul(other, mode), "multiplication");
}

std::optional<Decimal> Decimal::checkedAdd(Decimal other) const
{
    Raw r;
    if (__builtin_add_overflow(m_raw, other.m_raw, &r)) {
        return std::nullopt;
    }
    return fromRaw(r);
}

std::optional<Decimal> Decimal::checkedSub(Decimal other) const
{
    Raw r;
    if (__builtin_sub_overflow(m_raw, other.m_raw, &r)) {
        return std::nullopt;
    }
    return fromRaw(r);
}

std::optional<Decimal> Decimal::checkedMul(Decimal other, RoundingMode mode) const
{
    const bool negative = (m_raw < 0) != (other.m_raw < 0);
    const U256 product = multiply(magnitudeOf(m_raw), magnitudeOf(other.m_raw));
    U128 q = 0, r = 0;
    if (!divide(product, kOne, q, r)) {
        return std::nullopt;
    }
    const U128 rounded = roundQuotient(q, r, kOne, negative, mode);
    if (rounded < q) {
        return std::nullopt;
    }
    return fromMagnitude(rounded, negative);
}

std::optional<Decimal> Decimal::checkedDiv(Decimal divisor, RoundingMode mode) const
{
    if (divisor.m_raw == 0) {
        return std::nullopt;
    }
    const bool negative = (m_raw < 0) != (divisor.m_raw < 0);
    const U256 numerator = multiply(magnitudeOf(m_raw), kOne);
    U128 q = 0, r = 0;
    const U128 d = magnitudeOf(divisor.m_raw);
    if (!divide(numerator, d, q, r)) {
        return std::nullopt;
    }
    const U128 rounded = roundQuotient(q, r, d, negative, mode);
    if (rounded < q) {
        return std::nullopt;
    }
    return fromMagnitude(rounded, negative);
}

Decimal Decimal::multipliedBy(std::int64_t factor) const
{
    Raw r;
    if (__builtin_mul_overflow(m_raw, Raw(factor), &r)) {
        overflow("multiplication");
    }
    return fromRaw(r);
}

Decimal Decimal::divided(Decimal divisor, RoundingMode mode) const
{
    if (divisor.m_raw == 0) {
        qFatal("Decimal division by zero");
    }
    return orOverflow(checkedDiv(divisor, mode), "division");
}

Decimal Decimal::dividedBy(std::int64_t divisor, RoundingMode mode) const
{
    if (divisor == 0) {
        qFatal("Decimal division by zero");
    }
    const bool negative = (m_raw < 0) != (divisor < 0);
    const U128 d = divisor < 0 ? U128(-Raw(divisor)) : U128(divisor);
    const U128 magnitude = magnitudeOf(m_raw);
    return fromMagnitude(roundQuotient(magnitude / d, magnitude % d, d, negative, mode), negative, "division");
}

Decimal Decimal::roundedToStep(Decimal step, RoundingMode mode) const
{
    if (step.m_raw <= 0) {
        qFatal("Decimal::roundedToStep: the step must be positive");
    }
    const bool negative = m_raw < 0;
    const U128 d = U128(step.m_raw);
    const U128 magnitude = magnitudeOf(m_raw);
    const U128 steps = roundQuotient(magnitude / d, magnitude % d, d, negative, mode);
    if (steps != 0 && steps > kMaxMagnitude / d) {
        overflow("rounding");
    }
    return fromMagnitude(steps * d, negative, "rounding");
}

bool Decimal::isMultipleOf(Decimal step) const
{
    return step.m_raw > 0 && m_raw % step.m_raw == 0;
}

Decimal Decimal::rounded(int decimals, RoundingMode mode) const
{
    return roundedToStep(fromRaw(Raw(pow10(kScale - qBound(0, decimals, kScale)))), mode);
}

} // namespace trd::core
