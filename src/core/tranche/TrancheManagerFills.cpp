// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TrancheManager: fills, closes, isolation and recovery.
#include "common/CoreLog.h"
#include "tranche/ClientOrderId.h"
#include "tranche/ClosePlanner.h"
#include "tranche/TrancheManager.h"
#include "tranche/TrancheManagerState.h"
#include "tranche/TrancheMath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {

CloseReason reasonOf(const OrderRecord &r)
{
    switch (r.purpose) {
    case OrderPurpose::TakeProfit:
        return CloseReason::Tp;
    case OrderPurpose::StopLoss:
        return CloseReason::Sl;
    case OrderPurpose::Close:
        return r.closeReason == CloseReason::None ? CloseReason::Manual : r.closeReason;
    case OrderPurpose::Entry:
        break;
    }
    return CloseReason::External;
}

CloseReason reasonOfUntaggedFill(const OrderUpdate &u)
{
    // The exchange names its own closes: "autoclose-" liquidation, "adl_autoclose" deleveraging.
    if (u.execution == ExecutionType::Calculated || u.clientOrderId.startsWith(u"autoclose-")
        || u.clientOrderId.startsWith(u"adl_autoclose")) {
        return CloseReason::Liquidation;
    }
    return CloseReason::External;
}

} // namespace

void TrancheManager::onOrderUpdate(const OrderUpdate &update)
{
    dispatch([this, update] { processOrderUpdate(update); });
}

void TrancheManager::processOrderUpdate(const OrderUpdate &u)
{
    Book &b = book(u.symbol);
    if (m_awaitingAnswer.remove(u.clientOrderId) > 0 && b.isSyncPending && !hasOrderInFlight(u.symbol)) {
        b.isSyncPending = false;
        toExchange([this] { m_exchange->requestPositions(); });
    }
    if (u.isFill()) {
        b.lastFillTime = std::max(b.lastFillTime, u.time);
    }
    auto it = m_orders.find(u.clientOrderId);
    if (it == m_orders.end()) {
        // A finished order of ours: only a fill beyond what was already applied matters (a
        // repeated frame applies nothing; an entry given up on that filled after all does).
        if (const auto done = m_finished.constFind(u.clientOrderId); done != m_finished.constEnd()) {
            if (!u.isFill() || u.cumulativeQuantity <= done->filledQuantity) {
                return;
            }
            OrderRecord revived = *done;
            revived.state = OrderState::Open;
            m_finished.remove(u.clientOrderId);
            handleOwnUpdate(m_orders.insert(u.clientOrderId, revived).value(), u);
            return;
        }
        // Not (or no longer) in our books. A tagged id still names its tranche exactly, e.g. a
        // protective order of a previous run whose record is gone.
        const auto parts = ClientOrderId::parse(u.clientOrderId);
        if (parts && parts->purpose != OrderPurpose::Entry && u.isFill()) {
            if (OpenLot *lot = findLot(parts->trancheId)) {
                OrderRecord r = baseOrder(*lot, parts->purpose);
                r.clientOrderId = u.clientOrderId;
                r.state = OrderState::Open;
                it = m_orders.insert(u.clientOrderId, r);
            }
        } else if (parts && u.isFill()) {
            // An entry of ours we had given up on (its query said "unknown" before it surfaced)
            // filled after all: the quantity is real, so it becomes a tranche like any entry.
            OrderRecord r;
            r.clientOrderId = u.clientOrderId;
            r.trancheId = findLot(parts->trancheId) ? parts->trancheId : newTrancheId();
            r.symbol = u.symbol;
            r.side = u.positionSide == PositionSide::Short
                    || (u.positionSide == PositionSide::Both && u.side == OrderSide::Sell)
                ? Side::Short
                : Side::Long;
            r.purpose = OrderPurpose::Entry;
            r.orderSide = u.side;
            r.positionSide = u.positionSide;
            r.type = u.type;
            r.quantity = u.quantity;
            r.leverage = b.config.leverage;
            r.state = OrderState::Open;
            r.createdTime = m_clock->nowMs();
            it = m_orders.insert(u.clientOrderId, r);
        }
        if (it == m_orders.end()) {
            if (u.isFill() && !parts) {
                const Decimal quantity = u.lastQuantity.isPositive() ? u.lastQuantity : u.cumulativeQuantity;
                b.lastFillPrice = u.lastPrice;
                applyUntaggedFill(u, quantity, u.lastPrice);
            }
            return;
        }
    }
    handleOwnUpdate(it.value(), u);
}

