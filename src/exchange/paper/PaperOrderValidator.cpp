// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paper/PaperOrderValidator.h"

#include "paper/PaperErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::Decimal;
using core::OrderSide;
using core::OrderType;
using core::PositionMode;
using core::PositionSide;

namespace {

bool isStop(OrderType type)
{
    return type == OrderType::StopMarket || type == OrderType::TakeProfitMarket;
}

std::optional<core::Error> checkFilters(const core::OrderRequest &request, const core::SymbolFilters &filters)
{
    if (!request.quantity.isPositive()) {
        return paperError::quantityNotPositive();
    }
    if (!request.quantity.isMultipleOf(filters.stepSize)) {
        return paperError::quantityNotOnStep();
    }
    if (request.type == OrderType::Limit) {
        if (!request.price.isPositive()) {
            return paperError::priceNotPositive();
        }
        if (!request.price.isMultipleOf(filters.tickSize)) {
            return paperError::priceNotOnTick();
        }
        if (filters.minPrice.isPositive() && request.price < filters.minPrice) {
            return paperError::priceBelowMin();
        }
        if (filters.maxPrice.isPositive() && request.price > filters.maxPrice) {
            return paperError::priceAboveMax();
        }
    }
    if (isStop(request.type)) {
        if (!request.stopPrice.isPositive()) {
            return paperError::stopPriceNotPositive();
        }
        if (!request.stopPrice.isMultipleOf(filters.tickSize)) {
            return paperError::priceNotOnTick();
        }
        if (filters.maxPrice.isPositive() && request.stopPrice > filters.maxPrice) {
            return paperError::stopPriceAboveMax();
        }
    }
    if (request.quantity < filters.minQty) {
        return paperError::quantityBelowMin();
    }
    if (filters.maxQty.isPositive() && request.quantity > filters.maxQty) {
        return paperError::quantityAboveMax();
    }
    return std::nullopt;
}

// PERCENT_PRICE, as Binance and Aster apply it to LIMIT orders: a BUY no higher than the mark
// times multiplierUp, a SELL no lower than the mark times multiplierDown.
std::optional<core::Error> checkPercentPrice(
    const core::OrderRequest &request, const core::SymbolFilters &filters, const std::optional<Decimal> &mark)
{
    if (request.type != OrderType::Limit || !mark) {
        return std::nullopt;
    }
    if (request.side == OrderSide::Buy && filters.percentPriceUp.isPositive()) {
        const Decimal limit = filters.roundPrice(*mark * filters.percentPriceUp, core::RoundingMode::Down);
        if (request.price > limit) {
            return paperError::limitPriceTooHigh(limit.toString());
        }
    }
    if (request.side == OrderSide::Sell && filters.percentPriceDown.isPositive()) {
        const Decimal limit = filters.roundPrice(*mark * filters.percentPriceDown, core::RoundingMode::Up);
        if (request.price < limit) {
            return paperError::limitPriceTooLow(limit.toString());
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<core::Error> PaperOrderValidator::check(const core::OrderRequest &request, const Context &context)
{
    if (auto error = checkFilters(request, context.filters)) {
        return error;
    }
    const bool isHedge = context.positionMode == PositionMode::Hedge;
    if ((request.positionSide == PositionSide::Both) == isHedge) {
        return paperError::positionSideMismatch();
    }
    if (isHedge && request.reduceOnly) {
        return paperError::parameterNotRequired(u"reduceOnly"_s);
    }
    if (context.isClientOrderIdOpen) {
        return paperError::duplicateClientOrderId();
    }
    if (request.type == OrderType::Market && !context.markPrice) {
        return paperError::noMarkPrice(request.symbol);
    }
    if (auto error = checkPercentPrice(request, context.filters, context.markPrice)) {
        return error;
    }
    const std::optional<Decimal> price = referencePrice(request, context.markPrice);
    const bool closing = isClosing(request, context.positionMode);
    if (!closing && price && request.quantity * *price < context.filters.minNotional) {
        return paperError::notionalBelowMin(context.filters.minNotional.toString());
    }
    if (closing && !reducibleQuantity(request, context.positionMode, context.positionAmount)->isPositive()) {
        return paperError::reduceOnlyRejected();
    }
    if (context.markPrice) {
        if (isStop(request.type) && isTriggered(request, *context.markPrice)) {
            return paperError::wouldImmediatelyTrigger();
        }
        if (request.type == OrderType::Limit && request.timeInForce == core::TimeInForce::Gtx
            && isMarketable(request, *context.markPrice)) {
            return paperError::postOnlyRejected();
        }
    }
    const Decimal opening = openingQuantity(request, context.positionMode, context.positionAmount, request.quantity);
    if (price && opening.isPositive()
        && (opening * *price).dividedBy(context.leverage, core::RoundingMode::Up) > context.availableBalance) {
        return paperError::marginInsufficient();
    }
    return std::nullopt;
}

bool PaperOrderValidator::isMarketable(const core::OrderRequest &request, Decimal mark)
{
    return request.side == OrderSide::Buy ? request.price >= mark : request.price <= mark;
}

bool PaperOrderValidator::isLimitReached(const core::OrderRequest &request, Decimal mark)
{
    return request.side == OrderSide::Buy ? mark <= request.price : mark >= request.price;
}

bool PaperOrderValidator::isTriggered(const core::OrderRequest &request, Decimal mark)
{
    // A take-profit triggers on a move in the position's favour, a stop on a move against it.
    const bool triggersOnRise = (request.type == OrderType::TakeProfitMarket) == (request.side == OrderSide::Sell);
    return triggersOnRise ? mark >= request.stopPrice : mark <= request.stopPrice;
}

bool PaperOrderValidator::isClosing(const core::OrderRequest &request, PositionMode mode)
{
    if (mode == PositionMode::OneWay) {
        return request.reduceOnly;
    }
    return (request.side == OrderSide::Sell && request.positionSide == PositionSide::Long)
        || (request.side == OrderSide::Buy && request.positionSide == PositionSide::Short);
}

std::optional<Decimal> PaperOrderValidator::reducibleQuantity(
    const core::OrderRequest &request, PositionMode mode, Decimal positionAmount)
{
    if (!isClosing(request, mode)) {
        return std::nullopt;
    }
    // A hedge-mode SHORT position is negative too, so one formula serves both modes.
    const Decimal reducible = request.side == OrderSide::Sell ? positionAmount : -positionAmount;
    return Decimal::max(reducible, Decimal());
}

Decimal PaperOrderValidator::openingQuantity(
    const core::OrderRequest &request, PositionMode mode, Decimal positionAmount, Decimal quantity)
{
    if (isClosing(request, mode)) {
        return Decimal();
    }
    if (mode == PositionMode::Hedge) {
        return quantity;
    }
    const bool opposes = request.side == OrderSide::Buy ? positionAmount.isNegative() : positionAmount.isPositive();
    return opposes ? Decimal::max(quantity - positionAmount.abs(), Decimal()) : quantity;
}

PositionSide PaperOrderValidator::bookSide(const core::OrderRequest &request, PositionMode mode)
{
    return mode == PositionMode::OneWay ? PositionSide::Both : request.positionSide;
}

std::optional<Decimal> PaperOrderValidator::referencePrice(
    const core::OrderRequest &request, std::optional<Decimal> markPrice)
{
    switch (request.type) {
    case OrderType::Limit:
        return request.price;
    case OrderType::StopMarket:
    case OrderType::TakeProfitMarket:
        return request.stopPrice;
    case OrderType::Market:
        break;
    }
    return markPrice;
}

} // namespace trd::exchange
