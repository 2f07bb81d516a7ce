// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "charts/ChartsPanel.h"
#include "charts/PnlChart.h"
#include "charts/PriceChart.h"
#include "charts/UnrealizedChart.h"
#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "common/UiFormat.h"
#include "common/UiRoles.h"
#include "mainwindow/DeskToolBar.h"
#include "mainwindow/HelpDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Notifier.h"
#include "summary/SummaryPanel.h"
#include "timeline/EventFilterProxy.h"
#include "timeline/EventTableModel.h"
#include "timeline/TimelineView.h"
#include "tranches/CloseTranchesDialog.h"
#include "tranches/TrancheDetailPanel.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyleOptionHeader>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectingASymbolShowsItsTranchesAsTheyAreCreated();
    void closeATrancheFromTheContextMenu();
    void closeAllOffersTheSelectionFirst();
    void priceChartDrawsOnlyTheShownSymbolsOpenLevels();
    void detailCardFollowsTheVisibleRow();
    void deleteAsksToCloseTheSelectedTranche();
    void pausedIsABanner();
    void timelineNamesTranchesByNumber();
    void shortcuts();
    void firstRunPanelExplainsOnceUntilDismissed();
    void eventFilterShowsWhatIsChecked();
    void pnlChartHasAZeroLine();
    void fundingShowsPerTrancheInTheCardTheSummaryAndThePnlChart();
    void themeIsChosenInTheViewMenuAndKept();
    void languageIsChosenInTheViewMenuForTheNextStart();
    void summaryAgreesWithTheWindow();
    void sortArrowsReadTheWayTheyAreSorted();
    void exportTranchesAndEventsAsCsv();
    void liveNeedsKeysAndConfirmation();
    void pauseAndNotifications();
    void helpShowsTheGuide();
    void chartsFollowThePaletteWhenItChanges();
};

namespace {

QTableView *table(MainWindow &w, const char *name)
{
    auto *view = w.findChild<QTableView *>(QString::fromLatin1(name));
    if (!view) {
        qFatal("no table %s", name);
    }
    return view;
}

void selectSymbol(MainWindow &w, const QString &symbol)
{
    auto *combo = w.findChild<QComboBox *>(u"symbolCombo"_s);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findText(symbol));
    QCOMPARE(combo->currentText(), symbol);
}

} // namespace

void TstMainWindow::selectingASymbolShowsItsTranchesAsTheyAreCreated()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.show();
    w.loadData();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *badge = w.findChild<QLabel *>(u"modeBadge"_s);
    QVERIFY(badge->text().startsWith(u"PAPER"_s));
    selectSymbol(w, u"ETHUSDT"_s);
    QTableView *active = table(w, "activeTable");
    QCOMPARE(active->model()->rowCount(), 0);

    rig.mark(u"BTCUSDT"_s, "50000");
    rig.mark(u"ETHUSDT"_s, "3000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    rig.enter(u"ETHUSDT"_s, core::Side::Short, "0.1");
    rig.enter(u"ETHUSDT"_s, core::Side::Short, "0.1");
    QTRY_COMPARE(active->model()->rowCount(), 2);
    QCOMPARE(active->model()->index(0, 1).data().toString(), u"ETHUSDT"_s);
    QTRY_COMPARE(w.summary()->metricText(u"selection"_s, u"open"_s), u"2"_s);
    QTRY_COMPARE(w.summary()->metricText(u"account"_s, u"open"_s), u"3"_s);

    // A price move shows up in the table and the summary without any further action.
    rig.mark(u"ETHUSDT"_s, "2985");
    QTRY_COMPARE(active->model()->index(0, 10).data().toString(), u"+1.50"_s);
    QTRY_COMPARE(w.summary()->metricText(u"selection"_s, u"unrealized"_s), u"+3.00"_s);

    // Selecting a row fills the detail card.
    active->selectRow(0);
    QTRY_VERIFY(w.trancheView()->detail()->fieldText(u"Entry"_s).startsWith(u"3000"_s));
    QVERIFY(w.trancheView()->detail()->fieldText(u"Stop loss"_s).contains(u"(10%)"_s));

    // The charts follow the selection: one bar per open tranche, entry/TP/SL lines per tranche.
    w.charts()->unrealizedChart()->refresh();
    QCOMPARE(w.charts()->unrealizedChart()->barCount(), 2);
    w.charts()->priceChart()->refresh();
    QCOMPARE(w.charts()->priceChart()->levelLineCount(), 6);

    selectSymbol(w, u"BTCUSDT"_s);
    QTRY_COMPARE(active->model()->rowCount(), 1);
}

