// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TrancheManager: start-up, reconciliation with the exchange, protective-order checks, queries.
#include "common/CoreLog.h"
#include "tranche/ClientOrderId.h"
#include "tranche/Reconciler.h"
#include "tranche/TrancheManager.h"
#include "tranche/TrancheManagerState.h"
#include "tranche/TrancheMath.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {

constexpr int kHousekeepingMs = 60 * 60 * 1000;

} // namespace

// ---------------------------------------------------------------------------------------------
// Start-up

Result<void> TrancheManager::start()
{
    Step step(*this);
    if (m_store) {
        auto state = m_store->loadState();
        if (!state) {
            return Error { u"Could not load the tranche store: %1"_s.arg(state.error().message) };
        }
        restore(state.value());
    }
    m_started = true;
    // What became of every order that was in flight when the previous run stopped?
    resync();
    removeExpiredTranches();
    return {};
}

void TrancheManager::resync()
{
    Step step(*this);
    const qint64 now = m_clock->nowMs();
    for (const OrderRecord &r : std::as_const(m_orders)) {
        const QString symbol = r.symbol;
        const QString id = r.clientOrderId;
        m_awaitingAnswer.insert(id, now);
        toExchange([this, symbol, id] { m_exchange->queryOrder(symbol, id); });
    }
    toExchange([this] { m_exchange->requestMarkPrices(); });
    requestSyncInternal(false);
}

void TrancheManager::restore(const StoredState &state)
{
    m_nextTrancheSeq = std::max(m_nextTrancheSeq, state.nextTrancheSeq);
    m_nextOrderSeq = std::max(m_nextOrderSeq, state.nextOrderSeq);
    for (const Tranche &t : state.openTranches) {
        if (!findLot(t.id)) {
            createLot(t);
        }
        m_nextTrancheSeq = std::max(m_nextTrancheSeq, t.seq + 1);
    }
    for (const OrderRecord &r : state.liveOrders) {
        m_orders.insert(r.clientOrderId, r);
        OpenLot *lot = findLot(r.trancheId);
        if (!lot) {
            continue;
        }
        // The newest protective order of each kind is the one in force.
        const qint64 seq = ClientOrderId::parse(r.clientOrderId).value_or(ClientOrderId::Parts {}).seq;
        const auto newer = [&](const QString &current) {
            return current.isEmpty() || ClientOrderId::parse(current).value_or(ClientOrderId::Parts {}).seq < seq;
        };
        if (r.purpose == OrderPurpose::TakeProfit && newer(lot->tpOrderId)) {
            lot->tpOrderId = r.clientOrderId;
        } else if (r.purpose == OrderPurpose::StopLoss && newer(lot->slOrderId)) {
            lot->slOrderId = r.clientOrderId;
        } else if (r.purpose == OrderPurpose::Close) {
            lot->closeOrderId = r.clientOrderId;
        }
    }
}

void TrancheManager::setTimersEnabled(bool enabled)
{
    if (enabled) {
        m_syncTimer.start(m_config.global.syncIntervalSeconds * 1000);
        m_housekeepingTimer.start(kHousekeepingMs);
    } else {
        m_syncTimer.stop();
        m_housekeepingTimer.stop();
    }
}

void TrancheManager::flush()
{
    Step step(*this);
    QList<OpenLot *> all;
    for (const auto &b : m_books) {
        for (const auto &lot : b->lots) {
            all.append(lot.get());
        }
    }
    persistPnl(all);
}

void TrancheManager::removeExpiredTranches()
{
    const int days = m_config.global.closedRetentionDays;
    if (days <= 0 || !m_store) {
        return;
    }
    Step step(*this);
    // The removal runs in a transaction of its own, after what this step wrote so far.
    if (!m_steps.commitNow()) {
        return;
    }
    const qint64 cutoff = m_clock->nowMs() - qint64(days) * 24 * 60 * 60 * 1000;
    const auto removed = m_store->removeClosedBefore(cutoff);
    if (!removed) {
        check(Result<void>(removed.error()), "remove expired tranches");
    } else if (removed.value() > 0) {
        qCInfo(lcTranche) << "retention removed" << removed.value() << "closed tranches older than" << days << "days";
    }
}