void TrancheManager::handleOwnUpdate(OrderRecord &r, const OrderUpdate &u)
{
    const QString id = r.clientOrderId;
    const qint64 now = m_clock->nowMs();
    const qint64 time = u.time > 0 ? u.time : now;
    r.updatedTime = now;
    if (u.orderId != 0) {
        r.exchangeOrderId = u.orderId;
    }
    if (u.status == OrderStatus::Rejected || u.execution == ExecutionType::Rejected) {
        r.state = OrderState::Rejected;
        r.errorCode = u.errorCode;
        r.errorMessage = u.errorMessage;
        save(r);
        const OrderRecord rejected = r;
        OpenLot *lot = findLot(rejected.trancheId);
        TrancheEvent e;
        e.type = EventType::OrderRejected;
        e.symbol = rejected.symbol;
        e.side = rejected.side;
        e.trancheId = lot ? lot->t.id : QString();
        e.quantity = rejected.quantity;
        e.reason = u"%1 %2"_s.arg(u.errorCode).arg(u.errorMessage);
        e.details = json({ { u"clientOrderId"_s, id }, { u"purpose"_s, toString(rejected.purpose) },
            { u"code"_s, u.errorCode }, { u"message"_s, u.errorMessage }, { u"trancheId"_s, rejected.trancheId } });
        record(e);
        finishOrder(id);
        if (!lot) {
            return;
        }
        const bool isProtective
            = rejected.purpose == OrderPurpose::TakeProfit || rejected.purpose == OrderPurpose::StopLoss;
        if (isProtective) {
            QString &slot = rejected.purpose == OrderPurpose::TakeProfit ? lot->tpOrderId : lot->slOrderId;
            if (slot == id) {
                slot.clear();
            }
            // -2021: the stop would trigger at once, so the price is already past it: close now.
            if (u.errorCode == -2021 && !lot->isClosing()) {
                sendClose(*lot, lot->t.quantity, reasonOf(rejected));
            }
        } else if (rejected.purpose == OrderPurpose::Close && u.errorCode == -2022) {
            // Reduce-only refused: the position is already smaller than our books say.
            requestSyncInternal(false);
        }
        return;
    }

    // Fills are counted by cumulative quantity, so a repeated or replayed update (a query
    // answer after a restart, a duplicate frame) never applies the same quantity twice.
    const Decimal cumulative
        = u.cumulativeQuantity.isPositive() || !u.isFill() ? u.cumulativeQuantity : r.filledQuantity + u.lastQuantity;
    const Decimal fresh = cumulative - r.filledQuantity;
    if (fresh.isPositive()) {
        const bool isThisFill = u.isFill() && u.lastQuantity == fresh;
        const Decimal price = isThisFill || !u.averagePrice.isPositive() ? u.lastPrice : u.averagePrice;
        const Decimal fee = u.isFill() ? u.fee : Decimal();
        r.filledQuantity = cumulative;
        const OrderRecord filled = r;
        book(filled.symbol).lastFillPrice = price;
        if (filled.purpose == OrderPurpose::Entry) {
            applyEntryFill(m_orders[id], fresh, price, fee, time);
        } else if (OpenLot *lot = findLot(filled.trancheId)) {
            const Decimal own = Decimal::min(fresh, lot->t.quantity);
            const Decimal excess = fresh - own;
            const Side side = lot->t.side;
            applyClose(*lot, own, price, TrancheMath::proportionalShare(fee, own, fresh), reasonOf(filled), id, time);
            if (excess.isPositive()) {
                closeByStrategy(filled.symbol, side, excess, price,
                    fee - TrancheMath::proportionalShare(fee, own, fresh), CloseReason::External, id, time);
            }
        } else {
            // Its tranche is gone, but the quantity really left the position.
            closeByStrategy(filled.symbol, filled.side, fresh, price, fee, CloseReason::External, id, time);
        }
    }
    auto it = m_orders.find(id);
    if (it == m_orders.end()) {
        return;
    }
    OrderRecord &current = it.value();
    switch (u.status) {
    case OrderStatus::New:
    case OrderStatus::PartiallyFilled:
        current.state = OrderState::Open;
        save(current);
        return;
    case OrderStatus::Filled:
        current.state = OrderState::Filled;
        break;
    case OrderStatus::Canceled:
    case OrderStatus::Expired:
    case OrderStatus::Rejected:
        current.state = OrderState::Canceled;
        break;
    }
    save(current);
    const OrderRecord done = current;
    const bool wasRequested = m_cancelRequested.contains(id);
    finishOrder(id);
    if (done.state != OrderState::Canceled || wasRequested) {
        return;
    }
    // A protective order we did not cancel disappeared (cancelled on the website, expired):
    // the tranche must not stay unprotected.
    OpenLot *lot = findLot(done.trancheId);
    if (!lot || lot->isClosing()) {
        return;
    }
    QString &slot = done.purpose == OrderPurpose::TakeProfit ? lot->tpOrderId : lot->slOrderId;
    if ((done.purpose == OrderPurpose::TakeProfit || done.purpose == OrderPurpose::StopLoss) && slot == id) {
        slot.clear();
        const QString replacement = placeProtectionLeg(*lot, done.purpose);
        record(EventType::ProtectiveReplaced, lot->t, done.stopPrice, lot->t.quantity, std::nullopt,
            u"%1 order %2 on the exchange"_s.arg(toString(done.purpose), toString(u.status).toLower()),
            json({ { u"old"_s, id }, { u"new"_s, replacement } }));
    }
}

