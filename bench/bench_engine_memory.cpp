// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_engine_memory: whether the always-on engine's memory stays flat (issue 13). Runs what
// tranchedesk-engine runs — EngineHost in PAPER on the demo market with the hunter trading the
// sample configuration, and a ControlServer on 127.0.0.1 — on a clock 100 times faster than real
// time, so a simulated day takes 14.4 minutes. Samples the resident set (/proc/self/statm) and the
// heap in use (mallinfo2) once each simulated hour and prints them with the tranches and events
// the day made, then the growth from hour 1 to the last. TRD_BENCH_HOURS (default 24) shortens the
// run, TRD_BENCH_SPEED (default 100) changes the pace, TRD_BENCH_SYMBOLS (default 5) widens the
// market, TRD_BENCH_DELTAS (default 20,000, the engine's) sets how many deltas the control server
// keeps for clients that resume: the column "deltas" says when that ring is full. With
// TRD_BENCH_LEAVE_HEAP set it exits without tearing down, so `heaptrack` lists what the engine
// holds at the last hour as leaks.
#include "control/ControlServer.h"
#include "control/TokenStore.h"
#include "host/EngineHost.h"
#include "secrets/SecretStore.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <unistd.h>

using namespace trd;
using namespace trd::engine;
using namespace Qt::Literals::StringLiterals;

namespace {

int envInt(const char *name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

double residentMiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return double(fields.value(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

double heapInUseMiB()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    const int hours = envInt("TRD_BENCH_HOURS", 24);
    const int speed = envInt("TRD_BENCH_SPEED", 100);
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    EngineOptions options;
    options.dataDir = dir.path();
    options.seed = 5;
    options.clockSpeed = speed;
    options.demoSymbols = envInt("TRD_BENCH_SYMBOLS", 5);
    MemorySecretStore secrets;
    EngineHost host(options, &secrets);
    if (auto started = host.start(); !started) {
        std::fprintf(
            stderr, "bench_engine_memory: the engine did not start: %s\n", qPrintable(started.error().message));
        return 1;
    }
    TokenStore tokens(QDir(dir.path()).filePath(u"tokens.json"_s));
    ControlServer::Settings settings;
    settings.port = 0;
    settings.deltaCapacity = envInt("TRD_BENCH_DELTAS", settings.deltaCapacity);
    ControlServer server(&host, &tokens, settings);
    if (!server.listen()) {
        std::fprintf(stderr, "bench_engine_memory: cannot listen on 127.0.0.1\n");
        return 1;
    }
    qint64 events = 0;
    qint64 created = 0;
    qint64 closed = 0;
    QObject::connect(host.manager(), &core::TrancheManager::eventRecorded, &app, [&] { ++events; });
    QObject::connect(host.manager(), &core::TrancheManager::trancheCreated, &app, [&] { ++created; });
    QObject::connect(host.manager(), &core::TrancheManager::trancheClosed, &app, [&] { ++closed; });

    std::printf("bench_engine_memory: PAPER on the demo market (%d symbols, tick every %d ms of simulated time), "
                "hunter trading, clock at %dx, %d simulated hours (%.1f real minutes)\n",
        options.demoSymbols, options.demoIntervalMs, speed, hours, hours * 3600.0 / speed / 60.0);
    std::printf("hour  RSS MiB  heap MiB  tranches made  closed  open  events  deltas  store MiB\n");
    std::fflush(stdout);
    QList<double> rss;
    QList<double> heap;
    QElapsedTimer real;
    real.start();
    QTimer hourly;
    hourly.setTimerType(Qt::PreciseTimer);
    hourly.setInterval(3'600'000 / speed);
    QObject::connect(&hourly, &QTimer::timeout, &app, [&] {
        rss << residentMiB();
        heap << heapInUseMiB();
        const double storeMiB = double(QFileInfo(options.storePath()).size()) / (1024.0 * 1024.0);
        std::printf("%4lld  %7.1f  %8.1f  %13lld  %6lld  %4lld  %6lld  %6lld  %9.1f\n",
            static_cast<long long>(rss.size()), rss.last(), heap.last(), static_cast<long long>(created),
            static_cast<long long>(closed), static_cast<long long>(host.manager()->openTranches().size()),
            static_cast<long long>(events), static_cast<long long>(server.lastSeq()), storeMiB);
        std::fflush(stdout);
        if (rss.size() == hours) {
            app.quit();
        }
    });
    hourly.start();
    QCoreApplication::exec();
    std::printf("growth from hour 1 to hour %lld: RSS %+.1f MiB (%+.1f %%), heap in use %+.1f MiB; %.1f real minutes\n",
        static_cast<long long>(rss.size()), rss.last() - rss.first(), 100.0 * (rss.last() - rss.first()) / rss.first(),
        heap.last() - heap.first(), double(real.elapsed()) / 60'000.0);
    if (qEnvironmentVariableIsSet("TRD_BENCH_LEAVE_HEAP")) {
        // Under heaptrack: everything the engine still holds is reported as leaked, by call site.
        std::fflush(stdout);
        std::_Exit(0);
    }
    server.close();
    host.stop();
    return 0;
}