// ---------------------------------------------------------------------------------------------
// Reconciliation

void TrancheManager::requestSync()
{
    requestSyncInternal(true);
}

void TrancheManager::requestPeriodicSync()
{
    requestSyncInternal(false);
}

void TrancheManager::requestSyncInternal(bool announce)
{
    Step step(*this);
    m_announceSync = m_announceSync || announce;
    toExchange([this] {
        m_exchange->requestOpenOrders();
        m_exchange->requestPositions();
    });
}

void TrancheManager::onPositions(const PositionSnapshots &positions)
{
    reconcile(positions, true);
}

void TrancheManager::onAccountUpdate(const PositionSnapshots &changed)
{
    reconcile(changed, false);
}

void TrancheManager::reconcile(const PositionSnapshots &positions, bool isCompleteSnapshot)
{
    dispatch([this, positions, isCompleteSnapshot] { doReconcile(positions, isCompleteSnapshot); });
}

void TrancheManager::doReconcile(const PositionSnapshots &positions, bool isCompleteSnapshot)
{
    struct Exposure
    {
        Decimal quantity[2];
        Decimal entry[2];
        bool isListed[2] = { false, false };
        qint64 time = 0;
    };
    QHash<QString, Exposure> bySymbol;
    for (const PositionSnapshot &p : positions) {
        Exposure &e = bySymbol[p.symbol];
        e.time = std::max(e.time, p.time);
        Side side;
        if (p.positionSide == PositionSide::Both) {
            // One-way: the one signed amount speaks for both sides.
            e.isListed[0] = e.isListed[1] = true;
            if (p.amount.isZero()) {
                continue;
            }
            side = p.amount.isPositive() ? Side::Long : Side::Short;
        } else {
            side = p.positionSide == PositionSide::Long ? Side::Long : Side::Short;
        }
        e.isListed[sideIndex(side)] = true;
        e.quantity[sideIndex(side)] += p.amount.abs();
        e.entry[sideIndex(side)] = p.entryPrice;
    }
    QStringList symbols = bySymbol.keys();
    if (isCompleteSnapshot) {
        for (const auto &b : m_books) {
            if (!b->lots.empty() && !bySymbol.contains(b->symbol)) {
                symbols.append(b->symbol);
            }
        }
    }
    const bool announce = m_announceSync && isCompleteSnapshot;
    if (isCompleteSnapshot) {
        m_announceSync = false;
    }
    for (const QString &symbol : std::as_const(symbols)) {
        Book &b = book(symbol);
        const Exposure e = bySymbol.value(symbol);
        // In-flight orders would look like drift; a snapshot older than the last fill we
        // applied is stale. Either way, look again once things have settled.
        if (hasOrderInFlight(symbol) || (e.time > 0 && e.time < b.lastFillTime)) {
            b.isSyncPending = true;
            continue;
        }
        for (Side side : { Side::Long, Side::Short }) {
            if (mayHoldUnseenFill(b, side, e.quantity[sideIndex(side)])) {
                b.isSyncPending = true;
                continue;
            }
            // A partial snapshot (an account update) speaks only for the sides it lists.
            if (isCompleteSnapshot || e.isListed[sideIndex(side)]) {
                reconcileSide(b, side, e.quantity[sideIndex(side)], e.entry[sideIndex(side)], announce);
            }
        }
    }
}

bool TrancheManager::mayHoldUnseenFill(const Book &b, Side side, Decimal exchangeQuantity) const
{
    // A resting LIMIT entry does not hold reconciliation, but it may have filled a moment before
    // the snapshot with its update still on the way: the exchange holding more than the tranches,
    // by no more than what such orders have left, is that fill and not drift. Less than the
    // tranches is never explained by an entry, so a position closed elsewhere is found at once.
    Decimal held;
    for (const OpenLot *lot : lotsOf(b, side)) {
        held += lot->t.quantity;
    }
    if (exchangeQuantity <= held) {
        return false;
    }
    Decimal resting;
    for (const OrderRecord &r : m_orders) {
        if (r.symbol == b.symbol && r.side == side && r.purpose == OrderPurpose::Entry) {
            resting += r.quantity - r.filledQuantity;
        }
    }
    return exchangeQuantity - held <= resting;
}

