// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "common/UiRoles.h"
#include "tranches/TrancheFilterProxy.h"
#include "tranches/TrancheTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

class TstTrancheTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheEngine();
    void viewsSplitActiveIsolatedClosed();
    void sortingUsesRawValuesNotText();
    void ticksAreCoalescedIntoRangedChanges();
    void storedHistoryIsLoaded();
};

void TstTrancheTableModel::rowsFollowTheEngine()
{
    test::UiTestRig rig;
    TrancheTableModel model(rig.manager.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(rig.store.get());
    QCOMPARE(model.rowCount(), 0);
    rig.mark(u"BTCUSDT"_s, "50000");
    QVERIFY(rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01").isAccepted);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex entry = model.index(0, TrancheTableModel::EntryColumn);
    QCOMPARE(entry.data().toString(), u"50000.00"_s);
    QCOMPARE(model.index(0, TrancheTableModel::StatusColumn).data(StatusRole).toString(), u"ACTIVE"_s);
    rig.mark(u"BTCUSDT"_s, "49000");
    model.flush();
    QCOMPARE(model.index(0, TrancheTableModel::UnrealizedColumn).data().toString(), u"-10.00"_s);
    QCOMPARE(model.index(0, TrancheTableModel::PnlPercentColumn).data().toString(), u"-2.00%"_s);
    QCOMPARE(model.index(0, TrancheTableModel::RoePercentColumn).data().toString(), u"-20.00%"_s);
    QVERIFY(model.index(0, TrancheTableModel::TpColumn).data().toString().contains(u"(1%)"_s));
    QVERIFY(model.index(0, TrancheTableModel::SlColumn).data().toString().contains(u"(10%)"_s));
}

void TstTrancheTableModel::viewsSplitActiveIsolatedClosed()
{
    test::UiTestRig rig;
    TrancheTableModel model(rig.manager.get());
    model.load(rig.store.get());
    TrancheFilterProxy active(TrancheFilterProxy::View::Active);
    TrancheFilterProxy isolated(TrancheFilterProxy::View::Isolated);
    TrancheFilterProxy closed(TrancheFilterProxy::View::Closed);
    for (auto *proxy : { &active, &isolated, &closed }) {
        proxy->setSourceModel(&model);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, proxy);
    }
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    rig.mark(u"BTCUSDT"_s, "46000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    model.flush();
    // The first tranche fell 8 % (isolation at 5 %, stop at 10 %): isolated; the second is fresh.
    QCOMPARE(active.rowCount(), 1);
    QCOMPARE(isolated.rowCount(), 1);
    QCOMPARE(closed.rowCount(), 0);
    const QString id = active.index(0, 0).data(IdRole).toString();
    QVERIFY(rig.manager->closeTranche(id));
    model.flush();
    QCOMPARE(active.rowCount(), 0);
    QCOMPARE(closed.rowCount(), 1);
    active.setSymbol(u"ETHUSDT"_s);
    isolated.setSymbol(u"ETHUSDT"_s);
    QCOMPARE(isolated.rowCount(), 0);
    isolated.setSymbol(u"BTCUSDT"_s);
    isolated.setSide(u"SHORT"_s);
    QCOMPARE(isolated.rowCount(), 0);
    isolated.setSide(u"LONG"_s);
    QCOMPARE(isolated.rowCount(), 1);
}

void TstTrancheTableModel::sortingUsesRawValuesNotText()
{
    test::UiTestRig rig;
    TrancheTableModel model(rig.manager.get());
    model.load(rig.store.get());
    TrancheFilterProxy all(TrancheFilterProxy::View::All);
    all.setSourceModel(&model);
    QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // As text "9000" sorts after "10000"; as numbers it comes first.
    for (const char *price : { "10000", "9000", "100000" }) {
        rig.mark(u"ETHUSDT"_s, price);
        rig.enter(u"ETHUSDT"_s, core::Side::Short, "0.01");
    }
    all.sort(TrancheTableModel::EntryColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < all.rowCount(); ++row) {
        order << all.index(row, TrancheTableModel::EntryColumn).data().toString();
    }
    QCOMPARE(order, (QStringList { u"9000.00"_s, u"10000.00"_s, u"100000.00"_s }));
}

void TstTrancheTableModel::ticksAreCoalescedIntoRangedChanges()
{
    test::UiTestRig rig;
    TrancheTableModel model(rig.manager.get());
    model.load(rig.store.get());
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.mark(u"ETHUSDT"_s, "3000");
    for (int i = 0; i < 3; ++i) {
        rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.001");
        rig.enter(u"ETHUSDT"_s, core::Side::Long, "0.01");
    }
    model.flush();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Twenty ticks of two symbols before the timer fires: one ranged signal for the six rows.
    for (int i = 0; i < 10; ++i) {
        rig.mark(u"BTCUSDT"_s, i % 2 ? "50100" : "49900");
        rig.mark(u"ETHUSDT"_s, i % 2 ? "3010" : "2990");
    }
    QCOMPARE(changed.count(), 0);
    QTRY_VERIFY(changed.count() >= 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
}

void TstTrancheTableModel::storedHistoryIsLoaded()
{
    test::UiTestRig rig;
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    const auto open = rig.manager->openTranches();
    QVERIFY(rig.manager->closeTranche(open.front().id));
    TrancheTableModel model(rig.manager.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(rig.store.get());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(core::toString(model.tranche(0).status), u"closed"_s);
    QVERIFY(model.tranche(1).isOpen());
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstTrancheTableModel)
#include "tst_tranche_table_model.moc"
