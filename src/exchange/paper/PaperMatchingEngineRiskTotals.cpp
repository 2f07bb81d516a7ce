// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PaperMatchingEngine: the cross account's sums kept between marks, so that the liquidation check
// on a mark costs a comparison while the mark stays inside its quiet band (see RiskTotals).
#include "paper/PaperMatchingEngine.h"

namespace trd::exchange {

using core::Decimal;
using core::MarginType;
using core::PositionSnapshot;

namespace {
// Below this margin left (USDT) no band is given: every mark is judged on exact sums.
constexpr Decimal kLeastMarginForBands = Decimal::fromRaw(1'000'000'000); // 1e-9
} // namespace

void PaperMatchingEngine::rebuildRiskTotals()
{
    m_risk = RiskTotals();
    for (const PositionSnapshot &p : m_book.positions()) {
        if (marginType(p.symbol) == MarginType::Isolated) {
            m_risk.isolatedMargin += isolatedMargin(p);
        } else {
            m_risk.shares[p.symbol].slope += p.amount.abs();
        }
    }
    for (auto it = m_risk.shares.begin(); it != m_risk.shares.end(); ++it) {
        // Σ|amount| so far: the P&L moves by that per unit of mark, the margin by that times a rate.
        const auto steepest = leverageBrackets(it.key()).steepestRate();
        it->slope = steepest ? it->slope * (Decimal::fromInt(1) + *steepest) : Decimal();
        it->mark = markPrice(it.key());
        valueShare(it.key(), *it);
    }
    m_risk.isValid = true;
}

void PaperMatchingEngine::valueShare(const QString &symbol, CrossShare &share)
{
    Decimal unrealizedSum;
    Decimal maintenanceSum;
    int positions = 0;
    const PaperPositionBook::Sides *sides = m_book.sides(symbol);
    if (sides && share.mark) {
        for (const PaperPositionBook::Entry &e : *sides) {
            if (!e.amount.isZero()) {
                unrealizedSum += e.amount * (*share.mark - e.entryPrice);
                maintenanceSum += maintenanceMargin(symbol, e.amount, *share.mark);
                ++positions;
            }
        }
    }
    m_risk.unrealized += unrealizedSum - share.unrealized;
    m_risk.maintenance += maintenanceSum - share.maintenance;
    m_risk.crossPositions += positions - share.positions;
    share.unrealized = unrealizedSum;
    share.maintenance = maintenanceSum;
    share.positions = positions;
    share.valuedAt = share.mark;
    if (share.hasQuietBand) {
        placeQuietBand(share);
    }
}

void PaperMatchingEngine::placeQuietBand(CrossShare &share)
{
    const auto low = share.mark ? share.mark->checkedSub(share.quietWidth) : std::nullopt;
    const auto high = share.mark ? share.mark->checkedAdd(share.quietWidth) : std::nullopt;
    share.hasQuietBand = low && high;
    share.quietLow = low.value_or(Decimal());
    share.quietHigh = high.value_or(Decimal());
}

bool PaperMatchingEngine::isQuietMark(const QString &symbol, Decimal price)
{
    if (!m_risk.isValid || m_walletBalance < m_risk.walletAtCheck) {
        return false;
    }
    const auto it = m_risk.shares.find(symbol);
    if (it == m_risk.shares.end() || !it->hasQuietBand || price < it->quietLow || price > it->quietHigh) {
        return false;
    }
    it->mark = price;
    return true;
}

bool PaperMatchingEngine::isCrossSafeAfter(const QString &movedSymbol)
{
    // Only a symbol that held a cross position when the totals were built can hold one now: any
    // change of the book since would have invalidated them.
    const bool isWalletKept = m_walletBalance >= m_risk.walletAtCheck;
    const auto it = m_risk.shares.find(movedSymbol);
    if (it == m_risk.shares.end()) {
        if (isWalletKept) {
            return true;
        }
    } else {
        it->mark = markPrice(movedSymbol);
        if (isWalletKept && it->hasQuietBand && *it->mark >= it->quietLow && *it->mark <= it->quietHigh) {
            return true;
        }
        valueShare(movedSymbol, *it);
    }
    if (m_risk.crossPositions == 0) {
        return true;
    }
    // The other shares may have moved inside their bands since they were valued: by at most the budget.
    if (m_walletBalance - m_risk.isolatedMargin + m_risk.unrealized - m_risk.maintenance > m_risk.budget) {
        m_risk.walletAtCheck = m_walletBalance;
        return true;
    }
    for (auto s = m_risk.shares.begin(); s != m_risk.shares.end(); ++s) {
        if (s->mark != s->valuedAt) {
            valueShare(s.key(), *s);
        }
    }
    return false;
}

void PaperMatchingEngine::setQuietBands()
{
    // A quarter of the margin left is shared out among the shares; a share moves by at most its
    // slope times the distance of its mark, so its band is its part divided by its slope. What is
    // not shared out covers the rounding of the sums many times over.
    const Decimal margin = m_walletBalance - m_risk.isolatedMargin + m_risk.unrealized - m_risk.maintenance;
    m_risk.walletAtCheck = m_walletBalance;
    m_risk.budget = Decimal();
    int banded = 0;
    for (const CrossShare &share : std::as_const(m_risk.shares)) {
        banded += share.mark && share.slope.isPositive() ? 1 : 0;
    }
    const Decimal part = banded > 0 && margin >= kLeastMarginForBands
        ? margin.dividedBy(4 * banded, core::RoundingMode::Down)
        : Decimal();
    for (auto it = m_risk.shares.begin(); it != m_risk.shares.end(); ++it) {
        it->hasQuietBand = false;
        if (!part.isPositive() || !it->mark || !it->slope.isPositive()) {
            continue;
        }
        const auto width = part.checkedDiv(it->slope, core::RoundingMode::Down);
        if (!width) {
            continue;
        }
        it->quietWidth = *width;
        placeQuietBand(*it);
        if (it->hasQuietBand) {
            m_risk.budget += part;
        }
    }
}

} // namespace trd::exchange
