// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteTrancheStore.h"

#include "DbTransaction.h"
#include "RowMapping.h"
#include "RowReader.h"
#include "StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace trd::storage {

namespace {

const QString kNextTrancheSeq = u"next_tranche_seq"_s;
const QString kNextOrderSeq = u"next_order_seq"_s;

// INSERT … ON CONFLICT DO UPDATE, not INSERT OR REPLACE: a replace deletes the row first, and the
// delete would cascade to the tranche's events.
QString upsertSql(const QString &table, const QStringList &columns)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders.append(u"?"_s);
        if (column != columns.first()) {
            updates.append(column + u" = excluded."_s + column);
        }
    }
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(
        table, columns.join(u", "_s), placeholders.join(u", "_s), columns.first(), updates.join(u", "_s));
}

QString insertSql(const QString &table, const QStringList &columns)
{
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s));
}

// Tranches the retention may remove: anything not active that left before the cutoff.
constexpr QStringView kExpiredTranches = u"SELECT id FROM tranches WHERE status <> 'active' AND exit_time < ?";

} // namespace

struct SqliteTrancheStore::Statements
{
    QSqlQuery updateTrancheInPlace;
    QSqlQuery saveTranche;
    QSqlQuery appendEvent;
    QSqlQuery saveOrder;
    QSqlQuery saveUnrealized;
    QSqlQuery saveCounter;
    QSqlQuery activeTranches;
    QSqlQuery allTranches;
    QSqlQuery liveOrders;
    QSqlQuery counters;
    QSqlQuery document;
    QSqlQuery events;
    QSqlQuery removeOrders;
    QSqlQuery removeEvents;
    QSqlQuery removeTranches;
};

core::Result<std::unique_ptr<SqliteTrancheStore>> SqliteTrancheStore::open(
    const QString &path, const DatabaseOptions &options)
{
    auto db = Database::open(path, options);
    if (!db) {
        return db.error();
    }
    return create(std::move(db).value());
}

core::Result<std::unique_ptr<SqliteTrancheStore>> SqliteTrancheStore::create(std::unique_ptr<Database> db)
{
    std::unique_ptr<SqliteTrancheStore> store(new SqliteTrancheStore(std::move(db)));
    if (auto prepared = store->prepareStatements(); !prepared) {
        return prepared.error();
    }
    return store;
}

