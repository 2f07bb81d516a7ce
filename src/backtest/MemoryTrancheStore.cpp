// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryTrancheStore.h"

namespace trd::backtest {

using namespace core;

MemoryTrancheStore::MemoryTrancheStore(bool keepsHistory)
    : m_keepsHistory(keepsHistory)
{ }

Result<void> MemoryTrancheStore::begin()
{
    return {};
}

Result<void> MemoryTrancheStore::commit()
{
    return {};
}

void MemoryTrancheStore::rollback()
{ }

Result<void> MemoryTrancheStore::saveTranche(const Tranche &tranche)
{
    if (!m_keepsHistory && !tranche.isOpen()) {
        m_tranches.erase(tranche.seq);
        m_seqById.remove(tranche.id);
        return {};
    }
    m_tranches[tranche.seq] = tranche;
    m_seqById.insert(tranche.id, tranche.seq);
    return {};
}

Result<qint64> MemoryTrancheStore::appendEvent(const TrancheEvent &event)
{
    const qint64 id = m_nextEventId++;
    if (m_keepsHistory) {
        m_events.append(event);
        m_events.last().id = id;
    }
    return id;
}

Result<void> MemoryTrancheStore::saveOrder(const OrderRecord &order)
{
    if (order.isUnresolved()) {
        m_liveOrders.insert(order.clientOrderId, order);
    } else {
        m_liveOrders.remove(order.clientOrderId);
    }
    return {};
}

Result<void> MemoryTrancheStore::saveUnrealized(const QList<Tranche> &list)
{
    // By seq, the map's own key, rather than hashing every id: this runs every few replayed
    // seconds for every open tranche.
    for (const Tranche &t : list) {
        if (const auto it = m_tranches.find(t.seq); it != m_tranches.end() && it->second.id == t.id) {
            it->second.unrealizedPnl = t.unrealizedPnl;
        }
    }
    return {};
}

Result<void> MemoryTrancheStore::saveCounters(qint64 nextTrancheSeq, qint64 nextOrderSeq)
{
    m_nextTrancheSeq = nextTrancheSeq;
    m_nextOrderSeq = nextOrderSeq;
    return {};
}

Result<void> MemoryTrancheStore::saveDocument(const QString &key, const QByteArray &value)
{
    m_documents.insert(key, value);
    return {};
}

Result<std::optional<QByteArray>> MemoryTrancheStore::document(const QString &key)
{
    const auto it = m_documents.constFind(key);
    return it == m_documents.cend() ? std::optional<QByteArray>() : std::optional<QByteArray>(*it);
}

Result<StoredState> MemoryTrancheStore::loadState()
{
    StoredState state;
    for (const auto &[seq, t] : m_tranches) {
        if (t.isOpen()) {
            state.openTranches.append(t);
        }
    }
    state.liveOrders = m_liveOrders.values();
    std::sort(state.liveOrders.begin(), state.liveOrders.end(),
        [](const OrderRecord &a, const OrderRecord &b) { return a.clientOrderId < b.clientOrderId; });
    state.nextTrancheSeq = m_nextTrancheSeq;
    state.nextOrderSeq = m_nextOrderSeq;
    return state;
}

Result<QList<Tranche>> MemoryTrancheStore::tranches(const TrancheQuery &query)
{
    QList<Tranche> result;
    for (auto it = m_tranches.upper_bound(query.afterSeq); it != m_tranches.end(); ++it) {
        if (query.limit >= 0 && result.size() >= query.limit) {
            break;
        }
        result.append(it->second);
    }
    return result;
}

Result<QList<TrancheEvent>> MemoryTrancheStore::events(const EventQuery &query)
{
    // Ids are consecutive from 1, so the first event after `afterId` is found by position.
    QList<TrancheEvent> result;
    for (qsizetype i = std::max<qint64>(0, query.afterId); i < m_events.size(); ++i) {
        if (query.limit >= 0 && result.size() >= query.limit) {
            break;
        }
        result.append(m_events.at(i));
    }
    return result;
}

Result<int> MemoryTrancheStore::removeClosedBefore(qint64 cutoffMs)
{
    // A replay's report keeps its whole history: retention is a matter of the app's own store.
    Q_UNUSED(cutoffMs)
    return 0;
}

} // namespace trd::backtest
