// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "about/AboutDialog.h"
#include "announcements/AnnouncementsController.h"
#include "backtest/BacktestDialog.h"
#include "charts/ChartsPanel.h"
#include "charts/PnlChart.h"
#include "charts/PriceHistory.h"
#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/ScreenFit.h"
#include "common/Theme.h"
#include "common/UiFormat.h"
#include "config/ConfigLoader.h"
#include "hunter/LiquidationHunter.h"
#include "liquidations/LiquidationTableModel.h"
#include "liquidations/LiquidationView.h"
#include "mainwindow/ConnectEngineDialog.h"
#include "mainwindow/DeskToolBar.h"
#include "mainwindow/EngineLinkView.h"
#include "mainwindow/ExportController.h"
#include "mainwindow/FirstRunPanel.h"
#include "mainwindow/HelpDialog.h"
#include "mainwindow/Notifier.h"
#include "recording/DownloadCandlesDialog.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "session/RemoteTrancheAdjuster.h"
#include "settings/ApiKeyDialog.h"
#include "settings/SettingsDialog.h"
#include "summary/SummaryPanel.h"
#include "timeline/EventTableModel.h"
#include "timeline/TimelineView.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"
#include "whatif/WhatIfDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace trd::ui {

MainWindow::MainWindow(DeskSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_trancheModel(new TrancheTableModel(session->manager(), this))
    , m_eventModel(new EventTableModel(session->manager(), session->store(), this))
    , m_priceHistory(new PriceHistory(session->manager(), this))
{
    initUiResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/ui/icons/app.svg"_s));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_toolBar = new DeskToolBar(session, this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_trancheView = new TrancheView(m_trancheModel, session->manager(), this);
    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_engineLink = new EngineLinkView(session->remote(), this);
    centralLayout->addWidget(m_engineLink);
    if (!session->remote()) {
        centralLayout->addWidget(new FirstRunPanel(this)); // a remote engine is not "the demo market here"
    }
    centralLayout->addWidget(createPausedBanner());
    centralLayout->addWidget(m_trancheView, 1);
    setCentralWidget(central);
    m_summary = new SummaryPanel(m_trancheModel, session->manager(), this);
    m_timeline = new TimelineView(m_eventModel, this);
    m_liquidationModel = new LiquidationTableModel(this);
    m_liquidations = new LiquidationView(m_liquidationModel, this);
    m_charts = new ChartsPanel(m_priceHistory, m_trancheModel, session->manager(), this);
    addDock(m_summary, u"summaryDock"_s, tr("Summary"), Qt::TopDockWidgetArea);
    addDock(m_charts, u"chartsDock"_s, tr("Charts"), Qt::RightDockWidgetArea);
    QDockWidget *timelineDock = addDock(m_timeline, u"timelineDock"_s, tr("Event timeline"), Qt::BottomDockWidgetArea);
    QDockWidget *liquidationDock
        = addDock(m_liquidations, u"liquidationsDock"_s, tr("Liquidations"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(timelineDock, liquidationDock);
    timelineDock->raise();
    m_exporter = new ExportController(session->store(), this, this);
    m_notifier = new Notifier(session->manager(), this, this);

    connect(m_toolBar, &DeskToolBar::selectionChanged, this, &MainWindow::setSelection);
    // With every symbol shown, the price chart shows the symbol of the row the trader picked.
    connect(m_trancheView, &TrancheView::currentTrancheChanged, this,
        [this](const QString &, const QString &symbol) { m_charts->setFocusSymbol(symbol); });
    if (auto *hunter = m_session->hunter()) {
        connect(hunter, &core::LiquidationHunter::liquidationSeen, m_liquidationModel, &LiquidationTableModel::append);
    }
    connect(m_liquidationModel, &LiquidationTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The stored liquidations could not be read: %1").arg(message));
    });
    m_liquidationModel->setTradedSymbols(m_session->config().symbols.keys());
    connect(m_session, &DeskSession::configChanged, this, [this] {
        m_liquidationModel->setTradedSymbols(m_session->config().symbols.keys());
        m_timeline->setSymbols(m_session->config().symbols.keys());
        updateTitle();
    });
    connect(m_notifier, &Notifier::notified, this, [this](const QString &title, const QString &message) {
        statusBar()->showMessage(title + u": "_s + message, 8000);
    });
    connect(m_notifier, &Notifier::alerted, this, [this](const QString &title, const QString &message, bool isUrgent) {
        if (!isUrgent) {
            return;
        }
        // Not modal: the window keeps updating (and the trader can act) while the box is up.
        auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
        box->setObjectName(u"marginCallBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    });
    m_timeline->setSymbols(m_session->config().symbols.keys());
    // The timeline names tranches as the table does (#11), so a search for "#11" finds them.
    const auto trancheNumbers = [model = m_trancheModel](const QString &id) -> qint64 {
        const int row = model->rowOf(id);
        return row < 0 ? 0 : model->tranche(row).seq;
    };
    m_eventModel->setTrancheNumbers(trancheNumbers);
    connect(m_trancheModel, &TrancheTableModel::historyLoaded, this,
        [this, trancheNumbers] { m_eventModel->setTrancheNumbers(trancheNumbers); });
    connect(m_trancheModel, &TrancheTableModel::historyRowsLoaded, this, [this] {
        if (m_session->remote()) {
            return; // the mirror holds what the engine sent, not a history being read
        }
        statusBar()->showMessage(
            tr("Reading the tranche history: %L1 tranches so far…").arg(qulonglong(m_trancheModel->tranches().size())));
    });
    connect(m_trancheModel, &TrancheTableModel::historyLoaded, this, [this] {
        if (m_session->remote()) {
            return;
        }
        statusBar()->showMessage(
            tr("Tranche history read: %L1 tranches").arg(qulonglong(m_trancheModel->tranches().size())), 8000);
    });
    // The history stays partial, and says why; nothing in the store is touched.
    connect(m_trancheModel, &TrancheTableModel::historyFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The tranche history could not be read completely: %1").arg(message));
    });

    // LIVE: the exchange's request budget, where a trader glances for connection health.
    auto *rateLimit = new QLabel(this);
    rateLimit->setObjectName(u"rateLimitState"_s);
    rateLimit->setToolTip(tr("The exchange's request budget per minute, as it reports it on every answer."));
    statusBar()->addPermanentWidget(rateLimit);
    const auto showRateLimit = [this, rateLimit] {
        const QString text = m_session->rateLimitText();
        rateLimit->setVisible(!text.isEmpty());
        rateLimit->setText(tr("API %1").arg(text));
        rateLimit->setStyleSheet(m_session->isRateLimitWarning()
                ? u"color: %1; font-weight: bold;"_s.arg(UiFormat::lossColor().name())
                : QString());
    };
    connect(m_session, &DeskSession::rateLimitChanged, this, showRateLimit);
    showRateLimit();

    // Which engine the window shows: the embedded one, or a remote one with its link.
    statusBar()->addPermanentWidget(m_engineLink->status());
    if (auto *remote = m_session->remote()) {
        connect(remote, &RemoteEngine::commandFailed, this, [this](const QString &command, const QString &error) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("The engine refused %1").arg(command), error, QMessageBox::Ok, this);
            box->setObjectName(u"remoteCommandBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setModal(false);
            box->show();
        });
    }

    // Announcements the exchange sends (LIVE): read in their dialog, counted on the status bar.
    m_announcements = new AnnouncementsController(session->manager(), this);
    createMenus();
    if (auto *remote = m_session->remote()) {
        m_summary->setWorstSync([this](const QString &symbol, std::optional<core::Side> side) {
            const QStringList books = symbol.isEmpty() ? m_session->config().symbols.keys() : QStringList { symbol };
            return SummaryPanel::worstSync(m_session->syncLookup(), books, side);
        });
        connect(m_session, &DeskSession::syncChanged, m_summary,
            [this] { m_summary->setSelection(m_toolBar->symbol(), m_toolBar->side()); });
        m_trancheView->setRemoteCloser([remote](const QString &id) {
            remote->sendControl(u"closeTranche"_s, { { u"id"_s, id } });
        });
        m_exporter->setRemote(remote);
        m_trancheView->setRemoteAdjuster(RemoteTrancheAdjuster::adjuster(remote));
        m_trancheView->setMayControl([remote] { return bool(remote->mayControl()); });
        m_engineLink->setViews({ m_trancheView, m_summary, m_timeline, m_charts });
        // The mode switch asks the engine (setMode), which trades LIVE with its own keys or refuses.
        QList<QAction *> controls { m_toolBar->pauseAction(), m_toolBar->closeAllAction(),
            m_trancheView->closeSelectedAction(), m_toolBar->liveAction(), m_toolBar->paperAction() };
        for (const QString &name : { u"settingsAction"_s, u"importConfigAction"_s }) {
            if (auto *action = findChild<QAction *>(name)) {
                controls << action;
            }
        }
        m_engineLink->setControls(controls);
        m_engineLink->setControlButtons({ findChild<QPushButton *>(u"pausedBannerResume"_s) });
    }
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &name, const QString &title, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    if (widget == m_summary) {
        // The two summary cards need ~900 px side by side: a narrow or scaled screen scrolls them
        // instead of the window growing past the screen.
        auto *scroll = new QScrollArea(dock);
        scroll->setObjectName(u"summaryScroll"_s);
        scroll->setWidget(widget);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setMinimumSize(200, 60);
        dock->setWidget(scroll);
    } else {
        // Tables and charts scroll or scale themselves; their docks may be small on a small screen
        // (1366×768 at 150 % leaves 910×512 for the whole window).
        widget->setMinimumSize(160, 80);
        dock->setWidget(widget);
    }
    dock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *exportTranches = file->addAction(QIcon(u":/ui/icons/export.svg"_s), tr("Export &tranches as CSV…"),
        m_exporter, &ExportController::exportTranches);
    exportTranches->setObjectName(u"exportTranchesAction"_s);
    exportTranches->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportEvents = file->addAction(
        QIcon(u":/ui/icons/export.svg"_s), tr("Export &events as CSV…"), m_exporter, &ExportController::exportEvents);
    exportEvents->setObjectName(u"exportEventsAction"_s);
    file->addSeparator();
    QAction *connectEngine = file->addAction(tr("&Connect to engine…"), this, &MainWindow::connectToEngine);
    connectEngine->setObjectName(u"connectEngineAction"_s);
    file->addSeparator();
    QAction *importConfig = file->addAction(tr("&Import original bot config…"), this, [this] {
        const QString path
            = FileDialog::openFileName(this, tr("Import the original bot's config"), tr("JSON (*.json)"));
        if (path.isEmpty()) {
            return;
        }
        SettingsDialog dialog(m_session, this);
        dialog.importOriginalConfig(path);
        dialog.exec();
    });
    importConfig->setObjectName(u"importConfigAction"_s);
    QAction *exportConfig = file->addAction(tr("E&xport config…"), this, [this] {
        const QString path
            = FileDialog::saveFileName(this, tr("Export configuration"), u"config.json"_s, tr("JSON (*.json)"));
        if (path.isEmpty()) {
            return;
        }
        if (auto saved = core::ConfigLoader::saveFile(m_session->config(), path); !saved) {
            MessageBox::warning(this, tr("Export config"), saved.error().message);
        } else {
            statusBar()->showMessage(tr("Configuration exported to %1 (without API keys)").arg(path), 8000);
        }
    });
    exportConfig->setObjectName(u"exportConfigAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);

    QMenu *trading = menuBar()->addMenu(tr("&Trading"));
    trading->setObjectName(u"tradingMenu"_s);
    trading->addAction(m_toolBar->pauseAction());
    trading->addAction(m_trancheView->closeSelectedAction());
    trading->addAction(m_toolBar->closeAllAction());
    trading->addSeparator();
    trading->addAction(m_toolBar->liveAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    // Ctrl+, everywhere: QKeySequence::Preferences has no binding on every Linux desktop.
    QAction *configure = settings->addAction(QIcon(u":/ui/icons/settings.svg"_s), tr("&Configure…"),
        QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::openSettings);
    configure->setObjectName(u"settingsAction"_s);
    QAction *apiKeys = settings->addAction(
        QIcon(u":/ui/icons/key.svg"_s), tr("API &keys…"), this, [this] { ApiKeyDialog::openFor(m_session, this); });
    apiKeys->setObjectName(u"apiKeysAction"_s);
    QMenu *notifications = settings->addMenu(tr("&Notifications"));
    notifications->addActions(m_notifier->actions());

    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    QAction *backtest = tools->addAction(tr("&Backtest…"), this, [this] {
        // One window, not modal: the desk stays usable while a backtest runs.
        auto *dialog = findChild<BacktestDialog *>();
        if (!dialog) {
            dialog = new BacktestDialog(m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    backtest->setObjectName(u"backtestAction"_s);
    QAction *whatIf = tools->addAction(tr("&What-if on this run…"), this, [this, backtest] {
        WhatIfDialog dialog(m_session->store(), backtest, this);
        dialog.exec();
    });
    whatIf->setObjectName(u"whatIfAction"_s);
    QAction *download = tools->addAction(tr("&Download candles…"), this, [this] {
        const QList<QString> symbols = m_session->config().symbols.keys();
        DownloadCandlesDialog dialog(m_session->markStore(), symbols, m_session->publicRest(), this);
        dialog.exec();
    });
    download->setObjectName(u"downloadCandlesAction"_s);
    download->setEnabled(m_session->markStore() != nullptr);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    QAction *find = view->addAction(tr("&Find in timeline"), QKeySequence(Qt::CTRL | Qt::Key_F), this, [this] {
        m_docks[2]->show();
        m_docks[2]->raise();
        if (auto *search = m_timeline->findChild<QLineEdit *>(u"timelineSearch"_s)) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });
    find->setObjectName(u"findInTimelineAction"_s);
    view->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks)) {
        view->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(u"themeMenu"_s);
    auto *themes = new QActionGroup(theme);
    const QList<std::pair<QString, QString>> choices { { u"system"_s, tr("Follow the &system") },
        { u"light"_s, tr("&Light") }, { u"dark"_s, tr("&Dark") } };
    for (const auto &[name, label] : choices) {
        QAction *action = theme->addAction(label);
        action->setObjectName(u"theme_"_s + name);
        action->setCheckable(true);
        action->setChecked(Theme::current() == name);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [name] {
            Theme::apply(name);
            Theme::save(name); // the next start uses it too
        });
    }
    // Each language is named in itself, so that a user lost in a foreign one finds their own.
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(language);
    const QList<std::pair<QString, QString>> languageChoices { { u"system"_s, tr("Follow the s&ystem") },
        { u"en"_s, u"English"_s }, { u"zh_CN"_s, u"中文（简体）"_s }, { u"es"_s, u"Español"_s } };
    for (const auto &[name, label] : languageChoices) {
        QAction *action = language->addAction(label);
        action->setObjectName(u"language_"_s + name);
        action->setCheckable(true);
        action->setChecked(Language::saved() == name);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            if (Language::saved() == name) {
                return;
            }
            Language::save(name);
            // Every window, dialog and table would need rebuilding to switch now; a restart does it.
            MessageBox::information(
                this, tr("Language"), tr("TrancheDesk will use the new language the next time it starts."));
        });
    }
    view->addSeparator();
    view->addAction(tr("Reset layout"), this, [this] {
        for (QDockWidget *dock : std::as_const(m_docks)) {
            dock->setFloating(false);
            dock->show();
        }
        addDockWidget(Qt::TopDockWidgetArea, m_docks[0]);
        addDockWidget(Qt::RightDockWidgetArea, m_docks[1]);
        addDockWidget(Qt::BottomDockWidgetArea, m_docks[2]);
        addDockWidget(Qt::BottomDockWidgetArea, m_docks[3]);
        tabifyDockWidget(m_docks[2], m_docks[3]);
        m_docks[2]->raise();
        arrangeDocks();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), QKeySequence(Qt::Key_F1), this, [this] {
        auto *dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(u"userGuideAction"_s);
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto *dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        // The guide's own chapter, so the list cannot drift from the one the guide gives.
        dialog->showHeading(tr("Keyboard shortcuts"));
    });
    shortcuts->setObjectName(u"shortcutsAction"_s);
    help->addAction(m_announcements->action());
    help->addAction(tr("&About TrancheDesk"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void MainWindow::connectToEngine()
{
    ConnectEngineDialog dialog(m_session->secrets(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // A window of its own (tranchedesk --connect) in the same profile; the token travels in its
    // environment, never on a command line others can list.
    QStringList arguments { u"--connect"_s, dialog.address() };
    const QStringList own = QCoreApplication::arguments();
    if (const qsizetype at = own.indexOf(u"--data-dir"_s); at > 0 && at + 1 < own.size()) {
        arguments << own.mid(at, 2);
    }
    QProcess window;
    window.setProgram(QCoreApplication::applicationFilePath());
    window.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TRANCHEDESK_ENGINE_TOKEN"_s, dialog.token());
    window.setProcessEnvironment(environment);
    if (!window.startDetached()) {
        MessageBox::warning(this, tr("Connect to engine"), window.errorString());
        return;
    }
    statusBar()->showMessage(tr("Opening a window onto the engine at %1…").arg(dialog.address()), 8000);
    if (!dialog.keychainProblem().isEmpty()) {
        MessageBox::information(this, tr("Connect to engine"),
            tr("The token is used for this window only: %1").arg(dialog.keychainProblem()));
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    m_savedDockState = settings.value(u"window/state"_s).toByteArray();
    const bool restored
        = !m_savedDockState.isEmpty() && restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!restored) {
        m_savedDockState.clear();
        // First launch: as large as a laptop screen allows, up to 1480×920.
        ScreenFit::fit(this, QSize(1480, 920));
        arrangeDocks();
    } else {
        // Saved on a larger screen (or at a smaller scale): all of the window comes back on this one.
        ScreenFit::clip(this);
    }
}

void MainWindow::arrangeDocks()
{
    if (height() < 700) {
        // A small screen (1366×768 at 125 % and more): the charts share the bottom tabs with the
        // timeline, so the tranche table keeps the full width and its P&L columns stay in view.
        tabifyDockWidget(m_docks[2], m_docks[1]);
        m_docks[2]->raise();
        resizeDocks({ m_docks[0], m_docks[2] }, { 96, height() * 2 / 5 }, Qt::Vertical);
    } else {
        // Charts get a good third of the width.
        resizeDocks({ m_docks[1] }, { width() * 3 / 8 }, Qt::Horizontal);
        // The summary's two rows of figures in full, the timeline a quarter of the height.
        const int summary = std::min(m_summary->sizeHint().height() + 8, height() / 4);
        resizeDocks({ m_docks[0], m_docks[2] }, { summary, height() / 4 }, Qt::Vertical);
    }
    if (auto *splitter = m_trancheView->findChild<QSplitter *>(u"trancheSplitter"_s)) {
        const int card = std::clamp(width() / 5, 240, 340);
        // Before the first layout the splitter has no width: sizes are scaled to the real one.
        splitter->setSizes({ std::max(200, width() - card), card });
    }
}

QWidget *MainWindow::createPausedBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(u"pausedBanner"_s);
    banner->setAutoFillBackground(true);
    banner->setStyleSheet(u"QFrame#pausedBanner { background: %1; } "
                          "QFrame#pausedBanner QLabel { color: %2; font-weight: 700; }"_s.arg(
                              UiFormat::bannerColor().name(), UiFormat::bannerTextColor().name()));
    auto *text = new QLabel(tr("New entries are paused: the hunter opens no tranche. Open tranches are still "
                               "managed (TP/SL, isolation, sync)."),
        banner);
    text->setObjectName(u"pausedBannerText"_s);
    text->setWordWrap(true);
    auto *resume = new QPushButton(QIcon(u":/ui/icons/play.svg"_s), tr("Resume entries"), banner);
    resume->setObjectName(u"pausedBannerResume"_s);
    connect(resume, &QPushButton::clicked, this, [this] { m_session->setEntriesPaused(false); });
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(text, 1);
    layout->addWidget(resume);
    banner->setVisible(m_session->isEntriesPaused());
    connect(m_session, &DeskSession::entriesPausedChanged, banner, &QWidget::setVisible);
    return banner;
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (const QByteArray state = std::exchange(m_savedDockState, {}); !state.isEmpty() && !restoreState(state)) {
        arrangeDocks(); // saved by another version of the window
    }
    // Now the frame is known (and the layout's minimum applied): all of it on the screen.
    ScreenFit::clip(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString market = m_session->marketName();
    if (m_session->isPaperMode()) {
        setWindowTitle(tr("TrancheDesk — PAPER"));
    } else {
        setWindowTitle(market.isEmpty() ? tr("TrancheDesk — LIVE") : tr("TrancheDesk — LIVE · %1").arg(market));
    }
}

void MainWindow::loadData()
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    m_trancheModel->load(m_session->store());
    m_eventModel->load();
    if (auto *remote = m_session->remote()) {
        // What the mirror held was just read; everything after arrives as the engine sends it.
        connect(remote, &RemoteEngine::trancheUpdated, m_trancheModel, &TrancheTableModel::upsert);
        connect(remote, &RemoteEngine::historyReceived, m_trancheModel, &TrancheTableModel::appendHistory);
        connect(remote, &RemoteEngine::eventAdded, m_eventModel, &EventTableModel::append);
        // The timeline's older pages come from the engine as the view scrolls down to them.
        m_eventModel->setOlderEventsRequest([remote] { return remote->requestOlderEvents(); });
        connect(remote, &RemoteEngine::olderEventsReceived, m_eventModel, [this] { m_eventModel->fetchMore({}); });
        // The charts: the marks the engine's P&L implies, and the open tranches it has sent.
        connect(remote, &RemoteEngine::markImplied, m_priceHistory, &PriceHistory::record);
        connect(remote, &RemoteEngine::trancheClosed, m_charts->pnlChart(), &PnlChart::addClose);
        connect(remote, &RemoteEngine::storeReplaced, this, [this] {
            m_trancheModel->load(m_session->store());
            m_eventModel->load();
        });
        connect(remote, &RemoteEngine::liquidationSeen, m_liquidationModel, &LiquidationTableModel::append);
        m_priceHistory->setOpenTrancheLookup([remote](const QString &symbol, std::optional<core::Side> side) {
            return remote->openTranches(symbol, side);
        });
    }
    m_liquidationModel->load(m_session->liquidationStore());
    setSelection(m_toolBar->symbol(), m_toolBar->side());
}

void MainWindow::setSelection(const QString &symbol, const QString &side)
{
    if (m_toolBar->symbol() != symbol) {
        m_toolBar->setSymbol(symbol);
        return; // the toolbar calls back with its selectionChanged
    }
    m_trancheView->setSymbol(symbol);
    m_trancheView->setSide(side);
    m_summary->setSelection(symbol, side);
    m_charts->setSelection(symbol, side);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_session, this);
    dialog.selectSymbol(m_toolBar->symbol());
    dialog.exec();
}

} // namespace trd::ui
