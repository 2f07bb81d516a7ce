// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window as a window onto a tranchedesk-engine (issue 13, item 4): an engine in PAPER
// on the demo market served on 127.0.0.1 in this process, and a MainWindow that shows it through
// RemoteEngine with the same models as the embedded engine.
#include "../engine/EngineRig.h"
#include "RemoteDesk.h"
#include "RemoteDeskApp.h"
#include "SqliteLiquidationStore.h"
#include "SqliteTrancheStore.h"
#include "charts/ChartsPanel.h"
#include "charts/PnlChart.h"
#include "charts/PriceChart.h"
#include "charts/PriceHistory.h"
#include "charts/UnrealizedChart.h"
#include "common/MessageBox.h"
#include "common/UiFormat.h"
#include "common/UiRoles.h"
#include "hunter/LiquidationHunter.h"
#include "liquidations/LiquidationTableModel.h"
#include "mainwindow/ConnectEngineDialog.h"
#include "mainwindow/DeskToolBar.h"
#include "mainwindow/EngineLinkView.h"
#include "mainwindow/ExportController.h"
#include "mainwindow/MainWindow.h"
#include "service/TlsIdentity.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "session/RemoteProfile.h"
#include "session/RemoteTrancheAdjuster.h"
#include "settings/ApiKeyDialog.h"
#include "settings/ConfigForm.h"
#include "settings/SettingsDialog.h"
#include "summary/SummaryPanel.h"
#include "timeline/EventTableModel.h"
#include "tranches/TrancheAdjustDialog.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using trd::engine::test::EngineRig;
using trd::ui::test::RemoteDesk;

namespace trd::ui {

class TestRemoteWindow : public QObject
{
    Q_OBJECT

    static constexpr int kWait = 60'000;

    static QString newestOpenId(EngineRig &rig)
    {
        const auto open = rig.manager()->openTranches();
        return open.isEmpty() ? QString() : open.last().id;
    }

    static void shoot(MainWindow &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TRD_REMOTE_SHOTS");
        if (!dir.isEmpty()) {
            QVERIFY(window.grab().save(dir + u"/remote-"_s + name + u".png"_s));
        }
    }

private Q_SLOTS:
    void showsTheEnginesTranchesAndFollowsIt()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const QString before = newestOpenId(rig);
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(before), kWait);
        QVERIFY(desk.isLinkUp());
        // The summary counts the engine's open tranche, from the same table model.
        auto *openCount = desk.window.summary()->findChild<QLabel *>(u"metric_account_open"_s);
        QVERIFY(openCount);
        QTRY_COMPARE_WITH_TIMEOUT(openCount->text(), u"1"_s, kWait);
        // The books' sync state, as the engine reports it, in the toolbar and the summary alike.
        QTRY_VERIFY_WITH_TIMEOUT(
            rig.manager()->syncState(u"BTCUSDT"_s, core::Side::Long) == core::SyncState::Synced, kWait);
        const QString synced = UiFormat::syncState(core::SyncState::Synced);
        desk.window.setSelection(u"BTCUSDT"_s, u"LONG"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            desk.window.toolBar()->findChild<QLabel *>(u"syncState"_s)->text().contains(synced), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.window.summary()->findChild<QLabel *>(u"metric_selection_sync"_s)->text(), synced, kWait);
        desk.window.setSelection(QString(), QString());
        QVERIFY(desk.window.engineLink()->isHidden());
        QVERIFY(desk.window.engineLink()->status()->text().contains(desk.remote.address()));
        QCOMPARE(desk.session.manager(), nullptr);

