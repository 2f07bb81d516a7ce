// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "Migrations.h"
#include "RawSqlite.h"
#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trd;
using namespace trd::storage;
using namespace Qt::Literals::StringLiterals;
using core::Decimal;
using core::MarkCandle;
using core::MarkTick;

namespace {

Decimal d(const char16_t *text)
{
    return Decimal::fromString(QStringView(text));
}

MarkCandle candle(const QString &symbol, qint64 openTime, const char16_t *close)
{
    return { symbol, openTime, d(u"100"), d(u"101.5"), d(u"99.25"), d(close), d(u"12.345") };
}

core::Liquidation liquidation(qint64 time, const QString &symbol)
{
    core::Liquidation l;
    l.symbol = symbol;
    l.side = core::OrderSide::Sell;
    l.price = d(u"50000.1");
    l.averagePrice = d(u"50000");
    l.quantity = d(u"0.002");
    l.time = time;
    return l;
}

} // namespace

class TestSqliteMarkStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"store%1.db"_s.arg(++m_files)); }

    static std::unique_ptr<Database> open(const QString &path)
    {
        auto db = Database::open(path);
        if (!db) {
            qWarning().noquote() << db.error().message;
            return {};
        }
        return std::move(db).value();
    }

private Q_SLOTS:
    // A store of the schema before the marks (4) comes up at the latest schema with its rows.
    void migrationFromSchema4KeepsTheLiquidations()
    {
        const QString path = newPath();
        {
            RawSqlite raw(path);
            QVERIFY(raw.isOpen());
            for (const Migrations::Migration &m : Migrations::available()) {
                if (m.version > 4) {
                    break;
                }
                QFile file(m.resourcePath);
                QVERIFY(file.open(QIODevice::ReadOnly));
                for (const QString &statement : Migrations::splitStatements(QString::fromUtf8(file.readAll()))) {
                    QString error;
                    raw.exec(statement, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                }
            }
            raw.exec(u"PRAGMA application_id = %1"_s.arg(Database::kApplicationId));
            raw.exec(u"PRAGMA user_version = 4"_s);
            QString error;
            raw.exec(u"INSERT INTO liquidations (time, symbol, side, price, average_price, quantity, volume_usdt) "
                     "VALUES (1700000000000, 'BTCUSDT', 'SELL', '50000.1', '50000', '0.002', '100')"_s,
                &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!raw.exec(u"SELECT name FROM sqlite_master WHERE name = 'candles'"_s).isValid());
            raw.close();
        }
        auto db = open(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QVERIFY(db->schemaVersion() >= 5);
        auto liquidations = SqliteLiquidationStore::create(*db);
        QVERIFY(liquidations);
        auto kept = liquidations.value()->liquidations(0, std::numeric_limits<qint64>::max());
        QVERIFY(kept);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().time, 1700000000000);
        QCOMPARE(kept->first().price, d(u"50000.1"));
        auto marks = SqliteMarkStore::create(*db);
        QVERIFY2(marks, marks ? "" : qPrintable(marks.error().message));
        QVERIFY(marks.value()->appendTicks({ { u"BTCUSDT"_s, 1700000001000, d(u"50001") } }));
    }

    void ticksAreReadBackOldestFirstBySymbolAndRange()
    {
        auto db = open(newPath());
        QVERIFY(db);
        auto store = SqliteMarkStore::create(*db);
        QVERIFY(store);
        SqliteMarkStore &marks = *store.value();
        QVERIFY(marks.appendTicks({ { u"ETHUSDT"_s, 2000, d(u"3000.01") }, { u"BTCUSDT"_s, 1000, d(u"50000.5") },
            { u"BTCUSDT"_s, 2000, d(u"50001.25") }, { u"BTCUSDT"_s, 3000, d(u"0.00000001") } }));
        auto all = marks.ticks(0, 10'000);
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).time, 1000);
        QCOMPARE(all->at(1).symbol, u"ETHUSDT"_s); // same millisecond: in the order written
        QCOMPARE(all->at(1).price, d(u"3000.01"));
        auto btc = marks.ticks(2000, 3000, u"BTCUSDT"_s);
        QVERIFY(btc);
        QCOMPARE(btc->size(), 2);
        QCOMPARE(btc->at(0).price, d(u"50001.25"));
        QCOMPARE(btc->at(1).price, d(u"0.00000001")); // exact: no double on the way
        auto one = marks.ticks(0, 10'000, {}, 1);
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
    }

    void candlesKeepTheirSourceAndAreReplacedPerMinute()
    {
        auto db = open(newPath());
        QVERIFY(db);
        auto store = SqliteMarkStore::create(*db);
        QVERIFY(store);
        SqliteMarkStore &marks = *store.value();
        auto none = marks.lastCandleTime(MarkCandle::Source::Klines, u"BTCUSDT"_s);
        QVERIFY(none);
        QVERIFY(!none->has_value());
        QVERIFY(marks.saveCandles(MarkCandle::Source::Klines,
            { candle(u"BTCUSDT"_s, 60'000, u"100.5"), candle(u"BTCUSDT"_s, 120'000, u"100.75") }));
        QVERIFY(marks.saveCandles(MarkCandle::Source::Mark, { candle(u"BTCUSDT"_s, 180'000, u"101") }));
        // The same minute again (a download that overlaps): replaced, not doubled.
        QVERIFY(marks.saveCandles(MarkCandle::Source::Klines, { candle(u"BTCUSDT"_s, 120'000, u"100.8") }));
        auto klines = marks.candles(MarkCandle::Source::Klines, 0, 1'000'000, u"BTCUSDT"_s);
        QVERIFY(klines);
        QCOMPARE(klines->size(), 2);
        QCOMPARE(klines->at(1).close, d(u"100.8"));
        QCOMPARE(klines->at(1).low, d(u"99.25"));
        QCOMPARE(klines->at(1).volume, d(u"12.345"));
        auto last = marks.lastCandleTime(MarkCandle::Source::Klines, u"BTCUSDT"_s);
        QVERIFY(last);
        QCOMPARE(last->value_or(-1), 120'000);
        auto recorded = marks.lastCandleTime(MarkCandle::Source::Mark, u"BTCUSDT"_s);
        QVERIFY(recorded);
        QCOMPARE(recorded->value_or(-1), 180'000);
        auto other = marks.lastCandleTime(MarkCandle::Source::Klines, u"ETHUSDT"_s);
        QVERIFY(other);
        QVERIFY(!other->has_value());
    }

    // What the hunter's retention does with liquidationRetentionDays: only older rows go.
    void retentionPrunesOnlyOlderLiquidations()
    {
        auto db = open(newPath());
        QVERIFY(db);
        auto store = SqliteLiquidationStore::create(*db);
        QVERIFY(store);
        SqliteLiquidationStore &liquidations = *store.value();
        for (const qint64 time : { 1000, 4999, 5000, 9000 }) {
            QVERIFY(liquidations.appendLiquidation(liquidation(time, u"BTCUSDT"_s)));
        }
        auto removed = liquidations.removeLiquidationsBefore(5000);
        QVERIFY(removed);
        QCOMPARE(removed.value(), 2);
        auto kept = liquidations.liquidations(0, 100'000);
        QVERIFY(kept);
        QCOMPARE(kept->size(), 2);
        QCOMPARE(kept->at(0).time, 9000); // newest first
        QCOMPARE(kept->at(1).time, 5000); // the cutoff itself stays
    }
};

QTEST_GUILESS_MAIN(TestSqliteMarkStore)
#include "tst_sqlitemarkstore.moc"
