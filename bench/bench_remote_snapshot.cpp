// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_remote_snapshot [--store FILE]: a new remote window onto an engine whose store holds
// 100,000 closed tranches and 1,000,000 events (issue 13: first paint < 1 s, paged). The engine
// (EngineHost in PAPER, entries paused, and its ControlServer on 127.0.0.1) opens a copy of
// bench_gui's cached store; then the remote window is built as `tranchedesk --connect` builds it
// (RemoteEngine, DeskSession, MainWindow on the offscreen platform) and the bench prints the time
// from the start of the window to: its first paint; the snapshot applied; the tranche table's and
// the timeline's first page in their models (1,000 tranches, the snapshot's 100 events); the next
// paint after both; the whole closed history read through the history command; and the longest
// UI-thread stall while it was read.
#include "HistoryStore.h"
#include "PaintProbe.h"
#include "StallWatch.h"
#include "control/ControlServer.h"
#include "control/TokenStore.h"
#include "host/EngineHost.h"
#include "mainwindow/MainWindow.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "settings/SecretStore.h"
#include "timeline/EventTableModel.h"
#include "tranches/TrancheTableModel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace trd;

namespace {

constexpr int kFirstTranchePage = 1000; // the history command's page
constexpr int kFirstEventPage = 100; // the snapshot's events

// Runs the event loop until `done` holds or `timeoutMs` passes: the elapsed time then, or -1.
qint64 waitFor(const QElapsedTimer &clock, const std::function<bool()> &done, qint64 timeoutMs = 60'000)
{
    const qint64 deadline = clock.elapsed() + timeoutMs;
    while (!done()) {
        if (clock.elapsed() > deadline) {
            return -1;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return clock.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*=false"_s);
    QString storePath = QDir::temp().filePath(u"trd_bench_gui_store.sqlite"_s);
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--store") {
            storePath = args[i + 1];
        }
    }
    if (!bench::buildHistoryStore(storePath)) {
        return 1;
    }
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    engine::EngineOptions options;
    options.dataDir = dir.path();
    options.seed = 9;
    // The engine works on a copy, so the cached store stays exactly what it was.
    if (!QFile::copy(storePath, options.storePath())) {
        std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(storePath), qPrintable(options.storePath()));
        return 1;
    }
    QElapsedTimer engineStart;
    engineStart.start();
    engine::MemorySecretStore secrets;
    engine::EngineHost host(options, &secrets);
    if (auto started = host.start(); !started) {
        std::fprintf(stderr, "the engine did not start: %s\n", qPrintable(started.error().message));
        return 1;
    }
    host.setEntriesPaused(true);
    engine::TokenStore tokens(QDir(dir.path()).filePath(u"tokens.json"_s));
    const QString token = tokens.add(u"bench"_s, engine::TokenStore::Role::Watch).value();
    engine::ControlServer::Settings settings;
    settings.port = 0;
    engine::ControlServer server(&host, &tokens, settings);
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    const qint64 engineStartMs = engineStart.elapsed();

    QElapsedTimer clock;
    bench::PaintProbe probe;
    probe.clock = &clock;
    app.installEventFilter(&probe);
    clock.start();
    ui::RemoteEngine remote(engine::ControlClient::Settings { server.url(), token, u"bench"_s, 0, {} });
    ui::MemorySecretStore windowSecrets;
    ui::DeskSession session(nullptr, &remote, &windowSecrets, QString());
    session.setRemote(&remote);
    remote.bind(&session);
    ui::MainWindow window(&session);
    window.show();
    window.loadData();
    qint64 snapshotMs = -1;
    QObject::connect(remote.client(), &engine::ControlClient::snapshotApplied, &app, [&] {
        if (snapshotMs < 0) {
            snapshotMs = clock.elapsed();
        }
    });
    remote.open();
    ui::TrancheTableModel *tranches = window.trancheModel();
    ui::EventTableModel *events = window.eventModel();
    const qint64 tranchePageMs = waitFor(clock, [&] { return tranches->rowCount() >= kFirstTranchePage; });
    const qint64 eventPageMs = waitFor(clock, [&] { return events->rowCount() >= kFirstEventPage; });
    const qint64 firstPaintMs = probe.firstPaintMs;
    probe.firstPaintMs = -1; // the next paint: the first one that can show both pages
    const qint64 pagesPaintMs = waitFor(
        clock, [&] { return probe.firstPaintMs >= 0; }, 5000);
    app.removeEventFilter(&probe);
    bench::StallWatch stalls;
    stalls.start(0);
    const qint64 historyMs = waitFor(
        clock, [&] { return tranches->rowCount() >= bench::kClosedTranches; }, 600'000);
    stalls.stop();
    std::printf("engine start on the store (100,000 closed tranches, 1,000,000 events): %lld ms\n",
        static_cast<long long>(engineStartMs));
    std::printf("remote window, from its start: first paint %lld ms; snapshot applied %lld ms; first page of "
                "tranches (%d rows) %lld ms; first page of events (%d rows) %lld ms; painted with both %lld ms "
                "(target < 1000 ms)\n",
        static_cast<long long>(firstPaintMs), static_cast<long long>(snapshotMs), kFirstTranchePage,
        static_cast<long long>(tranchePageMs), kFirstEventPage, static_cast<long long>(eventPageMs),
        static_cast<long long>(pagesPaintMs));
    std::printf("whole closed history in the tranche table (%d rows, history command pages): %lld ms; longest "
                "UI-thread stall meanwhile %lld ms (%d gaps over 16 ms)\n",
        tranches->rowCount(), static_cast<long long>(historyMs), static_cast<long long>(stalls.worst()), stalls.late());
    remote.close();
    server.close();
    host.stop();
    return tranchePageMs >= 0 && eventPageMs >= 0 ? 0 : 1;
}
