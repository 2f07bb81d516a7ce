// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PaperMatchingEngine: margin type, liquidation and funding (docs/engine-decisions.md, "Paper
// liquidation and funding").
#include "paper/PaperErrors.h"
#include "paper/PaperMatchingEngine.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::Decimal;
using core::MarginType;
using core::PositionSide;
using core::PositionSnapshot;
using Kind = PaperEvent::Kind;

namespace {

Decimal unrealized(const PositionSnapshot &p, Decimal mark)
{
    return p.amount * (mark - p.entryPrice);
}

} // namespace

// The positions one price moves and what stands behind them: Binance's liquidation price solves
// fixed + Σ amount·(P − entry) = Σ (|amount|·P·rate − cum) over `moving`. For an isolated
// position `fixed` is its isolated margin; for cross it is the cross wallet plus the unrealized
// P&L less the maintenance margin of every cross position of other symbols (TMM1 and UPNL1 in
// Binance's formula).
struct PaperMatchingEngine::MarginGroup
{
    QList<PositionSnapshot> moving;
    Decimal fixed;
};

void PaperMatchingEngine::applyConfig(const core::AppConfig &config)
{
    Settings settings = m_settings;
    settings.positionMode = config.global.positionMode;
    settings.takerFeePercent = config.global.paperTakerFeePercent;
    settings.makerFeePercent = config.global.paperMakerFeePercent;
    settings.slippageBps = config.global.paperSlippageBps;
    settings.startingBalance = config.global.paperStartingBalanceUSDT;
    settings.fundingRatePercent = config.global.paperFundingRatePercent;
    setSettings(settings);
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        // A validated configuration is in range; a margin type refused because a position is open
        // stays as it is, as on the real exchange (the app reports the exchange's answer there).
        static_cast<void>(setLeverage(it.key(), it->leverage));
        static_cast<void>(setMarginType(it.key(), it->marginType));
    }
}

core::Result<void> PaperMatchingEngine::setMarginType(const QString &symbol, MarginType type)
{
    if (marginType(symbol) == type) {
        return {};
    }
    if (!m_book.positions(symbol).isEmpty()) {
        return paperError::marginTypeWithPosition();
    }
    m_marginTypes.insert(symbol, type);
    invalidateRiskTotals();
    return {};
}

MarginType PaperMatchingEngine::marginType(const QString &symbol) const
{
    return m_marginTypes.value(symbol, MarginType::Crossed);
}

void PaperMatchingEngine::setLeverageBrackets(const QString &symbol, const LeverageBrackets &brackets)
{
    m_brackets.insert(symbol, brackets);
    invalidateRiskTotals();
}

LeverageBrackets PaperMatchingEngine::leverageBrackets(const QString &symbol) const
{
    const auto it = m_brackets.constFind(symbol);
    return it == m_brackets.cend() || it->isEmpty() ? LeverageBrackets::majors() : *it;
}

Decimal PaperMatchingEngine::isolatedMargin(const PositionSnapshot &position) const
{
    return (position.amount.abs() * position.entryPrice).dividedBy(leverage(position.symbol));
}

Decimal PaperMatchingEngine::maintenanceMargin(const PositionSnapshot &position, Decimal mark) const
{
    return maintenanceMargin(position.symbol, position.amount, mark);
}

Decimal PaperMatchingEngine::maintenanceMargin(const QString &symbol, Decimal amount, Decimal mark) const
{
    // Not leverageBrackets(): no copy of the table on every mark.
    static const LeverageBrackets majors = LeverageBrackets::majors();
    const auto it = m_brackets.constFind(symbol);
    const LeverageBrackets &brackets = it == m_brackets.cend() || it->isEmpty() ? majors : *it;
    return brackets.maintenanceMargin(amount.abs() * mark);
}

Decimal PaperMatchingEngine::crossWallet() const
{
    Decimal wallet = m_walletBalance;
    for (const PositionSnapshot &p : m_book.positions()) {
        if (marginType(p.symbol) == MarginType::Isolated) {
            wallet -= isolatedMargin(p);
        }
    }
    return wallet;
}