Decimal TrancheManager::exitPriceFor(const Book &b, Side side) const
{
    if (b.lastFillPrice) {
        return *b.lastFillPrice;
    }
    if (b.mark) {
        return *b.mark;
    }
    // Neither known: close at entry, so that no P&L is invented.
    const auto lots = lotsOf(b, side);
    return lots.isEmpty() ? Decimal() : lots.first()->t.entryPrice;
}

void TrancheManager::reconcileSide(Book &b, Side side, Decimal x, Decimal exchangeEntry, bool announce)
{
    Decimal l;
    Decimal notional;
    const auto lots = lotsOf(b, side);
    for (OpenLot *lot : lots) {
        l += lot->t.quantity;
        notional += lot->t.entryPrice * lot->t.quantity;
    }
    const SyncState previous = b.sync[sideIndex(side)];
    if (l.isZero() && x.isZero()) {
        if (previous == SyncState::Drift || previous == SyncState::Conflict) {
            setSyncState(b, side, SyncState::Synced);
        }
        return;
    }
    const auto syncEvent
        = [&](const QString &reason, Decimal exchangeQuantity, Decimal trancheQuantity, const QJsonObject &extra = {}) {
              TrancheEvent e;
              e.type = EventType::Sync;
              e.symbol = b.symbol;
              e.side = side;
              e.quantity = exchangeQuantity;
              e.reason = reason;
              QJsonObject details = extra;
              details.insert(u"exchangeQuantity"_s, exchangeQuantity.toString());
              details.insert(u"trancheQuantity"_s, trancheQuantity.toString());
              e.details = json(details);
              record(e);
          };
    const auto outcome = Reconciler::decide({ x, exchangeEntry, l, notional, m_config.global.syncDriftPercent });
    if (outcome.action == Reconciler::Action::None) {
        if (previous != SyncState::Synced || announce) {
            syncEvent(u"synced"_s, x, l, { { u"driftPercent"_s, outcome.driftPercent.toString(4) } });
        }
        setSyncState(b, side, SyncState::Synced);
        return;
    }
    syncEvent(u"drift found"_s, x, l, { { u"driftPercent"_s, outcome.driftPercent.toString(4) } });
    setSyncState(b, side, SyncState::Drift);
    const qint64 now = m_clock->nowMs();
    const Decimal price = exitPriceFor(b, side);
    switch (outcome.action) {
    case Reconciler::Action::None:
        break;
    case Reconciler::Action::CloseAll:
        for (OpenLot *lot : lots) {
            applyClose(*lot, lot->t.quantity, price, {}, CloseReason::External, {}, now);
        }
        break;
    case Reconciler::Action::CloseQuantity:
        closeByStrategy(b.symbol, side, outcome.quantity, price, {}, CloseReason::External, {}, now);
        break;
    case Reconciler::Action::CreateRecovery: {
        const SymbolFilters filters = filtersFor(b.symbol);
        Decimal entry = filters.roundPrice(outcome.recoveryPrice);
        if (!entry.isPositive()) {
            entry = b.mark.value_or(exchangeEntry);
        }
        const Decimal quantity = filters.roundQuantity(outcome.quantity);
        if (quantity.isPositive()) {
            createRecovery(b, side, quantity, entry);
        }
        break;
    }
    }
    Decimal after;
    for (OpenLot *lot : lotsOf(b, side)) {
        after += lot->t.quantity;
    }
    const auto check = Reconciler::decide({ x, exchangeEntry, after, {}, m_config.global.syncDriftPercent });
    const bool isResolved = check.action == Reconciler::Action::None;
    syncEvent(isResolved ? u"drift resolved"_s : u"conflict"_s, x, after);
    setSyncState(b, side, isResolved ? SyncState::Synced : SyncState::Conflict);
}