SqliteTrancheStore::SqliteTrancheStore(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{ }

SqliteTrancheStore::~SqliteTrancheStore() = default;

core::Result<void> SqliteTrancheStore::prepareStatements()
{
    auto statements = std::make_unique<Statements>();
    const std::pair<QSqlQuery *, QString> sql[] = {
        { &statements->updateTrancheInPlace, trancheInPlaceUpdateSql() },
        { &statements->saveTranche, upsertSql(u"tranches"_s, trancheColumns()) },
        { &statements->appendEvent, insertSql(u"tranche_events"_s, eventColumns()) },
        { &statements->saveOrder, upsertSql(u"orders"_s, orderColumns()) },
        { &statements->saveUnrealized, u"UPDATE tranches SET unrealized_pnl = ?, updated_time = ? WHERE id = ?"_s },
        { &statements->saveCounter,
            u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s },
        { &statements->activeTranches, u"SELECT * FROM tranches WHERE status = 'active' ORDER BY seq"_s },
        { &statements->allTranches, u"SELECT * FROM tranches WHERE seq > ? ORDER BY seq LIMIT ?"_s },
        // rowid keeps the order in which the orders were first written.
        { &statements->liveOrders, u"SELECT * FROM orders WHERE state IN ('intent', 'open') ORDER BY rowid"_s },
        { &statements->counters,
            u"SELECT key, value FROM meta WHERE key IN ('%1', '%2')"_s.arg(kNextTrancheSeq, kNextOrderSeq) },
        { &statements->document, u"SELECT value FROM meta WHERE key = ?"_s },
        { &statements->events, u"SELECT * FROM tranche_events WHERE id > ? ORDER BY id LIMIT ?"_s },
        // Orders of removed tranches, and finished orders that never got a tranche (refused or
        // cancelled entries) once they are as old as the cutoff. Live orders always stay.
        { &statements->removeOrders,
            u"DELETE FROM orders WHERE state NOT IN ('intent', 'open') AND (tranche_id IN (%1) OR (updated_time < ? "
            u"AND tranche_id IS NOT NULL AND tranche_id NOT IN (SELECT id FROM tranches)))"_s.arg(kExpiredTranches) },
        // Also the events orphaned by the user guide's manual DELETE, which the sqlite3 shell runs
        // without foreign keys (so without the cascade).
        { &statements->removeEvents,
            u"DELETE FROM tranche_events WHERE tranche_id IN (%1) OR (tranche_id IS NOT NULL AND tranche_id NOT IN "
            u"(SELECT id FROM tranches))"_s.arg(kExpiredTranches) },
        { &statements->removeTranches, u"DELETE FROM tranches WHERE status <> 'active' AND exit_time < ?"_s },
    };
    for (const auto &[query, text] : sql) {
        auto prepared = m_db->prepare(text, u"preparing \"%1\" on %2"_s.arg(text, m_db->path()));
        if (!prepared) {
            return prepared.error();
        }
        *query = std::move(prepared).value();
    }
    m_statements = std::move(statements);
    return {};
}

core::Result<void> SqliteTrancheStore::begin()
{
    return m_db->begin();
}

core::Result<void> SqliteTrancheStore::commit()
{
    return m_db->commit();
}

void SqliteTrancheStore::rollback()
{
    m_db->rollback();
}

core::Result<void> SqliteTrancheStore::saveTranche(const core::Tranche &tranche)
{
    const auto failed = [&tranche](const QSqlQuery &query) {
        return Database::sqlError(
            u"saving tranche %1 (%2, seq %3)"_s.arg(tranche.id, tranche.symbol, QString::number(tranche.seq)),
            query.lastError());
    };
    QSqlQuery &inPlace = m_statements->updateTrancheInPlace;
    bindTrancheInPlaceUpdate(inPlace, tranche);
    if (!inPlace.exec()) {
        return failed(inPlace);
    }
    if (inPlace.numRowsAffected() > 0) {
        return {};
    }
    QSqlQuery &upsert = m_statements->saveTranche;
    bindTranche(upsert, tranche);
    if (!upsert.exec()) {
        return failed(upsert);
    }
    return {};
}

core::Result<qint64> SqliteTrancheStore::appendEvent(const core::TrancheEvent &event)
{
    QSqlQuery &query = m_statements->appendEvent;
    bindEvent(query, event);
    if (!query.exec()) {
        const QString tranche = event.trancheId.isEmpty() ? QString() : u" for tranche "_s + event.trancheId;
        return Database::sqlError(
            u"appending event %1%2"_s.arg(core::toString(event.type), tranche), query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

core::Result<void> SqliteTrancheStore::saveOrder(const core::OrderRecord &order)
{
    QSqlQuery &query = m_statements->saveOrder;
    bindOrder(query, order);
    if (!query.exec()) {
        return Database::sqlError(
            u"saving order %1 (%2, %3)"_s.arg(order.clientOrderId, order.symbol, core::toString(order.state)),
            query.lastError());
    }
    return {};
}

core::Result<void> SqliteTrancheStore::saveUnrealized(const QList<core::Tranche> &tranches)
{
    DbTransaction transaction(*m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    QSqlQuery &query = m_statements->saveUnrealized;
    for (const core::Tranche &tranche : tranches) {
        query.bindValue(0, tranche.unrealizedPnl.toString());
        query.bindValue(1, tranche.updatedTime == 0 ? QVariant() : QVariant(tranche.updatedTime));
        query.bindValue(2, tranche.id);
        if (!query.exec()) {
            return Database::sqlError(u"saving the unrealized P&L of tranche %1"_s.arg(tranche.id), query.lastError());
        }
    }
    return transaction.commit();
}

core::Result<void> SqliteTrancheStore::saveCounters(qint64 nextTrancheSeq, qint64 nextOrderSeq)
{
    DbTransaction transaction(*m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    QSqlQuery &query = m_statements->saveCounter;
    const std::pair<QString, qint64> counters[]
        = { { kNextTrancheSeq, nextTrancheSeq }, { kNextOrderSeq, nextOrderSeq } };
    for (const auto &[key, value] : counters) {
        query.bindValue(0, key);
        query.bindValue(1, QString::number(value));
        if (!query.exec()) {
            return Database::sqlError(u"saving counter %1"_s.arg(key), query.lastError());
        }
    }
    return transaction.commit();
}

namespace {
// Documents share the meta table with the counters under their own prefix.
QString documentKey(const QString &key)
{
    return u"document:"_s + key;
}
} // namespace

core::Result<void> SqliteTrancheStore::saveDocument(const QString &key, const QByteArray &value)
{
    QSqlQuery &query = m_statements->saveCounter;
    query.bindValue(0, documentKey(key));
    query.bindValue(1, QString::fromUtf8(value));
    if (!query.exec()) {
        return Database::sqlError(u"saving document %1"_s.arg(key), query.lastError());
    }
    return {};
}

core::Result<std::optional<QByteArray>> SqliteTrancheStore::document(const QString &key)
{
    QSqlQuery &query = m_statements->document;
    query.bindValue(0, documentKey(key));
    if (!query.exec()) {
        return Database::sqlError(u"reading document %1"_s.arg(key), query.lastError());
    }
    std::optional<QByteArray> result;
    if (query.next()) {
        result = query.value(0).toString().toUtf8();
    }
    query.finish();
    return result;
}

namespace {
// Runs a prepared query and maps each row; the first unreadable value or SQL error stops it,
// named by the table, the row's key and what was being done.
template<typename T, typename Read>
core::Result<QList<T>> readRows(
    QSqlQuery &query, const QString &table, const QString &key, const QString &what, Read read)
{
    if (!query.exec()) {
        return Database::sqlError(what, query.lastError());
    }
    QList<T> rows;
    RowReader row(query, table, key);
    while (query.next()) {
        rows.append(read(row));
        if (row.hasError()) {
            query.finish();
            return row.error();
        }
    }
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid()) {
        return Database::sqlError(what, error);
    }
    return rows;
}
} // namespace

core::Result<QList<core::Tranche>> SqliteTrancheStore::readTranches(QSqlQuery &query, const QString &what)
{
    return readRows<core::Tranche>(
        query, u"tranches"_s, u"id"_s, what, [](RowReader &row) { return readTranche(row); });
}

core::Result<QList<core::OrderRecord>> SqliteTrancheStore::readLiveOrders()
{
    return readRows<core::OrderRecord>(m_statements->liveOrders, u"orders"_s, u"client_order_id"_s,
        u"reading the live orders from %1"_s.arg(m_db->path()), [](RowReader &row) { return readOrder(row); });
}

core::Result<void> SqliteTrancheStore::readCounters(core::StoredState &state)
{
    QSqlQuery &query = m_statements->counters;
    const QString what = u"reading the counters from %1"_s.arg(m_db->path());
    if (!query.exec()) {
        return Database::sqlError(what, query.lastError());
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString text = query.value(1).toString();
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < 1) {
            query.finish();
            return core::Error { u"reading meta row key = %1: column value holds \"%2\", which is not a positive "
                                 u"integer"_s.arg(key, text) };
        }
        (key == kNextTrancheSeq ? state.nextTrancheSeq : state.nextOrderSeq) = value;
    }
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid()) {
        return Database::sqlError(what, error);
    }
    return {};
}

core::Result<core::StoredState> SqliteTrancheStore::loadState()
{
    core::StoredState state;
    auto tranches
        = readTranches(m_statements->activeTranches, u"reading the active tranches from %1"_s.arg(m_db->path()));
    if (!tranches) {
        return tranches.error();
    }
    state.openTranches = std::move(tranches).value();
    auto orders = readLiveOrders();
    if (!orders) {
        return orders.error();
    }
    state.liveOrders = std::move(orders).value();
    if (auto counters = readCounters(state); !counters) {
        return counters.error();
    }
    return state;
}

core::Result<QList<core::Tranche>> SqliteTrancheStore::tranches(const core::TrancheQuery &trancheQuery)
{
    m_statements->allTranches.bindValue(0, trancheQuery.afterSeq);
    m_statements->allTranches.bindValue(1, trancheQuery.limit < 0 ? -1 : trancheQuery.limit);
    return readTranches(m_statements->allTranches, u"reading the tranches from %1"_s.arg(m_db->path()));
}

core::Result<QList<core::TrancheEvent>> SqliteTrancheStore::events(const core::EventQuery &eventQuery)
{
    QSqlQuery &query = m_statements->events;
    const QString what = u"reading the events from %1"_s.arg(m_db->path());
    query.bindValue(0, eventQuery.afterId);
    query.bindValue(1, eventQuery.limit < 0 ? -1 : eventQuery.limit);
    if (!query.exec()) {
        return Database::sqlError(what, query.lastError());
    }
    QList<core::TrancheEvent> events;
    RowReader row(query, u"tranche_events"_s, u"id"_s);
    while (query.next()) {
        events.append(readEvent(row));
        if (row.hasError()) {
            query.finish();
            return row.error();
        }
    }
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid()) {
        return Database::sqlError(what, error);
    }
    return events;
}

core::Result<qint64> SqliteTrancheStore::lastEventId()
{
    const QString what = u"reading the last event id from %1"_s.arg(m_db->path());
    auto query = m_db->prepare(u"SELECT COALESCE(MAX(id), 0) FROM tranche_events"_s, what);
    if (!query) {
        return query.error();
    }
    if (!query.value().exec() || !query.value().next()) {
        return Database::sqlError(what, query.value().lastError());
    }
    return query.value().value(0).toLongLong();
}

core::Result<int> SqliteTrancheStore::removeClosedBefore(qint64 cutoffMs)
{
    DbTransaction transaction(*m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const QString what
        = u"removing the tranches closed before %1 from %2"_s.arg(QString::number(cutoffMs), m_db->path());

    QSqlQuery &orders = m_statements->removeOrders;
    orders.bindValue(0, cutoffMs);
    orders.bindValue(1, cutoffMs);
    if (!orders.exec()) {
        return Database::sqlError(what, orders.lastError());
    }
    QSqlQuery &events = m_statements->removeEvents;
    events.bindValue(0, cutoffMs);
    if (!events.exec()) {
        return Database::sqlError(what, events.lastError());
    }
    QSqlQuery &tranches = m_statements->removeTranches;
    tranches.bindValue(0, cutoffMs);
    if (!tranches.exec()) {
        return Database::sqlError(what, tranches.lastError());
    }
    const int removed = tranches.numRowsAffected();
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStorage) << "retention removed" << removed << "tranches closed before" << cutoffMs;
    return removed;
}

} // namespace trd::storage
