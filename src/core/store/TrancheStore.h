// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/OrderRecord.h"
#include "tranche/Tranche.h"
#include "tranche/TrancheEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace trd::core {

// What TrancheManager needs to come back after a restart exactly as it was.
struct StoredState
{
    QList<Tranche> openTranches; // creation order
    QList<OrderRecord> liveOrders; // intents and open orders (entries, protective orders, closes)
    qint64 nextTrancheSeq = 1;
    qint64 nextOrderSeq = 1;
};

struct TrancheQuery
{
    qint64 afterSeq = 0; // paging: tranches created after this one
    int limit = -1; // -1: all
};

struct EventQuery
{
    qint64 afterId = 0; // paging: events with a larger id
    int limit = -1; // -1: all
};

// Persistence seen from the core; the storage library implements it over SQLite.
// Every write of one engine step happens between begin() and commit(), so a crash leaves either
// the state before the step or the state after it.
class TrancheStore
{
public:
    virtual ~TrancheStore();

    virtual Result<void> begin() = 0; // nests: only the outermost commit writes
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;

    virtual Result<void> saveTranche(const Tranche &tranche) = 0; // insert or update
    virtual Result<qint64> appendEvent(const TrancheEvent &event) = 0;
    virtual Result<void> saveOrder(const OrderRecord &order) = 0; // insert or update
    // Throttled unrealized P&L writes: one statement per tranche, one transaction for the batch.
    virtual Result<void> saveUnrealized(const QList<Tranche> &tranches) = 0;
    virtual Result<void> saveCounters(qint64 nextTrancheSeq, qint64 nextOrderSeq) = 0;

    // Small named documents kept beside the tranches, written in the same transactions: the
    // paper exchange's state lives here so that paper mode survives a restart.
    virtual Result<void> saveDocument(const QString &key, const QByteArray &value) = 0;
    virtual Result<std::optional<QByteArray>> document(const QString &key) = 0;

    virtual Result<StoredState> loadState() = 0;
    virtual Result<QList<Tranche>> tranches(const TrancheQuery &query) = 0; // creation (seq) order
    Result<QList<Tranche>> allTranches() { return tranches(TrancheQuery {}); }
    virtual Result<QList<TrancheEvent>> events(const EventQuery &query) = 0; // id order
    // Retention: closed tranches that left before cutoffMs, with their events and orders.
    virtual Result<int> removeClosedBefore(qint64 cutoffMs) = 0;
};

// Opens a transaction for the scope; rolls it back unless committed.
class StoreTransaction
{
public:
    explicit StoreTransaction(TrancheStore *store);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;
    Result<void> commit();

private:
    TrancheStore *m_store;
    bool m_open = false;
};

} // namespace trd::core
