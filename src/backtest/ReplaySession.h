// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketEvent.h"
#include "VariantResult.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "config/AppConfig.h"
#include "market/SymbolFilters.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace trd::core {
class TrancheManager;
class LiquidationHunter;
} // namespace trd::core
namespace trd::exchange {
class PaperMatchingEngine;
class PaperExchange;
} // namespace trd::exchange

namespace trd::backtest {

class MemoryTrancheStore;
class WhatIfRecorder;

// One variant of a backtest: the hunter, the TrancheManager and the paper exchange wired as the
// application wires them, on a ManualClock that the market events move. Nothing of the engine
// is replaced: marks go into the paper exchange (which fills the resting orders they cross and
// liquidates by its own rule), liquidations into the hunter, closed candles into its VWAP; the
// engine reconciles on every account update as in the app (its sync timer on request).
// Create, use and destroy a session on one thread; sessions share nothing.
class ReplaySession
{
public:
    struct Options
    {
        QString id; // v0, v1, …
        QList<QPair<QString, QString>> overrides;
        core::AppConfig config;
        QList<core::SymbolFilters> filters; // for every configured symbol
        bool keepsHistory = true; // every tranche and event, for tranches.csv and events.csv
        bool recordsWhatIf = false;
        // Funding from a recorded file (applyFunding events) instead of the configured flat rate.
        bool hasRecordedFunding = false;
        qint64 equityIntervalMs = 3'600'000; // one equity.csv row per interval of replayed time
        // The app's sync timer, replayed every syncIntervalSeconds. Off by default: the engine
        // reconciles on every account update of the paper exchange anyway, and the paper exchange
        // cannot drift from it, so the timer finds nothing and costs a quarter of the replay.
        bool runsSyncTimer = false;
    };
    explicit ReplaySession(Options options);
    ~ReplaySession();
    ReplaySession(const ReplaySession &) = delete;
    ReplaySession &operator=(const ReplaySession &) = delete;

    // Starts the engine at the time of the first event.
    core::Result<void> start(qint64 startMs);
    void apply(const MarketEvent &event);
    // Totals at the end (open tranches valued at their last mark).
    VariantResult finish();

    core::TrancheManager &manager() const { return *m_manager; }
    exchange::PaperMatchingEngine &engine() const { return *m_engine; }

private:
    void onTimeAdvanced(qint64 now);
    void moveMark(const QString &symbol, core::Decimal price);
    const QList<core::Decimal> &triggersOf(const QString &symbol);
    core::Decimal unrealized() const;
    core::Decimal equity() const;
    void sampleEquity(qint64 time);

    Options m_options;
    core::ManualClock m_clock;
    std::unique_ptr<exchange::PaperMatchingEngine> m_engine;
    std::unique_ptr<WhatIfRecorder> m_whatIf;
    std::unique_ptr<exchange::PaperExchange> m_exchange;
    std::shared_ptr<MemoryTrancheStore> m_store;
    std::unique_ptr<core::TrancheManager> m_manager;
    std::unique_ptr<core::LiquidationHunter> m_hunter;
    VariantResult m_result;
    QHash<QString, core::Decimal> m_realizedById; // open tranches' realized P&L so far
    core::Decimal m_realizedTotal;
    core::Decimal m_peakEquity;
    qint64 m_openTranches = 0;
    QHash<QString, int> m_openBySymbol;
    QHash<QString, QList<core::Decimal>> m_triggers; // stop and take-profit prices resting per symbol
    QSet<QString> m_staleTriggers; // symbols whose orders changed since m_triggers was filled
    qint64 m_nextSync = 0;
    qint64 m_nextDrawdownCheck = 0;
    qint64 m_nextEquityRow = 0;
    qint64 m_syncIntervalMs = 10'000;
    qint64 m_nextTrancheId = 1;
};

} // namespace trd::backtest
