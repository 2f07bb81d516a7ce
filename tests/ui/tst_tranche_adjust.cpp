// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "tranches/TrancheAdjustDialog.h"
#include "tranches/TrancheFilterProxy.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QTest>

using namespace trd::core;
using namespace trd::ui;
using namespace trd::ui::test;
using namespace Qt::Literals::StringLiterals;

// Issue 14: "Close part…" and "Move TP/SL…" of one tranche, from its context menu, through the
// engine, with the engine's refusal shown in place.
class TestTrancheAdjust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theContextMenuOffersBothForAnOpenTranche()
    {
        UiTestRig rig;
        rig.mark(u"BTCUSDT"_s, "50000");
        QVERIFY(rig.enter(u"BTCUSDT"_s, Side::Long, "0.010").isAccepted);
        QTRY_COMPARE(rig.manager->openTranches().size(), 1);
        TrancheTableModel model(rig.manager.get());
        model.load(nullptr);
        TrancheView view(&model, rig.manager.get());
        QTRY_VERIFY(model.rowCount() == 1);
        const QModelIndex index = view.proxy(TrancheView::ActiveTab)->index(0, 0);
        std::unique_ptr<QMenu> menu(view.createContextMenu(index, nullptr));
        QVERIFY(menu);
        QAction *closePart = menu->findChild<QAction *>(u"closePartAction"_s);
        QAction *move = menu->findChild<QAction *>(u"moveProtectionAction"_s);
        QVERIFY(closePart && closePart->isEnabled());
        QVERIFY(move && move->isEnabled());

        TrancheAdjustDialog::setNextValues({ u"0.004"_s });
        closePart->trigger();
        QTRY_COMPARE(rig.manager->openTranches().front().quantity, Decimal::fromString(u"0.006"));
    }

    // Issue 9: what the table shows is one right-click away, and kept for the next start.
    void theColumnChooserHidesAndRemembers()
    {
        UiTestRig rig;
        TrancheTableModel model(rig.manager.get());
        model.load(nullptr);
        {
            TrancheView view(&model, rig.manager.get());
            QTableView *table = view.table(TrancheView::ActiveTab);
            QVERIFY(!table->isColumnHidden(TrancheTableModel::FeesColumn));
            std::unique_ptr<QMenu> menu(view.createColumnMenu(table, nullptr));
            QVERIFY(!menu->findChild<QAction *>(u"column_0"_s)->isEnabled()); // the # stays
            menu->findChild<QAction *>(u"column_%1"_s.arg(int(TrancheTableModel::FeesColumn)))->setChecked(false);
            QVERIFY(table->isColumnHidden(TrancheTableModel::FeesColumn));
        }
        TrancheView again(&model, rig.manager.get());
        QVERIFY(again.table(TrancheView::ActiveTab)->isColumnHidden(TrancheTableModel::FeesColumn));
        QVERIFY(!again.table(TrancheView::IsolatedTab)->isColumnHidden(TrancheTableModel::FeesColumn));
    }

    void aRefusalIsShownAndNothingIsSent()
    {
        UiTestRig rig;
        rig.mark(u"BTCUSDT"_s, "50000");
        QVERIFY(rig.enter(u"BTCUSDT"_s, Side::Long, "0.010").isAccepted);
        QTRY_COMPARE(rig.manager->openTranches().size(), 1);
        const Tranche t = rig.manager->openTranches().front();
        const qsizetype ordersBefore = rig.engine->openOrders().size();
        // A LONG's take profit under the mark would fill at once: the engine refuses, the dialog says so.
        TrancheAdjustDialog::setNextValues({ u"49000"_s, u"45000"_s });
        QVERIFY(!TrancheAdjustDialog::run(TrancheAdjustDialog::Kind::MoveProtection, t,
            rig.manager->markPrice(t.symbol), rig.manager.get(), nullptr));
        QVERIFY2(
            TrancheAdjustDialog::lastError().contains(u"take profit"_s), qPrintable(TrancheAdjustDialog::lastError()));
        QCOMPARE(rig.engine->openOrders().size(), ordersBefore);
        // All of it is "Close", not "Close part".
        TrancheAdjustDialog::setNextValues({ u"0.010"_s });
        QVERIFY(!TrancheAdjustDialog::run(
            TrancheAdjustDialog::Kind::ClosePart, t, rig.manager->markPrice(t.symbol), rig.manager.get(), nullptr));
        QCOMPARE(rig.manager->openTranches().front().quantity, Decimal::fromString(u"0.010"));
    }

    void movingTheStopReplacesTheOrdersOnTheExchange()
    {
        UiTestRig rig;
        rig.mark(u"BTCUSDT"_s, "50000");
        QVERIFY(rig.enter(u"BTCUSDT"_s, Side::Long, "0.010").isAccepted);
        QTRY_COMPARE(rig.manager->openTranches().size(), 1);
        const Tranche t = rig.manager->openTranches().front();
        // TRD_SCREENSHOT_DIR=<dir>: save both dialogs as a trader sees them (no assertion on it).
        if (const QString shots = qEnvironmentVariable("TRD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            for (const auto kind :
                { TrancheAdjustDialog::Kind::ClosePart, TrancheAdjustDialog::Kind::MoveProtection }) {
                TrancheAdjustDialog dialog(kind, t, rig.manager->markPrice(t.symbol), rig.manager.get());
                dialog.show();
                dialog.grab().save(shots + u"/"_s + dialog.objectName() + u".png"_s);
            }
        }
        TrancheAdjustDialog::setNextValues({ u"52000"_s, u"48000"_s });
        QVERIFY(TrancheAdjustDialog::run(TrancheAdjustDialog::Kind::MoveProtection, t, rig.manager->markPrice(t.symbol),
            rig.manager.get(), nullptr));
        QTRY_COMPARE(rig.manager->openTranches().front().slPrice, Decimal::fromString(u"48000"));
        bool hasNewStop = false;
        for (const OpenOrder &o : rig.engine->openOrders()) {
            hasNewStop
                = hasNewStop || (o.type == OrderType::StopMarket && o.stopPrice == Decimal::fromString(u"48000"));
        }
        QVERIFY(hasNewStop);
    }
};

QTEST_MAIN(TestTrancheAdjust)
#include "tst_tranche_adjust.moc"