        // A trade made after the window connected reaches its table and its timeline.
        const int events = desk.window.eventModel()->rowCount();
        QVERIFY(rig.trade());
        const QString after = newestOpenId(rig);
        QVERIFY(after != before);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(after), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.eventModel()->rowCount() > events, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.latencyMs() >= 0, kWait);
        // The mark the engine's unrealized P&L implies, as the embedded engine's mark would be.
        TrancheTableModel *model = desk.window.trancheModel();
        QTRY_VERIFY_WITH_TIMEOUT(!model->tranche(model->rowOf(after)).unrealizedPnl.isZero(), kWait);
        const core::Tranche shown = model->tranche(model->rowOf(after));
        const double mark = model->index(model->rowOf(after), TrancheTableModel::MarkColumn).data(RawRole).toDouble();
        QCOMPARE(mark > shown.entryPrice.toDouble(), shown.unrealizedPnl.isPositive());
        QTRY_COMPARE_WITH_TIMEOUT(openCount->text(), u"2"_s, kWait);
        shoot(desk.window, u"connected"_s);

        // Pause and resume go to the engine as commands, and come back as its state.
        QVERIFY(desk.session.isEntriesPaused()); // the rig starts paused
        QAction *pause = desk.window.toolBar()->pauseAction();
        QVERIFY(pause->isEnabled());
        pause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.host->isEntriesPaused(), kWait);
        pause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rig.host->isEntriesPaused(), kWait);

        // A settings change is sent whole, and comes back as the engine's configuration.
        core::AppConfig config = desk.session.config();
        QVERIFY(!config.symbols.isEmpty());
        config.symbols.first().tpPercent = core::Decimal::fromInt(400);
        QVERIFY(desk.session.applyConfig(config));
        QTRY_COMPARE_WITH_TIMEOUT(rig.host->config().symbols.first().tpPercent, core::Decimal::fromInt(400), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(desk.session.config().symbols.first().tpPercent, core::Decimal::fromInt(400), kWait);

        // Close one, then close all, through the protocol, after the same questions.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        desk.window.trancheView()->closeTranche(before);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.manager()->openTranche(before).has_value(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            !desk.window.trancheModel()->tranche(desk.window.trancheModel()->rowOf(before)).isOpen(), kWait);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        desk.window.toolBar()->closeAllAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rig.manager()->openTranches().isEmpty(), kWait);

        // An engine's refusal is shown in its own words.
        QSignalSpy refused(&desk.remote, &RemoteEngine::commandFailed);
        desk.remote.sendControl(u"closeTranche"_s, { { u"id"_s, u"no-such-tranche"_s } });
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWait);
        QVERIFY(!refused.first().at(1).toString().isEmpty());
        auto *box = desk.window.findChild<QMessageBox *>(u"remoteCommandBox"_s);
        QVERIFY(box);
        QCOMPARE(box->text(), refused.first().at(1).toString());
    }

    void aWatchTokenGreysEveryControl()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        RemoteDesk desk(rig, rig.watchToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(newestOpenId(rig)), kWait);
        QCOMPARE(desk.remote.client()->role(), u"watch"_s);
        for (QAction *control : { desk.window.toolBar()->pauseAction(), desk.window.toolBar()->closeAllAction(),
                 desk.window.toolBar()->liveAction(), desk.window.trancheView()->closeSelectedAction(),
                 desk.window.findChild<QAction *>(u"settingsAction"_s) }) {
            QVERIFY(control);
            QVERIFY2(!control->isEnabled(), qPrintable(control->text()));
        }
        auto *resume = desk.window.findChild<QPushButton *>(u"pausedBannerResume"_s);
        QVERIFY(resume && !resume->isEnabled());
        // The views themselves stay readable.
        QVERIFY(desk.window.trancheView()->isEnabled());
        QVERIFY(desk.window.engineLink()->status()->text().contains(u"watch"_s));
        // And a command asked anyway is refused without being sent.
        QSignalSpy refused(&desk.remote, &RemoteEngine::commandFailed);
        desk.remote.sendControl(u"closeAll"_s);
        QCOMPARE(refused.size(), 1);
    }

    void aDroppedLinkKeepsTheStateGreyedAndComesBack()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        QVERIFY(rig.trade());
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(rig.openIds().first()) && desk.shows(rig.openIds().last()), kWait);
        // A drop with the engine still running: the window resumes from the last delta it applied
        // (no new snapshot), and what happened meanwhile arrives.
        QElapsedTimer clock;
        clock.start();
        desk.remote.client()->abort();
        QVERIFY(rig.trade()); // while the window reconnects
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.client()->resumeCount() >= 1 && desk.isLinkUp(), kWait);
        qInfo("resumed %lld ms after the drop (first retry after 500 ms)", clock.elapsed());
        QCOMPARE(desk.remote.client()->snapshotCount(), 1);
        QCOMPARE(desk.remote.client()->gapCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(newestOpenId(rig)), kWait);
        const QStringList ids = rig.openIds();
        QCOMPARE(ids.size(), 3);
        const int rows = desk.window.trancheModel()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.eventModel()->rowCount() > 0, kWait);
        const int events = desk.window.eventModel()->rowCount();
        auto *openCount = desk.window.summary()->findChild<QLabel *>(u"metric_account_open"_s);
        QTRY_COMPARE_WITH_TIMEOUT(openCount->text(), u"3"_s, kWait);
        rig.stop();
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.link() != RemoteEngine::Link::Up, kWait);
        QVERIFY(!desk.window.engineLink()->isHidden());
        QVERIFY(
            desk.window.engineLink()->findChild<QLabel *>(u"linkBannerText"_s)->text().contains(desk.remote.address()));
        QVERIFY(!desk.window.trancheView()->isEnabled());
        QVERIFY(!desk.window.toolBar()->pauseAction()->isEnabled());
        QCOMPARE(desk.window.trancheModel()->rowCount(), rows);
        QVERIFY(desk.shows(ids.first()) && desk.shows(ids.last()));
        // Kept (the engine may still send its last events while it stops).
        QVERIFY(desk.window.eventModel()->rowCount() >= events);
        QCOMPARE(openCount->text(), u"3"_s);
        QVERIFY(!desk.session.isStreamUp(DeskSession::Stream::Market)); // unknown, not "connected"
        shoot(desk.window, u"dropped"_s);

        // The engine back on its port and folder: the window reconnects by itself.
        clock.start();
        QVERIFY(rig.start());
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLinkUp(), kWait);
        qInfo("up again %lld ms after the engine's restart (backoff delay included)", clock.elapsed());
        QVERIFY(desk.window.engineLink()->isHidden());
        QVERIFY(desk.window.trancheView()->isEnabled());
        QVERIFY(desk.window.toolBar()->pauseAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(desk.session.isStreamUp(DeskSession::Stream::Market), kWait);
        QCOMPARE(rig.openIds(), ids);
        QVERIFY(desk.shows(ids.first()) && desk.shows(ids.last()));
        QCOMPARE(desk.window.trancheModel()->rowCount(), rows);
    }

    void theChartsFollowTheEnginesMarks()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const core::Tranche open = rig.manager()->openTranches().first();
        RemoteDesk desk(rig, rig.watchToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(open.id), kWait);
        desk.window.setSelection(u"BTCUSDT"_s, u"LONG"_s);
        // The demo market moves the engine's mark; the window sees it only as the P&L it implies.
        const core::Decimal first = *rig.manager()->markPrice(u"BTCUSDT"_s);
        QTRY_VERIFY_WITH_TIMEOUT(*rig.manager()->markPrice(u"BTCUSDT"_s) != first, kWait);
        PriceChart *price = desk.window.charts()->priceChart();
        QTRY_VERIFY_WITH_TIMEOUT(price->pricePointCount() >= 2, kWait);
        QCOMPARE(price->shownSymbol(), u"BTCUSDT"_s);
        // Its newest point is the mark the table shows for the tranche: one rule for both.
        const TrancheTableModel *model = desk.window.trancheModel();
        const auto tableMark = [&] {
            return model->index(model->rowOf(open.id), TrancheTableModel::MarkColumn).data(RawRole).toDouble();
        };
        const auto newestPoint = [&] {
            const auto &points = desk.window.priceHistory()->points(u"BTCUSDT"_s);
            return points.empty() ? -1.0 : points.back().y();
        };
        QTRY_COMPARE_WITH_TIMEOUT(newestPoint(), tableMark(), kWait);
        // The open tranche's entry, TP and SL, as the engine set them.
        QTRY_COMPARE_WITH_TIMEOUT(price->levelLineCount(), 3, kWait);
        QCOMPARE(price->levelPrices(),
            QList<double>({ open.entryPrice.toDouble(), open.tpPrice.toDouble(), open.slPrice.toDouble() }));
        QTRY_COMPARE_WITH_TIMEOUT(desk.window.charts()->unrealizedChart()->barCount(), 1, kWait);
        shoot(desk.window, u"charts"_s);
    }

    void closePartAndMoveTpSlGoThroughTheEngine()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade()); // 0.01 BTCUSDT long
        const QString id = newestOpenId(rig);
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(id) && desk.isLinkUp(), kWait);
        TrancheTableModel *model = desk.window.trancheModel();
        const auto shown = [&] { return model->tranche(model->rowOf(id)); };
        // The row menu offers both, as in the embedded window.
        QTableView *table = desk.window.trancheView()->table(TrancheView::AllOpenTab);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kWait);
        std::unique_ptr<QMenu> menu(desk.window.trancheView()->createContextMenu(table->model()->index(0, 0), nullptr));
        QVERIFY(menu->findChild<QAction *>(u"closePartAction"_s)->isEnabled());
        QVERIFY(menu->findChild<QAction *>(u"moveProtectionAction"_s)->isEnabled());

        // Too much: the engine's refusal, naming the field and its range, in the dialog.
        TrancheAdjustDialog::setNextValues({ u"0.02"_s });
        desk.window.trancheView()->adjustTranche(id, TrancheAdjustDialog::Kind::ClosePart);
        QVERIFY2(TrancheAdjustDialog::lastError().startsWith(u"quantity: 0.02 is out of range"_s),
            qPrintable(TrancheAdjustDialog::lastError()));
        QCOMPARE(rig.manager()->openTranche(id)->quantity, core::Decimal::fromString(u"0.01"_s));
        TrancheAdjustDialog::setNextValues({ u"0.004"_s });
        desk.window.trancheView()->adjustTranche(id, TrancheAdjustDialog::Kind::ClosePart);
        QVERIFY2(TrancheAdjustDialog::lastError().isEmpty(), qPrintable(TrancheAdjustDialog::lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.manager()->openTranche(id)->quantity, core::Decimal::fromString(u"0.006"_s), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(shown().quantity, core::Decimal::fromString(u"0.006"_s), kWait);

        const double mark = rig.manager()->markPrice(u"BTCUSDT"_s)->toDouble();
        const QString tp = QString::number(qint64(mark * 1.3));
        const QString sl = QString::number(qint64(mark * 0.7));
        TrancheAdjustDialog::setNextValues({ sl, sl });
        desk.window.trancheView()->adjustTranche(id, TrancheAdjustDialog::Kind::MoveProtection);
        QVERIFY2(
            TrancheAdjustDialog::lastError().startsWith(u"tpPrice: "_s), qPrintable(TrancheAdjustDialog::lastError()));
        TrancheAdjustDialog::setNextValues({ tp, sl });
        desk.window.trancheView()->adjustTranche(id, TrancheAdjustDialog::Kind::MoveProtection);
        QVERIFY2(TrancheAdjustDialog::lastError().isEmpty(), qPrintable(TrancheAdjustDialog::lastError()));
        QCOMPARE(rig.manager()->openTranche(id)->tpPrice, core::Decimal::fromString(tp));
        QTRY_COMPARE_WITH_TIMEOUT(shown().tpPrice, core::Decimal::fromString(tp), kWait);
        QCOMPARE(shown().slPrice, core::Decimal::fromString(sl));
        // The dialog itself waits for the engine's answer, and cannot be dismissed meanwhile (the
        // close may already be done); a refusal comes back under its field.
        TrancheAdjustDialog dialog(
            TrancheAdjustDialog::Kind::ClosePart, shown(), std::nullopt, RemoteTrancheAdjuster::adjuster(&desk.remote));
        dialog.show();
        dialog.findChild<QLineEdit *>(u"firstEdit"_s)->setText(u"0.5"_s);
        dialog.accept();
        QVERIFY(dialog.isWaiting());
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWaiting(), kWait);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.findChild<QLabel *>(u"errorLabel"_s)->text().startsWith(u"quantity: 0.5 is out of range"_s),
            qPrintable(dialog.findChild<QLabel *>(u"errorLabel"_s)->text()));
        dialog.reject();
        QVERIFY(!dialog.isVisible());

        // A watch token: greyed in the menu, and refused without sending when asked anyway.
        RemoteDesk phone(rig, rig.watchToken);
        QTRY_VERIFY_WITH_TIMEOUT(phone.shows(id) && phone.isLinkUp(), kWait);
        QTableView *phoneTable = phone.window.trancheView()->table(TrancheView::AllOpenTab);
        QTRY_COMPARE_WITH_TIMEOUT(phoneTable->model()->rowCount(), 1, kWait);
        std::unique_ptr<QMenu> phoneMenu(
            phone.window.trancheView()->createContextMenu(phoneTable->model()->index(0, 0), nullptr));
        QVERIFY(!phoneMenu->findChild<QAction *>(u"closePartAction"_s)->isEnabled());
        QVERIFY(!phoneMenu->findChild<QAction *>(u"moveProtectionAction"_s)->isEnabled());
        TrancheAdjustDialog::setNextValues({ u"0.001"_s });
        phone.window.trancheView()->adjustTranche(id, TrancheAdjustDialog::Kind::ClosePart);
        QVERIFY(TrancheAdjustDialog::lastError().contains(u"watch token"_s));
        QCOMPARE(rig.manager()->openTranche(id)->quantity, core::Decimal::fromString(u"0.006"_s));
    }

    void theModeSwitchAsksTheEngine()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLinkUp(), kWait);
        QAction *live = desk.window.toolBar()->liveAction();
        QVERIFY(live->isEnabled());
        // The same confirmation as the embedded window; the engine has no keys and says so.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        live->trigger();
        QVERIFY(MessageBox::lastText().contains(u"LIVE mode trades real funds"_s));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = desk.window.findChild<QMessageBox *>(u"remoteCommandBox"_s)), kWait);
        QCOMPARE(box->text(), rig.secrets.liveKeysProblem());
        QVERIFY(!rig.host->isLive());
        QVERIFY(desk.session.isPaperMode());
        // Said no: nothing is sent.
        QSignalSpy refused(&desk.remote, &RemoteEngine::commandFailed);
        MessageBox::setNextAnswer(QMessageBox::No);
        live->trigger();
        QCOMPARE(refused.size(), 0); // a command not sent fails at once; none was
        QCOMPARE(desk.remote.client()->seq(), rig.server->lastSeq());
    }

    void theLiquidationsTabShowsTheEnginesFeed()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        RemoteDesk desk(rig, rig.watchToken);
        LiquidationTableModel *model = desk.window.liquidationModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 3, kWait);
        // The newest row is one the engine stored, to the last digit.
        const core::Liquidation newest = model->liquidation(0);
        const auto stored = rig.host->liquidationStore()->liquidations(newest.time, newest.time, newest.symbol, 100);
        QVERIFY(stored);
        QVERIFY(std::any_of(stored.value().cbegin(), stored.value().cend(), [&](const core::Liquidation &l) {
            return l.price == newest.price && l.quantity == newest.quantity && l.side == newest.side;
        }));
        // A drop and a resume, and a new snapshot: none shown twice.
        desk.remote.client()->abort();
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.client()->resumeCount() >= 1 && desk.isLinkUp(), kWait);
        const int before = model->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, kWait);
        // The engine restarted: its snapshot repeats the stored ones the window already shows.
        rig.stop();
        QVERIFY(rig.start());
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.client()->snapshotCount() >= 2 && desk.isLinkUp(), kWait);
        model->flush();
        QSet<QString> keys;
        for (int row = 0; row < model->rowCount(); ++row) {
            const core::Liquidation &l = model->liquidation(row);
            keys.insert(u"%1|%2|%3|%4"_s.arg(l.symbol).arg(l.time).arg(l.price.toString(), l.quantity.toString()));
        }
        QCOMPARE(keys.size(), model->rowCount());
        for (QDockWidget *dock : desk.window.findChildren<QDockWidget *>()) {
            if (dock->objectName() == u"liquidationsDock"_s) {
                dock->raise();
            }
        }
        desk.window.charts()->tabs()->setCurrentWidget(desk.window.charts()->pnlChart());
        model->flush();
        shoot(desk.window, u"liquidations"_s);
    }

    void theRealizedChartAddsTheEnginesCloses()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const QString early = newestOpenId(rig);
        QVERIFY(rig.manager()->closeTranche(early));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.manager()->openTranche(early).has_value(), kWait);
        rig.stop();
        QVERIFY(rig.start()); // closed before this start: it comes through history
        QVERIFY(rig.trade());
        const QString late = newestOpenId(rig);
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(early) && desk.shows(late), kWait);
        QVERIFY(rig.manager()->closeTranche(late));
        QTRY_VERIFY_WITH_TIMEOUT(
            !desk.window.trancheModel()->tranche(desk.window.trancheModel()->rowOf(late)).isOpen(), kWait);
        // The engine's realized P&L, summed: the chart's last step.
        const auto engineTotal = [&] {
            double sum = 0;
            const auto tranches = rig.host->store()->tranches(core::TrancheQuery {});
            for (const core::Tranche &t : tranches.value()) {
                sum += t.isOpen() ? 0.0 : t.realizedPnl.toDouble();
            }
            return sum;
        };
        QVERIFY(engineTotal() != 0.0);
        PnlChart *chart = desk.window.charts()->pnlChart();
        const auto chartTotal = [&] {
            const QList<QPointF> points = chart->totalLine()->points();
            return points.isEmpty() ? 0.0 : points.last().y();
        };
        QTRY_COMPARE_WITH_TIMEOUT(chartTotal(), engineTotal(), kWait);
        QCOMPARE(chart->totalLine()->count(), 6); // start, two steps of two points, now
        // Back after a drop: no close counted twice.
        desk.remote.client()->abort();
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.client()->resumeCount() >= 1 && desk.isLinkUp()
                && desk.remote.client()->seq() == rig.server->lastSeq(),
            kWait);
        chart->setSymbol(QString()); // redraws now (the timer does it at most once a second)
        QCOMPARE(chartTotal(), engineTotal());
        QCOMPARE(chart->totalLine()->count(), 6);
        // One picture of both: the realized chart and the liquidations tab.
        desk.window.charts()->tabs()->setCurrentWidget(chart);
        for (QDockWidget *dock : desk.window.findChildren<QDockWidget *>()) {
            if (dock->objectName() == u"liquidationsDock"_s) {
                dock->raise();
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.liquidationModel()->rowCount() >= 3, kWait);
        desk.window.liquidationModel()->flush();
        shoot(desk.window, u"realized"_s);
    }

    void settingsAndCsvExportWorkRemote()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(newestOpenId(rig)) && desk.isLinkUp(), kWait);
        // The settings dialog: a value out of range refused in place, a good one applied by the engine.
        SettingsDialog dialog(&desk.session);
        ConfigForm *form = dialog.symbolForm(u"BTCUSDT"_s);
        QVERIFY(form);
        form->setFieldText(u"maxTranches"_s, u"99"_s);
        QVERIFY(!dialog.save());
        QVERIFY(!form->errorText(u"maxTranches"_s).isEmpty());
        form->setFieldText(u"maxTranches"_s, u"3"_s);
        QVERIFY(dialog.save());
        QTRY_COMPARE_WITH_TIMEOUT(rig.manager()->symbolConfig(u"BTCUSDT"_s).maxTranches, 3, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(desk.session.config().symbols.value(u"BTCUSDT"_s).maxTranches, 3, kWait);

        // CSV from the engine's whole store, not the mirror's page: every event it has.
        QTemporaryDir out;
        ExportController *exporter = desk.window.exporter();
        QSignalSpy exported(exporter, &ExportController::exported);
        const QString path = out.filePath(u"events.csv"_s);
        exporter->exportFromEngine(u"events"_s, path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kWait);
        const qint64 rows = exported.first().at(1).toLongLong();
        QVERIFY(rows > 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(qint64(file.readAll().count('\n')), rows + 1); // the header, then one line per event
        exporter->exportFromEngine(u"tranches"_s, out.filePath(u"tranches.csv"_s));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, kWait);
        QCOMPARE(exported.last().at(1).toLongLong(), 1);
    }

    // The engine trades with the keys of the machine it runs on: API keys… says so and names the
    // engine, instead of storing keys in this desk's keychain that nothing would use.
    void apiKeysPointToTheEnginesMachine()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLinkUp(), kWait);
        auto *apiKeys = desk.window.findChild<QAction *>(u"apiKeysAction"_s);
        QVERIFY(apiKeys);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        apiKeys->trigger();
        QVERIFY2(MessageBox::lastText().contains(desk.remote.address()), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(u"key file"_s));
        QVERIFY(!desk.window.findChild<ApiKeyDialog *>());
    }

    void closedTranchesFromBeforeTheEnginesStartAreFetched()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const QString closed = newestOpenId(rig);
        QVERIFY(rig.manager()->closeTranche(closed));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.manager()->openTranche(closed).has_value(), kWait);
        rig.stop();
        QVERIFY(rig.start()); // the snapshot's recent tranches start empty again
        RemoteDesk desk(rig, rig.watchToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(closed), kWait);
        QVERIFY(!desk.window.trancheModel()->tranche(desk.window.trancheModel()->rowOf(closed)).isOpen());
    }

    void tranchedeskConnectPinsTheCertificateOnFirstUse()
    {
        EngineRig rig;
        const QString certificate = rig.dir.filePath(u"engine-cert.pem"_s);
        const QString key = rig.dir.filePath(u"engine-key.pem"_s);
        if (auto made = engine::TlsIdentity::ensureSelfSigned(certificate, key, u"127.0.0.1"_s); !made) {
            QSKIP(qPrintable(made.error().message)); // no openssl command here
        }
        auto tls = engine::TlsIdentity::load(certificate, key);
        QVERIFY(tls);
        const QByteArray served = tls.value().localCertificate().digest(QCryptographicHash::Sha256).toHex();
        rig.settings.tls = tls.value();
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const QUrl url = rig.server->url();
        QCOMPARE(url.scheme(), u"wss"_s);
        QCOMPARE(RemoteProfile::probeFingerprint(url).value(), served);

        // The composition root of tranchedesk --connect: the token from the environment, the
        // fingerprint shown and, once the trader says yes, pinned for this address.
        qputenv("TRANCHEDESK_ENGINE_TOKEN", rig.controlToken.toUtf8());
        app::AppOptions options;
        options.connectAddress = url.toString();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        app::RemoteDeskApp desk(options, std::make_unique<MemorySecretStore>());
        const auto started = desk.start();
        qunsetenv("TRANCHEDESK_ENGINE_TOKEN");
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        QVERIFY(MessageBox::lastText().contains(RemoteProfile::displayFingerprint(served)));
        QCOMPARE(RemoteProfile::pinnedFingerprint(url), served);
        QCOMPARE(RemoteProfile::savedAddress(), url.toString());
        QTRY_VERIFY_WITH_TIMEOUT(desk.window()->trancheModel()->rowOf(newestOpenId(rig)) >= 0, kWait);

        // Another certificate pinned for the address: nothing is trusted, the window stays down.
        RemoteProfile::pinFingerprint(url, QByteArray(64, 'a'));
        qputenv("TRANCHEDESK_ENGINE_TOKEN", rig.controlToken.toUtf8());
        app::RemoteDeskApp impostor(options, std::make_unique<MemorySecretStore>());
        QVERIFY(impostor.start());
        qunsetenv("TRANCHEDESK_ENGINE_TOKEN");
        QSignalSpy linkChanges(impostor.remote(), &RemoteEngine::linkChanged);
        QTRY_VERIFY_WITH_TIMEOUT(impostor.remote()->link() == RemoteEngine::Link::Down, kWait);
        QCOMPARE(impostor.remote()->client()->snapshotCount(), 0);
        impostor.remote()->close();
    }

    void anAddressIsHostAndPortOrAUrl()
    {
        QCOMPARE(RemoteProfile::urlFor(u"127.0.0.1:9000"_s).value(), QUrl(u"ws://127.0.0.1:9000"_s));
        QCOMPARE(RemoteProfile::urlFor(u"localhost"_s).value(), QUrl(u"ws://localhost:8787"_s));
        // Anywhere else the engine requires TLS.
        QCOMPARE(RemoteProfile::urlFor(u"desk.example.org:8787"_s).value(), QUrl(u"wss://desk.example.org:8787"_s));
        QCOMPARE(RemoteProfile::urlFor(u"ws://10.0.0.2:8787"_s).value().scheme(), u"ws"_s);
        const auto bad = RemoteProfile::urlFor(u"not an address"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"not an address"_s));
        QVERIFY(!RemoteProfile::urlFor(QString()));
        QCOMPARE(RemoteProfile::displayFingerprint("ab01ff"), u"AB:01:FF"_s);
    }

    void aTokenFileOthersCanReadIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("trdc_secret\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const auto refused = RemoteProfile::readTokenFile(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(path));
        QVERIFY(refused.error().message.contains(u"0604"_s));
        QVERIFY(!refused.error().message.contains(u"trdc_secret"_s));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(RemoteProfile::readTokenFile(path).value(), u"trdc_secret"_s);
        MemorySecretStore secrets;
        const QUrl url = RemoteProfile::urlFor(u"127.0.0.1:8787"_s).value();
        QCOMPARE(RemoteProfile::resolveToken(&secrets, url, path).value(), u"trdc_secret"_s);
        QVERIFY(!RemoteProfile::resolveToken(&secrets, url, QString())
            || qEnvironmentVariableIsSet("TRANCHEDESK_ENGINE_TOKEN"));
    }

    void theConnectDialogKeepsTheTokenInTheKeychainOnly()
    {
        QTemporaryDir dir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        MemorySecretStore secrets;
        {
            ConnectEngineDialog dialog(&secrets);
            dialog.findChild<QLineEdit *>(u"addressEdit"_s)->setText(u"10.1.2.3:8787"_s);
            QVERIFY(dialog.findChild<QLabel *>(u"fingerprintLabel"_s)->text().contains(u"not pinned"_s));
            dialog.accept(); // no token
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(!dialog.findChild<QLabel *>(u"connectError"_s)->isHidden());
            dialog.findChild<QLineEdit *>(u"tokenEdit"_s)->setText(u"trdc_abc"_s);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.token(), u"trdc_abc"_s);
        }
        const QUrl url = RemoteProfile::urlFor(u"10.1.2.3:8787"_s).value();
        QCOMPARE(RemoteProfile::savedToken(&secrets, url), u"trdc_abc"_s);
        RemoteProfile::pinFingerprint(url, "00ff");
        ConnectEngineDialog again(&secrets);
        QCOMPARE(again.address(), u"10.1.2.3:8787"_s); // remembered
        QCOMPARE(again.token(), u"trdc_abc"_s); // from the keychain
        QVERIFY(again.findChild<QLabel *>(u"fingerprintLabel"_s)->text().contains(u"00:FF"_s));
        QSettings().sync();
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files, QDir::NoSort)) {
            QFile settings(dir.filePath(file));
            QVERIFY(settings.open(QIODevice::ReadOnly));
            QVERIFY(!settings.readAll().contains("trdc_abc"));
        }
    }
};

} // namespace trd::ui

QTEST_MAIN(trd::ui::TestRemoteWindow)
#include "tst_remote_window.moc"
