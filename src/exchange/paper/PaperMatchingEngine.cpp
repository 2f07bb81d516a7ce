// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paper/PaperMatchingEngine.h"

#include "paper/PaperErrors.h"
#include "paper/PaperOrderValidator.h"

#include <QScopeGuard>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::Decimal;
using core::ExecutionType;
using core::OrderSide;
using core::OrderStatus;
using core::OrderType;
using core::PositionMode;
using core::PositionSide;
using Kind = PaperEvent::Kind;

namespace {

constexpr int kMinLeverage = 1;
constexpr int kMaxLeverage = 125;

QString orderKey(const QString &symbol, const QString &clientOrderId)
{
    return symbol + u'\n' + clientOrderId;
}

} // namespace

// Counts nesting of public calls so that queued events go out only when the outermost returns.
class PaperMatchingEngine::CallScope
{
public:
    explicit CallScope(PaperMatchingEngine *engine)
        : m_engine(engine)
    {
        ++m_engine->m_callDepth;
    }
    ~CallScope()
    {
        if (--m_engine->m_callDepth == 0) {
            m_engine->deliver();
        }
    }
    CallScope(const CallScope &) = delete;
    CallScope &operator=(const CallScope &) = delete;

private:
    PaperMatchingEngine *m_engine;
};

PaperMatchingEngine::PaperMatchingEngine(const core::Clock *clock)
    : PaperMatchingEngine(clock, Settings())
{ }

PaperMatchingEngine::PaperMatchingEngine(const core::Clock *clock, const Settings &settings)
    : m_clock(clock)
    , m_settings(settings)
    , m_walletBalance(settings.startingBalance)
    , m_lastFundingTime(clock->nowMs() / kFundingIntervalMs * kFundingIntervalMs)
{ }

PaperMatchingEngine::~PaperMatchingEngine() = default;

void PaperMatchingEngine::setSettings(const Settings &settings)
{
    m_walletBalance += settings.startingBalance - m_settings.startingBalance;
    m_settings = settings;
}

void PaperMatchingEngine::setSymbol(const core::SymbolFilters &filters)
{
    m_filters.insert(filters.symbol, filters);
}

core::SymbolFilters PaperMatchingEngine::filters(const QString &symbol) const
{
    const auto it = m_filters.constFind(symbol);
    if (it != m_filters.cend()) {
        return *it;
    }
    core::SymbolFilters defaults;
    defaults.symbol = symbol;
    return defaults;
}

void PaperMatchingEngine::setMarkPrice(const QString &symbol, Decimal price)
{
    CallScope scope(this);
    // Funding that fell due before this mark is paid at the marks that stood then.
    settleDueFunding();
    m_markPrices.insert(symbol, price);
    // A copy: a fill below takes its order out of the list.
    const QList<qint64> candidates = m_openOrderIdsBySymbol.value(symbol);
    for (const qint64 id : candidates) {
        Order &order = m_orders.at(id);
        // An earlier fill in this loop may have finished it (a reduce-only left without a position).
        if (!order.isOpen()) {
            continue;
        }
        const core::OrderRequest &request = order.request;
        if (request.type == OrderType::Limit) {
            if (PaperOrderValidator::isLimitReached(request, price)) {
                fill(order, request.price, true);
            }
        } else if (request.type != OrderType::Market && PaperOrderValidator::isTriggered(request, price)) {
            fill(order, marketFillPrice(symbol, request.side, price), false);
        }
    }
    // Stops the mark reached fire first; what is still under its maintenance margin is liquidated.
    if (!isQuietMark(symbol, price)) {
        liquidateDue(symbol);
    }
    Event event;
    event.kind = Kind::MarkPrice;
    event.symbol = symbol;
    event.price = price;
    event.time = m_clock->nowMs();
    publish(std::move(event));
}

QList<core::SymbolFilters> PaperMatchingEngine::declaredSymbols() const
{
    QList<core::SymbolFilters> result = m_filters.values();
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.symbol < b.symbol; });
    return result;
}