TrancheManager::OpenLot &TrancheManager::createLot(Tranche t)
{
    Book &b = book(t.symbol);
    auto lot = std::make_unique<OpenLot>();
    lot->t = std::move(t);
    lot->lastPersist = m_clock->nowMs();
    lot->persistedUnrealized = lot->t.unrealizedPnl;
    OpenLot *raw = lot.get();
    refreshThresholds(*raw);
    m_lotById.insert(raw->t.id, raw);
    b.lots.push_back(std::move(lot));
    return *raw;
}

void TrancheManager::growLot(OpenLot &lot, Decimal quantity, Decimal price, Decimal fee)
{
    Tranche &t = lot.t;
    const Decimal total = t.quantity + quantity;
    const SymbolFilters filters = filtersFor(t.symbol);
    // Re-averaged over the open quantity: what the exchange would show for this lot alone.
    t.entryPrice = (t.entryPrice * t.quantity + price * quantity).divided(total);
    t.quantity = total;
    t.originalQuantity += quantity;
    t.marginUsed = TrancheMath::margin(t.entryPrice, t.originalQuantity, t.leverage);
    t.feesPaid += fee;
    t.entryFeeUnallocated += fee;
    t.tpPrice = TrancheMath::takeProfitPrice(t.side, t.entryPrice, t.tpPercent, filters.tickSize);
    t.slPrice = TrancheMath::stopLossPrice(t.side, t.entryPrice, t.slPercent, filters.tickSize);
    t.updatedTime = m_clock->nowMs();
    refreshThresholds(lot);
}

void TrancheManager::applyEntryFill(OrderRecord &r, Decimal quantity, Decimal price, Decimal fee, qint64 time)
{
    if (r.positionSide == PositionSide::Both) {
        // One-way: the exchange nets a fill against the other side first (a LIMIT entry that
        // rested while a fill made elsewhere flipped the position); only what goes beyond it
        // opens this side.
        Decimal opposing;
        for (OpenLot *lot : lotsOf(book(r.symbol), opposite(r.side))) {
            opposing += lot->t.quantity;
        }
        const Decimal netted = Decimal::min(quantity, opposing);
        if (netted.isPositive()) {
            const Decimal nettedFee = TrancheMath::proportionalShare(fee, netted, quantity);
            closeByStrategy(
                r.symbol, opposite(r.side), netted, price, nettedFee, CloseReason::External, r.clientOrderId, time);
            quantity -= netted;
            fee -= nettedFee;
            if (!quantity.isPositive()) {
                return;
            }
        }
    }
    const SymbolConfig &cfg = book(r.symbol).config;
    OpenLot *lot = findLot(r.trancheId);
    if (!lot && !cfg.enableTrancheManagement) {
        // Without tranche management every entry merges into one tranche per symbol and side.
        const auto lots = lotsOf(book(r.symbol), r.side);
        lot = lots.isEmpty() ? nullptr : lots.first();
    }
    if (lot) {
        growLot(*lot, quantity, price, fee);
        save(*lot);
        record(EventType::EntryFilled, lot->t, price, quantity, std::nullopt,
            lot->t.id == r.trancheId ? u"partial fill"_s : u"merged"_s,
            json({ { u"clientOrderId"_s, r.clientOrderId }, { u"entryPrice"_s, lot->t.entryPrice.toString() } }));
        placeProtection(*lot);
        Q_EMIT trancheChanged(lot->t);
        return;
    }
    const SymbolFilters filters = filtersFor(r.symbol);
    Tranche t;
    t.id = r.trancheId;
    t.seq = m_nextTrancheSeq++;
    t.symbol = r.symbol;
    t.side = r.side;
    t.positionSide = r.positionSide;
    t.entryPrice = price;
    t.quantity = quantity;
    t.originalQuantity = quantity;
    t.leverage = r.leverage;
    t.marginUsed = TrancheMath::margin(price, quantity, t.leverage);
    t.entryTime = time;
    t.entryOrderId = r.clientOrderId;
    t.origin = TrancheOrigin::Entry;
    t.tpPercent = cfg.tpPercent;
    t.slPercent = cfg.slPercent;
    t.tpPrice = TrancheMath::takeProfitPrice(t.side, price, t.tpPercent, filters.tickSize);
    t.slPrice = TrancheMath::stopLossPrice(t.side, price, t.slPercent, filters.tickSize);
    t.feesPaid = fee;
    t.entryFeeUnallocated = fee;
    t.updatedTime = m_clock->nowMs();
    OpenLot &created = createLot(t);
    save(created);
    saveCounters();
    record(EventType::Created, created.t, price, quantity, std::nullopt, u"entry filled"_s,
        json({ { u"clientOrderId"_s, r.clientOrderId } }));
    placeProtection(created);
    Q_EMIT trancheCreated(created.t);
}

