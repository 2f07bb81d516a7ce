// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"
#include "common/Result.h"
#include "settings/SecretStore.h"

#include <QObject>

#include <memory>

namespace trd::ui {
class DeskSession;
class MainWindow;
class RemoteEngine;
} // namespace trd::ui

namespace trd::app {

// The composition root of `tranchedesk --connect`: no engine here, the window shows a
// tranchedesk-engine through the control protocol (ui::RemoteEngine). The token comes from
// --token-file, $TRANCHEDESK_ENGINE_TOKEN or the keychain; a wss engine's certificate is pinned on
// first use, after the trader compares its fingerprint with the one the engine logs.
class RemoteDeskApp : public QObject
{
    Q_OBJECT
public:
    explicit RemoteDeskApp(
        const AppOptions &options, std::unique_ptr<ui::SecretStore> secrets = {}, QObject *parent = nullptr);
    ~RemoteDeskApp() override;

    core::Result<void> start();
    ui::MainWindow *window() const { return m_window.get(); }
    ui::RemoteEngine *remote() const { return m_remote.get(); }

private:
    core::Result<QByteArray> fingerprintToPin(const QUrl &url);

    AppOptions m_options;
    std::unique_ptr<ui::SecretStore> m_secrets;
    std::unique_ptr<ui::RemoteEngine> m_remote;
    std::unique_ptr<ui::DeskSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace trd::app
