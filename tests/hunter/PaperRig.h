// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DecimalPrinter.h"
#include "FakeStore.h"
#include "common/Clock.h"
#include "hunter/LiquidationHunter.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QHash>
#include <QTest>

#include <memory>

// The hunter, a TrancheManager and the paper exchange wired as the application wires them, on a
// ManualClock, with the invariants of issue 4 checked on demand:
// - every open tranche has exactly its two protective orders, resting on the exchange;
// - the open tranches of a symbol and side add up to the exchange's position;
// - no entry was ever sent past a limit of tranche-rules §4.
struct PaperRig
{
    trd::core::ManualClock clock;
    trd::exchange::PaperMatchingEngine engine;
    trd::exchange::PaperExchange exchange;
    trd::test::FakeStore store;
    trd::core::TrancheManager manager;
    trd::core::LiquidationHunter hunter;
    int created = 0;
    int isolated = 0;
    int closed = 0;
    int entriesSent = 0;
    QStringList violations;

    static trd::exchange::PaperMatchingEngine::Settings settings(trd::core::PositionMode mode)
    {
        trd::exchange::PaperMatchingEngine::Settings s;
        s.positionMode = mode;
        return s;
    }

    PaperRig(qint64 startMs, trd::core::PositionMode mode = trd::core::PositionMode::OneWay)
        : clock(startMs)
        , engine(&clock, settings(mode))
        , exchange(&engine)
        , manager(&exchange, &store, &clock)
        , hunter(&manager, &exchange, &clock)
    {
        hunter.setTimersEnabled(false);
        QObject::connect(
            &exchange, &trd::core::Exchange::markPriceUpdated, &hunter, &trd::core::LiquidationHunter::onMarkPrice);
        QObject::connect(&manager, &trd::core::TrancheManager::trancheCreated, [this] { ++created; });
        QObject::connect(&manager, &trd::core::TrancheManager::trancheIsolated, [this] { ++isolated; });
        QObject::connect(&manager, &trd::core::TrancheManager::trancheClosed, [this] { ++closed; });
        QObject::connect(&hunter, &trd::core::LiquidationHunter::entrySent,
            [this](const QString &symbol, trd::core::Side side, const QString &) { checkEntry(symbol, side); });
    }

    void configure(const trd::core::AppConfig &config)
    {
        manager.setConfig(config);
        QVERIFY(manager.start());
        hunter.setConfig(config);
    }

    // Called after an entry was sent: the entry itself may already be a tranche (the paper
    // exchange fills at once), so it is the one allowed above the counts checked here.
    void checkEntry(const QString &symbol, trd::core::Side side)
    {
        ++entriesSent;
        const trd::core::SymbolConfig cfg = manager.symbolConfig(symbol);
        if (!cfg.enableTrancheManagement) {
            return;
        }
        int open = 0;
        int isolatedOpen = 0;
        for (const trd::core::Tranche &t : manager.openTranches(symbol, side)) {
            ++open;
            isolatedOpen += t.isolated ? 1 : 0;
        }
        for (const trd::core::OrderRecord &r : manager.liveOrders()) {
            if (r.purpose == trd::core::OrderPurpose::Entry && r.symbol == symbol && r.side == side) {
                open += manager.openTranche(r.trancheId) ? 0 : 1;
            }
        }
        if (open > cfg.maxTranches) {
            violations.append(QStringLiteral("%1 %2: %3 tranches > maxTranches").arg(symbol, toString(side)).arg(open));
        }
        if (isolatedOpen >= cfg.maxIsolatedTranches) {
            violations.append(
                QStringLiteral("%1 %2: entry with %3 isolated").arg(symbol, toString(side)).arg(isolatedOpen));
        }
        if (isolatedOpen > 0 && !cfg.allowTrancheWhileIsolated) {
            violations.append(QStringLiteral("%1 %2: entry while isolated").arg(symbol, toString(side)));
        }
    }

    // The book and the exchange agree: protective orders and quantities.
    void checkBooks()
    {
        using namespace trd::core;
        QSet<QString> resting;
        int restingProtective = 0;
        for (const OpenOrder &o : engine.openOrders()) {
            resting.insert(o.clientOrderId);
            restingProtective += o.clientOrderId.startsWith(QStringLiteral("tdT"))
                    || o.clientOrderId.startsWith(QStringLiteral("tdS"))
                ? 1
                : 0;
        }
        QHash<QString, Decimal> trancheQuantity; // symbol|side
        int open = 0;
        for (const Tranche &t : manager.openTranches()) {
            ++open;
            trancheQuantity[t.symbol + u'|' + toString(t.side)] += t.quantity;
            int tp = 0;
            int sl = 0;
            for (const OrderRecord &r : manager.liveOrders()) {
                if (r.trancheId != t.id || !resting.contains(r.clientOrderId)) {
                    continue;
                }
                tp += r.purpose == OrderPurpose::TakeProfit ? 1 : 0;
                sl += r.purpose == OrderPurpose::StopLoss ? 1 : 0;
            }
            QVERIFY2(tp == 1 && sl == 1,
                qPrintable(QStringLiteral("tranche %1 has %2 TP and %3 SL resting").arg(t.id).arg(tp).arg(sl)));
        }
        QCOMPARE(restingProtective, 2 * open);
        QHash<QString, Decimal> positionQuantity;
        for (const PositionSnapshot &p : engine.positions()) {
            if (p.amount.isZero()) {
                continue;
            }
            const Side side = p.positionSide == PositionSide::Short
                    || (p.positionSide == PositionSide::Both && p.amount.isNegative())
                ? Side::Short
                : Side::Long;
            positionQuantity[p.symbol + u'|' + toString(side)] += p.amount.abs();
        }
        for (auto it = positionQuantity.cbegin(); it != positionQuantity.cend(); ++it) {
            QCOMPARE(trancheQuantity.value(it.key()), it.value());
        }
        for (auto it = trancheQuantity.cbegin(); it != trancheQuantity.cend(); ++it) {
            QCOMPARE(positionQuantity.value(it.key()), it.value());
        }
    }
};
