// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10 item 2 over the real SQLite store: when the disk fills under a scenario, the failed
// step sends nothing, the engine stops, and the run reports an internal error (exit 1), not bad input.
#include "Scenario.h"
#include "SqliteTrancheStore.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestStoreFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFullDiskStopsTheEngineAndNoOrderLeavesWithoutItsRow()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"store.sqlite"_s);
        Scenario setup;
        setup.mark(u"100"_s);
        setup.run(db);
        trd::cli::ScenarioRunner *runner = setup.runner();
        // The database may not grow by a single page from here on: SQLite answers "database or
        // disk is full", exactly as on a full file system.
        QSqlQuery pragma(runner->store()->database().connection());
        QVERIFY(pragma.exec(u"PRAGMA page_count"_s) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));

        // Enter and close, over and over, until the store refuses.
        Scenario cycle;
        int lineNumber = 100;
        trd::core::Result<void> result;
        for (int i = 1; i <= 500 && result; ++i) {
            for (const QJsonObject &line : { QJsonObject { { u"type"_s, u"enter"_s }, { u"symbol"_s, u"TESTUSDT"_s },
                                                 { u"side"_s, u"LONG"_s }, { u"qty"_s, u"1"_s } },
                     QJsonObject { { u"type"_s, u"close_tranche"_s }, { u"symbol"_s, u"TESTUSDT"_s },
                         { u"side"_s, u"LONG"_s }, { u"index"_s, i } } }) {
                result = runner->runLine(QJsonDocument(line).toJson(QJsonDocument::Compact), ++lineNumber);
                if (!result) {
                    break;
                }
            }
        }
        QVERIFY2(!result, "the store never filled up");
        QVERIFY2(result.error().message.contains(u"full"_s), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(u"line %1"_s.arg(lineNumber)), qPrintable(result.error().message));
        QVERIFY(runner->hasEngineStopped());
        QVERIFY(!runner->manager()->isStoreHealthy());

        // Every order resting at the exchange is one the store committed before it was sent.
        const auto resting = runner->engine()->openOrders();
        QSqlQuery rows(runner->store()->database().connection());
        QVERIFY(rows.exec(u"SELECT client_order_id FROM orders"_s));
        QSet<QString> stored;
        while (rows.next()) {
            stored.insert(rows.value(0).toString());
        }
        for (const auto &order : resting) {
            QVERIFY2(stored.contains(order.clientOrderId), qPrintable(order.clientOrderId));
        }
        // Stopped: more lines send nothing.
        const auto positionsBefore = runner->engine()->positions();
        const auto more = runner->runLine(R"({"type":"enter","symbol":"TESTUSDT","side":"LONG","qty":"1"})", 999);
        QVERIFY(!more);
        QCOMPARE(runner->engine()->openOrders().size(), resting.size());
        QCOMPARE(runner->engine()->positions().size(), positionsBefore.size());
        for (qsizetype i = 0; i < positionsBefore.size(); ++i) {
            QCOMPARE(runner->engine()->positions()[i].amount, positionsBefore[i].amount);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreFailure)
#include "tst_storefailure.moc"
