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

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstEventTableModel)
#include "tst_event_table_model.moc"
