// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "SqliteLiquidationStore.h"
#include "SqliteTrancheStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trd::core;
using namespace trd::storage;
using namespace Qt::Literals::StringLiterals;

namespace {

Liquidation liquidation(
    const QString &symbol, OrderSide side, const char16_t *price, const char16_t *quantity, qint64 time)
{
    Liquidation l;
    l.symbol = symbol;
    l.side = side;
    l.price = Decimal::fromString(price);
    l.averagePrice = l.price;
    l.quantity = Decimal::fromString(quantity);
    l.time = time;
    return l;
}

} // namespace

// The liquidation feed in the same SQLite file as the tranches: exact decimals, newest first,
// filtered by symbol and time, and retention that removes only what is older than the cutoff.
class TestSqliteLiquidationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesReadsAndExpires()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto trancheStore = SqliteTrancheStore::open(dir.filePath(u"desk.sqlite"_s));
        QVERIFY2(trancheStore, qPrintable(trancheStore.error().message));
        auto created = SqliteLiquidationStore::create((*trancheStore)->database());
        QVERIFY2(created, qPrintable(created.error().message));
        // Declared after the tranche store, so destroyed before the Database it uses.
        auto &store = *created.value();
        QVERIFY(store.appendLiquidation(liquidation(u"BTCUSDT"_s, OrderSide::Sell, u"94434.91", u"0.013", 1000)));
        QVERIFY(store.appendLiquidation(liquidation(u"METUSDT"_s, OrderSide::Buy, u"1.1069", u"0.00000001", 2000)));
        QVERIFY(store.appendLiquidation(liquidation(u"BTCUSDT"_s, OrderSide::Buy, u"94500", u"1", 3000)));

        const auto all = store.liquidations(0, 10'000);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().time, 3000); // newest first
        QCOMPARE(all->at(1).quantity, Decimal::fromString(u"0.00000001"));
        QCOMPARE(all->last().price, Decimal::fromString(u"94434.91"));
        QCOMPARE(toString(all->last().side), u"SELL"_s);

        const auto btc = store.liquidations(0, 2500, u"BTCUSDT"_s);
        QVERIFY(btc);
        QCOMPARE(btc->size(), 1);
        QCOMPARE(btc->first().time, 1000);

        const auto removed = store.removeLiquidationsBefore(2000);
        QVERIFY(removed);
        QCOMPARE(*removed, 1);
        QCOMPARE(store.liquidations(0, 10'000)->size(), 2);
        QCOMPARE(store.liquidations(0, 10'000, {}, 1)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqliteLiquidationStore)
#include "tst_sqliteliquidationstore.moc"
