// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteLiquidationStore.h"

#include <QSqlError>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace trd::storage {

core::Result<std::unique_ptr<SqliteLiquidationStore>> SqliteLiquidationStore::create(Database &db)
{
    std::unique_ptr<SqliteLiquidationStore> store(new SqliteLiquidationStore(db));
    auto prepared = db.prepareAll({
        { &store->m_insert,
            u"INSERT INTO liquidations (time, symbol, side, price, average_price, quantity, volume_usdt) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s },
        { &store->m_select,
            u"SELECT time, symbol, side, price, average_price, quantity FROM liquidations "
            "WHERE time >= ? AND time <= ? AND (? = '' OR symbol = ?) ORDER BY time DESC, id DESC LIMIT ?"_s },
        { &store->m_selectOldestFirst,
            u"SELECT time, symbol, side, price, average_price, quantity FROM liquidations "
            "WHERE time >= ? AND time <= ? AND (? = '' OR symbol = ?) ORDER BY time, id LIMIT ?"_s },
        { &store->m_remove, u"DELETE FROM liquidations WHERE time < ?"_s },
    });
    if (!prepared) {
        return prepared.error();
    }
    return store;
}

SqliteLiquidationStore::SqliteLiquidationStore(Database &db)
    : m_db(db)
{ }

SqliteLiquidationStore::~SqliteLiquidationStore() = default;

core::Result<void> SqliteLiquidationStore::appendLiquidation(const core::Liquidation &l)
{
    m_insert->bindValue(0, l.time);
    m_insert->bindValue(1, l.symbol);
    m_insert->bindValue(2, core::toString(l.side));
    m_insert->bindValue(3, l.price.toString());
    m_insert->bindValue(4, l.averagePrice.toString());
    m_insert->bindValue(5, l.quantity.toString());
    m_insert->bindValue(6, l.volumeUsdt().toString());
    if (!m_insert->exec()) {
        return Database::sqlError(u"saving a %1 liquidation"_s.arg(l.symbol), m_insert->lastError());
    }
    return {};
}

core::Result<QList<core::Liquidation>> SqliteLiquidationStore::liquidations(
    qint64 fromMs, qint64 toMs, const QString &symbol, int limit)
{
    return read(*m_select, fromMs, toMs, symbol, limit);
}

core::Result<QList<core::Liquidation>> SqliteLiquidationStore::liquidationsOldestFirst(
    qint64 fromMs, qint64 toMs, const QString &symbol, int limit)
{
    return read(*m_selectOldestFirst, fromMs, toMs, symbol, limit);
}

core::Result<QList<core::Liquidation>> SqliteLiquidationStore::read(
    QSqlQuery &query, qint64 fromMs, qint64 toMs, const QString &symbol, int limit)
{
    query.bindValue(0, fromMs);
    query.bindValue(1, toMs);
    query.bindValue(2, symbol.isNull() ? u""_s : symbol);
    query.bindValue(3, symbol.isNull() ? u""_s : symbol);
    query.bindValue(4, limit);
    const QString what = u"reading the liquidations from %1"_s.arg(m_db.path());
    if (!query.exec()) {
        return Database::sqlError(what, query.lastError());
    }
    QList<core::Liquidation> result;
    while (query.next()) {
        core::Liquidation l;
        l.time = query.value(0).toLongLong();
        l.symbol = query.value(1).toString();
        const auto side = core::orderSideFromString(query.value(2).toString());
        const auto price = core::Decimal::parse(query.value(3).toString());
        const auto average = core::Decimal::parse(query.value(4).toString());
        const auto quantity = core::Decimal::parse(query.value(5).toString());
        if (!side || !price || !average || !quantity) {
            query.finish();
            return core::Error { u"%1: a malformed row at time %2"_s.arg(what).arg(l.time) };
        }
        l.side = *side;
        l.price = *price;
        l.averagePrice = *average;
        l.quantity = *quantity;
        result.append(l);
    }
    query.finish();
    return result;
}

core::Result<int> SqliteLiquidationStore::removeLiquidationsBefore(qint64 cutoffMs)
{
    m_remove->bindValue(0, cutoffMs);
    if (!m_remove->exec()) {
        return Database::sqlError(u"removing old liquidations from %1"_s.arg(m_db.path()), m_remove->lastError());
    }
    return m_remove->numRowsAffected();
}

} // namespace trd::storage
