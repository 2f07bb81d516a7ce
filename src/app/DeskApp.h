// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"
#include "common/Result.h"
#include "settings/SecretStore.h"

#include <QObject>

#include <memory>

namespace trd::core {
class TrancheManager;
} // namespace trd::core
namespace trd::exchange {
class LiveSession;
} // namespace trd::exchange
namespace trd::engine {
class EngineHost;
} // namespace trd::engine
namespace trd::ui {
class DeskSession;
class MainWindow;
} // namespace trd::ui

namespace trd::app {

// The composition root: the session (engine::EngineHost: PAPER on the demo market, LIVE on a live
// session with the keys from the OS keychain, each mode on its own store) shown in the main
// window. A mode switch rebuilds the session, then the window over it; no logic of its own beyond
// that.
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
    engine::EngineHost *host() const { return m_host.get(); }
    core::TrancheManager *manager() const;
    exchange::LiveSession *liveSession() const;
    bool isLive() const;
    // Flushes the engine and saves the paper exchange (also every 30 s and on quit).
    void saveState();

Q_SIGNALS:
    // The other mode is up (or the switch failed and the previous mode is back): tests wait here.
    void modeSwitched(bool isLive);
    // LIVE: the session is connected and the engine has reconciled with the exchange.
    void liveReady();

private:
    void wireSession();
    void showWindow();
    void offerToMoveKeysOutOfTheConfig();
    void showMessage(const QString &text, int timeoutMs);

    AppOptions m_options;
    std::unique_ptr<ui::SecretStore> m_secrets;
    std::unique_ptr<engine::EngineHost> m_host;
    std::unique_ptr<ui::DeskSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace trd::app
