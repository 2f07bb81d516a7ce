// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOptions.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "config/AppConfig.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace trd::core {
class LiquidationHunter;
class TrancheManager;
} // namespace trd::core
namespace trd::exchange {
class DemoMarket;
class PaperExchange;
class PaperMatchingEngine;
} // namespace trd::exchange
namespace trd::storage {
class SqliteTrancheStore;
}
namespace trd::ui {
class DeskSession;
class MainWindow;
class SecretStore;
} // namespace trd::ui

namespace trd::app {

// The composition root: builds the paper exchange on the demo market, the store, the engine,
// the hunter and the window, and wires them — one function per feature, no logic of its own.
class DeskApp : public QObject
{
    Q_OBJECT
public:
    explicit DeskApp(const AppOptions &options, QObject *parent = nullptr);
    ~DeskApp() override;

    core::Result<void> start();
    ui::MainWindow *window() const { return m_window.get(); }
    // Flushes the engine and saves the paper exchange (also every 30 s and on quit).
    void saveState();

private:
    core::Result<void> openStore();
    core::Result<core::AppConfig> loadConfig();
    void applyPaperSettings(const core::AppConfig &config);
    core::Result<void> startEngine(const core::AppConfig &config);
    void wireHunter();
    void wireSession();
    void showWindow();

    AppOptions m_options;
    core::SystemClock m_clock;
    std::unique_ptr<exchange::PaperMatchingEngine> m_engine;
    std::unique_ptr<storage::SqliteTrancheStore> m_store;
    std::unique_ptr<exchange::PaperExchange> m_exchange;
    std::unique_ptr<core::TrancheManager> m_manager;
    std::unique_ptr<exchange::DemoMarket> m_demo;
    std::unique_ptr<core::LiquidationHunter> m_hunter;
    std::unique_ptr<ui::SecretStore> m_secrets;
    std::unique_ptr<ui::DeskSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_startNote;
    QTimer m_saveTimer;
};

} // namespace trd::app
