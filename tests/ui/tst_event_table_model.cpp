// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "common/UiRoles.h"
#include "timeline/EventFilterProxy.h"
#include "timeline/EventTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

class TstEventTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensOnTheNewestPageAndPagesBackwards();
    void liveEventsArriveOnTop();
    void filtersByTypeSymbolAndText();
    void pausedRefusalsAreCountedPerMinute();
};

namespace {

void fill(core::TrancheStore &store, int count)
{
    QVERIFY(store.begin());
    for (int i = 1; i <= count; ++i) {
        core::TrancheEvent e;
        e.time = 1'767'225'600'000 + i;
        e.type = i % 3 == 0 ? core::EventType::Sync : core::EventType::EntryRefused;
        e.symbol = i % 2 ? u"BTCUSDT"_s : u"ETHUSDT"_s;
        e.side = core::Side::Long;
        e.reason = u"event %1"_s.arg(i);
        QVERIFY(store.appendEvent(e));
    }
    QVERIFY(store.commit());
}

} // namespace

void TstEventTableModel::opensOnTheNewestPageAndPagesBackwards()
{
    test::UiTestRig rig;
    fill(*rig.store, 1234);
    EventTableModel model(nullptr, rig.store.get());
    model.setPageSize(500);
    model.load();
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.event(0).reason, u"event 1234"_s);
    QCOMPARE(model.event(499).reason, u"event 735"_s);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1234);
    QCOMPARE(model.event(1233).reason, u"event 1"_s);
    QVERIFY(!model.canFetchMore({}));

    // The tester fetches more itself (it calls fetchMore in its checks), so it watches a second
    // model from its first page on.
    EventTableModel watched(nullptr, rig.store.get());
    watched.setPageSize(300);
    watched.load();
    QAbstractItemModelTester tester(&watched, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (watched.canFetchMore({})) {
        watched.fetchMore({});
    }
    QCOMPARE(watched.rowCount(), 1234);
}

void TstEventTableModel::liveEventsArriveOnTop()
{
    test::UiTestRig rig;
    EventTableModel model(rig.manager.get(), rig.store.get());
    model.load();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    QTRY_VERIFY(model.rowCount() > 0);
    // Newest first: the entry's "created" sits above nothing older, below the sync it caused.
    int created = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.event(row).type == core::EventType::Created) {
            created = row;
        }
    }
    QVERIFY(created >= 0);
    QCOMPARE(model.index(created, EventTableModel::TypeColumn).data().toString(), u"Tranche created"_s);
    QVERIFY(!model.index(created, EventTableModel::TypeColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(created, EventTableModel::PriceColumn).data().toString(), u"50000.00"_s);
    QVERIFY(model.event(0).id > model.event(model.rowCount() - 1).id);
    const int before = model.rowCount();
    rig.manager->closeAll();
    QTRY_VERIFY(model.rowCount() > before);
    bool closed = false;
    for (int row = 0; row < model.rowCount() - before; ++row) {
        closed = closed || model.event(row).type == core::EventType::Closed;
    }
    QVERIFY(closed);
    // A fresh model over the same store shows the same trail (it persists).
    EventTableModel reopened(nullptr, rig.store.get());
    reopened.load();
    QCOMPARE(reopened.rowCount(), model.rowCount());
}

void TstEventTableModel::filtersByTypeSymbolAndText()
{
    test::UiTestRig rig;
    fill(*rig.store, 30);
    EventTableModel model(nullptr, rig.store.get());
    model.load();
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 30);
    proxy.setTypes({ u"sync"_s });
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setSymbol(u"BTCUSDT"_s);
    QCOMPARE(proxy.rowCount(), 5); // 3, 9, 15, 21, 27
    proxy.setSearchText(u"event 21"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setTypes({});
    proxy.setSymbol({});
    proxy.setSearchText(u"EVENT 3"_s);
    QCOMPARE(proxy.rowCount(), 2); // 3 and 30
}

void TstEventTableModel::pausedRefusalsAreCountedPerMinute()
{
    test::UiTestRig rig;
    rig.clock.setMs(1'767'225'600'000); // 00:00:00 of a minute
    EventTableModel model(rig.manager.get(), rig.store.get());
    model.load();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    // A paused hunter refuses every signal of a cascade: one row for the minute, with the count.
    for (int i = 0; i < 40; ++i) {
        rig.clock.advanceMs(500);
        rig.manager->recordRefusal(i % 2 ? u"BTCUSDT"_s : u"ETHUSDT"_s, core::Side::Long, u"paused"_s);
        if (i % 7 == 0) {
            model.flush(); // batches arrive on a timer: a minute spans several
        }
    }
    model.flush();
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.eventCount(0), 40);
    QVERIFY2(model.index(0, EventTableModel::ReasonColumn).data().toString().contains(u"40"_s),
        qPrintable(model.index(0, EventTableModel::ReasonColumn).data().toString()));
    QCOMPARE(model.index(0, EventTableModel::SymbolColumn).data().toString(), QString()); // two symbols

    // Another reason is its own row; the next minute is a new row.
    rig.manager->recordRefusal(u"BTCUSDT"_s, core::Side::Long, u"max_tranches"_s);
    rig.clock.advanceMs(60'000);
    rig.manager->recordRefusal(u"BTCUSDT"_s, core::Side::Long, u"paused"_s);
    rig.manager->recordRefusal(u"BTCUSDT"_s, core::Side::Long, u"paused"_s);
    model.flush();
    QCOMPARE(model.rowCount(), before + 3);
    QCOMPARE(model.eventCount(0), 2);
    QCOMPARE(model.index(0, EventTableModel::SymbolColumn).data().toString(), u"BTCUSDT"_s);

    // Read back from the store, page by page, the trail is shown the same way.
    EventTableModel reopened(nullptr, rig.store.get());
    reopened.setPageSize(7);
    reopened.load();
    QAbstractItemModelTester reopenedTester(&reopened, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (reopened.canFetchMore({})) {
        reopened.fetchMore({});
    }
    QCOMPARE(reopened.rowCount(), model.rowCount());
    int counted = 0;
    for (int row = 0; row < reopened.rowCount(); ++row) {
        if (reopened.event(row).reason == u"paused") {
            counted += reopened.eventCount(row);
        }
    }
    QCOMPARE(counted, 42);
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstEventTableModel)
#include "tst_event_table_model.moc"
