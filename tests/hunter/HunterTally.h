// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DecimalPrinter.h"
#include "hunter/LiquidationHunter.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTest>

// What the hunter and its TrancheManager did, and the invariants of issue 4, whatever exchange
// (paper, or the fake one over loopback) sits between them and the matching engine:
// - every open tranche has exactly its two protective orders, resting on the exchange;
// - the open tranches of a symbol and side add up to the exchange's position;
// - no entry was ever sent past a limit of tranche-rules §4.
struct HunterTally
{
    int created = 0;
    int isolated = 0;
    int closed = 0;
    int entriesSent = 0;
    int refusals = 0;
    QStringList violations;

    // The tally must outlive both.
    void watch(trd::core::TrancheManager *manager, trd::core::LiquidationHunter *hunter)
    {
        using trd::core::LiquidationHunter;
        using trd::core::TrancheManager;
        QObject::connect(manager, &TrancheManager::trancheCreated, [this] { ++created; });
        QObject::connect(manager, &TrancheManager::trancheIsolated, [this] { ++isolated; });
        QObject::connect(manager, &TrancheManager::trancheClosed, [this] { ++closed; });
        QObject::connect(hunter, &LiquidationHunter::entryRefused, [this] { ++refusals; });
        QObject::connect(hunter, &LiquidationHunter::entrySent,
            [this, manager](
                const QString &symbol, trd::core::Side side, const QString &) { checkEntry(*manager, symbol, side); });
    }

    // Called after an entry was sent: the entry itself may already be a tranche (the paper
    // exchange fills at once), so it is the one allowed above the counts checked here.
    void checkEntry(const trd::core::TrancheManager &manager, const QString &symbol, trd::core::Side side)
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

    // The books and the exchange agree: protective orders and quantities.
    static void checkBooks(const trd::exchange::PaperMatchingEngine &engine, const trd::core::TrancheManager &manager)
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