void TstMainWindow::closeATrancheFromTheContextMenu()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.show();
    w.loadData();
    selectSymbol(w, u"BTCUSDT"_s);
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.02");
    QTableView *active = table(w, "activeTable");
    QTableView *closed = table(w, "closedTable");
    QTRY_COMPARE(active->model()->rowCount(), 2);

    const QModelIndex second = active->model()->index(1, 0);
    const QString id = second.data(IdRole).toString();
    // Declining the confirmation leaves the tranche alone.
    MessageBox::setNextAnswer(QMessageBox::No);
    std::unique_ptr<QMenu> menu(w.trancheView()->createContextMenu(second, &w));
    auto *close = menu->findChild<QAction *>(u"closeTrancheAction"_s);
    QVERIFY(close && close->isEnabled());
    close->trigger();
    QCOMPARE(active->model()->rowCount(), 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    menu.reset(w.trancheView()->createContextMenu(active->model()->index(1, 0), &w));
    menu->findChild<QAction *>(u"closeTrancheAction"_s)->trigger();
    QVERIFY(MessageBox::lastText().contains(u"Close tranche #"_s));
    QTRY_COMPARE(active->model()->rowCount(), 1);
    QTRY_COMPARE(closed->model()->rowCount(), 1);
    QCOMPARE(closed->model()->index(0, 0).data(IdRole).toString(), id);
    QVERIFY(!rig.manager->openTranche(id));
    // A closed row offers no close.
    menu.reset(w.trancheView()->createContextMenu(closed->model()->index(0, 0), &w));
    QVERIFY(!menu->findChild<QAction *>(u"closeTrancheAction"_s)->isEnabled());
}

void TstMainWindow::closeAllOffersTheSelectionFirst()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.loadData();
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.mark(u"ETHUSDT"_s, "3000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    rig.enter(u"ETHUSDT"_s, core::Side::Short, "0.1");
    rig.mark(u"ETHUSDT"_s, "2990");
    selectSymbol(w, u"ETHUSDT"_s);
    auto *closeAll = w.findChild<QAction *>(u"closeAllAction"_s);

    // Declining closes nothing; the dialog offered what is shown: the one ETH tranche and its P&L.
    QStringList listed;
    QString estimate;
    CloseTranchesDialog::setNextAnswer([&](CloseTranchesDialog &dialog) {
        for (const core::Tranche &t : dialog.tranches()) {
            listed << t.symbol;
        }
        estimate = dialog.estimateText();
        return false;
    });
    closeAll->trigger();
    QCOMPARE(listed, QStringList { u"ETHUSDT"_s });
    QVERIFY2(estimate.contains(u"+1.00"_s), qPrintable(estimate));
    QCOMPARE(rig.manager->openTranches().size(), 2);

    // Confirming closes the selection only: the BTC tranche the trader cannot see stays open.
    CloseTranchesDialog::setNextAnswer(
        [](CloseTranchesDialog &dialog) { return dialog.scope() == CloseTranchesDialog::Scope::Selection; });
    closeAll->trigger();
    QTRY_COMPARE(rig.manager->openTranches(u"ETHUSDT"_s).size(), 0);
    QCOMPARE(rig.manager->openTranches(u"BTCUSDT"_s).size(), 1);

    // The whole account is an explicit choice.
    int accountCount = -1;
    CloseTranchesDialog::setNextAnswer([&](CloseTranchesDialog &dialog) {
        dialog.setScope(CloseTranchesDialog::Scope::Account);
        accountCount = int(dialog.tranches().size());
        return true;
    });
    closeAll->trigger();
    QCOMPARE(accountCount, 1);
    QTRY_COMPARE(rig.manager->openTranches().size(), 0);
}