void TrancheManager::createRecovery(
    Book &b, Side side, Decimal quantity, Decimal price, TrancheOrigin origin, Decimal entryFee)
{
    const SymbolFilters filters = filtersFor(b.symbol);
    Tranche t;
    t.id = newTrancheId();
    t.seq = m_nextTrancheSeq++;
    t.symbol = b.symbol;
    t.side = side;
    t.positionSide = positionSideFor(side);
    t.entryPrice = price;
    t.quantity = quantity;
    t.originalQuantity = quantity;
    t.leverage = b.config.leverage;
    t.marginUsed = TrancheMath::margin(price, quantity, t.leverage);
    t.entryTime = m_clock->nowMs();
    t.origin = origin;
    t.feesPaid = entryFee;
    t.entryFeeUnallocated = entryFee;
    t.tpPercent = b.config.tpPercent;
    t.slPercent = b.config.slPercent;
    t.tpPrice = TrancheMath::takeProfitPrice(side, price, t.tpPercent, filters.tickSize);
    t.slPrice = TrancheMath::stopLossPrice(side, price, t.slPercent, filters.tickSize);
    t.updatedTime = t.entryTime;
    OpenLot &lot = createLot(t);
    save(lot);
    saveCounters();
    // Only reconciliation recovers drift; a tranche an external fill opened (a one-way position
    // flipped, a hedge side opened elsewhere) was seen being created and is logged as such.
    if (origin == TrancheOrigin::Recovery) {
        record(EventType::RecoveryCreated, lot.t, price, quantity, std::nullopt,
            u"exchange holds more than the tranches"_s);
    } else {
        record(EventType::Created, lot.t, price, quantity, std::nullopt, u"external fill opened this side"_s,
            json({ { u"origin"_s, toString(origin) } }));
    }
    placeProtection(lot);
    Q_EMIT trancheCreated(lot.t);
}

void TrancheManager::setSyncState(Book &b, Side side, SyncState state)
{
    SyncState &current = b.sync[sideIndex(side)];
    if (current != state) {
        current = state;
        Q_EMIT syncStateChanged(b.symbol, side, state);
    }
}

void TrancheManager::onOpenOrders(const OpenOrders &orders)
{
    dispatch([this, orders] { checkProtection(orders); });
}

void TrancheManager::checkProtection(const OpenOrders &orders)
{
    QSet<QString> present;
    for (const OpenOrder &o : orders) {
        present.insert(o.clientOrderId);
        // A protective order of ours whose tranche is no longer open (left behind by a crash
        // between a close and its cancellation) would close quantity that belongs to others.
        // Asked to cancel it before? That cancel did not take (lost to a ban, a 429 storm, a
        // timeout), since it still rests: ask again.
        const auto parts = ClientOrderId::parse(o.clientOrderId);
        if (parts && parts->purpose != OrderPurpose::Entry && !findLot(parts->trancheId)) {
            m_cancelRequested.remove(o.clientOrderId);
            requestCancel(o.symbol, o.clientOrderId);
        }
    }
    for (const auto &b : m_books) {
        if (hasOrderInFlight(b->symbol)) {
            continue;
        }
        for (const auto &lot : b->lots) {
            if (lot->isClosing()) {
                continue;
            }
            for (OrderPurpose purpose : { OrderPurpose::TakeProfit, OrderPurpose::StopLoss }) {
                QString &slot = purpose == OrderPurpose::TakeProfit ? lot->tpOrderId : lot->slOrderId;
                const Decimal stop = purpose == OrderPurpose::TakeProfit ? lot->t.tpPrice : lot->t.slPrice;
                if (!stop.isPositive()) {
                    continue;
                }
                const auto known = m_orders.constFind(slot);
                const bool isAwaitingAnswer = known != m_orders.constEnd() && known->state == OrderState::Intent;
                if (!slot.isEmpty() && (present.contains(slot) || isAwaitingAnswer)) {
                    if (!present.contains(slot)) {
                        askAgainIfForgotten(*known);
                    }
                    continue;
                }
                const QString old = slot;
                if (!old.isEmpty() && m_orders.contains(old)) {
                    m_orders[old].state = OrderState::Canceled;
                    save(m_orders[old]);
                    m_orders.remove(old);
                }
                slot.clear();
                const QString replacement = placeProtectionLeg(*lot, purpose);
                record(EventType::ProtectiveReplaced, lot->t, stop, lot->t.quantity, std::nullopt,
                    u"%1 order missing on the exchange"_s.arg(toString(purpose)),
                    json({ { u"old"_s, old }, { u"new"_s, replacement } }));
            }
        }
    }
}

