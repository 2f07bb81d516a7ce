// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "config/AppConfig.h"

#include <QIODevice>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace trd::exchange {
class PaperMatchingEngine;
class PaperExchange;
} // namespace trd::exchange
namespace trd::storage {
class SqliteTrancheStore;
}
namespace trd::core {
class TrancheManager;
}

namespace trd::cli {

// Runs a scenario (formats.md §2) through the real TrancheManager against the in-process paper
// exchange and the SQLite store, line by line.
class ScenarioRunner
{
public:
    ScenarioRunner();
    ~ScenarioRunner();
    ScenarioRunner(const ScenarioRunner &) = delete;
    ScenarioRunner &operator=(const ScenarioRunner &) = delete;

    // The store file: empty means a temporary file removed with the runner.
    core::Result<void> open(const QString &databasePath = {});
    // Reads and checks every line (before open(), so a bad scenario touches no store); the
    // first bad one is an error naming its number.
    core::Result<void> prepare(QIODevice &input);
    // Runs the prepared lines in order.
    core::Result<void> execute();
    enum class Mode
    {
        Run,
        Check
    };
    // One line; Check validates it (fields, values, configuration, time order) without effects.
    core::Result<void> runLine(const QByteArray &line, int lineNumber, Mode mode = Mode::Run);
    // Everything the scenario left behind (formats.md §2 output).
    core::Result<QJsonObject> output() const;
    // Doubtful but usable configuration found by prepare(), one line each ("line 1: warning: …").
    const QStringList &warnings() const { return m_warnings; }
    // The store failed under the engine, which stopped (an internal error, not bad input).
    bool hasEngineStopped() const { return !m_engineStop.isEmpty(); }

    core::TrancheManager *manager() const { return m_manager.get(); }
    exchange::PaperMatchingEngine *engine() const { return m_engine.get(); }
    storage::SqliteTrancheStore *store() const { return m_store.get(); }
    QString databasePath() const { return m_databasePath; }

private:
    core::Result<void> apply(const QJsonObject &line, bool execute);
    core::Result<void> startEngine();
    core::Result<void> savePaperState();
    void stopEngine();
    void applyConfig(const core::AppConfig &config);
    core::Result<QString> trancheIdByIndex(const QString &symbol, core::Side side, int index) const;

    core::ManualClock m_clock;
    core::AppConfig m_config;
    QTemporaryDir m_tempDir;
    QString m_databasePath;
    std::unique_ptr<exchange::PaperMatchingEngine> m_engine;
    std::unique_ptr<storage::SqliteTrancheStore> m_store;
    std::unique_ptr<exchange::PaperExchange> m_exchange;
    std::unique_ptr<core::TrancheManager> m_manager;
    bool m_hasTime = false;
    QList<QByteArray> m_lines;
    QString m_engineStop; // why the engine stopped, from TrancheManager::storeFailed
    qint64 m_lastSeqBefore = 0; // the store's newest tranche before this run: close_tranche counts after it
    QStringList m_warnings;
    QStringList m_lineWarnings; // of the line being read
    bool m_paperChanged = true; // the paper exchange changed since its state was last stored
};

} // namespace trd::cli