void TrancheManager::applyUntaggedFill(const OrderUpdate &u, Decimal quantity, Decimal price)
{
    const qint64 time = u.time > 0 ? u.time : m_clock->nowMs();
    const CloseReason reason = reasonOfUntaggedFill(u);
    Side reduces;
    if (u.positionSide == PositionSide::Both) {
        // One-way: a SELL takes from LONG tranches, a BUY from SHORT ones; beyond them it opens
        // the other side (the position flipped).
        reduces = u.side == OrderSide::Sell ? Side::Long : Side::Short;
    } else {
        const Side side = u.positionSide == PositionSide::Long ? Side::Long : Side::Short;
        const bool isReducing = exitOrderSide(side) == u.side;
        reduces = isReducing ? side : opposite(side);
        if (!isReducing) {
            createRecovery(book(u.symbol), side, quantity, price, TrancheOrigin::Imported, u.fee);
            return;
        }
    }
    Decimal held;
    for (OpenLot *lot : lotsOf(book(u.symbol), reduces)) {
        held += lot->t.quantity;
    }
    const Decimal closing = Decimal::min(quantity, held);
    const Decimal fee = TrancheMath::proportionalShare(u.fee, closing, quantity);
    if (closing.isPositive()) {
        closeByStrategy(u.symbol, reduces, closing, price, fee, reason, u.clientOrderId, time);
    }
    const Decimal rest = quantity - closing;
    if (rest.isPositive() && u.positionSide == PositionSide::Both) {
        createRecovery(book(u.symbol), opposite(reduces), rest, price, TrancheOrigin::Imported, u.fee - fee);
    }
}

void TrancheManager::closeByStrategy(const QString &symbol, Side side, Decimal quantity, Decimal price, Decimal fee,
    CloseReason reason, const QString &orderId, qint64 time)
{
    Book &b = book(symbol);
    QList<ClosePlanner::Lot> lots;
    for (OpenLot *lot : lotsOf(b, side)) {
        lots.append({ lot->t.id, lot->t.seq, lot->t.entryTime, lot->t.side, lot->t.entryPrice, lot->t.quantity,
            lot->t.isolated });
    }
    const auto plan = ClosePlanner::plan(lots, quantity, b.config.closingStrategy, b.mark);
    Decimal feeLeft = fee;
    const Decimal covered = quantity - plan.unallocated;
    Decimal quantityLeft = covered;
    for (const auto &take : plan.takes) {
        const Decimal share = TrancheMath::proportionalShare(feeLeft, take.quantity, quantityLeft);
        feeLeft -= share;
        quantityLeft -= take.quantity;
        if (OpenLot *lot = findLot(take.id)) {
            applyClose(*lot, take.quantity, price, share, reason, orderId, time);
        }
    }
    if (plan.unallocated.isPositive()) {
        qCWarning(lcTranche).noquote() << symbol << toString(side) << "a reduce of" << plan.unallocated.toString()
                                       << "found no open tranche; the next sync settles it";
    }
}

