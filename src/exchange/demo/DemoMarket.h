// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "config/AppConfig.h"
#include "market/Liquidation.h"
#include "market/SymbolFilters.h"
#include "money/Decimal.h"
#include "paper/LeverageBrackets.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <random>
#include <vector>

namespace trd::exchange {

class PaperMatchingEngine;

// DemoMarket::Settings; at namespace scope because GCC refuses a nested struct with member
// initializers as a default argument of its enclosing class's constructor.
struct DemoMarketSettings
{
    quint64 seed = 1;
    int intervalMs = 1000; // real-time stepping (start()); virtual time is the caller's clock
    // The five real-looking symbols first; past five, DEMO06USDT, DEMO07USDT … with the filters and
    // start price of one of the five in turn (a market as wide as a trader's watch list).
    int symbolCount = 5;
};

// A synthetic market for paper mode without a network: mark prices that random-walk with bursts
// of volatility, liquidation cascades after sharp moves, book tickers and closed candles, for a
// handful of symbols with real-looking filters. Everything comes from one seeded std::mt19937_64
// and integer arithmetic on the tick grid, so a seed gives the same run on any machine.
class DemoMarket : public QObject
{
    Q_OBJECT
public:
    using Settings = DemoMarketSettings;

    // Declares the demo symbols and their first marks on the engine.
    DemoMarket(
        PaperMatchingEngine *engine, const core::Clock *clock, Settings settings = {}, QObject *parent = nullptr);
    ~DemoMarket() override;

    QList<core::SymbolFilters> symbols() const;
    // The leverage brackets the demo market gives the paper exchange for its symbols, modelled on
    // Binance USDⓈ-M (docs/engine-decisions.md, "Paper liquidation and funding").
    static LeverageBrackets leverageBrackets(const QString &symbol);
    // One tick at the clock's current time: new marks applied to the engine, book tickers, maybe
    // liquidations, and the candles that closed since the last step.
    void step();
    void start();
    void stop();

    // Tranche management on, thresholds and exits tuned so that a new user sees tranches
    // created, isolated and closed within a minute or two.
    core::AppConfig sampleConfig() const;

Q_SIGNALS:
    void liquidation(const trd::core::Liquidation &liquidation);
    void bookTicker(const QString &symbol, const trd::core::Decimal &bid, const trd::core::Decimal &ask);
    void candleClosed(const QString &symbol, const QString &timeframe, const trd::core::Decimal &high,
        const trd::core::Decimal &low, const trd::core::Decimal &close, const trd::core::Decimal &volume,
        qint64 closeTime);

private:
    struct Candle
    {
        qint64 bucket = -1;
        qint64 high = 0;
        qint64 low = 0;
        qint64 close = 0;
        qint64 volumeSteps = 0; // in stepSize units
    };
    struct Instrument
    {
        core::SymbolFilters filters;
        qint64 ticks = 0; // mark price in ticks
        qint64 startTicks = 0;
        qint64 stepsPerUnit = 0; // stepSize units in one base unit (for volumes)
        int burstLeft = 0; // steps of the current burst
        int burstDirection = 0; // +1 up, −1 down
        qint64 momentum = 0; // signed ticks moved over the last steps (decayed)
        std::vector<Candle> candles; // one per timeframe
    };

    qint64 uniform(qint64 lo, qint64 hi); // inclusive
    qint64 gaussianPpm(qint64 sigmaPpm); // ≈ N(0, sigma) in parts per million, Irwin–Hall of 4
    core::Decimal priceOf(const Instrument &instrument, qint64 ticks) const;
    void moveMark(Instrument &instrument);
    void emitLiquidations(Instrument &instrument, qint64 now);
    void updateCandles(Instrument &instrument, qint64 now, qint64 volumeSteps);

    PaperMatchingEngine *m_engine;
    const core::Clock *m_clock;
    Settings m_settings;
    std::mt19937_64 m_rng;
    std::vector<Instrument> m_instruments;
    QTimer m_timer;
};

} // namespace trd::exchange