PaperMatchingEngine::MarginGroup PaperMatchingEngine::marginGroup(const QString &symbol, PositionSide side) const
{
    MarginGroup group;
    if (marginType(symbol) == MarginType::Isolated) {
        const PositionSnapshot p = m_book.snapshot(symbol, side);
        if (!p.amount.isZero()) {
            group.moving.append(p);
            group.fixed = isolatedMargin(p);
        }
        return group;
    }
    group.fixed = crossWallet();
    for (const PositionSnapshot &p : m_book.positions()) {
        if (marginType(p.symbol) != MarginType::Crossed) {
            continue;
        }
        if (p.symbol == symbol) {
            group.moving.append(p);
        } else if (const auto mark = markPrice(p.symbol)) {
            group.fixed += unrealized(p, *mark) - maintenanceMargin(p, *mark);
        }
    }
    return group;
}

std::optional<Decimal> PaperMatchingEngine::groupLiquidationPrice(const MarginGroup &group) const
{
    if (group.moving.isEmpty()) {
        return std::nullopt;
    }
    const auto mark = markPrice(group.moving.first().symbol);
    // The bracket is the one of the notional at the liquidation price itself: start from the
    // mark's and settle it by iteration (a tier boundary is crossed at most once or twice).
    Decimal reference = mark.value_or(group.moving.first().entryPrice);
    std::optional<Decimal> price;
    for (int round = 0; round < 3; ++round) {
        Decimal numerator = -group.fixed;
        Decimal denominator;
        for (const PositionSnapshot &p : group.moving) {
            const LeverageBracket &b = leverageBrackets(p.symbol).bracketFor(p.amount.abs() * reference);
            numerator += p.amount * p.entryPrice - b.maintenanceAmount;
            denominator += p.amount - p.amount.abs() * b.maintenanceMarginRate;
        }
        if (denominator.isZero()) {
            return std::nullopt;
        }
        const Decimal candidate = numerator.divided(denominator);
        if (!candidate.isPositive()) {
            return std::nullopt;
        }
        if (price && *price == candidate) {
            break;
        }
        price = candidate;
        reference = candidate;
    }
    return price;
}

std::optional<Decimal> PaperMatchingEngine::liquidationPrice(const QString &symbol, PositionSide side) const
{
    return groupLiquidationPrice(marginGroup(symbol, side));
}

void PaperMatchingEngine::liquidateDue(const QString &movedSymbol)
{
    // Isolated: each position against its own margin.
    const bool isMovedIsolated = !movedSymbol.isEmpty() && marginType(movedSymbol) == MarginType::Isolated;
    if (movedSymbol.isEmpty() || isMovedIsolated) {
        for (const PositionSnapshot &p : m_book.positions(movedSymbol)) {
            const auto mark = markPrice(p.symbol);
            if (marginType(p.symbol) != MarginType::Isolated || !mark) {
                continue;
            }
            const MarginGroup group = marginGroup(p.symbol, p.positionSide);
            if (group.fixed + unrealized(p, *mark) <= maintenanceMargin(p, *mark)) {
                liquidate(p.symbol, p.positionSide, groupLiquidationPrice(group).value_or(*mark));
            }
        }
    }
    // Cross: the whole cross account (the wallet less the isolated positions' margin, as
    // crossWallet()) against the sum of its maintenance margins. This runs on every mark: the
    // sums are kept (PaperMatchingEngineRiskTotals.cpp), and are exact here when it is judged.
    if (!m_risk.isValid || movedSymbol.isEmpty()) {
        rebuildRiskTotals();
    } else if (isCrossSafeAfter(movedSymbol)) {
        return;
    }
    if (m_risk.crossPositions == 0
        || m_walletBalance - m_risk.isolatedMargin + m_risk.unrealized > m_risk.maintenance) {
        setQuietBands();
        return;
    }
    QList<PositionSnapshot> cross;
    for (const PositionSnapshot &p : m_book.positions()) {
        if (marginType(p.symbol) == MarginType::Crossed && markPrice(p.symbol)) {
            cross.append(p);
        }
    }
    // The symbol whose mark moved goes at its liquidation price; the rest of the account with it,
    // at their marks (the real engine may close less; closing all of it is the harsher reading).
    std::optional<Decimal> movedPrice;
    if (!movedSymbol.isEmpty() && marginType(movedSymbol) == MarginType::Crossed) {
        movedPrice = groupLiquidationPrice(marginGroup(movedSymbol, PositionSide::Both));
    }
    for (const PositionSnapshot &p : std::as_const(cross)) {
        const Decimal price = p.symbol == movedSymbol && movedPrice ? *movedPrice : *markPrice(p.symbol);
        liquidate(p.symbol, p.positionSide, price);
    }
}