void TrancheManager::applyClose(
    OpenLot &lot, Decimal quantity, Decimal price, Decimal fee, CloseReason reason, const QString &orderId, qint64 time)
{
    Tranche &t = lot.t;
    quantity = Decimal::min(quantity, t.quantity);
    if (!quantity.isPositive()) {
        return;
    }
    const Decimal entryFeeShare = TrancheMath::proportionalShare(t.entryFeeUnallocated, quantity, t.quantity);
    const Decimal pnl = (price - t.entryPrice).multipliedBy(t.dir()) * quantity - fee - entryFeeShare;
    t.realizedPnl += pnl;
    t.feesPaid += fee;
    t.entryFeeUnallocated -= entryFeeShare;
    t.quantity -= quantity;
    t.closedQuantity += quantity;
    t.exitNotional += price * quantity;
    t.exitPrice = t.exitNotional.divided(t.closedQuantity);
    t.exitTime = time;
    t.exitOrderId = orderId;
    t.updatedTime = m_clock->nowMs();
    if (t.quantity.isPositive()) {
        if (const Book *b = findBook(t.symbol); b && b->mark) {
            t.unrealizedPnl = TrancheMath::unrealizedPnl(t, *b->mark);
        }
        save(lot);
        record(EventType::PartialClose, t, price, quantity, pnl, toString(reason),
            json({ { u"remaining"_s, t.quantity.toString() }, { u"orderId"_s, orderId } }));
        placeProtection(lot);
        Q_EMIT trancheChanged(t);
        return;
    }
    t.status = reason == CloseReason::Liquidation ? TrancheStatus::Liquidated : TrancheStatus::Closed;
    t.closeReason = reason;
    t.unrealizedPnl = Decimal();
    save(lot);
    record(EventType::Closed, t, price, quantity, t.realizedPnl, toString(reason),
        json({ { u"fillPnl"_s, pnl.toString() }, { u"orderId"_s, orderId } }));
    if (lot.tpOrderId == orderId) {
        lot.tpOrderId.clear();
    }
    if (lot.slOrderId == orderId) {
        lot.slOrderId.clear();
    }
    cancelProtection(lot);
    if (lot.closeOrderId != orderId && !lot.closeOrderId.isEmpty()) {
        requestCancel(t.symbol, lot.closeOrderId);
    }
    const Tranche closed = t;
    Book &b = book(t.symbol);
    m_lotById.remove(closed.id);
    for (auto it = b.lots.begin(); it != b.lots.end(); ++it) {
        if (it->get() == &lot) {
            m_retired.push_back(std::move(*it));
            b.lots.erase(it);
            break;
        }
    }
    Q_EMIT trancheClosed(closed);
}

// ---------------------------------------------------------------------------------------------
// Mark price: isolation, recovery, throttled P&L

void TrancheManager::onMarkPrice(const QString &symbol, const Decimal &price, qint64 time)
{
    Q_UNUSED(time)
    dispatch([this, symbol, price] { applyMark(symbol, price); });
}

void TrancheManager::applyMark(const QString &symbol, Decimal price)
{
    Book &b = book(symbol);
    b.mark = price;
    if (b.lots.empty()) {
        return;
    }
    const SymbolConfig &cfg = b.config;
    QVarLengthArray<OpenLot *, 16> isolating;
    QVarLengthArray<OpenLot *, 16> recovering;
    if (cfg.enableTrancheManagement) {
        for (const auto &lot : b.lots) {
            const Decimal move = (price - lot->t.entryPrice).multipliedBy(100 * lot->t.dir());
            if (!lot->t.isolated) {
                if (move <= -lot->isolationBound) {
                    isolating.append(lot.get());
                }
            } else if (cfg.trancheAutoCloseIsolated && !lot->isClosing() && move >= lot->recoveryBound) {
                recovering.append(lot.get());
            }
        }
    }
    for (OpenLot *lot : isolating) {
        isolate(*lot, price);
    }
    for (OpenLot *lot : recovering) {
        sendClose(*lot, lot->t.quantity, CloseReason::Recovery);
    }
    const qint64 now = m_clock->nowMs();
    if (now >= m_nextPnlFlush) {
        persistDuePnl(now);
    }
    Q_EMIT markApplied(symbol);
}

