// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"
#include "control/RecordedMarketPager.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {

core::Decimal d(const char16_t *text)
{
    return core::Decimal::fromString(QStringView(text));
}

} // namespace

// recordedMarket's pages (control-protocol.md): oldest first, a symbol or all, from/to, and a full
// page never splits a millisecond, so that paging to the end gives every row exactly once.
class TstRecordedMarketPager : public QObject
{
    Q_OBJECT

    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::SqliteMarkStore> m_marks;
    std::unique_ptr<storage::SqliteLiquidationStore> m_liquidations;

    // Every page from `from` until the last, as one list of items; the number of pages in `pages`.
    QJsonArray pageAll(QJsonObject args, int *pages = nullptr)
    {
        QJsonArray all;
        qint64 from = qint64(args.value(u"from"_s).toDouble(0));
        for (int n = 1; n < 1000; ++n) {
            args.insert(u"from"_s, from);
            auto page = RecordedMarketPager::page(*m_marks, *m_liquidations, args);
            if (!page) {
                qWarning().noquote() << page.error().message;
                return {};
            }
            for (const QJsonValue &item : page->value(u"items"_s).toArray()) {
                all.append(item);
            }
            if (page->value(u"isLast"_s).toBool()) {
                if (pages) {
                    *pages = n;
                }
                return all;
            }
            from = qint64(page->value(u"next"_s).toDouble());
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        auto db = storage::Database::open(storage::Database::kInMemoryPath.toString());
        QVERIFY(db);
        m_db = std::move(db).value();
        auto marks = storage::SqliteMarkStore::create(*m_db);
        auto liquidations = storage::SqliteLiquidationStore::create(*m_db);
        QVERIFY(marks && liquidations);
        m_marks = std::move(marks).value();
        m_liquidations = std::move(liquidations).value();
        // Seconds 0..9 of two symbols; second 5 holds four BTCUSDT marks (more than a page of 3).
        QList<core::MarkTick> ticks;
        for (qint64 s = 0; s < 10; ++s) {
            ticks.append({ u"BTCUSDT"_s, s * 1000, core::Decimal::fromInt(100 + s) });
            ticks.append({ u"ETHUSDT"_s, s * 1000, core::Decimal::fromInt(10 + s) });
        }
        for (int i = 0; i < 3; ++i) {
            ticks.append({ u"BTCUSDT"_s, 5000, core::Decimal::fromInt(200 + i) });
        }
        QVERIFY(m_marks->appendTicks(ticks));
        QVERIFY(m_marks->saveCandles(core::MarkCandle::Source::Klines,
            { { u"BTCUSDT"_s, 60'000, d(u"1"), d(u"2"), d(u"0.5"), d(u"1.5"), d(u"12.25") } }));
        for (qint64 t : { 3000, 1000, 2000 }) {
            QVERIFY(m_liquidations->appendLiquidation(
                { u"BTCUSDT"_s, core::OrderSide::Sell, d(u"100"), d(u"99.5"), d(u"0.25"), t }));
        }
    }

    void pagesGiveEveryRowOnceWithoutSplittingAMillisecond()
    {
        int pages = 0;
        const QJsonArray all = pageAll({ { u"what"_s, u"ticks"_s }, { u"limit"_s, 3 } }, &pages);
        QCOMPARE(all.size(), 23);
        QVERIFY(pages >= 8);
        qint64 last = -1;
        int atFive = 0;
        for (const QJsonValue &v : all) {
            auto tick = RecordedMarketPager::tickFromJson(v.toObject());
            QVERIFY2(tick, qPrintable(tick.error().message));
            QVERIFY(tick->time >= last);
            last = tick->time;
            atFive += tick->time == 5000 ? 1 : 0;
        }
        QCOMPARE(atFive, 5); // ETHUSDT's and BTCUSDT's four, whole in one page
        // One symbol, a window: seconds 2 to 4 of BTCUSDT.
        const QJsonArray btc = pageAll(
            { { u"what"_s, u"ticks"_s }, { u"symbol"_s, u"BTCUSDT"_s }, { u"from"_s, 2000 }, { u"to"_s, 5000 } });
        QCOMPARE(btc.size(), 3);
        QCOMPARE(btc.first().toObject().value(u"price"_s).toString(), u"102"_s);
    }

    void candlesAndLiquidationsComeBackExact()
    {
        const QJsonArray candles = pageAll({ { u"what"_s, u"klines"_s } });
        QCOMPARE(candles.size(), 1);
        auto candle = RecordedMarketPager::candleFromJson(candles.first().toObject());
        QVERIFY(candle);
        QCOMPARE(candle->openTime, 60'000);
        QCOMPARE(candle->low, d(u"0.5"));
        QCOMPARE(candle->volume, d(u"12.25"));
        QCOMPARE(pageAll({ { u"what"_s, u"markCandles"_s } }).size(), 0);
        // Stored out of order, sent oldest first.
        const QJsonArray liquidations = pageAll({ { u"what"_s, u"liquidations"_s }, { u"limit"_s, 2 } });
        QCOMPARE(liquidations.size(), 3);
        QList<qint64> times;
        for (const QJsonValue &v : liquidations) {
            auto l = RecordedMarketPager::liquidationFromJson(v.toObject());
            QVERIFY(l);
            QCOMPARE(l->averagePrice, d(u"99.5"));
            times << l->time;
        }
        QCOMPARE(times, (QList<qint64> { 1000, 2000, 3000 }));
    }

    void badArgumentsAreNamed_data()
    {
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown what") << QJsonObject { { u"what"_s, u"bars"_s } } << u"what: "_s;
        QTest::newRow("limit too large") << QJsonObject { { u"what"_s, u"ticks"_s }, { u"limit"_s, 5001 } }
                                         << u"limit: out of range 1–5000"_s;
        QTest::newRow("to before from") << QJsonObject { { u"what"_s, u"ticks"_s }, { u"from"_s, 10 }, { u"to"_s, 5 } }
                                        << u"to: "_s;
        QTest::newRow("from not a time") << QJsonObject { { u"what"_s, u"ticks"_s }, { u"from"_s, u"soon"_s } }
                                         << u"from: "_s;
    }
    void badArgumentsAreNamed()
    {
        QFETCH(QJsonObject, args);
        QFETCH(QString, expected);
        auto page = RecordedMarketPager::page(*m_marks, *m_liquidations, args);
        QVERIFY(!page);
        QVERIFY2(page.error().message.startsWith(expected), qPrintable(page.error().message));
    }

    void rowsThatAreNotTheProtocolAreRefused()
    {
        QVERIFY(!RecordedMarketPager::tickFromJson({ { u"time"_s, 1 }, { u"symbol"_s, u"X"_s }, { u"price"_s, 1.5 } }));
        QVERIFY(!RecordedMarketPager::liquidationFromJson(
            { { u"time"_s, 1 }, { u"symbol"_s, u"X"_s }, { u"side"_s, u"LONG"_s }, { u"price"_s, u"1"_s },
                { u"averagePrice"_s, u"1"_s }, { u"quantity"_s, u"1"_s } }));
        QVERIFY(!RecordedMarketPager::candleFromJson({ { u"openTime"_s, -5 }, { u"symbol"_s, u"X"_s } }));
    }
};

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstRecordedMarketPager)
#include "tst_recorded_market_pager.moc"
