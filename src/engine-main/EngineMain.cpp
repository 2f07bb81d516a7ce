// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineMain.h"

#include "host/EngineHost.h"
#include "secrets/KeyFiles.h"
#include "secrets/KeychainSecretStore.h"
#include "service/StopSignals.h"
#include "service/TlsIdentity.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace trd::enginemain {

namespace {
Q_LOGGING_CATEGORY(lcEngine, "trd.engine")
} // namespace

EngineMain::EngineMain(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

EngineMain::~EngineMain()
{
    m_server.reset();
    m_host.reset();
}

QString EngineMain::dataFolder() const
{
    return QFileInfo(m_options.engine.storePath()).absolutePath();
}

core::Result<void> EngineMain::start()
{
    QDir().mkpath(dataFolder());
    if (auto locked = lock(); !locked) {
        return locked;
    }
    auto secrets = loadSecrets();
    if (!secrets) {
        return secrets.error();
    }
    m_secrets = std::move(secrets).value();
    m_host = std::make_unique<engine::EngineHost>(m_options.engine, m_secrets.get());
    connect(m_host.get(), &engine::EngineHost::statusMessage, this,
        [](const QString &text) { qCInfo(lcEngine).noquote() << text; });
    connect(m_host.get(), &engine::EngineHost::rebuilt, this, [this](bool isLive) {
        qCInfo(lcEngine).noquote() << "now" << (isLive ? "LIVE on" : "PAPER on") << m_host->marketName();
    });
    if (auto started = m_host->start(); !started) {
        return started;
    }
    qCInfo(lcEngine).noquote() << (m_host->isLive() ? "LIVE on" : "PAPER on") << m_host->marketName() << "with data in"
                               << dataFolder() << "-" << m_host->manager()->openTranches().size() << "open tranche(s)";
    if (!m_host->startNote().isEmpty()) {
        qCInfo(lcEngine).noquote() << m_host->startNote();
    }

    m_tokens = std::make_unique<engine::TokenStore>(QDir(dataFolder()).filePath(u"tokens.json"_s));
    if (auto loaded = m_tokens->load(); !loaded) {
        return loaded;
    }
    if (m_tokens->isEmpty()) {
        qCWarning(lcEngine).noquote() << "no client token yet: make one with tranchedesk-engine --add-token NAME"
                                      << "--role control (or watch)";
    }
    if (auto tls = setUpTls(); !tls) {
        return tls;
    }
    m_server = std::make_unique<engine::ControlServer>(m_host.get(), m_tokens.get(), m_options.server);
    if (auto listening = m_server->listen(); !listening) {
        return listening;
    }
    qCInfo(lcEngine).noquote() << "listening on" << m_server->url().toString();
    m_signals = new engine::StopSignals(this);
    connect(m_signals, &engine::StopSignals::stopRequested, this, &EngineMain::stop);
    return {};
}

core::Result<void> EngineMain::lock()
{
    // The store has a lock of its own, but PAPER and LIVE use two stores: this one covers the folder.
    const QString path = QDir(dataFolder()).filePath(u"tranchedesk-engine.lock"_s);
    m_lock = std::make_unique<QLockFile>(path);
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        return {};
    }
    qint64 pid = 0;
    QString host;
    QString application;
    m_lock->getLockInfo(&pid, &host, &application);
    return core::Error { tr("another tranchedesk-engine (process %1 on %2) already runs on the data folder %3; "
                            "stop it first, or give this one its own --data-dir")
                             .arg(pid)
                             .arg(host, dataFolder()) };
}

core::Result<std::unique_ptr<engine::SecretStore>> EngineMain::loadSecrets() const
{
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty()) {
        auto loaded = engine::KeyFiles::loadCredentials(credentials);
        if (!loaded) {
            return loaded.error();
        }
        if (loaded.value()->hasApiKeys()) {
            qCInfo(lcEngine).noquote() << "LIVE keys from the systemd credentials in" << credentials;
            return std::unique_ptr<engine::SecretStore>(std::move(loaded).value());
        }
    }
    if (!m_options.keyFile.isEmpty()) {
        auto loaded = engine::KeyFiles::loadKeyFile(m_options.keyFile);
        if (!loaded) {
            return loaded.error();
        }
        qCInfo(lcEngine).noquote() << "LIVE keys from the key file" << m_options.keyFile;
        return std::unique_ptr<engine::SecretStore>(std::move(loaded).value());
    }
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return std::unique_ptr<engine::SecretStore>(std::make_unique<engine::KeychainSecretStore>(u"TrancheDesk"_s));
    }
    // No desktop session, so no keychain: PAPER unless keys come another way.
    return std::unique_ptr<engine::SecretStore>(std::make_unique<engine::MemorySecretStore>());
}

core::Result<void> EngineMain::setUpTls()
{
    QString certificate = m_options.tlsCertificate;
    QString key = m_options.tlsKey;
    if (certificate.isEmpty() && key.isEmpty()) {
        if (engine::ControlServer::isLoopback(m_options.server.address)) {
            return {}; // loopback: no TLS, reach it from elsewhere through an SSH tunnel
        }
        certificate = QDir(dataFolder()).filePath(u"engine-cert.pem"_s);
        key = QDir(dataFolder()).filePath(u"engine-key.pem"_s);
        if (auto made = engine::TlsIdentity::ensureSelfSigned(certificate, key, m_options.server.address.toString());
            !made) {
            return made;
        }
    } else if (certificate.isEmpty() || key.isEmpty()) {
        return core::Error { tr("--tls-cert and --tls-key go together") };
    }
    auto configuration = engine::TlsIdentity::load(certificate, key);
    if (!configuration) {
        return configuration.error();
    }
    qCInfo(lcEngine).noquote() << "TLS certificate" << certificate << "SHA-256 fingerprint"
                               << engine::TlsIdentity::fingerprint(configuration.value().localCertificate());
    m_options.server.tls = configuration.value();
    return {};
}

void EngineMain::stop(const QString &signalName)
{
    const int open = m_host->manager() ? int(m_host->manager()->openTranches().size()) : 0;
    qCInfo(lcEngine).noquote() << signalName << "- stopping: clients told, state saved, orders left on the exchange";
    m_server->close();
    m_host->stop();
    qCInfo(lcEngine).noquote() << "stopped with" << open << "open tranche(s) saved";
    QCoreApplication::quit();
}

} // namespace trd::enginemain
