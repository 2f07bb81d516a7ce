// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "config/AppConfig.h"
#include "settings/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace trd::core {
class Exchange;
class LiquidationHunter;
class TrancheManager;
} // namespace trd::core
namespace trd::exchange {
class DemoMarket;
class LiveSession;
class PaperExchange;
class PaperMatchingEngine;
} // namespace trd::exchange
namespace trd::storage {
class SqliteLiquidationStore;
class SqliteTrancheStore;
} // namespace trd::storage
namespace trd::ui {
class DeskSession;
class MainWindow;
} // namespace trd::ui

namespace trd::app {

// The composition root. PAPER: the paper exchange on the demo market. LIVE: the live session
// (REST, streams, listenKey) to Aster or whatever --rest-url names, with the keys from the OS
// keychain. Each mode has its own store, so paper and live tranches never mix. Switching mode
// tears everything down and builds the other one; no logic of its own beyond that.
class DeskApp : public QObject
{
    Q_OBJECT
public:
    // secrets: the OS keychain when null (tests pass a memory store).
    explicit DeskApp(
        const AppOptions &options, std::unique_ptr<ui::SecretStore> secrets = {}, QObject *parent = nullptr);
    ~DeskApp() override;

    core::Result<void> start();
    ui::MainWindow *window() const { return m_window.get(); }
    core::TrancheManager *manager() const { return m_manager.get(); }
    exchange::LiveSession *liveSession() const { return m_live.get(); }
    bool isLive() const { return m_live != nullptr; }
    // Flushes the engine and saves the paper exchange (also every 30 s and on quit).
    void saveState();

Q_SIGNALS:
    // The other mode is up (or the switch failed and the previous mode is back): tests wait here.
    void modeSwitched(bool isLive);
    // LIVE: the session is connected and the engine has reconciled with the exchange.
    void liveReady();

private:
    core::Result<void> openStore(const QString &path);
    core::Result<core::AppConfig> loadConfig();
    core::Result<void> preparePaper(); // the paper exchange as saved, and the demo market
    core::Result<void> startPaper(const core::AppConfig &config);
    core::Result<void> startLive(const core::AppConfig &config);
    void applyPaperSettings(const core::AppConfig &config);
    void wireHunter();
    void wireSession();
    void wireLiveStreams();
    // Margin calls, announcements and position-mode changes: an account_alert event each.
    void wireAccountAlerts();
    void showWindow();
    void reportLiveProblem(const QString &message);
    core::Result<void> switchMode(bool isLive);
    void rebuild(bool isLive);
    void teardown();
    QStringList marketStreams(const core::AppConfig &config) const;

    AppOptions m_options;
    core::SystemClock m_clock;
    std::unique_ptr<ui::SecretStore> m_secrets;
    // PAPER
    std::unique_ptr<exchange::PaperMatchingEngine> m_engine;
    std::unique_ptr<exchange::PaperExchange> m_paper;
    std::unique_ptr<exchange::DemoMarket> m_demo;
    // LIVE
    std::unique_ptr<exchange::LiveSession> m_live;
    bool m_isLiveStarted = false;
    QTimer m_liveRetry; // a session that could not connect tries again, backing off to a minute
    int m_liveAttempt = 0;
    qint64 m_refusedFrames = 0;
    qint64 m_lastRefusedFrameRecord = 0;
    bool m_isPaperChanged = false; // since the paper state was last written
    QHash<QString, bool> m_recordedUp; // per stream, what the timeline last said

    // Both
    core::Exchange *m_exchange = nullptr;
    std::unique_ptr<storage::SqliteTrancheStore> m_store;
    std::unique_ptr<core::TrancheManager> m_manager;
    std::unique_ptr<storage::SqliteLiquidationStore> m_liquidations; // on m_store's database
    std::unique_ptr<core::LiquidationHunter> m_hunter;
    std::unique_ptr<ui::DeskSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_startNote;
    QTimer m_saveTimer;
};

} // namespace trd::app
