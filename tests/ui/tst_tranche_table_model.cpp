// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "common/UiRoles.h"
#include "tranches/TrancheFilterProxy.h"
#include "tranches/TrancheTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void historyIsReadInPagesWithoutDuplicates();
    void aHistoryReadErrorIsReported();
    void aRemotePageOfHistoryIsInsertedAtOnce();
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
    QSignalSpy loaded(&model, &TrancheTableModel::historyLoaded);
    model.load(rig.store.get());
    // The open tranche is there at once (from the engine); the closed one comes with the history.
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.tranche(0).isOpen());
    QVERIFY(!model.isHistoryLoaded());
    QVERIFY(loaded.wait());
    QVERIFY(model.isHistoryLoaded());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(core::toString(model.tranche(1).status), u"closed"_s);
}

void TstTrancheTableModel::historyIsReadInPagesWithoutDuplicates()
{
    test::UiTestRig rig;
    rig.mark(u"BTCUSDT"_s, "50000");
    for (int i = 0; i < 25; ++i) {
        QVERIFY(rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.001").isAccepted);
        QVERIFY(rig.manager->closeTranche(rig.manager->openTranches().front().id));
    }
    QVERIFY(rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.001").isAccepted); // open: from the engine
    TrancheTableModel model(rig.manager.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrancheFilterProxy closed(TrancheFilterProxy::View::Closed);
    closed.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&closed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistoryPageSize(10);
    QSignalSpy pages(&model, &TrancheTableModel::historyRowsLoaded);
    QSignalSpy loaded(&model, &TrancheTableModel::historyLoaded);
    model.load(rig.store.get());
    QCOMPARE(model.rowCount(), 1);
    // A tranche the engine creates while the history is being read is shown once, not twice.
    QVERIFY(pages.wait());
    QCOMPARE(pages.count(), 1);
    QVERIFY(rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.001").isAccepted);
    QVERIFY(loaded.wait());
    // 27 stored rows in pages of 10: the last page of 7 ends it; the two open ones were known.
    QCOMPARE(pages.count(), 3);
    QCOMPARE(model.rowCount(), 27);
    QCOMPARE(closed.rowCount(), 25);
    QSet<QString> ids;
    for (const core::Tranche &t : model.tranches()) {
        ids.insert(t.id);
    }
    QCOMPARE(ids.size(), 27);
    QCOMPARE(pages.at(0).at(0).toInt(), 1);
    QCOMPARE(pages.at(0).at(1).toInt(), 10);
}

void TstTrancheTableModel::aRemotePageOfHistoryIsInsertedAtOnce()
{
    // A remote engine's history page (RemoteEngine::historyReceived): one insertion for the page,
    // announced as history (the summary and the realized chart count it), rows already shown kept.
    TrancheTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrancheFilterProxy closed(TrancheFilterProxy::View::Closed);
    closed.setSourceModel(&model);
    const auto tranche = [](int seq, bool isOpen) {
        core::Tranche t;
        t.id = u"t%1"_s.arg(seq);
        t.seq = seq;
        t.symbol = u"BTCUSDT"_s;
        t.status = isOpen ? core::TrancheStatus::Active : core::TrancheStatus::Closed;
        t.realizedPnl = core::Decimal::fromInt(seq);
        return t;
    };
    model.upsert(tranche(3, true)); // from the snapshot
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(&model, &TrancheTableModel::historyRowsLoaded);
    model.appendHistory({ tranche(1, false), tranche(2, false), tranche(3, false), tranche(2, false) });
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.at(0).at(0).toInt(), 1);
    QCOMPARE(pages.at(0).at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.tranche(model.rowOf(u"t3"_s)).isOpen()); // the engine's own state, not the store's copy
    QCOMPARE(closed.rowCount(), 2);
    model.appendHistory({});
    QCOMPARE(pages.count(), 1);
}

void TstTrancheTableModel::aHistoryReadErrorIsReported()
{
    test::UiTestRig rig;
    rig.mark(u"BTCUSDT"_s, "50000");
    QVERIFY(rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.001").isAccepted);
    QVERIFY(rig.manager->closeTranche(rig.manager->openTranches().front().id));
    // A value edited by hand into something that is not a decimal: the row is refused by name.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"editor"_s);
        db.setDatabaseName(rig.dir.filePath(u"store.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery edit(db);
        QVERIFY(edit.exec(u"UPDATE tranches SET realized_pnl = '1,5'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"editor"_s);
    TrancheTableModel model(nullptr);
    QSignalSpy failed(&model, &TrancheTableModel::historyFailed);
    model.load(rig.store.get());
    QVERIFY(failed.wait());
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(u"realized_pnl"_s) && message.contains(u"1,5"_s), qPrintable(message));
    QVERIFY(model.isHistoryLoaded());
    QCOMPARE(model.rowCount(), 0);
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstTrancheTableModel)
#include "tst_tranche_table_model.moc"
