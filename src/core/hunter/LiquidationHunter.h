// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "config/AppConfig.h"
#include "exchange/Exchange.h"
#include "hunter/VwapTracker.h"
#include "market/Liquidation.h"
#include "money/Decimal.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <optional>

namespace trd::core {

class LiquidationStore;
class TrancheManager;

// From a liquidation on the stream to an entry order (hunter.md): shows and stores every
// liquidation, turns those of configured symbols into entry candidates, applies the triggers
// (threshold, cumulative window, cooldown, proximity to the mark, VWAP) and the gates (paused,
// entry in flight, tranche limits, maxOpenPositions, per-symbol margin, balance), sizes the entry
// and hands it to the TrancheManager. It talks to the exchange only through Exchange, so paper
// and live run the same code, and takes time from an injected Clock.
class LiquidationHunter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRecentLiquidations = 1000;

    LiquidationHunter(TrancheManager *manager, Exchange *exchange, const Clock *clock, QObject *parent = nullptr);
    ~LiquidationHunter() override;

    void setConfig(const AppConfig &config);
    const AppConfig &config() const { return m_config; }

    // Paused: no new entries; open tranches keep their protective orders.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Kill switch: pauses, then closes every open tranche and cancels resting entries.
    void closeAll();

    // Every liquidation seen is appended; those older than retentionDays (0: keep forever) are
    // removed at start and hourly. The store is not owned.
    void setLiquidationStore(LiquidationStore *store, int retentionDays = 7);
    // The newest liquidations, oldest first (the live feed at start-up).
    QList<Liquidation> recentLiquidations() const;
    std::optional<Decimal> vwap(const QString &symbol) const;

    // Cancels LIMIT entries unfilled after entryTimeoutSeconds. Runs on every market event and on
    // a one-second timer, so virtual-time runs need no timer.
    void checkEntryTimeouts();
    // The one-second timer for checkEntryTimeouts (on by default; off in virtual-time runs).
    void setTimersEnabled(bool enabled);

public Q_SLOTS:
    void onLiquidation(const trd::core::Liquidation &liquidation);
    void onBookTicker(const QString &symbol, const trd::core::Decimal &bid, const trd::core::Decimal &ask);
    void onMarkPrice(const QString &symbol, const trd::core::Decimal &price, qint64 time);
    // A closed kline of the stream; timeframe is "1m", "5m", "15m", "30m" or "1h".
    void onCandle(const QString &symbol, const QString &timeframe, const trd::core::Decimal &high,
        const trd::core::Decimal &low, const trd::core::Decimal &close, const trd::core::Decimal &volume,
        qint64 closeTime);

Q_SIGNALS:
    void liquidationSeen(const trd::core::Liquidation &liquidation);
    void entrySent(const QString &symbol, trd::core::Side side, const QString &clientOrderId);
    void entryRefused(const QString &symbol, trd::core::Side side, const QString &reason);
    // Cumulative mode: the window's sum after each liquidation of the symbol and entry side.
    void thresholdProgress(const QString &symbol, trd::core::Side side, const trd::core::Decimal &sum,
        const trd::core::Decimal &threshold);
    void pausedChanged(bool paused);

private:
    struct Book
    {
        Decimal bid;
        Decimal ask;
    };
    struct PendingEntry
    {
        QString symbol;
        Side side = Side::Long;
        qint64 sentAt = 0;
        bool isLimit = false;
        bool isCancelRequested = false;
        std::optional<qint64> previousEntryTime; // restored if the exchange rejects the entry
    };
    struct WindowEntry
    {
        qint64 time = 0;
        Decimal volume;
    };

    static QString sideKey(const QString &symbol, Side side);
    Side entrySideFor(const SymbolConfig &cfg, OrderSide liquidationSide) const;
    bool isDuplicate(const Liquidation &liquidation);
    void store(const Liquidation &liquidation);
    bool isTriggered(const Liquidation &liquidation, const SymbolConfig &cfg, Side side);
    void consider(const Liquidation &liquidation, const SymbolConfig &cfg, Side side);
    std::optional<QString> triggerRefusal(
        const Liquidation &liquidation, const SymbolConfig &cfg, Side side, QString &details) const;
    std::optional<QString> gateRefusal(const QString &symbol, Side side) const;
    Decimal marginInUse(const QString &symbol) const;
    std::optional<Decimal> markFor(const QString &symbol) const;
    void refuse(const QString &symbol, Side side, const QString &reason, const QString &details = {});
    void ensureLeverage(const QString &symbol, int leverage);
    void onOrderUpdate(const trd::core::OrderUpdate &update);
    void onBalance(const trd::core::Decimal &available, const trd::core::Decimal &wallet);
    void onRequestFailed(const QString &what, int code, const QString &message);
    void handleFinalEntry(const QString &clientOrderId, const OrderUpdate &update);
    void pruneFinishedEntries();

    TrancheManager *m_manager;
    Exchange *m_exchange;
    const Clock *m_clock;
    AppConfig m_config;
    bool m_paused = false;
    LiquidationStore *m_liquidationStore = nullptr;
    int m_retentionDays = 7;
    qint64 m_nextRetention = 0;
    std::deque<Liquidation> m_recent;
    QHash<QString, qint64> m_seen; // duplicate filter: symbol, side, price, quantity → time
    qint64 m_newestSeen = 0;
    QHash<QString, std::deque<WindowEntry>> m_windows; // cumulative mode, by symbol and entry side
    QHash<QString, qint64> m_lastEntry; // cooldown, by symbol and entry side
    QHash<QString, Decimal> m_marks;
    QHash<QString, Book> m_books;
    VwapTracker m_vwap;
    std::optional<Decimal> m_available;
    QHash<QString, int> m_leverageSent; // leverage asked of the exchange per symbol
    QHash<QString, PendingEntry> m_pending; // entry orders of ours by clientOrderId
    bool m_isEntering = false;
    QHash<QString, OrderUpdate> m_finishedWhileEntering;
    QTimer m_timeoutTimer;
};

} // namespace trd::core