void TstMainWindow::priceChartDrawsOnlyTheShownSymbolsOpenLevels()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.show();
    w.loadData();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.findChild<QDockWidget *>(u"chartsDock"_s)->show();
    PriceChart *chart = w.charts()->priceChart();
    rig.mark(u"ETHUSDT"_s, "3000");
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    selectSymbol(w, u"BTCUSDT"_s);
    chart->refresh();
    QCOMPARE(chart->levelLineCount(), 3);

    // Another symbol: its own title, none of BTC's levels, an axis around its own price.
    selectSymbol(w, u"ETHUSDT"_s);
    QCOMPARE(chart->shownSymbol(), u"ETHUSDT"_s);
    QVERIFY(chart->title().startsWith(u"ETHUSDT"_s));
    QCOMPARE(chart->levelLineCount(), 0);
    chart->refresh();
    QCOMPARE(chart->levelLineCount(), 0);
    QVERIFY2(chart->priceRange().second < 10'000, qPrintable(QString::number(chart->priceRange().second)));

    // Every symbol shown: the chart shows the symbol of the row the trader picked, not the newest.
    rig.enter(u"ETHUSDT"_s, core::Side::Short, "0.1");
    selectSymbol(w, u"All symbols"_s);
    QTableView *active = table(w, "activeTable");
    QTRY_COMPARE(active->model()->rowCount(), 2);
    active->selectRow(0); // #1, BTC (oldest first)
    QCOMPARE(chart->shownSymbol(), u"BTCUSDT"_s);
    QCOMPARE(chart->levelLineCount(), 3);
    for (double price : chart->levelPrices()) {
        QVERIFY2(price > 40'000, qPrintable(QString::number(price)));
    }

    // Closed tranches leave at once, and so does the room the axis made for them.
    selectSymbol(w, u"BTCUSDT"_s);
    rig.manager->closeAll();
    QTRY_COMPARE(rig.manager->openTranches().size(), 0);
    QTRY_COMPARE(chart->levelLineCount(), 0);
    const auto [low, high] = chart->priceRange();
    QVERIFY2(low > 45'000 || high < 45'000, qPrintable(u"%1..%2"_s.arg(low).arg(high))); // the SL was at 45,000
}

void TstMainWindow::detailCardFollowsTheVisibleRow()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.show();
    w.loadData();
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.mark(u"ETHUSDT"_s, "3000");
    const QString btc = rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01").trancheId;
    const QString btc2 = rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.02").trancheId;
    rig.enter(u"ETHUSDT"_s, core::Side::Short, "0.1");
    selectSymbol(w, u"ETHUSDT"_s);
    QTableView *active = table(w, "activeTable");
    QTRY_COMPARE(active->model()->rowCount(), 1);
    TrancheDetailPanel *card = w.trancheView()->detail();
    // Nothing picked, nothing shown: the card does not choose a tranche by itself.
    w.trancheModel()->flush();
    QCOMPARE(card->trancheId(), QString());
    active->selectRow(0);
    QVERIFY(card->fieldText(u"Entry"_s).startsWith(u"3000"_s));

    // Another symbol: the ETH card goes, nothing of another symbol stays on screen.
    selectSymbol(w, u"BTCUSDT"_s);
    QTRY_COMPARE(active->model()->rowCount(), 2);
    QCOMPARE(card->trancheId(), QString());
    active->selectRow(0);
    QCOMPARE(card->trancheId(), btc);

    // Another tab: the card shows that tab's row, or nothing.
    auto *tabs = w.findChild<QTabWidget *>(u"trancheTabs"_s);
    tabs->setCurrentIndex(TrancheView::ClosedTab);
    QCOMPARE(card->trancheId(), QString());
    tabs->setCurrentIndex(TrancheView::ActiveTab);
    QCOMPARE(card->trancheId(), btc);

    // The shown tranche closes: the card lets it go instead of jumping to its neighbour.
    QVERIFY(rig.manager->closeTranche(btc));
    QTRY_COMPARE(active->model()->rowCount(), 1);
    QCOMPARE(card->trancheId(), QString());
    QVERIFY(!active->selectionModel()->hasSelection());
    QVERIFY(rig.manager->openTranche(btc2));
}

