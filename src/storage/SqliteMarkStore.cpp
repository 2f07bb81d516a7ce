// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteMarkStore.h"

#include "DbTransaction.h"

#include <QSqlError>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace trd::storage {

using core::Decimal;
using core::MarkCandle;
using core::MarkTick;
using core::Result;

core::Result<std::unique_ptr<SqliteMarkStore>> SqliteMarkStore::create(Database &db)
{
    std::unique_ptr<SqliteMarkStore> store(new SqliteMarkStore(db));
    auto prepared = db.prepareAll({
        { &store->m_insertTick, u"INSERT INTO mark_ticks (time, symbol, price) VALUES (?, ?, ?)"_s },
        { &store->m_saveCandle,
            u"INSERT OR REPLACE INTO candles (source, symbol, open_time, open, high, low, close, volume) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s },
        { &store->m_selectTicks,
            u"SELECT time, symbol, price FROM mark_ticks WHERE time >= ? AND time <= ? AND (? = '' OR symbol = ?) "
            "ORDER BY time, id LIMIT ?"_s },
        { &store->m_selectCandles,
            u"SELECT open_time, symbol, open, high, low, close, volume FROM candles WHERE source = ? "
            "AND open_time >= ? AND open_time <= ? AND (? = '' OR symbol = ?) ORDER BY open_time, symbol LIMIT ?"_s },
        { &store->m_lastCandle, u"SELECT MAX(open_time) FROM candles WHERE source = ? AND symbol = ?"_s },
    });
    if (!prepared) {
        return prepared.error();
    }
    return store;
}

SqliteMarkStore::SqliteMarkStore(Database &db)
    : m_db(db)
{ }

SqliteMarkStore::~SqliteMarkStore() = default;

QString SqliteMarkStore::toString(MarkCandle::Source source)
{
    return source == MarkCandle::Source::Mark ? u"MARK"_s : u"KLINES"_s;
}

Result<void> SqliteMarkStore::appendTicks(const QList<MarkTick> &ticks)
{
    DbTransaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    for (const MarkTick &t : ticks) {
        m_insertTick->bindValue(0, t.time);
        m_insertTick->bindValue(1, t.symbol);
        m_insertTick->bindValue(2, t.price.toString());
        if (!m_insertTick->exec()) {
            return Database::sqlError(u"saving a %1 mark"_s.arg(t.symbol), m_insertTick->lastError());
        }
    }
    return transaction.commit();
}

Result<void> SqliteMarkStore::saveCandles(MarkCandle::Source source, const QList<MarkCandle> &candles)
{
    DbTransaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    for (const MarkCandle &c : candles) {
        const QVariant values[] = { toString(source), c.symbol, c.openTime, c.open.toString(), c.high.toString(),
            c.low.toString(), c.close.toString(), c.volume.toString() };
        for (int i = 0; i < int(std::size(values)); ++i) {
            m_saveCandle->bindValue(i, values[i]);
        }
        if (!m_saveCandle->exec()) {
            return Database::sqlError(u"saving a %1 candle"_s.arg(c.symbol), m_saveCandle->lastError());
        }
    }
    return transaction.commit();
}

void SqliteMarkStore::bindRange(
    QSqlQuery &query, int first, qint64 fromMs, qint64 toMs, const QString &symbol, int limit)
{
    const QString name = symbol.isNull() ? u""_s : symbol;
    query.bindValue(first, fromMs);
    query.bindValue(first + 1, toMs);
    query.bindValue(first + 2, name);
    query.bindValue(first + 3, name);
    query.bindValue(first + 4, limit);
}

Result<QList<MarkTick>> SqliteMarkStore::ticks(qint64 fromMs, qint64 toMs, const QString &symbol, int limit)
{
    QSqlQuery &q = *m_selectTicks;
    bindRange(q, 0, fromMs, toMs, symbol, limit);
    const QString what = u"reading the recorded marks from %1"_s.arg(m_db.path());
    if (!q.exec()) {
        return Database::sqlError(what, q.lastError());
    }
    QList<MarkTick> result;
    while (q.next()) {
        MarkTick t { q.value(1).toString(), q.value(0).toLongLong(), {} };
        const auto price = Decimal::parse(q.value(2).toString());
        if (!price) {
            q.finish();
            return core::Error { u"%1: a malformed %2 mark at time %3"_s.arg(what, t.symbol).arg(t.time) };
        }
        t.price = *price;
        result.append(t);
    }
    q.finish();
    return result;
}

Result<QList<MarkCandle>> SqliteMarkStore::candles(
    MarkCandle::Source source, qint64 fromMs, qint64 toMs, const QString &symbol, int limit)
{
    QSqlQuery &q = *m_selectCandles;
    q.bindValue(0, toString(source));
    bindRange(q, 1, fromMs, toMs, symbol, limit);
    const QString what = u"reading the kept candles from %1"_s.arg(m_db.path());
    if (!q.exec()) {
        return Database::sqlError(what, q.lastError());
    }
    QList<MarkCandle> result;
    while (q.next()) {
        MarkCandle c;
        c.openTime = q.value(0).toLongLong();
        c.symbol = q.value(1).toString();
        Decimal *fields[] = { &c.open, &c.high, &c.low, &c.close, &c.volume };
        for (int i = 0; i < int(std::size(fields)); ++i) {
            const auto value = Decimal::parse(q.value(2 + i).toString());
            if (!value) {
                q.finish();
                return core::Error { u"%1: a malformed %2 candle at time %3"_s.arg(what, c.symbol).arg(c.openTime) };
            }
            *fields[i] = *value;
        }
        result.append(c);
    }
    q.finish();
    return result;
}

Result<std::optional<qint64>> SqliteMarkStore::lastCandleTime(MarkCandle::Source source, const QString &symbol)
{
    QSqlQuery &q = *m_lastCandle;
    q.bindValue(0, toString(source));
    q.bindValue(1, symbol);
    if (!q.exec() || !q.next()) {
        return Database::sqlError(u"reading the newest %1 candle from %2"_s.arg(symbol, m_db.path()), q.lastError());
    }
    const QVariant value = q.value(0);
    q.finish();
    if (value.isNull()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(value.toLongLong());
}

} // namespace trd::storage
