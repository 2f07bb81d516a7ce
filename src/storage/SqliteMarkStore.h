// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "store/MarkStore.h"

#include <QSqlQuery>

#include <memory>
#include <optional>

namespace trd::storage {

// Recorded marks and kept candles in tables mark_ticks and candles (migrations/0005_marks.sql),
// on the same Database as the SqliteTrancheStore, which it does not own: destroy it before the
// store that owns the Database. Opened on a read-only Database it reads only (a backtest beside
// the running app).
class SqliteMarkStore : public core::MarkStore
{
public:
    static core::Result<std::unique_ptr<SqliteMarkStore>> create(Database &db);
    ~SqliteMarkStore() override;

    core::Result<void> appendTicks(const QList<core::MarkTick> &ticks) override;
    core::Result<void> saveCandles(core::MarkCandle::Source source, const QList<core::MarkCandle> &candles) override;
    core::Result<QList<core::MarkTick>> ticks(
        qint64 fromMs, qint64 toMs, const QString &symbol = {}, int limit = -1) override;
    core::Result<QList<core::MarkCandle>> candles(core::MarkCandle::Source source, qint64 fromMs, qint64 toMs,
        const QString &symbol = {}, int limit = -1) override;
    core::Result<std::optional<qint64>> lastCandleTime(core::MarkCandle::Source source, const QString &symbol) override;

    static QString toString(core::MarkCandle::Source source);

private:
    explicit SqliteMarkStore(Database &db);
    // Binds the shared (from, to, symbol, limit) parameters of a read from position `first`.
    static void bindRange(QSqlQuery &query, int first, qint64 fromMs, qint64 toMs, const QString &symbol, int limit);

    Database &m_db;
    std::optional<QSqlQuery> m_insertTick;
    std::optional<QSqlQuery> m_saveCandle;
    std::optional<QSqlQuery> m_selectTicks;
    std::optional<QSqlQuery> m_selectCandles;
    std::optional<QSqlQuery> m_lastCandle;
};

} // namespace trd::storage
