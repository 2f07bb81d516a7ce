// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_control: an engine event → the delta applied in remote clients' state, over loopback
// WebSockets (tranchedesk-engine's control protocol). The engine runs PAPER on the demo market
// (its 5 symbols ticking every 20 ms: 250 marks a second, so marks deltas flow too) with 10
// clients connected; 2,000 events are recorded 5 ms apart. Prints p50 and p99 over every
// (event, client) pair — from the event's recording (its step's SQLite commit, synchronous=FULL,
// included) and from the moment that step returned — and the time a new client takes from
// connecting to its snapshot. TRD_BENCH_CLIENTS and TRD_BENCH_TICK_MS vary it.
#include "control/ControlClient.h"
#include "control/ControlServer.h"
#include "control/TokenStore.h"
#include "host/EngineHost.h"
#include "secrets/SecretStore.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    const int kClients = qEnvironmentVariableIntValue("TRD_BENCH_CLIENTS") > 0
        ? qEnvironmentVariableIntValue("TRD_BENCH_CLIENTS")
        : 10;
    constexpr int kEvents = 2000;
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    EngineOptions options;
    options.dataDir = dir.path();
    options.seed = 3;
    options.demoIntervalMs = qEnvironmentVariableIntValue("TRD_BENCH_TICK_MS") > 0
        ? qEnvironmentVariableIntValue("TRD_BENCH_TICK_MS")
        : 20;
    MemorySecretStore secrets;
    EngineHost host(options, &secrets);
    if (!host.start()) {
        QTextStream(stderr) << "bench_control: the engine did not start\n";
        return 1;
    }
    host.setEntriesPaused(true);
    TokenStore tokens(QDir(dir.path()).filePath(u"tokens.json"_s));
    const QString token = tokens.add(u"bench"_s, TokenStore::Role::Watch).value();
    ControlServer::Settings settings;
    settings.port = 0;
    ControlServer server(&host, &tokens, settings);
    if (!server.listen()) {
        QTextStream(stderr) << "bench_control: cannot listen on 127.0.0.1\n";
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<ControlClient>> clients;
    std::vector<double> snapshotMs;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<ControlClient>(
            ControlClient::Settings { server.url(), token, u"bench %1"_s.arg(i), 0, {} }));
        QSignalSpy snapshot(clients.back().get(), &ControlClient::snapshotApplied);
        const qint64 start = timer.nsecsElapsed();
        clients.back()->open();
        if (!snapshot.wait(10000)) {
            QTextStream(stderr) << "bench_control: no snapshot\n";
            return 1;
        }
        snapshotMs.push_back(double(timer.nsecsElapsed() - start) / 1e6);
    }

    // Each event's time of recording, by its id; a client has applied it when its last event id
    // is that one.
    QHash<qint64, qint64> recordedAt;
    QHash<qint64, qint64> committedAt; // the bench's own events, once their step has committed
    qint64 lastRecorded = 0;
    QObject::connect(host.manager(), &core::TrancheManager::eventRecorded, &app, [&](const core::TrancheEvent &event) {
        recordedAt.insert(event.id, timer.nsecsElapsed());
        lastRecorded = event.id;
    });
    std::vector<double> micros;
    std::vector<double> protocolMicros;
    micros.reserve(size_t(kEvents) * kClients);
    int benchEvents = 0;
    for (const auto &client : clients) {
        ControlClient *c = client.get();
        QObject::connect(c, &ControlClient::deltaApplied, &app, [&, c](qint64, const QString &kind) {
            const qint64 id = c->eventIds().isEmpty() ? 0 : c->eventIds().last();
            if (kind == u"event"_s && recordedAt.contains(id)) {
                micros.push_back(double(timer.nsecsElapsed() - recordedAt.value(id)) / 1000.0);
                if (committedAt.contains(id)) {
                    protocolMicros.push_back(double(timer.nsecsElapsed() - committedAt.value(id)) / 1000.0);
                }
                if (++benchEvents == kEvents * kClients) {
                    app.quit();
                }
            }
        });
    }
    int recorded = 0;
    QTimer pace;
    pace.setInterval(5);
    QObject::connect(&pace, &QTimer::timeout, &app, [&] {
        host.manager()->recordAccountAlert(u"bench"_s, QString(), u"bench event %1"_s.arg(recorded));
        committedAt.insert(lastRecorded, timer.nsecsElapsed());
        if (++recorded == kEvents) {
            pace.stop();
        }
    });
    pace.start();
    QTimer::singleShot(120'000, &app, [&] { app.exit(1); });
    const int rc = app.exec();
    QTextStream(stdout) << "bench_control: " << kClients << " clients, " << kEvents << " events, " << micros.size()
                        << " deliveries: engine event -> client state p50 "
                        << QString::number(percentile(micros, 0.5) / 1000.0, 'f', 3) << " ms, p99 "
                        << QString::number(percentile(micros, 0.99) / 1000.0, 'f', 3)
                        << " ms (the step's durable commit included); committed -> client state p50 "
                        << QString::number(percentile(protocolMicros, 0.5) / 1000.0, 'f', 3) << " ms, p99 "
                        << QString::number(percentile(protocolMicros, 0.99) / 1000.0, 'f', 3)
                        << " ms; snapshot to a new client p50 " << QString::number(percentile(snapshotMs, 0.5), 'f', 2)
                        << " ms, max " << QString::number(percentile(snapshotMs, 1.0), 'f', 2) << " ms\n";
    host.stop();
    return rc;
}