void TrancheManager::isolate(OpenLot &lot, Decimal mark)
{
    Tranche &t = lot.t;
    const SymbolConfig &cfg = book(t.symbol).config;
    t.isolated = true;
    t.isolationTime = m_clock->nowMs();
    t.isolationPrice = mark;
    t.unrealizedPnl = TrancheMath::unrealizedPnl(t, mark);
    t.updatedTime = t.isolationTime;
    save(lot);
    record(EventType::Isolated, t, mark, t.quantity, t.unrealizedPnl, u"threshold"_s,
        json({ { u"pnlPercent"_s, TrancheMath::pnlPercent(t, mark).toString(4) },
            { u"threshold"_s, cfg.trancheIsolationThreshold.toString() },
            { u"action"_s, toString(cfg.isolationAction) } }));
    Q_EMIT trancheIsolated(t);
    Q_EMIT trancheChanged(t);
    switch (cfg.isolationAction) {
    case IsolationAction::Hold:
        break;
    case IsolationAction::PartialClose: {
        const SymbolFilters filters = filtersFor(t.symbol);
        const Decimal part = filters.roundQuantity((t.quantity * cfg.isolationPartialClosePercent).dividedBy(100));
        if (part.isPositive() && part >= filters.minQty && part < t.quantity && !lot.isClosing()) {
            sendClose(lot, part, CloseReason::Partial);
        } else {
            qCInfo(lcTranche).noquote() << "partial close of" << t.id << "skipped: the part rounds below minQty";
        }
        break;
    }
    case IsolationAction::ReduceLeverage:
        if (t.leverage > cfg.isolationReducedLeverage) {
            const QString symbol = t.symbol;
            const int leverage = cfg.isolationReducedLeverage;
            toExchange([this, symbol, leverage] { m_exchange->setLeverage(symbol, leverage); });
        }
        break;
    }
}

void TrancheManager::onLeverageChanged(const QString &symbol, int leverage)
{
    dispatch([this, symbol, leverage] {
        // The exchange applies leverage per position: every open tranche of the symbol changes.
        Book &b = book(symbol);
        b.exchangeLeverage = leverage;
        int changed = 0;
        for (const auto &lot : b.lots) {
            if (lot->t.leverage == leverage) {
                continue;
            }
            lot->t.leverage = leverage;
            lot->t.marginUsed = TrancheMath::margin(lot->t.entryPrice, lot->t.originalQuantity, leverage);
            save(*lot);
            ++changed;
            Q_EMIT trancheChanged(lot->t);
        }
        if (changed > 0) {
            TrancheEvent e;
            e.type = EventType::ConfigChanged;
            e.symbol = symbol;
            e.reason = u"leverage %1x on the exchange"_s.arg(leverage);
            e.details = json({ { u"tranches"_s, changed } });
            record(e);
        }
    });
}

void TrancheManager::onFundingFee(const PositionSnapshot &position, const Decimal &amount, qint64 time)
{
    Q_UNUSED(time)
    dispatch([this, position, amount] {
        if (amount.isZero() || (position.positionSide == PositionSide::Both && position.amount.isZero())) {
            return;
        }
        Side side = position.positionSide == PositionSide::Short ? Side::Short : Side::Long;
        if (position.positionSide == PositionSide::Both) {
            side = position.amount.isNegative() ? Side::Short : Side::Long;
        }
        const QList<OpenLot *> lots = lotsOf(book(position.symbol), side);
        Decimal held;
        for (const OpenLot *lot : lots) {
            held += lot->t.quantity;
        }
        if (!held.isPositive()) {
            qCInfo(lcTranche).noquote() << position.symbol << toString(side) << "funding of" << amount.toString()
                                        << "found no open tranche";
            return;
        }
        // The last tranche takes what is left, so the shares add up to the payment exactly.
        Decimal amountLeft = amount;
        Decimal quantityLeft = held;
        const qint64 now = m_clock->nowMs();
        for (OpenLot *lot : lots) {
            Tranche &t = lot->t;
            const Decimal share = TrancheMath::proportionalShare(amountLeft, t.quantity, quantityLeft);
            amountLeft -= share;
            quantityLeft -= t.quantity;
            t.fundingFee += share;
            t.realizedPnl += share;
            t.updatedTime = now;
            save(*lot);
            Q_EMIT trancheChanged(t);
        }
    });
}

} // namespace trd::core
