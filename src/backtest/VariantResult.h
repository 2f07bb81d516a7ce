// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <memory>

namespace trd::backtest {

class MemoryTrancheStore;

// equity.csv: the account at one moment of the replay.
struct EquityPoint
{
    qint64 time = 0;
    core::Decimal realized; // Σ realized P&L of every tranche so far (fees and funding included)
    core::Decimal unrealized; // of the exchange's positions at the last marks (against their average entry)
    core::Decimal balance; // the paper wallet
};

// One close that named no tranche (a liquidation, an outside close) and how its quantity would
// have been spread over the tranches open at that moment under each closing strategy, beside
// how the engine spread it and what one combined position (tranche management off) would have
// realized.
struct WhatIfFill
{
    static constexpr int kStrategies = 4; // LIFO, FIFO, WORST_FIRST, BEST_FIRST: ClosingStrategy order
    struct Share
    {
        QString trancheId;
        qint64 number = 0; // the tranche's # (seq)
        core::Decimal entryPrice;
        core::Decimal openQuantity; // before the fill
        core::Decimal actualQuantity;
        core::Decimal actualPnl;
        std::array<core::Decimal, kStrategies> quantity;
        std::array<core::Decimal, kStrategies> pnl;
    };
    qint64 time = 0;
    QString symbol;
    QString side; // the tranches' side, LONG or SHORT
    QString reason; // liquidation or external
    QString orderId;
    core::Decimal quantity; // what the fill took from the tranches
    core::Decimal price;
    QList<Share> shares; // every tranche open on that side, in creation order
    core::Decimal combinedPnl;
};

// What one variant of a backtest did (summary.json's variants, and its folder's files).
struct VariantResult
{
    QString id;
    QList<QPair<QString, QString>> overrides;
    qint64 marketEvents = 0;
    qint64 liquidations = 0;
    qint64 entries = 0;
    qint64 tranchesCreated = 0;
    qint64 tranchesIsolated = 0;
    qint64 tranchesLiquidated = 0;
    qint64 maxOpenTranches = 0;
    core::Decimal realizedPnl; // closed tranches, fees included, funding excluded
    core::Decimal fees; // closed tranches
    core::Decimal funding; // closed tranches
    core::Decimal netPnl; // realizedPnl + funding
    core::Decimal maxDrawdown; // largest fall of wallet + unrealized from its running peak
    core::Decimal endBalance; // the paper wallet at the end
    qint64 openTranches = 0;
    core::Decimal openUnrealizedPnl;
    core::Decimal openRealizedPnl; // partial closes and funding of the tranches still open
    QList<EquityPoint> equity;
    QList<WhatIfFill> whatIf;
    // Every tranche and event, when the run kept its history (for tranches.csv and events.csv).
    std::shared_ptr<MemoryTrancheStore> store;
    QString error; // what stopped this variant
    bool isInputError = false; // the error is in an input (it names the file and line)
    bool isCancelled = false;
};

} // namespace trd::backtest