void TrancheManager::askAgainIfForgotten(const OrderRecord &intent)
{
    // A placement whose outcome was unknown (503, no answer) and whose query was refused too (a
    // ban, a back-off) waits for an answer nobody will send: ask again, or the tranche would stay
    // unprotected, or be protected twice, until the next reconnect.
    const qint64 now = m_clock->nowMs();
    const qint64 asked = m_awaitingAnswer.value(intent.clientOrderId, intent.updatedTime);
    if (now - asked < kQueryPatienceMs) {
        return;
    }
    m_awaitingAnswer.insert(intent.clientOrderId, now);
    toExchange([this, symbol = intent.symbol, id = intent.clientOrderId] { m_exchange->queryOrder(symbol, id); });
}

// ---------------------------------------------------------------------------------------------
// Queries

QList<Tranche> TrancheManager::openTranches(const QString &symbol) const
{
    QList<Tranche> result;
    for (const auto &b : m_books) {
        if (!symbol.isEmpty() && b->symbol != symbol) {
            continue;
        }
        for (const auto &lot : b->lots) {
            Tranche t = lot->t;
            if (b->mark) {
                t.unrealizedPnl = TrancheMath::unrealizedPnl(t, *b->mark);
            }
            result.append(t);
        }
    }
    std::sort(result.begin(), result.end(), [](const Tranche &a, const Tranche &b) { return a.seq < b.seq; });
    return result;
}

QList<Tranche> TrancheManager::openTranches(const QString &symbol, Side side) const
{
    QList<Tranche> result = openTranches(symbol);
    result.removeIf([side](const Tranche &t) { return t.side != side; });
    return result;
}

std::optional<Tranche> TrancheManager::openTranche(const QString &id) const
{
    const OpenLot *lot = findLot(id);
    if (!lot) {
        return std::nullopt;
    }
    Tranche t = lot->t;
    if (const Book *b = findBook(t.symbol); b && b->mark) {
        t.unrealizedPnl = TrancheMath::unrealizedPnl(t, *b->mark);
    }
    return t;
}

std::optional<QString> TrancheManager::bestEntryId(const QString &symbol, Side side) const
{
    const Book *b = findBook(symbol);
    if (!b) {
        return std::nullopt;
    }
    const OpenLot *best = nullptr;
    for (const auto &lot : b->lots) {
        if (lot->t.side != side) {
            continue;
        }
        const bool isBetter = !best
            || (side == Side::Long ? lot->t.entryPrice < best->t.entryPrice : lot->t.entryPrice > best->t.entryPrice);
        if (isBetter) {
            best = lot.get();
        }
    }
    return best ? std::optional<QString>(best->t.id) : std::nullopt;
}

TrancheSummary TrancheManager::summary(const QString &symbol, std::optional<Side> side) const
{
    TrancheSummary s;
    for (const auto &b : m_books) {
        if (!symbol.isEmpty() && b->symbol != symbol) {
            continue;
        }
        for (const auto &lot : b->lots) {
            const Tranche &t = lot->t;
            if (side && t.side != *side) {
                continue;
            }
            ++s.open;
            s.isolated += t.isolated ? 1 : 0;
            s.quantity += t.quantity;
            s.marginUsed += TrancheMath::margin(t.entryPrice, t.quantity, t.leverage);
            const Decimal price = b->mark.value_or(t.entryPrice);
            s.notional += price * t.quantity;
            s.unrealizedPnl += TrancheMath::unrealizedPnl(t, price);
        }
    }
    return s;
}

SyncState TrancheManager::syncState(const QString &symbol, Side side) const
{
    const Book *b = findBook(symbol);
    return b ? b->sync[sideIndex(side)] : SyncState::Unknown;
}

std::optional<Decimal> TrancheManager::markPrice(const QString &symbol) const
{
    const Book *b = findBook(symbol);
    return b ? b->mark : std::nullopt;
}

} // namespace trd::core