void TstMainWindow::deleteAsksToCloseTheSelectedTranche()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.show();
    w.loadData();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    rig.mark(u"BTCUSDT"_s, "50000");
    const QString id = rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01").trancheId;
    QTableView *active = table(w, "activeTable");
    QTRY_COMPARE(active->model()->rowCount(), 1);
    active->setFocus();
    active->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(active, Qt::Key_Delete);
    QVERIFY2(MessageBox::lastText().contains(u"Close tranche #1"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(rig.manager->openTranche(id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(active, Qt::Key_Delete);
    QTRY_VERIFY(!rig.manager->openTranche(id));
    // Nothing selected: Delete has nothing to close.
    QTRY_VERIFY(!w.trancheView()->closeSelectedAction()->isEnabled());
}

void TstMainWindow::pausedIsABanner()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.show();
    auto *banner = w.findChild<QWidget *>(u"pausedBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isHidden());
    w.findChild<QAction *>(u"pauseAction"_s)->trigger();
    QVERIFY(rig.session->isEntriesPaused());
    QVERIFY(banner->isVisible());
    QTest::mouseClick(w.findChild<QWidget *>(u"pausedBannerResume"_s), Qt::LeftButton);
    QVERIFY(!rig.session->isEntriesPaused());
    QVERIFY(banner->isHidden());
    // A window built while paused (a restart) shows it from the first frame.
    rig.session->setEntriesPaused(true);
    MainWindow again(rig.session.get());
    QVERIFY(!again.findChild<QWidget *>(u"pausedBanner"_s)->isHidden());
}

void TstMainWindow::timelineNamesTranchesByNumber()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.loadData();
    rig.mark(u"BTCUSDT"_s, "50000");
    for (int i = 0; i < 11; ++i) {
        rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.001");
        rig.manager->closeAll(); // at most five open at a time
        rig.mark(u"BTCUSDT"_s, "50000");
    }
    w.eventModel()->flush();
    w.trancheModel()->flush();
    EventTableModel *events = w.eventModel();
    QStringList labels;
    for (int row = 0; row < events->rowCount(); ++row) {
        labels << events->index(row, EventTableModel::TrancheColumn).data().toString();
    }
    QVERIFY2(labels.contains(u"#11"_s), qPrintable(labels.join(u',')));
    auto *search = w.timeline()->findChild<QLineEdit *>(u"timelineSearch"_s);
    search->setText(u"#11"_s);
    QTRY_VERIFY(w.timeline()->proxy()->rowCount() > 0);
    for (int row = 0; row < w.timeline()->proxy()->rowCount(); ++row) {
        QCOMPARE(w.timeline()->proxy()->index(row, EventTableModel::TrancheColumn).data().toString(), u"#11"_s);
    }
}

// Issue 9: the very first start says it is a simulated market, where symbols are added and where
// LIVE is; "Got it" hides it for good.
void TstMainWindow::firstRunPanelExplainsOnceUntilDismissed()
{
    test::UiTestRig rig;
    {
        MainWindow w(rig.session.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *panel = w.findChild<QFrame *>(u"firstRunPanel"_s);
        QVERIFY(panel && panel->isVisible());
        const QString text = panel->findChild<QLabel *>(u"firstRunText"_s)->text();
        QVERIFY(text.contains(u"simulated market"_s) && text.contains(u"Switch to LIVE"_s));
        QTest::mouseClick(panel->findChild<QPushButton *>(u"firstRunDismiss"_s), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
    }
    MainWindow again(rig.session.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.findChild<QFrame *>(u"firstRunPanel"_s)->isVisible());
}

void TstMainWindow::shortcuts()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    const QList<std::pair<const char *, QKeySequence>> expected {
        { "pauseAction", QKeySequence(u"Ctrl+P"_s) },
        { "closeSelectedAction", QKeySequence(Qt::Key_Delete) },
        { "closeAllAction", QKeySequence(u"Ctrl+Shift+X"_s) },
        { "settingsAction", QKeySequence(u"Ctrl+,"_s) },
        { "exportTranchesAction", QKeySequence(u"Ctrl+E"_s) },
        { "findInTimelineAction", QKeySequence(u"Ctrl+F"_s) },
        { "userGuideAction", QKeySequence(u"F1"_s) },
        { "quitAction", QKeySequence(u"Ctrl+Q"_s) },
    };
    QSet<QString> seen;
    for (const auto &[name, keys] : expected) {
        auto *action = w.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QCOMPARE(action->shortcut(), keys);
        QVERIFY2(!seen.contains(keys.toString()), name);
        seen.insert(keys.toString());
    }
}

void TstMainWindow::exportTranchesAndEventsAsCsv()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.loadData();
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.005");

    const QString tranchesPath = rig.dir.filePath(u"tranches.csv"_s);
    FileDialog::setNextFileName(tranchesPath);
    w.findChild<QAction *>(u"exportTranchesAction"_s)->trigger();
    QFile tranches(tranchesPath);
    QVERIFY(tranches.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = tranches.readAll().trimmed().replace("\r\n", "\n").split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith("id,symbol,side,position_side,origin,status,isolated,entry_time,entry_time_ms,"));
    QVERIFY(lines[2].contains(",BTCUSDT,LONG,"));
    QVERIFY(lines[2].contains(",0.005,"));

    const QString eventsPath = rig.dir.filePath(u"events.csv"_s);
    FileDialog::setNextFileName(eventsPath);
    w.findChild<QAction *>(u"exportEventsAction"_s)->trigger();
    QFile events(eventsPath);
    QVERIFY(events.open(QIODevice::ReadOnly));
    const QList<QByteArray> eventLines = events.readAll().trimmed().replace("\r\n", "\n").split('\n');
    QCOMPARE(
        eventLines[0], QByteArray("time,time_ms,type,symbol,side,tranche_id,price,quantity,pnl,reason,tranche_number"));
    QVERIFY(eventLines.size() >= 3);
    QVERIFY(eventLines[1].contains(",created,BTCUSDT,LONG,"));

    // Cancelling the chooser writes nothing.
    FileDialog::setNextFileName({});
    w.findChild<QAction *>(u"exportTranchesAction"_s)->trigger();
}

void TstMainWindow::liveNeedsKeysAndConfirmation()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    auto *live = w.findChild<QAction *>(u"liveAction"_s);
    QVERIFY(live);
    // A window with no composition root behind it cannot switch, and says so.
    rig.secrets.write(SecretStore::apiKeyName(), u"key"_s);
    rig.secrets.write(SecretStore::apiSecretName(), u"secret"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    live->trigger();
    QVERIFY(MessageBox::lastText().contains(u"no order was sent"_s));
    QVERIFY(rig.session->isPaperMode());
    // With keys stored, declining the confirmation switches nothing; confirming asks the root.
    QList<bool> requested;
    rig.session->setModeSwitcher([&requested](bool isLive) -> core::Result<void> {
        requested << isLive;
        return {};
    });
    MessageBox::setNextAnswer(QMessageBox::No);
    live->trigger();
    QVERIFY(requested.isEmpty());
    QVERIFY(w.findChild<QLabel *>(u"modeBadge"_s)->text().startsWith(u"PAPER"_s));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    live->trigger();
    QCOMPARE(requested, QList<bool> { true });
    // Without keys the session refuses outright.
    rig.secrets.remove(SecretStore::apiKeyName());
    const auto refused = rig.session->requestLiveMode();
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"API key"_s));
}

