// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VariantResult.h"
#include "common/Result.h"
#include "tranche/Tranche.h"
#include "tranche/TrancheEvent.h"

#include <QList>

#include <array>
#include <optional>

namespace trd::core {
class TrancheStore;
}

namespace trd::backtest {

// What-if on real history (issue 12 item 5): a stored run (PAPER, LIVE, or a backtest's store)
// read back, its closes that named no tranche (liquidations, closes made outside the app) found
// in the event trail, and each one spread again under every closing strategy with the same
// arithmetic as a backtest's what-if (WhatIfRecorder::attribute, ClosePlanner).
//
// The tranches open at each such close are rebuilt from the events (created, entry fills,
// isolations, closes). Two things a store does not keep are stood in for, and the report says
// so: the mark at that moment (WORST_FIRST and BEST_FIRST rank by it) is the fill's own price,
// and the fees of the fill (its own fee and the entry fees of what it closed) are known only in
// total, so each strategy spreads that total by quantity. Totals per fill are therefore exact;
// a tranche's share of the fees is an estimate (its "actual" column is the engine's own figure).
class StoredRunWhatIf
{
public:
    static constexpr int kStrategies = WhatIfFill::kStrategies;

    // Realized P&L of one tranche over every untagged close, as it was and under each strategy.
    struct TrancheTotal
    {
        QString trancheId;
        qint64 number = 0;
        QString symbol;
        QString side;
        core::Decimal actual;
        std::array<core::Decimal, kStrategies> byStrategy;
    };

    struct Report
    {
        QList<WhatIfFill> fills; // oldest first
        QList<TrancheTotal> tranches; // in creation order; only tranches some fill touched
        core::Decimal actualTotal;
        std::array<core::Decimal, kStrategies> strategyTotals;
        core::Decimal combinedTotal; // one position per symbol and side: tranche management off
        // The first close at which a strategy would have closed other tranches (or other
        // quantities) than the engine did: from there on it would have left other tranches
        // open, with their own take-profit and stop orders, isolation and limits, so the
        // closes after it are not what that strategy would have met. Only a re-run answers.
        std::array<std::optional<qint64>, kStrategies> firstDivergence;
        // Fills whose closed quantity the rebuilt tranches could not hold (a store cut by
        // retention, or events lost): left out, counted here.
        int skippedFills = 0;
    };

    // Every tranche and event of the store, read in one go.
    static core::Result<Report> analyse(core::TrancheStore &store);
    // The same on what was read (tests, and stores read elsewhere).
    static Report analyse(const QList<core::Tranche> &tranches, const QList<core::TrancheEvent> &events);
};

} // namespace trd::backtest