QList<QPair<QString, Decimal>> PaperMatchingEngine::markPrices() const
{
    QList<QPair<QString, Decimal>> result;
    for (auto it = m_markPrices.cbegin(); it != m_markPrices.cend(); ++it) {
        result.append({ it.key(), it.value() });
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return result;
}

void PaperMatchingEngine::chargeFunding(const QString &symbol, Decimal ratePercent)
{
    CallScope scope(this);
    bool hasPaid = false;
    for (const core::PositionSnapshot &p : m_book.positions()) {
        if (p.symbol == symbol) {
            hasPaid = payFunding(p, ratePercent, m_clock->nowMs()) || hasPaid;
        }
    }
    if (hasPaid) {
        liquidateDue({});
    }
}

std::optional<Decimal> PaperMatchingEngine::markPrice(const QString &symbol) const
{
    const auto it = m_markPrices.constFind(symbol);
    return it == m_markPrices.cend() ? std::nullopt : std::optional<Decimal>(*it);
}

void PaperMatchingEngine::placeOrder(const core::OrderRequest &request)
{
    CallScope scope(this);
    const PositionMode mode = m_settings.positionMode;
    PaperOrderValidator::Context context;
    context.filters = filters(request.symbol);
    context.positionMode = mode;
    context.markPrice = markPrice(request.symbol);
    context.positionAmount = m_book.amount(request.symbol, PaperOrderValidator::bookSide(request, mode));
    context.isClientOrderIdOpen
        = !request.clientOrderId.isEmpty() && findOpenOrder(request.symbol, request.clientOrderId) != nullptr;
    context.availableBalance = availableBalance();
    context.leverage = leverage(request.symbol);
    if (const auto error = PaperOrderValidator::check(request, context)) {
        reject(request, *error);
        return;
    }

    forgetOldFinishedOrders();
    const qint64 id = m_nextOrderId++;
    Order &order = m_orders[id];
    order.request = request;
    if (order.request.clientOrderId.isEmpty()) {
        order.request.clientOrderId = u"paper_%1"_s.arg(id);
    }
    order.orderId = id;
    order.time = m_clock->nowMs();
    order.lastUpdate = makeUpdate(order, ExecutionType::New);
    m_openOrderIds.append(id);
    m_openOrderIdsBySymbol[request.symbol].append(id);
    m_latestOrderIdByClientId.insert(orderKey(request.symbol, order.request.clientOrderId), id);
    Event accepted;
    accepted.order = order.lastUpdate;
    publish(std::move(accepted));

    const std::optional<Decimal> mark = context.markPrice;
    if (request.type == OrderType::Market) {
        fill(order, marketFillPrice(request.symbol, request.side, *mark), false);
    } else if (request.type == OrderType::Limit) {
        if (mark && PaperOrderValidator::isMarketable(request, *mark)) {
            fill(order, *mark, false);
        } else if (request.timeInForce == core::TimeInForce::Ioc || request.timeInForce == core::TimeInForce::Fok) {
            // Paper fills a marketable order whole, so fill-or-kill and immediate-or-cancel agree.
            finish(order, OrderStatus::Expired);
        }
    }
}

void PaperMatchingEngine::cancelOrder(const QString &symbol, const QString &clientOrderId)
{
    CallScope scope(this);
    if (Order *order = findOpenOrder(symbol, clientOrderId)) {
        finish(*order, OrderStatus::Canceled);
        return;
    }
    core::OrderRequest unknown;
    unknown.symbol = symbol;
    unknown.clientOrderId = clientOrderId;
    reject(unknown, paperError::cancelRejected());
}

void PaperMatchingEngine::cancelAllOrders(const QString &symbol)
{
    CallScope scope(this);
    const QList<qint64> ids = m_openOrderIds;
    for (const qint64 id : ids) {
        Order &order = m_orders.at(id);
        if (order.isOpen() && order.request.symbol == symbol) {
            finish(order, OrderStatus::Canceled);
        }
    }
}

void PaperMatchingEngine::queryOrder(const QString &symbol, const QString &clientOrderId)
{
    CallScope scope(this);
    const auto it = m_latestOrderIdByClientId.constFind(orderKey(symbol, clientOrderId));
    if (it == m_latestOrderIdByClientId.cend()) {
        core::OrderRequest unknown;
        unknown.symbol = symbol;
        unknown.clientOrderId = clientOrderId;
        reject(unknown, paperError::noSuchOrder());
        return;
    }
    Event event;
    event.order = m_orders.at(*it).lastUpdate;
    publish(std::move(event));
}

void PaperMatchingEngine::requestPositions()
{
    CallScope scope(this);
    Event event;
    event.kind = Kind::Positions;
    event.positions = positions();
    event.time = m_clock->nowMs();
    publish(std::move(event));
}

void PaperMatchingEngine::requestOpenOrders(const QString &symbol)
{
    CallScope scope(this);
    Event event;
    event.kind = Kind::OpenOrders;
    event.openOrders = openOrders(symbol);
    event.symbol = symbol;
    event.time = m_clock->nowMs();
    publish(std::move(event));
}

core::Result<void> PaperMatchingEngine::setLeverage(const QString &symbol, int leverage)
{
    CallScope scope(this);
    if (leverage < kMinLeverage || leverage > kMaxLeverage) {
        return paperError::invalidLeverage(leverage);
    }
    m_leverages.insert(symbol, leverage);
    invalidateRiskTotals(); // the isolated margin
    Event event;
    event.kind = Kind::LeverageChanged;
    event.symbol = symbol;
    event.leverage = leverage;
    event.time = m_clock->nowMs();
    publish(std::move(event));
    return {};
}

int PaperMatchingEngine::leverage(const QString &symbol) const
{
    return m_leverages.value(symbol, m_settings.defaultLeverage);
}

core::PositionSnapshots PaperMatchingEngine::positions() const
{
    return m_book.positions();
}

core::OpenOrders PaperMatchingEngine::openOrders(const QString &symbol) const
{
    core::OpenOrders result;
    for (const qint64 id : m_openOrderIds) {
        const Order &order = m_orders.at(id);
        if (!symbol.isEmpty() && order.request.symbol != symbol) {
            continue;
        }
        core::OpenOrder open;
        open.symbol = order.request.symbol;
        open.clientOrderId = order.request.clientOrderId;
        open.orderId = order.orderId;
        open.side = order.request.side;
        open.positionSide = order.request.positionSide;
        open.type = order.request.type;
        open.quantity = order.request.quantity;
        open.executedQuantity = order.executedQuantity;
        open.price = order.request.price;
        open.stopPrice = order.request.stopPrice;
        open.reduceOnly = order.request.reduceOnly;
        open.time = order.time;
        result.append(open);
    }
    return result;
}

Decimal PaperMatchingEngine::availableBalance() const
{
    Decimal balance = m_walletBalance;
    for (const core::PositionSnapshot &position : m_book.positions()) {
        const Decimal margin = position.amount.abs() * position.entryPrice;
        balance -= margin.dividedBy(leverage(position.symbol), core::RoundingMode::Up);
        if (const auto mark = markPrice(position.symbol)) {
            balance += position.amount * (*mark - position.entryPrice);
        }
    }
    const PositionMode mode = m_settings.positionMode;
    for (const qint64 id : m_openOrderIds) {
        const core::OrderRequest &request = m_orders.at(id).request;
        const Decimal remaining = request.quantity - m_orders.at(id).executedQuantity;
        const Decimal position = m_book.amount(request.symbol, PaperOrderValidator::bookSide(request, mode));
        const Decimal opening = PaperOrderValidator::openingQuantity(request, mode, position, remaining);
        const auto price = PaperOrderValidator::referencePrice(request, markPrice(request.symbol));
        if (opening.isPositive() && price) {
            balance -= (opening * *price).dividedBy(leverage(request.symbol), core::RoundingMode::Up);
        }
    }
    return balance;
}

void PaperMatchingEngine::applyExternalFill(
    const QString &symbol, OrderSide side, Decimal quantity, Decimal price, PositionSide positionSide, Decimal fee)
{
    CallScope scope(this);
    PositionSide bookSide = PositionSide::Both;
    if (m_settings.positionMode == PositionMode::Hedge) {
        bookSide = positionSide;
        if (bookSide == PositionSide::Both) {
            // An outside fill usually closes something: prefer the side it reduces.
            bookSide = side == OrderSide::Sell
                ? (m_book.amount(symbol, PositionSide::Long).isPositive() ? PositionSide::Long : PositionSide::Short)
                : (m_book.amount(symbol, PositionSide::Short).isNegative() ? PositionSide::Short : PositionSide::Long);
        }
    }
    const qint64 now = m_clock->nowMs();
    const auto result = m_book.apply(symbol, bookSide, side == OrderSide::Buy ? quantity : -quantity, price, now);
    invalidateRiskTotals();
    m_walletBalance += result.realizedProfit - fee;

    core::OrderRequest request;
    request.symbol = symbol;
    request.side = side;
    request.positionSide = bookSide;
    request.type = OrderType::Market;
    request.quantity = quantity;
    request.clientOrderId = u"web_%1"_s.arg(m_nextExternalFill++);
    publishInstantFill(m_nextOrderId++, request, ExecutionType::Trade, price, result.realizedProfit, fee);
}

void PaperMatchingEngine::publishInstantFill(qint64 id, const core::OrderRequest &request, ExecutionType execution,
    Decimal price, Decimal realizedProfit, Decimal fee)
{
    Order &order = m_orders[id];
    order.request = request;
    order.orderId = id;
    order.status = OrderStatus::Filled;
    order.executedQuantity = request.quantity;
    order.cumulativeQuote = price * request.quantity;
    order.time = m_clock->nowMs();
    core::OrderUpdate update = makeUpdate(order, execution);
    update.lastQuantity = request.quantity;
    update.lastPrice = price;
    update.fee = fee;
    update.realizedProfit = realizedProfit;
    update.tradeId = m_nextTradeId++;
    order.lastUpdate = update;
    m_latestOrderIdByClientId.insert(orderKey(request.symbol, request.clientOrderId), id);

    Event event;
    event.order = update;
    publish(std::move(event));
    publishAccountUpdate(request.symbol, request.positionSide);
}

void PaperMatchingEngine::setPosition(
    const QString &symbol, PositionSide positionSide, Decimal signedAmount, Decimal entryPrice)
{
    PositionSide side = positionSide;
    Decimal amount = signedAmount;
    if (m_settings.positionMode == PositionMode::OneWay) {
        side = PositionSide::Both;
    } else if (side == PositionSide::Both) {
        side = signedAmount.isNegative() ? PositionSide::Short : PositionSide::Long;
    } else {
        // Hedge-mode amounts carry the side's sign whatever sign the caller used.
        amount = side == PositionSide::Short ? -signedAmount.abs() : signedAmount.abs();
    }
    m_book.set(symbol, side, amount, entryPrice, m_clock->nowMs());
    invalidateRiskTotals();
}

int PaperMatchingEngine::addListener(Listener listener)
{
    const int id = m_nextListenerId++;
    m_listeners.emplace(id, std::make_shared<Listener>(std::move(listener)));
    return id;
}

void PaperMatchingEngine::removeListener(int id)
{
    m_listeners.erase(id);
}

void PaperMatchingEngine::fill(Order &order, Decimal price, bool isMaker)
{
    const core::OrderRequest &request = order.request;
    const PositionSide side = PaperOrderValidator::bookSide(request, m_settings.positionMode);
    Decimal quantity = request.quantity - order.executedQuantity;
    const auto reducible
        = PaperOrderValidator::reducibleQuantity(request, m_settings.positionMode, m_book.amount(request.symbol, side));
    if (reducible) {
        // Reduce-only never opens: with nothing left to reduce the order expires unfilled.
        if (!reducible->isPositive()) {
            finish(order, OrderStatus::Expired);
            return;
        }
        quantity = Decimal::min(quantity, *reducible);
    }
    const qint64 now = m_clock->nowMs();
    const auto result
        = m_book.apply(request.symbol, side, request.side == OrderSide::Buy ? quantity : -quantity, price, now);
    invalidateRiskTotals();
    const Decimal commission = fee(price, quantity, isMaker);
    m_walletBalance += result.realizedProfit - commission;

    order.executedQuantity += quantity;
    order.cumulativeQuote += price * quantity;
    order.status = order.executedQuantity == request.quantity ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
    core::OrderUpdate update = makeUpdate(order, ExecutionType::Trade);
    update.lastQuantity = quantity;
    update.lastPrice = price;
    update.fee = commission;
    update.realizedProfit = result.realizedProfit;
    update.isMaker = isMaker;
    update.tradeId = m_nextTradeId++;
    order.lastUpdate = update;
    Event event;
    event.order = update;
    publish(std::move(event));
    publishAccountUpdate(request.symbol, side);

    if (order.status == OrderStatus::Filled) {
        removeOpenOrder(order);
    } else {
        // Only a reduce-only capped to the position fills partly; its rest can never fill.
        finish(order, OrderStatus::Expired);
    }
}

void PaperMatchingEngine::finish(Order &order, OrderStatus status)
{
    order.status = status;
    order.lastUpdate
        = makeUpdate(order, status == OrderStatus::Canceled ? ExecutionType::Canceled : ExecutionType::Expired);
    removeOpenOrder(order);
    Event event;
    event.order = order.lastUpdate;
    publish(std::move(event));
}

void PaperMatchingEngine::reject(const core::OrderRequest &request, const core::Error &error)
{
    Order rejected;
    rejected.request = request;
    rejected.status = OrderStatus::Rejected;
    Event event;
    event.order = makeUpdate(rejected, ExecutionType::Rejected);
    event.order.errorCode = error.code;
    event.order.errorMessage = error.message;
    publish(std::move(event));
}

core::OrderUpdate PaperMatchingEngine::makeUpdate(const Order &order, ExecutionType execution) const
{
    const core::OrderRequest &request = order.request;
    core::OrderUpdate update;
    update.symbol = request.symbol;
    update.clientOrderId = request.clientOrderId;
    update.orderId = order.orderId;
    update.side = request.side;
    update.positionSide = request.positionSide;
    update.type = request.type;
    update.execution = execution;
    update.status = order.status;
    update.quantity = request.quantity;
    update.price = request.price;
    update.stopPrice = request.stopPrice;
    update.cumulativeQuantity = order.executedQuantity;
    if (order.executedQuantity.isPositive()) {
        update.averagePrice = order.cumulativeQuote.divided(order.executedQuantity);
    }
    update.reduceOnly = request.reduceOnly;
    update.time = m_clock->nowMs();
    return update;
}

void PaperMatchingEngine::removeOpenOrder(const Order &order)
{
    m_openOrderIds.removeOne(order.orderId);
    const auto it = m_openOrderIdsBySymbol.find(order.request.symbol);
    if (it != m_openOrderIdsBySymbol.end()) {
        it->removeOne(order.orderId);
    }
}

PaperMatchingEngine::Order *PaperMatchingEngine::findOpenOrder(const QString &symbol, const QString &clientOrderId)
{
    const auto it = m_latestOrderIdByClientId.constFind(orderKey(symbol, clientOrderId));
    if (it == m_latestOrderIdByClientId.cend()) {
        return nullptr;
    }
    Order &order = m_orders.at(*it);
    return order.isOpen() ? &order : nullptr;
}

Decimal PaperMatchingEngine::marketFillPrice(const QString &symbol, OrderSide side, Decimal mark) const
{
    const Decimal tick = filters(symbol).tickSize;
    const Decimal slippage = m_settings.slippageBps.dividedBy(10000);
    // Slippage always works against the taker, so round away from the mark.
    if (side == OrderSide::Buy) {
        return (mark * (Decimal::fromInt(1) + slippage)).roundedToStep(tick, core::RoundingMode::Ceiling);
    }
    return (mark * (Decimal::fromInt(1) - slippage)).roundedToStep(tick, core::RoundingMode::Floor);
}

Decimal PaperMatchingEngine::fee(Decimal price, Decimal quantity, bool isMaker) const
{
    const Decimal percent = isMaker ? m_settings.makerFeePercent : m_settings.takerFeePercent;
    return (price * quantity * percent).dividedBy(100);
}

void PaperMatchingEngine::publishAccountUpdate(const QString &symbol, PositionSide changedSide)
{
    Event event;
    event.kind = Kind::AccountUpdate;
    event.symbol = symbol;
    event.walletBalance = m_walletBalance;
    event.time = m_clock->nowMs();
    for (const PositionSide side : { PositionSide::Both, PositionSide::Long, PositionSide::Short }) {
        // The changed position is listed even at zero: that is how a listener learns it closed.
        if (side == changedSide || !m_book.amount(symbol, side).isZero()) {
            event.positions.append(m_book.snapshot(symbol, side));
        }
    }
    publish(std::move(event));
}

void PaperMatchingEngine::publish(Event event)
{
    m_queue.push_back(std::move(event));
}

void PaperMatchingEngine::deliver()
{
    // A listener's nested call ends here with m_isDelivering set; the loop below sends its events.
    if (m_isDelivering) {
        return;
    }
    m_isDelivering = true;
    const auto reset = qScopeGuard([this] { m_isDelivering = false; });
    while (!m_queue.empty()) {
        const Event event = std::move(m_queue.front());
        m_queue.pop_front();
        QVarLengthArray<int, 8> ids; // no allocation per event
        for (const auto &entry : m_listeners) {
            ids.push_back(entry.first);
        }
        for (const int id : ids) {
            // A listener removed by an earlier one (an adaptor destroyed mid-event) is skipped;
            // holding a reference keeps the callable alive if it removes itself.
            const auto it = m_listeners.find(id);
            if (it == m_listeners.end()) {
                continue;
            }
            const std::shared_ptr<Listener> listener = it->second;
            (*listener)(event);
        }
    }
}

void PaperMatchingEngine::forgetOldFinishedOrders()
{
    // Called before an order is placed: once it is, what is left is what saveState keeps. An old
    // order still open (a resting stop) stays.
    const qint64 keepFrom = m_nextOrderId + 1 - kFinishedOrdersKept;
    for (auto it = m_orders.begin(); it != m_orders.end() && it->first < keepFrom;) {
        if (it->second.isOpen()) {
            ++it;
            continue;
        }
        const QString key = orderKey(it->second.request.symbol, it->second.request.clientOrderId);
        if (m_latestOrderIdByClientId.value(key) == it->first) {
            m_latestOrderIdByClientId.remove(key);
        }
        it = m_orders.erase(it);
    }
}

} // namespace trd::exchange