void TstMainWindow::pauseAndNotifications()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.loadData();
    auto *pause = w.findChild<QAction *>(u"pauseAction"_s);
    pause->trigger();
    QVERIFY(rig.session->isEntriesPaused());
    QCOMPARE(pause->text(), u"Resume entries"_s);
    pause->trigger();
    QVERIFY(!rig.session->isEntriesPaused());

    Notifier *notifier = w.notifier();
    notifier->setEnabled(Notifier::Kind::Close, false);
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    rig.mark(u"BTCUSDT"_s, "47000");
    QTRY_VERIFY(notifier->lastMessage().contains(u"isolated"_s));
    const int count = notifier->messageCount();
    rig.manager->closeAll();
    QCOMPARE(notifier->messageCount(), count);
    notifier->setEnabled(Notifier::Kind::Close, true);
}

void TstMainWindow::helpShowsTheGuide()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    HelpDialog help(&w);
    QVERIFY(help.browser()->toPlainText().contains(u"What a tranche is"_s));
    auto *view = w.findChild<QMenu *>(u"viewMenu"_s);
    QVERIFY(view);
    QCOMPARE(w.findChildren<QDockWidget *>().size(), 4); // summary, charts, timeline, liquidations
}

void TstMainWindow::chartsFollowThePaletteWhenItChanges()
{
    test::UiTestRig rig;
    const QPalette original = QApplication::palette();
    MainWindow w(rig.session.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto views = w.charts()->findChildren<QChartView *>();
    QCOMPARE(views.size(), 3);
    // The desktop turns dark: every chart follows, and keeps its own series colours.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x1b, 0x1d, 0x23));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xee));
    dark.setColor(QPalette::Base, QColor(0x14, 0x16, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xee));
    QApplication::setPalette(dark);
    for (QChartView *view : views) {
        QTRY_COMPARE(int(view->chart()->theme()), int(QChart::ChartThemeDark));
    }
    auto *pnl = w.charts()->findChild<QChartView *>(u"pnlChartView"_s);
    QCOMPARE(static_cast<QLineSeries *>(pnl->chart()->series().at(1))->pen().color(), UiFormat::profitColor());
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf6));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QApplication::setPalette(light);
    for (QChartView *view : views) {
        QTRY_COMPARE(int(view->chart()->theme()), int(QChart::ChartThemeLight));
    }
    QApplication::setPalette(original);
}

