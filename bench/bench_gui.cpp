// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_gui [--seconds N] [--store FILE]
// 1. Launch to first paint with a store of 100,000 closed tranches and 1,000,000 events
//    (target < 1 s), the time until the window has read them in pages, and the longest
//    UI-thread stall while it does.
// 2. The longest UI-thread stall while 50 symbols each get a new mark every second (target
//    < 16 ms), measured by a 1 ms precise timer that reports how late it fires.
// 3. Peak memory (VmHWM; target < 300 MB).
// Run it under the offscreen platform or Xvfb. The generated store is cached beside the
// temporary folder, so later runs start at once.
#include "HistoryStore.h"
#include "PaintProbe.h"
#include "SqliteTrancheStore.h"
#include "StallWatch.h"
#include "mainwindow/MainWindow.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "session/DeskSession.h"
#include "settings/SecretStore.h"
#include "tranche/TrancheManager.h"
#include "tranches/TrancheTableModel.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace trd;

namespace {

using bench::kClosedTranches;
using bench::kSymbols;
using bench::symbolName;

long peakMemoryKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*=false"_s);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    int seconds = 60;
    QString storePath = QDir::temp().filePath(u"trd_bench_gui_store.sqlite"_s);
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--seconds") {
            seconds = std::max(1, args[i + 1].toInt());
        } else if (args[i] == u"--store") {
            storePath = args[i + 1];
        }
    }
    if (!bench::buildHistoryStore(storePath)) {
        return 1;
    }
    // Each run works on a copy, so the cached store stays exactly 100,000 closed tranches.
    QTemporaryDir runDir;
    const QString runStorePath = runDir.filePath(u"store.sqlite"_s);
    if (!QFile::copy(storePath, runStorePath)) {
        std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(storePath), qPrintable(runStorePath));
        return 1;
    }

    // --- 1. Launch to first paint -------------------------------------------------------------
    bench::PaintProbe probe;
    QElapsedTimer launch;
    probe.clock = &launch;
    app.installEventFilter(&probe);
    launch.start();
    core::SystemClock clock;
    auto opened = storage::SqliteTrancheStore::open(runStorePath);
    if (!opened) {
        return 1;
    }
    auto store = std::move(opened).value();
    exchange::PaperMatchingEngine::Settings paperSettings;
    paperSettings.positionMode = core::PositionMode::Hedge;
    paperSettings.startingBalance = core::Decimal::fromInt(10'000'000);
    exchange::PaperMatchingEngine engine(&clock, paperSettings);
    exchange::PaperExchange paper(&engine);
    core::TrancheManager manager(&paper, store.get(), &clock);
    core::AppConfig config;
    config.global.maxOpenPositions = 50;
    config.global.closedRetentionDays = 0;
    config.global.positionMode = core::PositionMode::Hedge;
    for (int i = 0; i < kSymbols; ++i) {
        core::SymbolConfig s;
        s.enableTrancheManagement = true;
        s.maxTranches = 5;
        s.maxIsolatedTranches = 4;
        s.trancheIsolationThreshold = core::Decimal::fromInt(50);
        s.slPercent = core::Decimal::fromInt(60);
        s.tpPercent = core::Decimal::fromInt(60);
        config.symbols.insert(symbolName(i), s);
    }
    manager.setConfig(config);
    if (!manager.start()) {
        return 1;
    }
    ui::MemorySecretStore secrets;
    ui::DeskSession session(&manager, store.get(), &secrets, QString());
    session.setInitialConfig(config);
    ui::MainWindow window(&session);
    window.show();
    while (probe.firstPaintMs < 0 && launch.elapsed() < 30'000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    const qint64 firstPaint = probe.firstPaintMs;
    app.removeEventFilter(&probe);
    bench::StallWatch stalls;
    stalls.start(0);
    window.loadData();
    while (!window.trancheModel()->isHistoryLoaded()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    stalls.stop();
    const qint64 loaded = launch.elapsed();
    std::printf("launch to first paint:            %lld ms (target < 1000 ms)\n", static_cast<long long>(firstPaint));
    std::printf("launch to history read:           %lld ms (%zu tranches in pages, newest %d-event page)\n",
        static_cast<long long>(loaded), window.trancheModel()->tranches().size(), 500);
    std::printf("longest UI-thread stall meanwhile: %lld ms (target < 16 ms; %d gaps over 16 ms)\n",
        static_cast<long long>(stalls.worst()), stalls.late());

    // --- 2. Stalls while 50 symbols tick every second ------------------------------------------
    std::mt19937_64 rng(7);
    QList<double> prices;
    for (int i = 0; i < kSymbols; ++i) {
        prices << 100.0 + i;
        engine.setMarkPrice(symbolName(i), core::Decimal::fromString(QString::number(prices[i], 'f', 2)));
        for (int k = 0; k < 3; ++k) {
            core::EntryRequest request;
            request.symbol = symbolName(i);
            request.side = k % 2 ? core::Side::Short : core::Side::Long;
            request.quantity = core::Decimal::fromString(u"0.5");
            manager.enter(request);
        }
    }
    window.setSelection(symbolName(0));
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    int next = 0;
    // One symbol every 20 ms: each of the 50 gets a new mark every second.
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const int i = next++ % kSymbols;
        prices[i] *= 1.0 + (double(rng() % 2001) - 1000.0) / 100'000.0;
        engine.setMarkPrice(symbolName(i), core::Decimal::fromString(QString::number(prices[i], 'f', 2)));
    });
    ticker.start(1000 / kSymbols);
    stalls.start(1000);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    QApplication::exec();
    std::printf("longest UI-thread stall:          %lld ms over %d s, 50 symbols ticking every second "
                "(target < 16 ms; %d gaps over 16 ms)\n",
        static_cast<long long>(stalls.worst()), seconds, stalls.late());
    QElapsedTimer readTimer;
    readTimer.start();
    const auto all = store->allTranches();
    std::printf(
        "reading every tranche at once:    %lld ms (TrancheStore::allTranches, %lld rows; not done by the UI)\n",
        static_cast<long long>(readTimer.elapsed()), static_cast<long long>(all ? all.value().size() : 0));
    std::printf("peak memory (VmHWM):              %.1f MB (target < 300 MB)\n", double(peakMemoryKb()) / 1024.0);
    return 0;
}
