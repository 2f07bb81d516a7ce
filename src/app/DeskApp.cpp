// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskApp.h"

#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"
#include "SqliteTrancheStore.h"
#include "config/ConfigSecrets.h"
#include "host/EngineHost.h"
#include "live/LiveSession.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "session/DeskSession.h"
#include "settings/PlainKeysDialog.h"

#include <QStatusBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace trd::app {

namespace {
ui::DeskSession::Stream sessionStream(engine::EngineHost::Stream stream)
{
    return stream == engine::EngineHost::Stream::Market ? ui::DeskSession::Stream::Market
                                                        : ui::DeskSession::Stream::UserData;
}
} // namespace

DeskApp::DeskApp(const AppOptions &options, std::unique_ptr<ui::SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(std::move(secrets))
{
    if (!m_secrets) {
        m_secrets = std::make_unique<engine::KeychainSecretStore>(u"TrancheDesk"_s);
    }
    m_host = std::make_unique<engine::EngineHost>(m_options, m_secrets.get());
    connect(m_host.get(), &engine::EngineHost::statusMessage, this, &DeskApp::showMessage);
    connect(m_host.get(), &engine::EngineHost::liveReady, this, &DeskApp::liveReady);
    connect(m_host.get(), &engine::EngineHost::aboutToRebuild, this, [this] {
        // The window and the session hold pointers into the engine: they go before it does.
        if (m_window) {
            m_window->saveLayout();
        }
        m_window.reset();
        m_session.reset();
    });
    connect(m_host.get(), &engine::EngineHost::rebuilt, this, [this](bool isLive) {
        wireSession();
        showWindow();
        Q_EMIT modeSwitched(isLive);
    });
    connect(m_host.get(), &engine::EngineHost::configChanged, this, [this](const core::AppConfig &config) {
        if (m_session) {
            m_session->setInitialConfig(config);
        }
    });
    connect(m_host.get(), &engine::EngineHost::entriesPausedChanged, this, [this](bool paused) {
        if (m_session) {
            m_session->setEntriesPaused(paused);
        }
    });
    connect(m_host.get(), &engine::EngineHost::streamStateChanged, this,
        [this](engine::EngineHost::Stream stream, bool isUp) {
            if (m_session) {
                m_session->setStreamUp(sessionStream(stream), isUp);
            }
        });
    connect(m_host.get(), &engine::EngineHost::rateLimitChanged, this, [this] {
        if (m_session) {
            m_session->setRateLimit(m_host->rateLimitText(), m_host->isRateLimitWarning());
        }
    });
}

DeskApp::~DeskApp()
{
    // The window first: it holds pointers into the engine, which holds the exchange and the store.
    m_window.reset();
    m_session.reset();
    m_host.reset();
}

core::TrancheManager *DeskApp::manager() const
{
    return m_host->manager();
}

exchange::LiveSession *DeskApp::liveSession() const
{
    return m_host->liveSession();
}

bool DeskApp::isLive() const
{
    return m_host->isLive();
}

void DeskApp::saveState()
{
    m_host->saveState();
}

core::Result<void> DeskApp::start()
{
    if (auto started = m_host->start(); !started) {
        return started;
    }
    wireSession();
    showWindow();
    return {};
}

void DeskApp::wireSession()
{
    m_session = std::make_unique<ui::DeskSession>(
        m_host->manager(), m_host->store(), m_secrets.get(), m_options.configPath());
    m_session->setInitialConfig(m_host->config());
    m_session->setConfigApplier([this](const core::AppConfig &config) { return m_host->applyConfig(config); });
    m_session->setModeSwitcher([this](bool isLive) { return m_host->switchMode(isLive); });
    m_session->setHunter(m_host->hunter());
    m_session->setLiquidationStore(m_host->liquidationStore());
    m_session->setMarkStore(m_host->markStore());
    m_session->setPublicRestProvider([this] {
        return ui::DeskSession::PublicRest { m_host->liveSession() ? m_host->liveSession()->rest() : nullptr,
            m_host->options().restUrl };
    });
    m_session->setSymbolChecker([this](const QString &symbol) { return m_host->symbolRefusal(symbol); });
    m_session->setMarketName(m_host->marketName());
    m_session->setEntriesPaused(m_host->isEntriesPaused());
    for (const auto stream : { engine::EngineHost::Stream::Market, engine::EngineHost::Stream::UserData }) {
        m_session->setStreamUp(sessionStream(stream), m_host->isStreamUp(stream));
    }
    m_session->setRateLimit(m_host->rateLimitText(), m_host->isRateLimitWarning());
    connect(
        m_session.get(), &ui::DeskSession::entriesPausedChanged, m_host.get(), &engine::EngineHost::setEntriesPaused);
}

void DeskApp::showWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->show();
    if (!m_host->startNote().isEmpty()) {
        m_window->statusBar()->showMessage(m_host->startNote(), 20'000);
    }
    // The store is read once the first frame is up, so the window appears at once.
    QTimer::singleShot(0, m_window.get(), &ui::MainWindow::loadData);
    offerToMoveKeysOutOfTheConfig();
}

void DeskApp::offerToMoveKeysOutOfTheConfig()
{
    // A config.json written by hand or copied from the original bot may hold the keys in plain
    // text: the engine never reads them from there, so say so and offer the keychain.
    const QString path = m_options.configPath();
    const auto found = core::ConfigSecrets::findInFile(path);
    if (!found || found.value().isEmpty()) {
        return;
    }
    auto *offer = new ui::PlainKeysDialog(m_secrets.get(), path, found.value(), m_window.get());
    offer->setAttribute(Qt::WA_DeleteOnClose);
    connect(offer, &ui::PlainKeysDialog::keysMoved, this, [this] {
        showMessage(tr("The API keys are in the keychain now, and no longer in the configuration file."), 0);
    });
    offer->open();
}

void DeskApp::showMessage(const QString &text, int timeoutMs)
{
    if (m_window) {
        m_window->statusBar()->showMessage(text, timeoutMs);
    }
}

} // namespace trd::app
