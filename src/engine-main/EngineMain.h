// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "control/ControlServer.h"
#include "control/TokenStore.h"
#include "host/EngineOptions.h"

#include <QLockFile>
#include <QObject>

#include <memory>

namespace trd::engine {
class EngineHost;
class SecretStore;
class StopSignals;
} // namespace trd::engine

namespace trd::enginemain {

// tranchedesk-engine's wiring: one instance per data folder (a lock file), the keys (systemd
// credentials, a key file or the keychain), the session, the control server, and a clean stop on
// SIGTERM or SIGINT: state saved, clients told, nothing cancelled on the exchange.
class EngineMain : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        engine::EngineOptions engine;
        engine::ControlServer::Settings server;
        QString tlsCertificate; // empty with a non-loopback address: a self-signed one in the data folder
        QString tlsKey;
        QString keyFile;
    };

    explicit EngineMain(const Options &options, QObject *parent = nullptr);
    ~EngineMain() override;

    core::Result<void> start();
    QString dataFolder() const;

private:
    core::Result<void> lock();
    core::Result<std::unique_ptr<engine::SecretStore>> loadSecrets() const;
    core::Result<void> setUpTls();
    void stop(const QString &signalName);

    Options m_options;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<engine::SecretStore> m_secrets;
    std::unique_ptr<engine::EngineHost> m_host;
    std::unique_ptr<engine::TokenStore> m_tokens;
    std::unique_ptr<engine::ControlServer> m_server;
    engine::StopSignals *m_signals = nullptr;
};

} // namespace trd::enginemain
