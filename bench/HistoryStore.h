// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteTrancheStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>

#include <cstdio>
#include <random>

namespace trd::bench {

using namespace Qt::Literals::StringLiterals;

// A store of 100,000 closed tranches on 50 symbols and 1,000,000 events, as a year of trading
// leaves it: what the desktop's and the remote window's first-paint benches open. Built once at
// `path` (about a minute) and reused while its marker document is there.
inline constexpr int kClosedTranches = 100'000;
inline constexpr int kEvents = 1'000'000;
inline constexpr int kSymbols = 50;

inline QString symbolName(int i)
{
    return u"SYM%1USDT"_s.arg(i, 2, 10, QLatin1Char('0'));
}

inline bool buildHistoryStore(const QString &path)
{
    auto opened = storage::SqliteTrancheStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "store: %s\n", qPrintable(opened.error().message));
        return false;
    }
    auto store = std::move(opened).value();
    // The engine's counters, as a store it wrote would hold them (caches from older runs lack them).
    static_cast<void>(store->saveCounters(kClosedTranches + 1, 1));
    if (auto marker = store->document(u"bench-gui"_s); marker && marker.value()) {
        return true;
    }
    std::printf("building the store (%d closed tranches, %d events)… ", kClosedTranches, kEvents);
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    // Recent enough to be history, not retention: one tranche a minute up to a week ago.
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(kClosedTranches) * 60'000 - 7 * 86'400'000LL;
    std::mt19937_64 rng(42);
    for (int i = 0; i < kClosedTranches; i += 10'000) {
        static_cast<void>(store->begin());
        for (int j = i; j < i + 10'000; ++j) {
            core::Tranche t;
            t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            t.seq = j + 1;
            t.symbol = symbolName(j % kSymbols);
            t.side = j % 2 ? core::Side::Long : core::Side::Short;
            t.entryPrice = core::Decimal::fromInt(100 + std::int64_t(rng() % 1000));
            t.quantity = core::Decimal();
            t.originalQuantity = core::Decimal::fromString(u"0.5");
            t.closedQuantity = t.originalQuantity;
            t.marginUsed = core::Decimal::fromInt(10);
            t.leverage = 10;
            t.entryTime = start + qint64(j) * 60'000;
            t.exitTime = t.entryTime + 30'000;
            t.exitPrice = t.entryPrice + core::Decimal::fromInt(std::int64_t(rng() % 7) - 3);
            t.status = core::TrancheStatus::Closed;
            t.closeReason = j % 3 ? core::CloseReason::Tp : core::CloseReason::Sl;
            t.realizedPnl = core::Decimal::fromInt(std::int64_t(rng() % 9) - 4);
            t.feesPaid = core::Decimal::fromString(u"0.02");
            t.tpPercent = core::Decimal::fromInt(1);
            t.slPercent = core::Decimal::fromInt(5);
            t.tpPrice = t.entryPrice;
            t.slPrice = t.entryPrice;
            t.updatedTime = t.exitTime;
            static_cast<void>(store->saveTranche(t));
        }
        static_cast<void>(store->commit());
    }
    for (int i = 0; i < kEvents; i += 50'000) {
        static_cast<void>(store->begin());
        for (int j = i; j < i + 50'000; ++j) {
            core::TrancheEvent e;
            e.time = start + qint64(j) * 6'000;
            e.type = j % 4 == 0 ? core::EventType::Closed : core::EventType::EntryRefused;
            e.symbol = symbolName(j % kSymbols);
            e.side = core::Side::Long;
            e.reason = u"cooldown"_s;
            static_cast<void>(store->appendEvent(e));
        }
        static_cast<void>(store->commit());
    }
    static_cast<void>(store->saveDocument(u"bench-gui"_s, "1"));
    std::printf("%.1f s\n", double(timer.elapsed()) / 1000.0);
    return true;
}

} // namespace trd::bench
