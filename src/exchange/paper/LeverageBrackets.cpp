// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paper/LeverageBrackets.h"

namespace trd::exchange {

using core::Decimal;

LeverageBrackets LeverageBrackets::fromTiers(std::initializer_list<Tier> tiers)
{
    LeverageBrackets result;
    Decimal previousRate;
    Decimal cum;
    for (const Tier &tier : tiers) {
        LeverageBracket b;
        b.notionalFloor = Decimal::fromInt(tier.notionalFloor);
        b.maxLeverage = tier.maxLeverage;
        b.maintenanceMarginRate = Decimal::fromString(QStringView(tier.maintenanceMarginRate));
        if (!result.m_brackets.isEmpty()) {
            cum += b.notionalFloor * (b.maintenanceMarginRate - previousRate);
        }
        b.maintenanceAmount = cum;
        previousRate = b.maintenanceMarginRate;
        result.m_brackets.append(b);
    }
    result.m_steepestRate = findSteepestRate(result.m_brackets);
    return result;
}

LeverageBrackets LeverageBrackets::fromBrackets(QList<LeverageBracket> brackets)
{
    LeverageBrackets result;
    result.m_brackets = std::move(brackets);
    result.m_steepestRate = findSteepestRate(result.m_brackets);
    return result;
}

LeverageBrackets LeverageBrackets::majors()
{
    static const LeverageBrackets table = fromTiers(
        { { 0, 125, u"0.004" }, { 50'000, 100, u"0.005" }, { 500'000, 50, u"0.01" }, { 8'000'000, 20, u"0.025" },
            { 50'000'000, 10, u"0.05" }, { 80'000'000, 5, u"0.1" }, { 100'000'000, 4, u"0.125" },
            { 200'000'000, 3, u"0.15" }, { 300'000'000, 2, u"0.25" }, { 500'000'000, 1, u"0.5" } });
    return table;
}

LeverageBrackets LeverageBrackets::largeAlts()
{
    static const LeverageBrackets table = fromTiers({ { 0, 75, u"0.005" }, { 5'000, 50, u"0.01" },
        { 50'000, 25, u"0.02" }, { 250'000, 20, u"0.025" }, { 1'000'000, 10, u"0.05" }, { 5'000'000, 5, u"0.1" },
        { 10'000'000, 4, u"0.125" }, { 20'000'000, 2, u"0.25" }, { 50'000'000, 1, u"0.5" } });
    return table;
}

LeverageBrackets LeverageBrackets::smallAlts()
{
    static const LeverageBrackets table
        = fromTiers({ { 0, 50, u"0.01" }, { 5'000, 25, u"0.02" }, { 25'000, 20, u"0.025" }, { 100'000, 10, u"0.05" },
            { 500'000, 5, u"0.1" }, { 1'000'000, 4, u"0.125" }, { 3'000'000, 2, u"0.25" }, { 5'000'000, 1, u"0.5" } });
    return table;
}

const LeverageBracket &LeverageBrackets::bracketFor(Decimal notional) const
{
    Q_ASSERT(!m_brackets.isEmpty());
    qsizetype index = 0;
    for (qsizetype i = 1; i < m_brackets.size(); ++i) {
        if (notional >= m_brackets[i].notionalFloor) {
            index = i;
        }
    }
    return m_brackets[index];
}

Decimal LeverageBrackets::maintenanceMargin(Decimal notional) const
{
    if (m_brackets.isEmpty()) {
        return {};
    }
    const LeverageBracket &b = bracketFor(notional);
    return notional * b.maintenanceMarginRate - b.maintenanceAmount;
}

std::optional<Decimal> LeverageBrackets::findSteepestRate(const QList<LeverageBracket> &brackets)
{
    if (brackets.isEmpty()) {
        return std::nullopt;
    }
    Decimal steepest = brackets.first().maintenanceMarginRate.abs();
    for (qsizetype i = 1; i < brackets.size(); ++i) {
        const LeverageBracket &below = brackets[i - 1];
        const LeverageBracket &b = brackets[i];
        const auto left = b.notionalFloor.checkedMul(below.maintenanceMarginRate);
        const auto right = b.notionalFloor.checkedMul(b.maintenanceMarginRate);
        if (!left || !right || *left - below.maintenanceAmount != *right - b.maintenanceAmount) {
            return std::nullopt;
        }
        steepest = Decimal::max(steepest, b.maintenanceMarginRate.abs());
    }
    return steepest;
}

} // namespace trd::exchange