void PaperMatchingEngine::liquidate(const QString &symbol, PositionSide side, Decimal price)
{
    const Decimal amount = m_book.amount(symbol, side);
    if (amount.isZero()) {
        return;
    }
    const core::OrderSide orderSide = amount.isPositive() ? core::OrderSide::Sell : core::OrderSide::Buy;
    // On the tick grid, never in the trader's favour.
    const Decimal fillPrice = price.roundedToStep(filters(symbol).tickSize,
        orderSide == core::OrderSide::Sell ? core::RoundingMode::Floor : core::RoundingMode::Ceiling);
    const Decimal quantity = amount.abs();
    const auto result = m_book.apply(symbol, side, -amount, fillPrice, m_clock->nowMs());
    invalidateRiskTotals();
    const Decimal commission = fee(fillPrice, quantity, false);
    m_walletBalance += result.realizedProfit - commission;

    const qint64 id = m_nextOrderId++;
    core::OrderRequest request;
    request.symbol = symbol;
    request.side = orderSide;
    request.positionSide = side;
    request.type = core::OrderType::Limit;
    request.timeInForce = core::TimeInForce::Ioc;
    request.quantity = quantity;
    request.price = fillPrice;
    request.reduceOnly = side == PositionSide::Both;
    // Binance names its liquidation orders so; the tranche engine reads the prefix.
    request.clientOrderId = u"autoclose-%1"_s.arg(id);
    publishInstantFill(id, request, core::ExecutionType::Calculated, fillPrice, result.realizedProfit, commission);
}

void PaperMatchingEngine::settleDueFunding()
{
    const qint64 now = m_clock->nowMs();
    bool hasPaid = false;
    while (m_lastFundingTime + kFundingIntervalMs <= now) {
        m_lastFundingTime += kFundingIntervalMs;
        for (const PositionSnapshot &p : m_book.positions()) {
            hasPaid = payFunding(p, m_settings.fundingRatePercent, m_lastFundingTime) || hasPaid;
        }
    }
    if (hasPaid) {
        liquidateDue({});
    }
}

bool PaperMatchingEngine::payFunding(const PositionSnapshot &p, Decimal ratePercent, qint64 time)
{
    const auto mark = markPrice(p.symbol);
    if (!mark) {
        return false;
    }
    // Binance: funding = notional at the mark × rate; a long pays a positive rate. The wallet and
    // the income history count USDT to 8 decimals, as Binance's and Aster's do.
    const Decimal amount = (-(p.amount * *mark * ratePercent).dividedBy(100)).rounded(8);
    if (amount.isZero()) {
        return false;
    }
    m_walletBalance += amount;
    Event event;
    event.kind = Kind::AccountUpdate;
    event.reason = u"FUNDING_FEE"_s;
    event.symbol = p.symbol;
    event.positions = { m_book.snapshot(p.symbol, p.positionSide) };
    event.amount = amount;
    event.walletBalance = m_walletBalance;
    event.time = time;
    publish(std::move(event));
    return true;
}

} // namespace trd::exchange
