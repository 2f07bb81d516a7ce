// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_backtest: replay throughput of the backtest (hunter + TrancheManager + paper exchange in
// the loop, one variant, no history kept) on a generated year of 1-minute candles × 20 symbols
// with liquidations; a 16-variant grid on two threads against one; peak memory (ru_maxrss) of a
// month and of a year, each measured in a process of its own. The data is generated into a
// temporary folder from a fixed seed, so every run replays the same market.
#include "BacktestRunner.h"
#include "config/ConfigLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHashSeed>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <random>
#include <sys/resource.h>
#include <time.h>

using namespace trd;
using namespace trd::backtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kSymbols = 20;
constexpr qint64 kStart = 1'704'067'200'000; // 2024-01-01T00:00:00Z
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 1440 * kMinute;
constexpr qint64 kYear = 366 * kDay; // 2024

QString symbolName(int s)
{
    return u"SYM%1USDT"_s.arg(s);
}

// A random walk per symbol in whole cents, and about one liquidation every ten minutes, most of
// them below the 10,000 USDT threshold.
void generate(const QString &folder, qint64 length)
{
    std::mt19937_64 random(20260412);
    std::normal_distribution<double> move(0.0, 0.0006);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::lognormal_distribution<double> size(8.0, 1.2);
    for (int s = 0; s < kSymbols; ++s) {
        const QByteArray candles = QDir(folder).filePath(u"candles-%1.csv"_s.arg(s)).toLocal8Bit();
        const QByteArray liquidations = QDir(folder).filePath(u"liquidations-%1.csv"_s.arg(s)).toLocal8Bit();
        FILE *c = std::fopen(candles.constData(), "w");
        FILE *l = std::fopen(liquidations.constData(), "w");
        const QByteArray symbol = symbolName(s).toLatin1();
        std::fputs("time,symbol,open,high,low,close,volume\n", c);
        std::fputs("time,symbol,side,price,qty\n", l);
        qint64 close = 10'000 * (s + 1); // cents
        for (qint64 t = kStart; t < kStart + length; t += kMinute) {
            const qint64 open = close;
            close = std::max<qint64>(100, qint64(double(open) * (1.0 + move(random))));
            const qint64 high = std::max(open, close) + qint64(double(open) * 0.0003 * unit(random));
            const qint64 low = std::min(open, close) - qint64(double(open) * 0.0003 * unit(random));
            std::fprintf(c, "%lld,%s,%lld.%02lld,%lld.%02lld,%lld.%02lld,%lld.%02lld,%d\n", t, symbol.constData(),
                open / 100, open % 100, high / 100, high % 100, low / 100, low % 100, close / 100, close % 100,
                int(unit(random) * 1000) + 1);
            if (unit(random) < 0.1) {
                const qint64 price = low + qint64(double(high - low) * unit(random));
                const double usdt = size(random);
                const qint64 milliQty = std::max<qint64>(1, qint64(usdt * 100'000.0 / double(price)));
                std::fprintf(l, "%lld,%s,%s,%lld.%02lld,%lld.%03lld\n", t + 1000 + qint64(unit(random) * 58'000),
                    symbol.constData(), unit(random) < 0.5 ? "SELL" : "BUY", price / 100, price % 100, milliQty / 1000,
                    milliQty % 1000);
            }
        }
        std::fclose(c);
        std::fclose(l);
    }
}

core::AppConfig config()
{
    QByteArray symbols;
    for (int s = 0; s < kSymbols; ++s) {
        symbols += (s ? ","_ba : ""_ba) + "\"" + symbolName(s).toLatin1()
            + R"(": { "enableTrancheManagement": true, "tradeSize": "20", "leverage": 10, "tpPercent": "1",
              "slPercent": "3", "trancheIsolationThreshold": "1.5", "longVolumeThresholdUSDT": "10000",
              "shortVolumeThresholdUSDT": "10000", "orderType": "MARKET" })";
    }
    auto loaded = core::ConfigLoader::fromJson("{ \"symbols\": {" + symbols
        + R"(}, "global": { "maxOpenPositions": 20, "paperStartingBalanceUSDT": "100000" } })");
    if (!loaded) {
        qFatal("%s", qPrintable(loaded.error().message));
    }
    return loaded.value();
}

BacktestSpec spec(const QString &folder, qint64 length, const QList<Variant> &variants, int jobs)
{
    BacktestSpec s;
    for (int i = 0; i < kSymbols; ++i) {
        s.files << QDir(folder).filePath(u"candles-%1.csv"_s.arg(i))
                << QDir(folder).filePath(u"liquidations-%1.csv"_s.arg(i));
    }
    s.to = kStart + length;
    s.variants = variants;
    for (auto it = variants.first().config.symbols.cbegin(); it != variants.first().config.symbols.cend(); ++it) {
        core::SymbolFilters f;
        f.symbol = it.key();
        f.minNotional = core::Decimal::fromInt(5);
        s.filters.append(f);
    }
    s.keepsHistory = false;
    s.jobs = jobs;
    return s;
}

QString dataFolder()
{
    static QTemporaryDir dir;
    static bool isGenerated = false;
    if (const QByteArray kept = qgetenv("BENCH_BACKTEST_DATA"); !kept.isEmpty()) {
        return QString::fromLocal8Bit(kept); // a folder generated before (its path is printed)
    }
    if (!isGenerated) {
        QElapsedTimer timer;
        timer.start();
        generate(dir.path(), kYear);
        std::printf("generated a year of 1-minute candles x %d symbols with liquidations in %.1f s (%s)\n", kSymbols,
            double(timer.elapsed()) / 1000.0, qPrintable(dir.path()));
        isGenerated = true;
    }
    return dir.path();
}

qint64 processCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// Wall time of run(); its CPU time (all threads) into *cpuNs: on a machine other work shares,
// the CPU time is the steadier figure.
qint64 checkedRun(BacktestRunner &runner, qint64 *events, qint64 *cpuNs = nullptr)
{
    if (auto checked = runner.check(); !checked) {
        qFatal("%s", qPrintable(checked.error().message));
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuBefore = processCpuNs();
    const auto results = runner.run();
    const qint64 elapsed = timer.nsecsElapsed();
    if (cpuNs) {
        *cpuNs = processCpuNs() - cpuBefore;
    }
    *events = 0;
    for (const VariantResult &r : results) {
        if (!r.error.isEmpty()) {
            qFatal("%s", qPrintable(r.error));
        }
        *events += r.marketEvents;
    }
    return elapsed;
}

// BENCH_BACKTEST_DAYS=N replays only the first N days (a quicker look while profiling).
qint64 replayLength()
{
    const int days = qEnvironmentVariableIntValue("BENCH_BACKTEST_DAYS");
    return days > 0 ? days * kDay : kYear;
}

void BM_ReplayYear(benchmark::State &state)
{
    const QString folder = dataFolder();
    for (auto _ : state) {
        BacktestRunner runner(spec(folder, replayLength(), { Variant { u"v0"_s, {}, config() } }, 1));
        qint64 events = 0;
        qint64 cpu = 0;
        const qint64 ns = checkedRun(runner, &events, &cpu);
        state.SetIterationTime(double(ns) / 1e9);
        state.counters["events"] = double(events);
        state.counters["events_per_s"] = double(events) / (double(ns) / 1e9);
        state.counters["events_per_cpu_s"] = double(events) / (double(cpu) / 1e9);
        std::fflush(stdout);
        std::printf("replay, one variant, one core: %lld market events in %.2f s wall = %.0f events/s "
                    "(%.2f s CPU = %.0f events per CPU second)\n",
            events, double(ns) / 1e9, double(events) / (double(ns) / 1e9), double(cpu) / 1e9,
            double(events) / (double(cpu) / 1e9));
    }
}

void BM_Grid16(benchmark::State &state)
{
    const QString folder = dataFolder();
    QList<Vary> varies { { u"closingStrategy"_s, { u"LIFO"_s, u"FIFO"_s, u"WORST_FIRST"_s, u"BEST_FIRST"_s } },
        { u"trancheIsolationThreshold"_s, { u"1"_s, u"1.5"_s, u"2"_s, u"3"_s } } };
    const auto variants = VariantGrid::build(config(), varies);
    const qint64 length = 7 * kDay;
    for (auto _ : state) {
        qint64 events = 0;
        BacktestRunner sequential(spec(folder, length, variants.value(), 1));
        const qint64 one = checkedRun(sequential, &events);
        BacktestRunner parallel(spec(folder, length, variants.value(), 2));
        const qint64 two = checkedRun(parallel, &events);
        state.SetIterationTime(double(two) / 1e9);
        state.counters["ratio"] = double(two) / double(one);
        std::printf("16-variant grid on a week: one thread %.2f s, two threads %.2f s, ratio %.2f\n", double(one) / 1e9,
            double(two) / 1e9, double(two) / double(one));
    }
}

// The peak memory of a replay is measured in a fresh process of its own (ru_maxrss only grows).
void BM_PeakMemory(benchmark::State &state)
{
    const QString folder = dataFolder();
    for (auto _ : state) {
        for (const auto &[name, length] : { std::pair { u"month"_s, 30 * kDay }, std::pair { u"year"_s, kYear } }) {
            QProcess child;
            child.start(
                QCoreApplication::applicationFilePath(), { u"--memory-child"_s, folder, QString::number(length) });
            child.waitForFinished(-1);
            const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
            state.counters["peak_kib_" + name.toStdString()] = out.toDouble();
            std::printf(
                "peak memory (ru_maxrss), replay of a %s: %.1f MiB\n", qPrintable(name), out.toDouble() / 1024.0);
        }
    }
}

int memoryChild(const QString &folder, qint64 length)
{
    BacktestRunner runner(spec(folder, length, { Variant { u"v0"_s, {}, config() } }, 1));
    qint64 events = 0;
    checkedRun(runner, &events);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%ld\n", usage.ru_maxrss);
    return 0;
}

} // namespace

BENCHMARK(BM_ReplayYear)->Unit(benchmark::kSecond)->Iterations(1)->UseManualTime();
BENCHMARK(BM_Grid16)->Unit(benchmark::kSecond)->Iterations(1)->UseManualTime();
BENCHMARK(BM_PeakMemory)->Unit(benchmark::kSecond)->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false\ntrd.*.warning=false"_s);
    QHashSeed::setDeterministicGlobalSeed();
    if (argc == 4 && qstrcmp(argv[1], "--memory-child") == 0) {
        return memoryChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
