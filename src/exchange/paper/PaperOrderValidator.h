// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/Types.h"
#include "exchange/OrderRequest.h"
#include "market/SymbolFilters.h"
#include "money/Decimal.h"

#include <optional>

namespace trd::exchange {

// The paper exchange's order rules: whether a placement is accepted (with the exchange's
// rejection codes) and the trigger and reduce rules the matching engine applies later. Kept apart
// from the engine so that the rules can be read, and tested, without the event plumbing.
class PaperOrderValidator
{
public:
    // What the engine knows at placement time that decides acceptance.
    struct Context
    {
        core::SymbolFilters filters;
        core::PositionMode positionMode = core::PositionMode::OneWay;
        std::optional<core::Decimal> markPrice;
        core::Decimal positionAmount; // signed, of the position the order acts on
        bool isClientOrderIdOpen = false;
        core::Decimal availableBalance;
        int leverage = 1;
    };

    // The first rule the request breaks, or nothing when the exchange accepts it.
    static std::optional<core::Error> check(const core::OrderRequest &request, const Context &context);

    // LIMIT: whether it would take liquidity at `mark` (BUY at or above it, SELL at or below).
    static bool isMarketable(const core::OrderRequest &request, core::Decimal mark);
    // LIMIT resting: whether `mark` reached its price (BUY at or below it, SELL at or above).
    static bool isLimitReached(const core::OrderRequest &request, core::Decimal mark);
    // STOP_MARKET / TAKE_PROFIT_MARKET: whether `mark` reached the stop price.
    static bool isTriggered(const core::OrderRequest &request, core::Decimal mark);

    // An order that may only shrink a position: reduce-only in one-way mode, or SELL on LONG / BUY
    // on SHORT in hedge mode.
    static bool isClosing(const core::OrderRequest &request, core::PositionMode mode);
    // How much a closing order may still fill against `positionAmount`; nothing for other orders.
    static std::optional<core::Decimal> reducibleQuantity(
        const core::OrderRequest &request, core::PositionMode mode, core::Decimal positionAmount);
    // The part of `quantity` that would open or grow a position, which is what needs margin.
    static core::Decimal openingQuantity(const core::OrderRequest &request, core::PositionMode mode,
        core::Decimal positionAmount, core::Decimal quantity);
    // The book entry an order acts on: BOTH in one-way mode, its positionSide in hedge mode.
    static core::PositionSide bookSide(const core::OrderRequest &request, core::PositionMode mode);
    // The price margin and notional are measured at: the limit or stop price, or the mark.
    static std::optional<core::Decimal> referencePrice(
        const core::OrderRequest &request, std::optional<core::Decimal> markPrice);
};

} // namespace trd::exchange
