// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store: tranche events durably committed per second (each in its own transaction,
// synchronous=FULL in WAL mode, as the engine writes one step at a time).
#include "SqliteTrancheStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace trd;
using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

namespace {

void BM_DurableEvents(benchmark::State &state)
{
    QTemporaryDir dir;
    storage::DatabaseOptions options;
    options.durable = state.range(0) != 0;
    auto store = storage::SqliteTrancheStore::open(dir.filePath(u"bench.sqlite"_s), options);
    if (!store) {
        state.SkipWithError(qPrintable(store.error().message));
        return;
    }
    Tranche t;
    t.id = u"6f1c8f0e-3a1b-4c55-9d0e-1a2b3c4d5e6f"_s;
    t.seq = 1;
    t.symbol = u"BTCUSDT"_s;
    t.entryPrice = Decimal::fromString(u"50000.1");
    t.quantity = t.originalQuantity = Decimal::fromString(u"0.001");
    if (!store.value()->saveTranche(t)) {
        state.SkipWithError("cannot save the tranche");
        return;
    }
    TrancheEvent e;
    e.type = EventType::PartialClose;
    e.symbol = t.symbol;
    e.side = Side::Long;
    e.trancheId = t.id;
    e.price = Decimal::fromString(u"50123.4");
    e.quantity = Decimal::fromString(u"0.0005");
    e.pnl = Decimal::fromString(u"0.0617");
    e.reason = u"external"_s;
    qint64 time = 1'700'000'000'000;
    for (auto _ : state) {
        e.time = ++time;
        auto &s = *store.value();
        if (!s.begin() || !s.appendEvent(e) || !s.commit()) {
            state.SkipWithError("a write failed");
            return;
        }
    }
    state.counters["events_per_second"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_DurableEvents)->Arg(1)->ArgName("durable")->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_DurableEvents)->Arg(0)->ArgName("durable")->MinTime(2.0)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