void TstMainWindow::eventFilterShowsWhatIsChecked()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.loadData();
    rig.mark(u"BTCUSDT"_s, "50000");
    rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01");
    rig.manager->closeAll();
    w.eventModel()->flush();
    EventFilterProxy *proxy = w.timeline()->proxy();
    const int all = proxy->rowCount();
    QVERIFY(all >= 3);
    auto *button = w.timeline()->findChild<QToolButton *>(u"timelineTypeFilter"_s);
    auto *everything = w.timeline()->findChild<QCheckBox *>(u"timelineTypeAll"_s);
    auto *created = w.timeline()->findChild<QCheckBox *>(u"timelineType_created"_s);
    QVERIFY(button && everything && created);
    QCOMPARE(button->text(), u"All event types"_s);
    QVERIFY(everything->isChecked() && created->isChecked());

    // Unchecking every type shows nothing; checking one shows that one, and the button says so.
    everything->click();
    QCOMPARE(proxy->rowCount(), 0);
    QVERIFY(!created->isChecked());
    QCOMPARE(button->text(), u"No event type"_s);
    created->click();
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, EventTableModel::TypeColumn).data().toString(), u"Tranche created"_s);
    QCOMPARE(button->text(), u"Only Tranche created"_s);

    // Everything back, then one type hidden: "All but …".
    everything->click();
    QCOMPARE(proxy->rowCount(), all);
    created->click();
    QCOMPARE(proxy->rowCount(), all - 1);
    QCOMPARE(button->text(), u"All but Tranche created"_s);
    QVERIFY(!everything->isChecked());
}

void TstMainWindow::pnlChartHasAZeroLine()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.loadData();
    w.charts()->pnlChart()->setSymbol(u"BTCUSDT"_s); // redraws
    QLineSeries *zero = w.charts()->pnlChart()->zeroLine();
    QCOMPARE(zero->count(), 2);
    QCOMPARE(zero->at(0).y(), 0.0);
    QCOMPARE(zero->at(1).y(), 0.0);
}

