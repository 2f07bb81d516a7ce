// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDay.h"
#include "PaperRig.h"

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
        PaperRig rig(demo_day::kStartMs);
        DemoMarket market(&rig.engine, &rig.clock, { seed, 1000 });
        demo_day::feedHunter(market, rig.hunter);
        rig.configure(market.sampleConfig());
        const int firstCreatedAt = demo_day::run({ &rig.clock, &market, &rig.engine, &rig.manager, &rig }, 86'400);
        if (QTest::currentTestFailed()) {
            return;
        }
        qWarning() << "entries" << rig.entriesSent << "created" << rig.created << "isolated" << rig.isolated << "closed"
                   << rig.closed << "refusals" << rig.refusals << "first tranche after" << firstCreatedAt << "s";
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
