// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/ScaledClock.h"
#include "config/AppConfig.h"
#include "host/EngineOptions.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace trd::core {
class Exchange;
class LiquidationHunter;
class MarkRecorder;
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
class SqliteMarkStore;
class SqliteTrancheStore;
} // namespace trd::storage

namespace trd::engine {

class SecretStore;

// One trading session without a window: PAPER (the paper exchange on the demo market) or LIVE
// (the live session to Aster or whatever restUrl names, keys from the SecretStore). Each mode has
// its own store, so paper and live tranches never mix. It owns the store, the exchange, the
// TrancheManager, the hunter and the save timer, keeps whether new entries are paused, validates
// and applies configurations and switches mode by tearing everything down and building the other
// one. The desktop app shows it in a window; tranchedesk-engine serves it to remote clients.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    enum class Stream
    {
        Market,
        UserData
    };
    Q_ENUM(Stream)

    EngineHost(const EngineOptions &options, SecretStore *secrets, QObject *parent = nullptr);
    ~EngineHost() override;

    // Builds the mode the configuration asks for (PAPER when LIVE has no keys, and startNote()
    // says why). A first start writes the demo market's sample configuration.
    core::Result<void> start();
    // Saves, then tears everything down. Nothing is cancelled on the exchange: protective orders
    // stay where they are and the next start reconciles.
    void stop();
    // Flushes the engine and saves the paper exchange (also every 30 s and on quit).
    void saveState();

    const EngineOptions &options() const { return m_options; }
    core::TrancheManager *manager() const { return m_manager.get(); }
    storage::SqliteTrancheStore *store() const { return m_store.get(); }
    storage::SqliteLiquidationStore *liquidationStore() const { return m_liquidations.get(); }
    // The recorded marks and kept candles (markRecording, Download candles…), on the store's database.
    storage::SqliteMarkStore *markStore() const { return m_marks.get(); }
    core::LiquidationHunter *hunter() const { return m_hunter.get(); }
    exchange::LiveSession *liveSession() const { return m_live.get(); }
    SecretStore *secrets() const { return m_secrets; }
    bool isRunning() const { return m_manager != nullptr; }
    bool isLive() const { return m_live != nullptr; }
    // LIVE: connected and reconciled. PAPER: always once started.
    bool isExchangeReady() const { return m_live ? m_isLiveStarted : isRunning(); }
    QString marketName() const;
    QString startNote() const { return m_startNote; }

    const core::AppConfig &config() const { return m_config; }
    QString configPath() const { return m_options.configPath(); }
    // Validates (every error named with its key and range), writes the file atomically, then
    // hands it to the engine, the hunter and the exchange. Nothing changes on an error.
    core::Result<void> applyConfig(const core::AppConfig &config);
    // The errors of a configuration, one line each naming its key and the allowed range.
    static core::Result<void> validate(const core::AppConfig &config);
    // Whether the exchange trades a symbol: the reason it cannot be traded, or nothing.
    std::optional<QString> symbolRefusal(const QString &symbol) const;

    bool isEntriesPaused() const { return m_paused; }
    void setEntriesPaused(bool paused);
    bool isStreamUp(Stream stream) const { return m_streams.value(stream, false); }
    QString rateLimitText() const { return m_rateLimitText; }
    bool isRateLimitWarning() const { return m_isRateLimitWarning; }

    // Saves the mode in the configuration and rebuilds on the other exchange and store once the
    // caller has returned (aboutToRebuild, then rebuilt). LIVE needs keys.
    core::Result<void> switchMode(bool isLive);

Q_SIGNALS:
    void configChanged(const trd::core::AppConfig &config);
    void entriesPausedChanged(bool paused);
    void streamStateChanged(trd::engine::EngineHost::Stream stream, bool isUp);
    void rateLimitChanged();
    // Something the trader should read (the window's status bar, the engine's log); 0: no timeout.
    void statusMessage(const QString &text, int timeoutMs);
    // A mode switch: everything that points into the session lets go here ...
    void aboutToRebuild();
    // ... and the other mode is up (or the switch failed and PAPER is back).
    void rebuilt(bool isLive);
    // LIVE: the session is connected and the engine has reconciled with the exchange.
    void liveReady();

private:
    core::Result<void> openStore(const QString &path);
    core::Result<core::AppConfig> loadConfig();
    core::Result<void> preparePaper(); // the paper exchange as saved, and the demo market
    core::Result<void> startPaper(const core::AppConfig &config);
    core::Result<void> startLive(const core::AppConfig &config);
    void wireHunter();
    // markRecording and liquidationRetentionDays, at start and on every configuration change.
    void applyRecording(const core::AppConfig &config);
    void wirePaper();
    void wireLiveStreams();
    // Margin calls, announcements and position-mode changes: an account_alert event each.
    void wireAccountAlerts();
    void applyToExchange(const core::AppConfig &config);
    void setStreamUp(Stream stream, bool isUp);
    void setRateLimit(const QString &text, bool isWarning);
    void reportLiveProblem(const QString &message);
    void rebuild(bool isLive);
    void teardown();
    QStringList marketStreams(const core::AppConfig &config) const;

    EngineOptions m_options;
    core::ScaledClock m_clock;
    SecretStore *m_secrets;
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
    std::unique_ptr<storage::SqliteMarkStore> m_marks; // on m_store's database
    std::unique_ptr<core::MarkRecorder> m_markRecorder;
    std::unique_ptr<core::LiquidationHunter> m_hunter;
    core::AppConfig m_config;
    bool m_paused = false;
    QHash<Stream, bool> m_streams;
    QString m_rateLimitText;
    bool m_isRateLimitWarning = false;
    QString m_startNote;
    QTimer m_saveTimer;
};

} // namespace trd::engine
