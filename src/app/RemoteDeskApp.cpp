// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteDeskApp.h"

#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "session/RemoteProfile.h"

#include <QSysInfo>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace trd::app {

RemoteDeskApp::RemoteDeskApp(const AppOptions &options, std::unique_ptr<ui::SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(std::move(secrets))
{
    if (!m_secrets) {
        m_secrets = std::make_unique<engine::KeychainSecretStore>(u"TrancheDesk"_s);
    }
}

RemoteDeskApp::~RemoteDeskApp()
{
    m_window.reset();
    m_session.reset();
    m_remote.reset();
}

core::Result<QByteArray> RemoteDeskApp::fingerprintToPin(const QUrl &url)
{
    if (url.scheme() != u"wss"_s) {
        return QByteArray();
    }
    if (!m_options.fingerprint.isEmpty()) {
        ui::RemoteProfile::pinFingerprint(url, m_options.fingerprint.toLatin1());
        return m_options.fingerprint.toLatin1();
    }
    if (const QByteArray pinned = ui::RemoteProfile::pinnedFingerprint(url); !pinned.isEmpty()) {
        return pinned;
    }
    // First use: show what the engine presents, to compare with the fingerprint it logs at start.
    auto seen = ui::RemoteProfile::probeFingerprint(url);
    if (!seen) {
        return core::Error { tr("Could not read the certificate of the engine at %1: %2")
                                 .arg(ui::RemoteProfile::keyOf(url), seen.error().message) };
    }
    const QString text = tr("This is the first connection to the engine at %1. Its certificate's SHA-256 "
                            "fingerprint is:\n\n%2\n\nCompare it with the fingerprint the engine logs when it "
                            "starts. Trust this engine from now on?")
                             .arg(ui::RemoteProfile::keyOf(url), ui::RemoteProfile::displayFingerprint(seen.value()));
    if (ui::MessageBox::question(nullptr, tr("Connect to engine"), text) != QMessageBox::Yes) {
        return core::Error { tr("The engine's certificate was not trusted; nothing was sent to it.") };
    }
    ui::RemoteProfile::pinFingerprint(url, seen.value());
    return seen.value();
}

core::Result<void> RemoteDeskApp::start()
{
    auto url = ui::RemoteProfile::urlFor(m_options.connectAddress);
    if (!url) {
        return url.error();
    }
    auto token = ui::RemoteProfile::resolveToken(m_secrets.get(), url.value(), m_options.tokenFile);
    if (!token) {
        return token.error();
    }
    auto pinned = fingerprintToPin(url.value());
    if (!pinned) {
        return pinned.error();
    }
    ui::RemoteProfile::saveAddress(m_options.connectAddress);
    engine::ControlClient::Settings settings;
    settings.url = url.value();
    settings.token = token.value();
    settings.name = QSysInfo::machineHostName();
    settings.pinnedSha256 = pinned.value();
    m_remote = std::make_unique<ui::RemoteEngine>(settings);
    m_session = std::make_unique<ui::DeskSession>(nullptr, m_remote.get(), m_secrets.get(), QString());
    m_session->setRemote(m_remote.get());
    m_remote->bind(m_session.get());
    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->show();
    // The mirror is read by the models before the first frame of the engine's state arrives.
    m_window->loadData();
    m_remote->open();
    return {};
}

} // namespace trd::app
