// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paper/PaperPositionBook.h"

namespace trd::exchange {

using core::Decimal;
using core::PositionSide;

namespace {

constexpr std::array<PositionSide, 3> kSides { PositionSide::Both, PositionSide::Long, PositionSide::Short };

std::size_t indexOf(PositionSide side)
{
    return static_cast<std::size_t>(side);
}

} // namespace

PaperPositionBook::FillResult PaperPositionBook::apply(
    const QString &symbol, PositionSide side, Decimal signedQuantity, Decimal price, qint64 time)
{
    Entry &entry = m_positions[symbol][indexOf(side)];
    FillResult result;
    const Decimal before = entry.amount;
    const Decimal after = before + signedQuantity;
    if (before.isZero() || before.sign() == signedQuantity.sign()) {
        const Decimal cost = before.abs() * entry.entryPrice + signedQuantity.abs() * price;
        entry.entryPrice = after.isZero() ? Decimal() : cost.divided(after.abs());
    } else {
        result.closedQuantity = Decimal::min(before.abs(), signedQuantity.abs());
        result.realizedProfit = (price - entry.entryPrice) * result.closedQuantity;
        if (before.isNegative()) {
            result.realizedProfit = -result.realizedProfit;
        }
        if (after.isZero()) {
            entry.entryPrice = Decimal();
        } else if (after.sign() != before.sign()) {
            entry.entryPrice = price;
        }
    }
    entry.amount = after;
    entry.time = time;
    return result;
}

void PaperPositionBook::set(
    const QString &symbol, PositionSide side, Decimal signedAmount, Decimal entryPrice, qint64 time)
{
    Entry &entry = m_positions[symbol][indexOf(side)];
    entry.amount = signedAmount;
    entry.entryPrice = signedAmount.isZero() ? Decimal() : entryPrice;
    entry.time = time;
}

Decimal PaperPositionBook::amount(const QString &symbol, PositionSide side) const
{
    const auto it = m_positions.constFind(symbol);
    return it == m_positions.cend() ? Decimal() : (*it)[indexOf(side)].amount;
}

const PaperPositionBook::Sides *PaperPositionBook::sides(const QString &symbol) const
{
    const auto it = m_positions.constFind(symbol);
    return it == m_positions.cend() ? nullptr : &*it;
}

core::PositionSnapshot PaperPositionBook::snapshot(const QString &symbol, PositionSide side) const
{
    const auto it = m_positions.constFind(symbol);
    return toSnapshot(symbol, side, it == m_positions.cend() ? Entry() : (*it)[indexOf(side)]);
}

core::PositionSnapshots PaperPositionBook::positions(const QString &symbol) const
{
    // One symbol is looked up, not searched for: the paper exchange asks on every mark.
    core::PositionSnapshots result;
    const auto first = symbol.isEmpty() ? m_positions.cbegin() : m_positions.constFind(symbol);
    const auto last = symbol.isEmpty() || first == m_positions.cend() ? m_positions.cend() : std::next(first);
    for (auto it = first; it != last; ++it) {
        for (const PositionSide side : kSides) {
            const Entry &entry = (*it)[indexOf(side)];
            if (!entry.amount.isZero()) {
                result.append(toSnapshot(it.key(), side, entry));
            }
        }
    }
    return result;
}

core::PositionSnapshot PaperPositionBook::toSnapshot(const QString &symbol, PositionSide side, const Entry &entry)
{
    core::PositionSnapshot snapshot;
    snapshot.symbol = symbol;
    snapshot.positionSide = side;
    snapshot.amount = entry.amount;
    snapshot.entryPrice = entry.entryPrice;
    snapshot.time = entry.time;
    return snapshot;
}

} // namespace trd::exchange
