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
    Pending p;
    p.dir = direction(side);
    p.fee = TrancheMath::proportionalShare(u.fee, closing, quantity);
    p.mark = m_manager->markPrice(u.symbol);
    p.fill.time = u.time;
    p.fill.symbol = u.symbol;
    p.fill.side = toString(side);
    p.fill.orderId = u.clientOrderId;
    p.fill.quantity = closing;
    p.fill.price = u.lastPrice;
    QList<ClosePlanner::Lot> lots;
    Decimal entryNotional;
    Decimal unallocatedFees;
    for (const Tranche &t : open) {
        const ClosePlanner::Lot lot { t.id, t.seq, t.entryTime, t.side, t.entryPrice, t.quantity, t.isolated };
        lots.append(lot);
        p.lots.append({ lot, t.entryFeeUnallocated });
        WhatIfFill::Share share;
        share.trancheId = t.id;
        share.number = t.seq;
        share.entryPrice = t.entryPrice;
        share.openQuantity = t.quantity;
        p.fill.shares.append(share);
        entryNotional += t.entryPrice * t.quantity;
        unallocatedFees += t.entryFeeUnallocated;
    }
    for (int s = 0; s < WhatIfFill::kStrategies; ++s) {
        // The TrancheManager's own arithmetic (closeByStrategy, applyClose) on the planner's takes.
        const auto plan = ClosePlanner::plan(lots, closing, ClosingStrategy(s), p.mark);
        Decimal feeLeft = p.fee;
        Decimal quantityLeft = closing - plan.unallocated;
        for (const auto &take : plan.takes) {
            const Decimal feeShare = TrancheMath::proportionalShare(feeLeft, take.quantity, quantityLeft);
            feeLeft -= feeShare;
            quantityLeft -= take.quantity;
            for (qsizetype i = 0; i < p.lots.size(); ++i) {
                if (p.lots[i].lot.id == take.id) {
                    const Lot &lot = p.lots[i];
                    const Decimal entryShare
                        = TrancheMath::proportionalShare(lot.entryFeeUnallocated, take.quantity, lot.lot.quantity);
                    WhatIfFill::Share &share = p.fill.shares[i];
                    share.quantity[s] = take.quantity;
                    share.pnl[s] = (p.fill.price - lot.lot.entryPrice).multipliedBy(p.dir) * take.quantity - feeShare
                        - entryShare;
                }
            }
        }
    }
    // One position holding all of it: the quantity-weighted entry, every unallocated entry fee.
    p.fill.combinedPnl = ((p.fill.price * held - entryNotional).multipliedBy(p.dir) * closing).divided(held) - p.fee
        - TrancheMath::proportionalShare(unallocatedFees, closing, held);
    m_pending = std::move(p);
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