void TstMainWindow::fundingShowsPerTrancheInTheCardTheSummaryAndThePnlChart()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.show();
    w.loadData();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    selectSymbol(w, u"BTCUSDT"_s);
    rig.mark(u"BTCUSDT"_s, "50000");
    const QString first = rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.01").trancheId;
    const QString second = rig.enter(u"BTCUSDT"_s, core::Side::Long, "0.03").trancheId;
    QTableView *active = table(w, "activeTable");
    QTRY_COMPARE(active->model()->rowCount(), 2);
    const core::Decimal realizedBefore = rig.manager->openTranche(first)->realizedPnl;

    // 0.01 % of 2,000 USDT held long: 0.20 paid, shared 1 : 3 by quantity.
    rig.engine->chargeFunding(u"BTCUSDT"_s, core::Decimal::fromString(u"0.01"));
    QTRY_COMPARE(rig.manager->openTranche(first)->fundingFee, core::Decimal::fromString(u"-0.05"));
    QCOMPARE(rig.manager->openTranche(second)->fundingFee, core::Decimal::fromString(u"-0.15"));
    // The engine books it into realized P&L; the window shows that share, never adds it again.
    QCOMPARE(rig.manager->openTranche(first)->realizedPnl, realizedBefore + core::Decimal::fromString(u"-0.05"));

    // The table: a Funding column, shown by default right after Fees, and in the column chooser.
    w.trancheModel()->flush();
    QVERIFY(!active->isColumnHidden(TrancheTableModel::FundingColumn));
    QHeaderView *header = active->horizontalHeader();
    QCOMPARE(
        header->visualIndex(TrancheTableModel::FundingColumn), header->visualIndex(TrancheTableModel::FeesColumn) + 1);
    QCOMPARE(active->model()->headerData(TrancheTableModel::FundingColumn, Qt::Horizontal).toString(), u"Funding"_s);
    QTRY_COMPARE(active->model()->index(0, TrancheTableModel::FundingColumn).data().toString(), u"-0.0500"_s);
    QCOMPARE(active->model()->index(1, TrancheTableModel::FundingColumn).data().toString(), u"-0.1500"_s);
    QVERIFY(active->model()
                ->index(0, TrancheTableModel::RealizedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"part of realized"_s));
    std::unique_ptr<QMenu> menu(w.trancheView()->createColumnMenu(active, nullptr));
    QAction *chooser = menu->findChild<QAction *>(u"column_%1"_s.arg(int(TrancheTableModel::FundingColumn)));
    QVERIFY(chooser);
    QCOMPARE(chooser->text(), u"Funding"_s);
    QVERIFY(chooser->isChecked());

    // The card and the summary.
    active->selectRow(1);
    QTRY_COMPARE(w.trancheView()->detail()->trancheId(), second);
    QVERIFY2(w.trancheView()->detail()->fieldText(u"Funding"_s).startsWith(u"-0.150000 USDT"_s),
        qPrintable(w.trancheView()->detail()->fieldText(u"Funding"_s)));
    QTRY_COMPARE(w.summary()->metricText(u"selection"_s, u"funding"_s), u"-0.2000"_s);
    QTRY_COMPARE(w.summary()->metricText(u"account"_s, u"funding"_s), u"-0.2000"_s);

    // Closed: the summary keeps it, and the P&L chart's step is the realized P&L with its funding.
    QVERIFY(rig.manager->closeTranche(first));
    QTRY_VERIFY(!rig.manager->openTranche(first));
    QTRY_COMPARE(table(w, "closedTable")->model()->rowCount(), 1);
    const int row = w.trancheModel()->rowOf(first);
    const core::Tranche closed = w.trancheModel()->tranche(row);
    QCOMPARE(closed.fundingFee, core::Decimal::fromString(u"-0.05"));
    QTRY_COMPARE(w.summary()->metricText(u"account"_s, u"funding"_s), u"-0.2000"_s);
    PnlChart *pnl = w.charts()->pnlChart();
    pnl->setSymbol(u"BTCUSDT"_s); // redraws now
    QLineSeries *total = pnl->totalLine();
    QVERIFY(total->count() > 0);
    QCOMPARE(total->at(total->count() - 1).y(), closed.realizedPnl.toDouble());
}

