// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VariantResult.h"
#include "exchange/OrderUpdate.h"
#include "tranche/ClosePlanner.h"
#include "tranche/TrancheEvent.h"

#include <optional>

namespace trd::core {
class TrancheManager;
}

namespace trd::backtest {

// Watches the fills that name no tranche as the engine receives them: it takes the open
// tranches just before the engine spreads the fill (it must see the fill before the
// TrancheManager does), reads from the engine's closed / partial_close events how it was spread,
// and works out with the same ClosePlanner how each closing strategy and one combined position
// would have spread it.
class WhatIfRecorder
{
public:
    struct Lot
    {
        core::ClosePlanner::Lot lot;
        core::Decimal entryFeeUnallocated;
    };

    explicit WhatIfRecorder(const core::TrancheManager *manager);
    // How `fill` (time, symbol, side, orderId, quantity taken and price set) would have been spread
    // over `lots` (the tranches open on its side, in creation order) under each closing strategy,
    // and what one combined position would have realized; `fee` is the fill's fee for that
    // quantity. Also what a stored run's what-if uses (StoredRunWhatIf).
    static WhatIfFill attribute(
        WhatIfFill fill, const QList<Lot> &lots, core::Decimal fee, std::optional<core::Decimal> mark);
    // An order update on its way to the TrancheManager.
    void onOrderUpdate(const core::OrderUpdate &update);
    // An event the TrancheManager recorded.
    void onEvent(const core::TrancheEvent &event);
    // The fills seen so far, each complete (call after the engine has handled the last one).
    QList<WhatIfFill> takeFills();

private:
    struct Pending
    {
        WhatIfFill fill;
    };
    void finish();

    const core::TrancheManager *m_manager;
    std::optional<Pending> m_pending;
    QList<WhatIfFill> m_fills;
};

} // namespace trd::backtest
