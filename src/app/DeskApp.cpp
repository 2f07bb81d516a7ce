// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskApp.h"

#include "SqliteTrancheStore.h"
#include "config/ConfigLoader.h"
#include "demo/DemoMarket.h"
#include "hunter/LiquidationHunter.h"
#include "mainwindow/MainWindow.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "session/DeskSession.h"
#include "settings/KeychainSecretStore.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace trd::app {

namespace {
const QString kPaperStateKey = u"paper-exchange"_s;
} // namespace

DeskApp::DeskApp(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_saveTimer.setInterval(30'000);
    connect(&m_saveTimer, &QTimer::timeout, this, &DeskApp::saveState);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DeskApp::saveState);
}

DeskApp::~DeskApp()
{
    // The window and the hunter go first: they hold pointers into the engine.
    m_window.reset();
    if (m_demo) {
        m_demo->stop();
    }
    m_hunter.reset();
    m_demo.reset();
    m_session.reset();
    m_manager.reset();
    m_exchange.reset();
    m_store.reset();
}

core::Result<void> DeskApp::start()
{
    if (auto opened = openStore(); !opened) {
        return opened;
    }
    auto config = loadConfig();
    if (!config) {
        return config.error();
    }
    if (auto started = startEngine(config.value()); !started) {
        return started;
    }
    wireHunter();
    wireSession();
    showWindow();
    m_saveTimer.start();
    return {};
}

core::Result<void> DeskApp::openStore()
{
    QDir().mkpath(QFileInfo(m_options.storePath()).absolutePath());
    auto store = storage::SqliteTrancheStore::open(m_options.storePath());
    if (!store) {
        return store.error();
    }
    m_store = std::move(store).value();
    m_engine = std::make_unique<exchange::PaperMatchingEngine>(&m_clock);
    // The paper exchange comes back as it was, before the engine reconciles against it.
    auto saved = m_store->document(kPaperStateKey);
    if (!saved) {
        return saved.error();
    }
    if (saved.value()) {
        if (auto restored = m_engine->restoreState(QJsonDocument::fromJson(*saved.value()).object()); !restored) {
            return core::Error { u"%1: %2"_s.arg(m_options.storePath(), restored.error().message) };
        }
    }
    exchange::DemoMarket::Settings demo;
    demo.seed = m_options.seed != 0 ? m_options.seed : QRandomGenerator::global()->generate64();
    demo.intervalMs = m_options.demoIntervalMs;
    m_demo = std::make_unique<exchange::DemoMarket>(m_engine.get(), &m_clock, demo);
    return {};
}

core::Result<core::AppConfig> DeskApp::loadConfig()
{
    const QString path = m_options.configPath();
    core::AppConfig config;
    if (QFileInfo::exists(path)) {
        auto loaded = core::ConfigLoader::loadFile(path);
        if (!loaded) {
            return core::Error { u"%1:\n%2"_s.arg(path, loaded.error().message) };
        }
        config = loaded.value();
    } else {
        // First launch: the demo market's sample symbols, so a new user sees tranches at once.
        config = m_demo->sampleConfig();
        config.global.paperMode = true;
        if (auto saved = core::ConfigLoader::saveFile(config, path); !saved) {
            m_startNote = tr("The sample configuration could not be saved: %1").arg(saved.error().message);
        } else {
            m_startNote = tr("First launch: PAPER mode on the demo market with a sample configuration (%1).").arg(path);
        }
    }
    if (!config.global.paperMode) {
        // No live exchange in this build: a LIVE configuration still runs on paper, and says so.
        config.global.paperMode = true;
        m_startNote = tr("The configuration asks for LIVE mode, but live connectivity is not available in this "
                         "build: running in PAPER mode.");
    }
    return config;
}

void DeskApp::applyPaperSettings(const core::AppConfig &config)
{
    auto settings = m_engine->settings();
    settings.positionMode = config.global.positionMode;
    settings.takerFeePercent = config.global.paperTakerFeePercent;
    settings.makerFeePercent = config.global.paperMakerFeePercent;
    settings.slippageBps = config.global.paperSlippageBps;
    m_engine->setSettings(settings);
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        static_cast<void>(m_engine->setLeverage(it.key(), it->leverage));
    }
}

core::Result<void> DeskApp::startEngine(const core::AppConfig &config)
{
    applyPaperSettings(config);
    m_exchange = std::make_unique<exchange::PaperExchange>(m_engine.get());
    m_manager = std::make_unique<core::TrancheManager>(m_exchange.get(), m_store.get(), &m_clock);
    m_manager->setConfig(config);
    if (auto started = m_manager->start(); !started) {
        return started;
    }
    m_manager->setTimersEnabled(true);
    return {};
}

void DeskApp::wireHunter()
{
    m_hunter = std::make_unique<core::LiquidationHunter>(m_manager.get(), m_exchange.get(), &m_clock);
    m_hunter->setConfig(m_manager->config());
    connect(m_demo.get(), &exchange::DemoMarket::liquidation, m_hunter.get(), &core::LiquidationHunter::onLiquidation);
    connect(m_demo.get(), &exchange::DemoMarket::bookTicker, m_hunter.get(), &core::LiquidationHunter::onBookTicker);
    connect(m_demo.get(), &exchange::DemoMarket::candleClosed, m_hunter.get(), &core::LiquidationHunter::onCandle);
    connect(m_exchange.get(), &core::Exchange::markPriceUpdated, m_hunter.get(), &core::LiquidationHunter::onMarkPrice);
}

void DeskApp::wireSession()
{
    m_secrets = std::make_unique<ui::KeychainSecretStore>(u"TrancheDesk"_s);
    m_session
        = std::make_unique<ui::DeskSession>(m_manager.get(), m_store.get(), m_secrets.get(), m_options.configPath());
    m_session->setMarketName(tr("demo market"));
    m_session->setInitialConfig(m_manager->config());
    connect(
        m_session.get(), &ui::DeskSession::entriesPausedChanged, m_hunter.get(), &core::LiquidationHunter::setPaused);
    connect(m_session.get(), &ui::DeskSession::configChanged, this, [this](const core::AppConfig &config) {
        applyPaperSettings(config);
        m_hunter->setConfig(config);
    });
    // The demo market and the paper exchange are in-process: both streams are up while it runs.
    m_session->setStreamUp(ui::DeskSession::Stream::Market, true);
    m_session->setStreamUp(ui::DeskSession::Stream::UserData, true);
    m_manager->recordConnection(u"market"_s, true, u"demo market"_s);
    m_manager->recordConnection(u"user_data"_s, true, u"paper exchange"_s);
    m_demo->start();
}

void DeskApp::showWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->show();
    if (!m_startNote.isEmpty()) {
        m_window->statusBar()->showMessage(m_startNote, 20'000);
    }
    // The store is read once the first frame is up, so the window appears at once.
    QTimer::singleShot(0, m_window.get(), &ui::MainWindow::loadData);
}

void DeskApp::saveState()
{
    if (!m_manager || !m_store) {
        return;
    }
    m_manager->flush();
    static_cast<void>(
        m_store->saveDocument(kPaperStateKey, QJsonDocument(m_engine->saveState()).toJson(QJsonDocument::Compact)));
}

} // namespace trd::app