void TstMainWindow::themeIsChosenInTheViewMenuAndKept()
{
    test::UiTestRig rig;
    const QPalette original = QApplication::palette();
    MainWindow w(rig.session.get());
    auto *system = w.findChild<QAction *>(u"theme_system"_s);
    auto *dark = w.findChild<QAction *>(u"theme_dark"_s);
    auto *light = w.findChild<QAction *>(u"theme_light"_s);
    QVERIFY(system && dark && light);
    QVERIFY(system->isChecked());
    dark->trigger();
    QVERIFY(dark->isChecked() && !system->isChecked());
    QCOMPARE(Theme::current(), u"dark"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(Theme::saved(), u"dark"_s);
    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    system->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
    QCOMPARE(Theme::saved(), u"system"_s);
}

void TstMainWindow::summaryAgreesWithTheWindow()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    w.loadData();
    rig.mark(u"ETHUSDT"_s, "3000");
    rig.enter(u"ETHUSDT"_s, core::Side::Short, "0.1");
    selectSymbol(w, u"ETHUSDT"_s); // both sides: the SHORT book is synced, the LONG one never traded
    auto *sync = w.findChild<QLabel *>(u"syncState"_s);
    QTRY_VERIFY(!w.summary()->metricText(u"selection"_s, u"sync"_s).isEmpty());
    QTRY_VERIFY2(sync->text().endsWith(u"Sync: "_s + w.summary()->metricText(u"selection"_s, u"sync"_s)),
        qPrintable(sync->text() + u" / "_s + w.summary()->metricText(u"selection"_s, u"sync"_s)));
    QCOMPARE(w.summary()->metricText(u"selection"_s, u"sync"_s), u"synced"_s);
    // The table stars a best entry; the summary names it, on both sides and for every symbol.
    QTRY_VERIFY2(w.summary()->metricText(u"selection"_s, u"best"_s).startsWith(u"#1 @"_s),
        qPrintable(w.summary()->metricText(u"selection"_s, u"best"_s)));
    QTRY_VERIFY(w.summary()->metricText(u"account"_s, u"best"_s).startsWith(u"#1"_s));
}

void TstMainWindow::sortArrowsReadTheWayTheyAreSorted()
{
    Theme::apply(u"system"_s);
    auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(style);
    // Qt gives a descending header the "up" indicator; the app draws it as the base style draws
    // "down", so newest-first lists show ▼.
    const auto draw = [](const QStyle *s, QStyleOptionHeader::SortIndicator indicator) {
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        QStyleOptionHeader option;
        option.rect = image.rect();
        option.sortIndicator = indicator;
        option.palette = QApplication::palette();
        s->drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter, nullptr);
        return image;
    };
    QCOMPARE(draw(style, QStyleOptionHeader::SortUp), draw(style->baseStyle(), QStyleOptionHeader::SortDown));
    QCOMPARE(draw(style, QStyleOptionHeader::SortDown), draw(style->baseStyle(), QStyleOptionHeader::SortUp));
    QVERIFY(draw(style, QStyleOptionHeader::SortUp) != draw(style, QStyleOptionHeader::SortDown));
}

void TstMainWindow::languageIsChosenInTheViewMenuForTheNextStart()
{
    test::UiTestRig rig;
    MainWindow w(rig.session.get());
    auto *system = w.findChild<QAction *>(u"language_system"_s);
    auto *spanish = w.findChild<QAction *>(u"language_es"_s);
    auto *chinese = w.findChild<QAction *>(u"language_zh_CN"_s);
    QVERIFY(system && spanish && chinese && w.findChild<QAction *>(u"language_en"_s));
    QVERIFY(system->isChecked());
    QCOMPARE(Language::saved(), u"system"_s);
    // Each language is offered in its own words.
    QCOMPARE(spanish->text(), u"Español"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    spanish->trigger();
    QVERIFY(spanish->isChecked() && !system->isChecked());
    QCOMPARE(Language::saved(), u"es"_s);
    QVERIFY2(MessageBox::lastText().contains(u"next time it starts"_s), qPrintable(MessageBox::lastText()));
    // Applied at the next start: this window stays in the language it was built in.
    QCOMPARE(w.menuBar()->actions().constFirst()->text(), u"&File"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    system->trigger();
    QCOMPARE(Language::saved(), u"system"_s);
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstMainWindow)
#include "tst_main_window.moc"
