// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_control: an engine event → the event in a remote window's mirror (RemoteEngine, the store
// the remote window's models read; its eventAdded is what the timeline model appends), over
// loopback WebSockets (tranchedesk-engine's control protocol), with 10 windows connected. Two
// markets, one line each:
//   1. issue 13's figure: the demo market with 50 symbols, every one ticking once a second;
//   2. the demo market's 5 symbols ticking every 20 ms (250 marks a second).
// The engine runs PAPER with entries paused; 2,000 events are recorded 5 ms apart. Prints p50 and
// p99 over every (event, window) pair — from the event's recording (its step's SQLite commit,
// synchronous=FULL, included) and from the moment that step returned — and the time a new window
// takes from connecting to its snapshot applied. TRD_BENCH_CLIENTS varies the number of windows.
// The windows share the engine's thread, so every step the engine runs meanwhile (and its fsync)
// delays them too: on a disk that other work keeps busy the p99 is the disk's, not the protocol's.
#include "control/ControlServer.h"
#include "control/TokenStore.h"
#include "host/EngineHost.h"
#include "secrets/SecretStore.h"
#include "session/RemoteEngine.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace trd;
using namespace trd::engine;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kEvents = 2000;

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

QString ms(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

// One engine on its own data folder, `clients` remote windows, the events and what they measured.
bool runMarket(const QString &label, int symbols, int tickMs, int clients)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    EngineOptions options;
    options.dataDir = dir.path();
    options.seed = 3;
    options.demoIntervalMs = tickMs;
    options.demoSymbols = symbols;
    MemorySecretStore secrets;
    EngineHost host(options, &secrets);
    if (!host.start()) {
        QTextStream(stderr) << "bench_control: the engine did not start\n";
        return false;
    }
    host.setEntriesPaused(true);
    TokenStore tokens(QDir(dir.path()).filePath(u"tokens.json"_s));
    const QString token = tokens.add(u"bench"_s, TokenStore::Role::Watch).value();
    ControlServer::Settings settings;
    settings.port = 0;
    ControlServer server(&host, &tokens, settings);
    if (!server.listen()) {
        QTextStream(stderr) << "bench_control: cannot listen on 127.0.0.1\n";
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<ui::RemoteEngine>> windows;
    std::vector<double> snapshotMs;
    for (int i = 0; i < clients; ++i) {
        windows.push_back(std::make_unique<ui::RemoteEngine>(
            ControlClient::Settings { server.url(), token, u"bench %1"_s.arg(i), 0, {} }));
        QSignalSpy snapshot(windows.back()->client(), &ControlClient::snapshotApplied);
        const qint64 start = timer.nsecsElapsed();
        windows.back()->open();
        if (!snapshot.wait(10000)) {
            QTextStream(stderr) << "bench_control: no snapshot\n";
            return false;
        }
        snapshotMs.push_back(double(timer.nsecsElapsed() - start) / 1e6);
    }

    // Each event's time of recording, by its id.
    QHash<qint64, qint64> recordedAt;
    QHash<qint64, qint64> committedAt; // the bench's own events, once their step has committed
    qint64 lastRecorded = 0;
    QObject::connect(host.manager(), &core::TrancheManager::eventRecorded, &host, [&](const core::TrancheEvent &event) {
        recordedAt.insert(event.id, timer.nsecsElapsed());
        lastRecorded = event.id;
    });
    std::vector<double> micros;
    std::vector<double> protocolMicros;
    micros.reserve(size_t(kEvents) * size_t(clients));
    QEventLoop loop;
    int benchEvents = 0;
    for (const auto &window : windows) {
        QObject::connect(window.get(), &ui::RemoteEngine::eventAdded, &loop, [&](const core::TrancheEvent &event) {
            if (!committedAt.contains(event.id)) {
                return; // the engine's own (a refused entry while paused), not one of the bench's
            }
            micros.push_back(double(timer.nsecsElapsed() - recordedAt.value(event.id)) / 1000.0);
            protocolMicros.push_back(double(timer.nsecsElapsed() - committedAt.value(event.id)) / 1000.0);
            if (++benchEvents == kEvents * clients) {
                loop.quit();
            }
        });
    }
    int recorded = 0;
    QTimer pace;
    pace.setInterval(5);
    QObject::connect(&pace, &QTimer::timeout, &loop, [&] {
        host.manager()->recordAccountAlert(u"bench"_s, QString(), u"bench event %1"_s.arg(recorded));
        committedAt.insert(lastRecorded, timer.nsecsElapsed());
        if (++recorded == kEvents) {
            pace.stop();
        }
    });
    pace.start();
    QTimer::singleShot(120'000, &loop, [&] { loop.exit(1); });
    const int rc = loop.exec();
    QTextStream(stdout) << "bench_control: " << label << ", " << clients << " remote windows, " << kEvents
                        << " events, " << micros.size() << " deliveries: engine event -> window's mirror p50 "
                        << ms(percentile(micros, 0.5) / 1000.0) << " ms, p99 " << ms(percentile(micros, 0.99) / 1000.0)
                        << " ms (the step's durable commit included); committed -> mirror p50 "
                        << ms(percentile(protocolMicros, 0.5) / 1000.0) << " ms, p99 "
                        << ms(percentile(protocolMicros, 0.99) / 1000.0) << " ms; snapshot to a new window p50 "
                        << ms(percentile(snapshotMs, 0.5), 2) << " ms, max " << ms(percentile(snapshotMs, 1.0), 2)
                        << " ms\n";
    for (const auto &window : windows) {
        window->close();
    }
    server.close();
    host.stop();
    return rc == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    const int clients = qEnvironmentVariableIntValue("TRD_BENCH_CLIENTS") > 0
        ? qEnvironmentVariableIntValue("TRD_BENCH_CLIENTS")
        : 10;
    const bool isIssueMarketDone = runMarket(u"50 symbols each ticking every second"_s, 50, 1000, clients);
    const bool isFastMarketDone = runMarket(u"5 symbols each ticking every 20 ms"_s, 5, 20, clients);
    return isIssueMarketDone && isFastMarketDone ? 0 : 1;
}
