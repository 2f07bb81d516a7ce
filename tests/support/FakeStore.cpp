// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeStore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::test {

using namespace core;

namespace {
Error failure()
{
    return Error { u"disk full (simulated)"_s };
}
} // namespace

Result<void> FakeStore::begin()
{
    ++m_depth;
    return {};
}

Result<void> FakeStore::commit()
{
    if (failCommits && m_depth == 1) {
        return Error { u"COMMIT failed: database or disk is full (simulated)"_s };
    }
    if (m_depth > 0 && --m_depth == 0) {
        ++commits;
        if (journal) {
            journal->append(u"commit"_s);
        }
    }
    return {};
}

void FakeStore::rollback()
{
    ++rollbacks;
    m_depth = 0;
}

Result<void> FakeStore::saveTranche(const Tranche &tranche)
{
    if (failWrites) {
        return failure();
    }
    storedTranches.insert(tranche.id, tranche);
    return {};
}

Result<qint64> FakeStore::appendEvent(const TrancheEvent &event)
{
    if (failWrites) {
        return failure();
    }
    TrancheEvent e = event;
    e.id = eventLog.size() + 1;
    eventLog.append(e);
    return e.id;
}

Result<void> FakeStore::saveOrder(const OrderRecord &order)
{
    if (failWrites) {
        return failure();
    }
    orders.insert(order.clientOrderId, order);
    if (journal) {
        journal->append(u"save %1 %2"_s.arg(order.clientOrderId, toString(order.state)));
    }
    return {};
}

Result<void> FakeStore::saveUnrealized(const QList<Tranche> &list)
{
    if (failWrites) {
        return failure();
    }
    ++unrealizedWrites;
    for (const Tranche &t : list) {
        storedTranches[t.id].unrealizedPnl = t.unrealizedPnl;
    }
    return {};
}

Result<void> FakeStore::saveCounters(qint64 trancheSeq, qint64 orderSeq)
{
    if (failWrites) {
        return failure();
    }
    nextTrancheSeq = trancheSeq;
    nextOrderSeq = orderSeq;
    return {};
}

Result<void> FakeStore::saveDocument(const QString &key, const QByteArray &value)
{
    if (failWrites) {
        return failure();
    }
    documents.insert(key, value);
    return {};
}

Result<std::optional<QByteArray>> FakeStore::document(const QString &key)
{
    const auto it = documents.constFind(key);
    return it == documents.constEnd() ? std::optional<QByteArray>() : std::optional<QByteArray>(*it);
}

Result<StoredState> FakeStore::loadState()
{
    StoredState state;
    for (const Tranche &t : std::as_const(storedTranches)) {
        if (t.status == TrancheStatus::Active) {
            state.openTranches.append(t);
        }
    }
    std::sort(state.openTranches.begin(), state.openTranches.end(),
        [](const Tranche &a, const Tranche &b) { return a.seq < b.seq; });
    for (const OrderRecord &r : std::as_const(orders)) {
        if (r.isUnresolved()) {
            state.liveOrders.append(r);
        }
    }
    state.nextTrancheSeq = nextTrancheSeq;
    state.nextOrderSeq = nextOrderSeq;
    return state;
}

Result<QList<Tranche>> FakeStore::tranches(const TrancheQuery &query)
{
    QList<Tranche> all;
    for (const Tranche &t : std::as_const(storedTranches)) {
        if (t.seq > query.afterSeq) {
            all.append(t);
        }
    }
    std::sort(all.begin(), all.end(), [](const Tranche &a, const Tranche &b) { return a.seq < b.seq; });
    if (query.limit >= 0 && all.size() > query.limit) {
        all.resize(query.limit);
    }
    return all;
}

Result<QList<TrancheEvent>> FakeStore::events(const EventQuery &query)
{
    QList<TrancheEvent> result;
    for (const TrancheEvent &e : std::as_const(eventLog)) {
        if (e.id > query.afterId && (query.limit < 0 || result.size() < query.limit)) {
            result.append(e);
        }
    }
    return result;
}

Result<int> FakeStore::removeClosedBefore(qint64 cutoffMs)
{
    int removed = 0;
    for (auto it = storedTranches.begin(); it != storedTranches.end();) {
        if (it->status != TrancheStatus::Active && it->exitTime < cutoffMs) {
            it = storedTranches.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

} // namespace trd::test
