// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/Types.h"
#include "config/AppConfig.h"
#include "settings/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace trd::core {
class LiquidationHunter;
class LiquidationStore;
class TrancheManager;
class TrancheStore;
class MarkStore;
} // namespace trd::core
namespace trd::exchange {
class RestClient;
}

namespace trd::ui {

class RemoteEngine;

// What the window needs from the running application, and nothing more: the engine, the store,
// the configuration (validated, saved, then applied), whether new entries are paused and the
// stream states. The composition root connects the hunter and the streams to it; widgets never
// talk to the exchange.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    enum class Stream
    {
        Market,
        UserData
    };
    Q_ENUM(Stream)

    DeskSession(core::TrancheManager *manager, core::TrancheStore *store, SecretStore *secrets,
        const QString &configPath, QObject *parent = nullptr);

    core::TrancheManager *manager() const { return m_manager; }
    core::TrancheStore *store() const { return m_store; }
    SecretStore *secrets() const { return m_secrets; }
    // The liquidation feed: the hunter that sees it and the store that keeps it (null in tests
    // that have neither).
    core::LiquidationHunter *hunter() const { return m_hunter; }
    void setHunter(core::LiquidationHunter *hunter) { m_hunter = hunter; }
    core::LiquidationStore *liquidationStore() const { return m_liquidationStore; }
    void setLiquidationStore(core::LiquidationStore *store) { m_liquidationStore = store; }
    // Recorded marks and kept candles (Tools → Download candles…; null: not offered).
    core::MarkStore *markStore() const { return m_markStore; }
    void setMarkStore(core::MarkStore *store) { m_markStore = store; }
    // The exchange's public REST as it is now: LIVE's own client (whose weight budget covers a
    // download too), or none in PAPER, and the configured address.
    struct PublicRest
    {
        exchange::RestClient *client = nullptr;
        QUrl url;
    };
    using PublicRestProvider = std::function<PublicRest()>;
    void setPublicRestProvider(PublicRestProvider provider) { m_publicRest = std::move(provider); }
    PublicRest publicRest() const { return m_publicRest ? m_publicRest() : PublicRest {}; }
    // The engine this window shows when it is not the embedded one (tranchedesk --connect): null
    // for the embedded engine. A remote session has no manager; its store is the remote mirror.
    RemoteEngine *remote() const { return m_remote; }
    void setRemote(RemoteEngine *remote) { m_remote = remote; }
    const core::AppConfig &config() const { return m_config; }
    QString configPath() const { return m_configPath; }
    // Shown in the title and the mode badge ("demo market", "paper", ...).
    QString marketName() const { return m_marketName; }
    void setMarketName(const QString &name) { m_marketName = name; }

    // Validates, writes the file atomically, then hands it to the engine. Nothing changes when
    // the configuration has errors or the file cannot be written.
    core::Result<void> applyConfig(const core::AppConfig &config);
    // Sets the configuration the application started with (no file write).
    void setInitialConfig(const core::AppConfig &config);
    // The session that owns the configuration (the engine host) validates, saves and applies it,
    // then hands it back through setInitialConfig; without one, applyConfig does it here.
    using ConfigApplier = std::function<core::Result<void>(const core::AppConfig &config)>;
    void setConfigApplier(ConfigApplier applier) { m_configApplier = std::move(applier); }

    bool isPaperMode() const { return m_config.global.paperMode; }
    // Switches between PAPER and LIVE: the composition root rebuilds the engine on the other
    // exchange and store (paper and live tranches never share a store), after this call returns.
    using ModeSwitcher = std::function<core::Result<void>(bool isLive)>;
    void setModeSwitcher(ModeSwitcher switcher) { m_modeSwitcher = std::move(switcher); }
    // Live needs keys and an explicit confirmation (asked by the window before this call).
    core::Result<void> requestLiveMode();
    core::Result<void> requestPaperMode();

    // Whether the exchange trades a symbol (the demo market's list in PAPER, exchangeInfo in LIVE):
    // the reason it cannot be traded, or nothing. Without a checker every well-formed name passes.
    using SymbolChecker = std::function<std::optional<QString>(const QString &symbol)>;
    void setSymbolChecker(SymbolChecker checker) { m_symbolChecker = std::move(checker); }
    std::optional<QString> symbolRefusal(const QString &symbol) const;

    // A remote engine's books (no manager here): their sync state as it reports them.
    using SyncLookup = std::function<core::SyncState(const QString &symbol, core::Side side)>;
    void setSyncLookup(SyncLookup lookup) { m_syncLookup = std::move(lookup); }
    const SyncLookup &syncLookup() const { return m_syncLookup; }
    void notifySyncChanged() { Q_EMIT syncChanged(); }

    bool isEntriesPaused() const { return m_paused; }
    void setEntriesPaused(bool paused);

    bool isStreamUp(Stream stream) const { return m_streams.value(stream, false); }
    void setStreamUp(Stream stream, bool isUp);

    // LIVE: the REST budget as the exchange counts it ("weight 120/2400 · orders 3/1200 · 0
    // queued"); isWarning when close to the limit, backing off after a 429, or banned. Empty in PAPER.
    QString rateLimitText() const { return m_rateLimitText; }
    bool isRateLimitWarning() const { return m_isRateLimitWarning; }
    void setRateLimit(const QString &text, bool isWarning);

Q_SIGNALS:
    void configChanged(const trd::core::AppConfig &config);
    void entriesPausedChanged(bool paused);
    void streamStateChanged(trd::ui::DeskSession::Stream stream, bool isUp);
    void rateLimitChanged();
    void syncChanged();

private:
    core::TrancheManager *m_manager;
    core::TrancheStore *m_store;
    SecretStore *m_secrets;
    core::LiquidationHunter *m_hunter = nullptr;
    core::LiquidationStore *m_liquidationStore = nullptr;
    core::MarkStore *m_markStore = nullptr;
    RemoteEngine *m_remote = nullptr;
    PublicRestProvider m_publicRest;
    QString m_configPath;
    QString m_marketName;
    core::AppConfig m_config;
    bool m_paused = false;
    QHash<Stream, bool> m_streams;
    ModeSwitcher m_modeSwitcher;
    ConfigApplier m_configApplier;
    SymbolChecker m_symbolChecker;
    SyncLookup m_syncLookup;
    QString m_rateLimitText;
    bool m_isRateLimitWarning = false;
};

} // namespace trd::ui
