// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIfRecorder.h"

#include "tranche/ClientOrderId.h"
#include "tranche/TrancheManager.h"
#include "tranche/TrancheMath.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::backtest {

using namespace core;

WhatIfRecorder::WhatIfRecorder(const TrancheManager *manager)
    : m_manager(manager)
{ }

void WhatIfRecorder::onOrderUpdate(const OrderUpdate &u)
{
    // The engine's own orders name their tranche; only the others are spread by a strategy.
    if (!u.isFill() || ClientOrderId::parse(u.clientOrderId)) {
        return;
    }
    finish();
    Side side = u.side == OrderSide::Sell ? Side::Long : Side::Short;
    if (u.positionSide != PositionSide::Both) {
        side = u.positionSide == PositionSide::Long ? Side::Long : Side::Short;
        if (exitOrderSide(side) != u.side) {
            return; // it opened a position: nothing was closed
        }
    }
    QList<Tranche> open = m_manager->openTranches(u.symbol, side);
    std::sort(open.begin(), open.end(), [](const Tranche &a, const Tranche &b) { return a.seq < b.seq; });
    const Decimal quantity = u.lastQuantity.isPositive() ? u.lastQuantity : u.cumulativeQuantity;
    Decimal held;
    for (const Tranche &t : open) {
        held += t.quantity;
    }
    const Decimal closing = Decimal::min(quantity, held);
    if (!closing.isPositive()) {
        return;
    }
    WhatIfFill fill;
    fill.time = u.time;
    fill.symbol = u.symbol;
    fill.side = toString(side);
    fill.orderId = u.clientOrderId;
    fill.quantity = closing;
    fill.price = u.lastPrice;
    QList<Lot> lots;
    for (const Tranche &t : open) {
        lots.append(
            { { t.id, t.seq, t.entryTime, t.side, t.entryPrice, t.quantity, t.isolated }, t.entryFeeUnallocated });
    }
    Pending p;
    p.fill = attribute(std::move(fill), lots, TrancheMath::proportionalShare(u.fee, closing, quantity),
        m_manager->markPrice(u.symbol));
    m_pending = std::move(p);
}

WhatIfFill WhatIfRecorder::attribute(
    WhatIfFill fill, const QList<Lot> &lotsWithFees, Decimal fee, std::optional<Decimal> mark)
{
    const int dir = fill.side == toString(Side::Short) ? -1 : 1;
    const Decimal closing = fill.quantity;
    QList<ClosePlanner::Lot> lots;
    Decimal held;
    Decimal entryNotional;
    Decimal unallocatedFees;
    for (const Lot &l : lotsWithFees) {
        lots.append(l.lot);
        WhatIfFill::Share share;
        share.trancheId = l.lot.id;
        share.number = l.lot.seq;
        share.entryPrice = l.lot.entryPrice;
        share.openQuantity = l.lot.quantity;
        fill.shares.append(share);
        held += l.lot.quantity;
        entryNotional += l.lot.entryPrice * l.lot.quantity;
        unallocatedFees += l.entryFeeUnallocated;
    }
    if (!held.isPositive()) {
        return fill;
    }
    for (int s = 0; s < WhatIfFill::kStrategies; ++s) {
        // The TrancheManager's own arithmetic (closeByStrategy, applyClose) on the planner's takes.
        const auto plan = ClosePlanner::plan(lots, closing, ClosingStrategy(s), mark);
        Decimal feeLeft = fee;
        Decimal quantityLeft = closing - plan.unallocated;
        for (const auto &take : plan.takes) {
            const Decimal feeShare = TrancheMath::proportionalShare(feeLeft, take.quantity, quantityLeft);
            feeLeft -= feeShare;
            quantityLeft -= take.quantity;
            for (qsizetype i = 0; i < lotsWithFees.size(); ++i) {
                if (lotsWithFees[i].lot.id == take.id) {
                    const Lot &lot = lotsWithFees[i];
                    const Decimal entryShare
                        = TrancheMath::proportionalShare(lot.entryFeeUnallocated, take.quantity, lot.lot.quantity);
                    WhatIfFill::Share &share = fill.shares[i];
                    share.quantity[s] = take.quantity;
                    share.pnl[s]
                        = (fill.price - lot.lot.entryPrice).multipliedBy(dir) * take.quantity - feeShare - entryShare;
                }
            }
        }
    }
    // One position holding all of it: the quantity-weighted entry, every unallocated entry fee.
    fill.combinedPnl = ((fill.price * held - entryNotional).multipliedBy(dir) * closing).divided(held) - fee
        - TrancheMath::proportionalShare(unallocatedFees, closing, held);
    return fill;
}

void WhatIfRecorder::onEvent(const TrancheEvent &e)
{
    if (!m_pending || (e.type != EventType::Closed && e.type != EventType::PartialClose)) {
        return;
    }
    const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
    if (details.value(u"orderId"_s).toString() != m_pending->fill.orderId) {
        return;
    }
    m_pending->fill.reason = e.reason;
    for (WhatIfFill::Share &share : m_pending->fill.shares) {
        if (share.trancheId != e.trancheId) {
            continue;
        }
        share.actualQuantity += e.quantity.value_or(Decimal());
        // A closed event carries the tranche's whole P&L; its fillPnl is this fill's part.
        const auto fillPnl = Decimal::parse(details.value(u"fillPnl"_s).toString());
        share.actualPnl += e.type == EventType::Closed && fillPnl ? fillPnl.value() : e.pnl.value_or(Decimal());
    }
}

void WhatIfRecorder::finish()
{
    if (m_pending) {
        m_fills.append(std::move(m_pending->fill));
        m_pending.reset();
    }
}

QList<WhatIfFill> WhatIfRecorder::takeFills()
{
    finish();
    return std::exchange(m_fills, {});
}

} // namespace trd::backtest
