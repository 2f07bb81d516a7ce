// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_engine: 50 symbols × 10 open tranches, 1,000,000 mark-price updates through
// TrancheManager with the SQLite store attached. Prints ns per update and updates per second.
#include "SqliteTrancheStore.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <vector>

using namespace trd;
using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kSymbols = 50;
constexpr int kTranchesPerSymbol = 10;
constexpr int kUpdates = 1'000'000;

void BM_MarkUpdates(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = storage::SqliteTrancheStore::open(dir.filePath(u"bench.sqlite"_s));
    if (!store) {
        state.SkipWithError(qPrintable(store.error().message));
        return;
    }
    ManualClock clock(1'700'000'000'000);
    exchange::PaperMatchingEngine engine(&clock);
    exchange::PaperMatchingEngine::Settings settings;
    settings.startingBalance = Decimal::fromInt(1'000'000'000);
    engine.setSettings(settings);
    exchange::PaperExchange paper(&engine);
    TrancheManager manager(&paper, store.value().get(), &clock);
    AppConfig config;
    QStringList symbols;
    for (int s = 0; s < kSymbols; ++s) {
        const QString symbol = u"SYM%1USDT"_s.arg(s);
        symbols << symbol;
        SymbolConfig c;
        c.enableTrancheManagement = true;
        c.maxTranches = kTranchesPerSymbol;
        c.maxIsolatedTranches = kTranchesPerSymbol;
        c.tpPercent = Decimal::fromInt(50);
        c.slPercent = Decimal::fromInt(50);
        c.trancheIsolationThreshold = Decimal::fromInt(40);
        config.symbols.insert(symbol, c);
    }
    manager.setConfig(config);
    if (!manager.start()) {
        state.SkipWithError("the engine did not start");
        return;
    }
    for (const QString &symbol : symbols) {
        engine.setMarkPrice(symbol, Decimal::fromInt(100));
        for (int t = 0; t < kTranchesPerSymbol; ++t) {
            EntryRequest entry;
            entry.symbol = symbol;
            entry.quantity = Decimal::fromInt(1);
            manager.enter(entry);
        }
    }
    if (manager.openTranches().size() != kSymbols * kTranchesPerSymbol) {
        state.SkipWithError("the tranches were not all created");
        return;
    }
    // Marks wander within ±1% of the entries, drawn from a fixed pseudo-random sequence: every
    // update evaluates isolation and recovery for ten tranches, and every five simulated seconds
    // each tranche's changed P&L is written to the store.
    std::vector<Decimal> prices;
    for (int i = 0; i < 4096; ++i) {
        prices.push_back(Decimal::fromInt(99) + Decimal::fromInt(i % 200).dividedBy(100)
            + Decimal::fromInt(i / 200).dividedBy(10000));
    }
    quint64 lcg = 42;
    qint64 n = 0;
    for (auto _ : state) {
        for (int i = 0; i < kUpdates; ++i, ++n) {
            lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
            clock.advanceMs(1);
            manager.onMarkPrice(symbols[int(n % kSymbols)], prices[(lcg >> 33) % prices.size()], clock.nowMs());
        }
    }
    const auto persisted = store.value()->allTranches();
    int written = 0;
    for (const Tranche &t : persisted.value()) {
        written += t.unrealizedPnl.isZero() ? 0 : 1;
    }
    state.counters["tranches_with_pnl_written"] = written;
    state.SetItemsProcessed(state.iterations() * kUpdates);
    state.counters["ns_per_update"] = benchmark::Counter(
        double(state.iterations()) * kUpdates, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["updates_per_second"]
        = benchmark::Counter(double(state.iterations()) * kUpdates, benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_MarkUpdates)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
