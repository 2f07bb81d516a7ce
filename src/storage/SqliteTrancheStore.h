// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "store/TrancheStore.h"

#include <memory>

namespace trd::storage {

// The core's TrancheStore over SQLite: tables tranches, tranche_events, orders and meta
// (migrations/0001_initial.sql). Statements are prepared once and reused; the engine brackets each
// step in begin()/commit(), so a step costs one SQLite transaction.
class SqliteTrancheStore : public core::TrancheStore
{
public:
    static core::Result<std::unique_ptr<SqliteTrancheStore>> open(
        const QString &path, const DatabaseOptions &options = {});
    static core::Result<std::unique_ptr<SqliteTrancheStore>> create(std::unique_ptr<Database> db);
    ~SqliteTrancheStore() override;

    Database &database() { return *m_db; }

    core::Result<void> begin() override;
    core::Result<void> commit() override;
    void rollback() override;

    core::Result<void> saveTranche(const core::Tranche &tranche) override;
    core::Result<qint64> appendEvent(const core::TrancheEvent &event) override;
    core::Result<void> saveOrder(const core::OrderRecord &order) override;
    core::Result<void> saveUnrealized(const QList<core::Tranche> &tranches) override;
    core::Result<void> saveCounters(qint64 nextTrancheSeq, qint64 nextOrderSeq) override;

    core::Result<void> saveDocument(const QString &key, const QByteArray &value) override;
    core::Result<std::optional<QByteArray>> document(const QString &key) override;
    core::Result<core::StoredState> loadState() override;
    core::Result<QList<core::Tranche>> tranches(const core::TrancheQuery &query) override;
    core::Result<QList<core::TrancheEvent>> events(const core::EventQuery &query) override;
    // Never removes an active tranche, nor an order still live (intent or open).
    core::Result<int> removeClosedBefore(qint64 cutoffMs) override;
    // The newest event's id (0 for none): where a page of the latest events starts.
    core::Result<qint64> lastEventId();

private:
    struct Statements;

    explicit SqliteTrancheStore(std::unique_ptr<Database> db);
    core::Result<void> prepareStatements();
    core::Result<QList<core::Tranche>> readTranches(QSqlQuery &query, const QString &what);
    core::Result<QList<core::OrderRecord>> readLiveOrders();
    core::Result<void> readCounters(core::StoredState &state);

    std::unique_ptr<Database> m_db;
    // Declared after m_db: the statements must be gone before the connection is closed.
    std::unique_ptr<Statements> m_statements;
};

} // namespace trd::storage
