// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperRig.h"
#include "demo/DemoMarket.h"

#include <QLoggingCategory>

using namespace trd::core;
using trd::exchange::DemoMarket;
using namespace Qt::Literals::StringLiterals;

// Hunter + TrancheManager + PaperExchange on the demo market for a simulated day: virtual time,
// seconds of wall time, and the invariants checked all along.
class TestHunterDemoDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A day writes tens of thousands of debug lines; the invariants are what this test reads.
        QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    }

    void aSimulatedDayKeepsTheBooksStraight_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2024") << quint64(2024);
    }

    void aSimulatedDayKeepsTheBooksStraight()
    {
        QFETCH(quint64, seed);
        PaperRig rig(1'760'000'000'000);
        DemoMarket market(&rig.engine, &rig.clock, { seed, 1000 });
        QObject::connect(&market, &DemoMarket::liquidation, &rig.hunter, &LiquidationHunter::onLiquidation);
        QObject::connect(&market, &DemoMarket::bookTicker, &rig.hunter, &LiquidationHunter::onBookTicker);
        QObject::connect(&market, &DemoMarket::candleClosed, &rig.hunter, &LiquidationHunter::onCandle);
        rig.configure(market.sampleConfig());
        int refusals = 0;
        QObject::connect(&rig.hunter, &LiquidationHunter::entryRefused, [&refusals] { ++refusals; });
        int firstCreatedAt = -1;
        constexpr int kSteps = 86'400;
        for (int i = 1; i <= kSteps; ++i) {
            rig.clock.advanceMs(1000);
            market.step();
            if (firstCreatedAt < 0 && rig.created > 0) {
                firstCreatedAt = i;
            }
            if (i % 600 == 0) {
                rig.manager.requestSync(); // what the app's sync timer does
                rig.checkBooks();
                if (QTest::currentTestFailed()) {
                    qWarning() << "books differ after" << i << "seconds";
                    return;
                }
            }
        }
        rig.checkBooks();
        qWarning() << "entries" << rig.entriesSent << "created" << rig.created << "isolated" << rig.isolated << "closed"
                   << rig.closed << "refusals" << refusals << "first tranche after" << firstCreatedAt << "s";
        QVERIFY(rig.created > 10);
        QVERIFY(rig.isolated > 0);
        QVERIFY(rig.closed > 0);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
        for (const TrancheEvent &e : rig.store.eventLog) {
            QVERIFY2(e.type != EventType::Sync || !e.reason.contains(u"conflict"_s), qPrintable(e.reason));
        }
    }
};

QTEST_GUILESS_MAIN(TestHunterDemoDay)
#include "tst_hunterdemoday.moc"
