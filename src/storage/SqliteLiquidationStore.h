// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "store/LiquidationStore.h"

#include <QSqlQuery>

#include <memory>
#include <optional>

namespace trd::storage {

// The liquidation feed in table liquidations (migrations/0002_liquidations.sql), on the same
// Database as the SqliteTrancheStore (SqliteTrancheStore::database()), which it does not own:
// destroy it before the store that owns the Database.
class SqliteLiquidationStore : public core::LiquidationStore
{
public:
    static core::Result<std::unique_ptr<SqliteLiquidationStore>> create(Database &db);
    ~SqliteLiquidationStore() override;

    core::Result<void> appendLiquidation(const core::Liquidation &liquidation) override;
    core::Result<QList<core::Liquidation>> liquidations(
        qint64 fromMs, qint64 toMs, const QString &symbol = {}, int limit = 1000) override;
    core::Result<int> removeLiquidationsBefore(qint64 cutoffMs) override;
    // Oldest first (time, then the order they were stored), for paging forwards through a recording.
    core::Result<QList<core::Liquidation>> liquidationsOldestFirst(
        qint64 fromMs, qint64 toMs, const QString &symbol, int limit);

private:
    explicit SqliteLiquidationStore(Database &db);
    core::Result<QList<core::Liquidation>> read(
        QSqlQuery &query, qint64 fromMs, qint64 toMs, const QString &symbol, int limit);

    Database &m_db;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_select;
    std::optional<QSqlQuery> m_selectOldestFirst;
    std::optional<QSqlQuery> m_remove;
};

} // namespace trd::storage
