// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tranche/ClosePlanner.h"

#include "tranche/TrancheMath.h"

#include <algorithm>

namespace trd::core {

namespace {
bool newerFirst(const ClosePlanner::Lot &a, const ClosePlanner::Lot &b)
{
    return a.entryTime != b.entryTime ? a.entryTime > b.entryTime : a.seq > b.seq;
}
} // namespace

QList<ClosePlanner::Lot> ClosePlanner::order(QList<Lot> lots, ClosingStrategy strategy, std::optional<Decimal> mark)
{
    if (!mark && (strategy == ClosingStrategy::WorstFirst || strategy == ClosingStrategy::BestFirst)) {
        strategy = ClosingStrategy::Lifo;
    }
    const auto pnl = [&](const Lot &l) { return TrancheMath::pnlPercent(l.side, l.entryPrice, *mark); };
    const auto byStrategy = [&](const Lot &a, const Lot &b) {
        switch (strategy) {
        case ClosingStrategy::Lifo:
            return newerFirst(a, b);
        case ClosingStrategy::Fifo:
            return newerFirst(b, a);
        case ClosingStrategy::WorstFirst: {
            const Decimal pa = pnl(a), pb = pnl(b);
            return pa != pb ? pa < pb : newerFirst(a, b);
        }
        case ClosingStrategy::BestFirst: {
            const Decimal pa = pnl(a), pb = pnl(b);
            return pa != pb ? pa > pb : newerFirst(a, b);
        }
        }
        return false;
    };
    std::stable_sort(lots.begin(), lots.end(), [&](const Lot &a, const Lot &b) {
        if (a.isolated != b.isolated) {
            return !a.isolated;
        }
        return byStrategy(a, b);
    });
    return lots;
}

ClosePlanner::Plan ClosePlanner::plan(
    const QList<Lot> &lots, Decimal quantity, ClosingStrategy strategy, std::optional<Decimal> mark)
{
    Plan result;
    Decimal left = quantity;
    for (const Lot &lot : order(lots, strategy, mark)) {
        if (!left.isPositive()) {
            break;
        }
        const Decimal take = Decimal::min(left, lot.quantity);
        if (take.isPositive()) {
            result.takes.append({ lot.id, take });
            left -= take;
        }
    }
    result.unallocated = left.isPositive() ? left : Decimal();
    return result;
}

} // namespace trd::core
