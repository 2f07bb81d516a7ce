// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HunterTally.h"
#include "common/Clock.h"
#include "demo/DemoMarket.h"
#include "store/TrancheStore.h"

#include <QDebug>
#include <QPair>
#include <QStringList>

#include <algorithm>
#include <functional>

// The demo-day scenario of tst_hunterdemoday and tst_hunterdemoday_loopback: the seeded demo
// market stepped once a simulated second on a ManualClock, the reconciliation the app's sync
// timer runs every ten minutes, and the books checked against the matching engine after it.
namespace demo_day {

constexpr qint64 kStartMs = 1'760'000'000'000;
constexpr int kSyncEverySteps = 600;

// Paper mode's wiring: the demo market plays the streams straight into the hunter.
inline void feedHunter(trd::exchange::DemoMarket &market, trd::core::LiquidationHunter &hunter)
{
    using trd::core::LiquidationHunter;
    using trd::exchange::DemoMarket;
    QObject::connect(&market, &DemoMarket::liquidation, &hunter, &LiquidationHunter::onLiquidation);
    QObject::connect(&market, &DemoMarket::bookTicker, &hunter, &LiquidationHunter::onBookTicker);
    QObject::connect(&market, &DemoMarket::candleClosed, &hunter, &LiquidationHunter::onCandle);
}

// What a run must be given. `settle` is called after every step and every sync, and returns
// once the exchange has answered everything it was asked (the paper exchange answers at once:
// no settle); false fails the run.
struct Run
{
    trd::core::ManualClock *clock = nullptr;
    trd::exchange::DemoMarket *market = nullptr;
    const trd::exchange::PaperMatchingEngine *engine = nullptr;
    trd::core::TrancheManager *manager = nullptr;
    HunterTally *tally = nullptr;
    std::function<bool()> settle {};
};

// Steps the market `steps` times; returns the step after which the first tranche existed (-1:
// none, or the run failed; QTest::currentTestFailed() tells which).
inline int run(const Run &r, int steps)
{
    const auto settle = [&r] { return !r.settle || r.settle(); };
    int firstCreatedAt = -1;
    for (int i = 1; i <= steps; ++i) {
        r.clock->advanceMs(1000);
        r.market->step();
        if (!settle()) {
            qWarning() << "the exchange did not settle after step" << i;
            QTest::qFail("the exchange did not settle", __FILE__, __LINE__);
            return -1;
        }
        if (firstCreatedAt < 0 && r.tally->created > 0) {
            firstCreatedAt = i;
        }
        if (i % kSyncEverySteps == 0 || i == steps) {
            r.manager->requestSync(); // what the app's sync timer does
            if (!settle()) {
                QTest::qFail("the exchange did not settle after a sync", __FILE__, __LINE__);
                return -1;
            }
            HunterTally::checkBooks(*r.engine, *r.manager);
            if (QTest::currentTestFailed()) {
                qWarning() << "books differ after" << i << "seconds";
                return -1;
            }
        }
    }
    return firstCreatedAt;
}

// Every tranche the store holds, in creation order, with every field that follows from the
// market and the rules. Left out: the ids (tranche ids are random; order ids carry them), and
// the unrealized P&L, a snapshot written at whichever mark was last seen when the throttle let
// it through (the live market stream brings every symbol's mark with each one that moves).
// Realized P&L is compared before funding: both exchanges charge it, but the live client learns
// of a payment from the income history, read after the stream's FUNDING_FEE event, so a run that
// ends just after 00:00, 08:00 or 16:00 UTC may stop before its live books have it.
inline QStringList describeTranches(trd::core::TrancheStore &store)
{
    QList<trd::core::Tranche> all = store.allTranches().value();
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
    QStringList lines;
    for (const trd::core::Tranche &t : std::as_const(all)) {
        const QList<QPair<const char *, QString>> fields { { "seq", QString::number(t.seq) }, { "symbol", t.symbol },
            { "side", toString(t.side) }, { "leverage", QString::number(t.leverage) },
            { "entered", t.originalQuantity.toString() }, { "entry", t.entryPrice.toString() },
            { "at", QString::number(t.entryTime) }, { "open", t.quantity.toString() }, { "tp", t.tpPrice.toString() },
            { "sl", t.slPrice.toString() }, { "isolated", QString::number(t.isolationTime) },
            { "isolation", t.isolationPrice.toString() }, { "status", toString(t.status) },
            { "reason", toString(t.closeReason) }, { "exit", t.exitPrice.toString() },
            { "exited", QString::number(t.exitTime) }, { "pnl", (t.realizedPnl - t.fundingFee).toString() },
            { "fees", t.feesPaid.toString() } };
        QStringList line;
        for (const auto &[name, value] : fields) {
            line << QString::fromLatin1(name) + u'=' + value;
        }
        lines << line.join(u' ');
    }
    return lines;
}

} // namespace demo_day
