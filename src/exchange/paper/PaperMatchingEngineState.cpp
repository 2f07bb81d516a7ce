// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PaperMatchingEngine: saving and restoring the simulated exchange's state.
#include "PaperMatchingEngine.h"
#include "config/ConfigValidator.h"
#include "protocol/JsonFields.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using namespace core;

namespace {

constexpr int kStateVersion = 1;

QJsonValue dec(Decimal d)
{
    return d.toString();
}

QJsonObject updateToJson(const OrderUpdate &u)
{
    return { { u"execution"_s, toString(u.execution) }, { u"status"_s, toString(u.status) },
        { u"averagePrice"_s, dec(u.averagePrice) }, { u"lastQuantity"_s, dec(u.lastQuantity) },
        { u"lastPrice"_s, dec(u.lastPrice) }, { u"cumulativeQuantity"_s, dec(u.cumulativeQuantity) },
        { u"fee"_s, dec(u.fee) }, { u"realizedProfit"_s, dec(u.realizedProfit) }, { u"isMaker"_s, u.isMaker },
        { u"time"_s, u.time }, { u"tradeId"_s, u.tradeId } };
}

} // namespace

QJsonObject PaperMatchingEngine::saveState() const
{
    QJsonArray filters;
    for (const SymbolFilters &f : m_filters) {
        filters.append(QJsonObject { { u"symbol"_s, f.symbol }, { u"tickSize"_s, dec(f.tickSize) },
            { u"stepSize"_s, dec(f.stepSize) }, { u"minQty"_s, dec(f.minQty) }, { u"maxQty"_s, dec(f.maxQty) },
            { u"minNotional"_s, dec(f.minNotional) }, { u"minPrice"_s, dec(f.minPrice) },
            { u"maxPrice"_s, dec(f.maxPrice) }, { u"percentPriceUp"_s, dec(f.percentPriceUp) },
            { u"percentPriceDown"_s, dec(f.percentPriceDown) } });
    }
    QJsonObject marks;
    for (auto it = m_markPrices.cbegin(); it != m_markPrices.cend(); ++it) {
        marks.insert(it.key(), dec(it.value()));
    }
    QJsonObject leverages;
    for (auto it = m_leverages.cbegin(); it != m_leverages.cend(); ++it) {
        leverages.insert(it.key(), it.value());
    }
    QJsonObject marginTypes;
    for (auto it = m_marginTypes.cbegin(); it != m_marginTypes.cend(); ++it) {
        marginTypes.insert(it.key(), toString(it.value()));
    }
    QJsonArray positions;
    for (const PositionSnapshot &p : m_book.positions()) {
        positions.append(QJsonObject { { u"symbol"_s, p.symbol }, { u"positionSide"_s, toString(p.positionSide) },
            { u"amount"_s, dec(p.amount) }, { u"entryPrice"_s, dec(p.entryPrice) }, { u"time"_s, p.time } });
    }
    QJsonArray orders;
    const qint64 keepFinishedFrom = m_nextOrderId - kFinishedOrdersKept;
    for (const auto &[id, o] : m_orders) {
        if (!o.isOpen() && id < keepFinishedFrom) {
            continue;
        }
        const OrderRequest &r = o.request;
        orders.append(QJsonObject {
            { u"orderId"_s, id },
            { u"symbol"_s, r.symbol },
            { u"clientOrderId"_s, r.clientOrderId },
            { u"side"_s, toString(r.side) },
            { u"positionSide"_s, toString(r.positionSide) },
            { u"type"_s, toString(r.type) },
            { u"timeInForce"_s, toString(r.timeInForce) },
            { u"quantity"_s, dec(r.quantity) },
            { u"price"_s, dec(r.price) },
            { u"stopPrice"_s, dec(r.stopPrice) },
            { u"reduceOnly"_s, r.reduceOnly },
            { u"status"_s, toString(o.status) },
            { u"executedQuantity"_s, dec(o.executedQuantity) },
            { u"cumulativeQuote"_s, dec(o.cumulativeQuote) },
            { u"time"_s, o.time },
            { u"lastUpdate"_s, updateToJson(o.lastUpdate) },
        });
    }
    return { { u"version"_s, kStateVersion }, { u"filters"_s, filters }, { u"marks"_s, marks },
        { u"leverages"_s, leverages }, { u"positions"_s, positions }, { u"walletBalance"_s, dec(m_walletBalance) },
        { u"orders"_s, orders }, { u"nextOrderId"_s, m_nextOrderId }, { u"nextTradeId"_s, m_nextTradeId },
        { u"nextExternalFill"_s, m_nextExternalFill }, { u"marginTypes"_s, marginTypes },
        { u"lastFundingTime"_s, m_lastFundingTime }, { u"startingBalance"_s, dec(m_settings.startingBalance) } };
}

Result<void> PaperMatchingEngine::restoreState(const QJsonObject &state)
{
    if (state.value(u"version"_s).toInt() != kStateVersion) {
        return Error { u"the paper exchange state has version %1; this build reads version %2"_s
                           .arg(state.value(u"version"_s).toInt())
                           .arg(kStateVersion) };
    }
    // Everything is read into new containers first; the engine changes only if all of it is good.
    QHash<QString, SymbolFilters> filters;
    QHash<QString, Decimal> marks;
    QHash<QString, int> leverages;
    QHash<QString, MarginType> marginTypes;
    PaperPositionBook book;
    std::map<qint64, Order> orders;
    QList<qint64> openIds;
    QHash<QString, qint64> latest;
    QString error;
    for (const QJsonValue &v : state.value(u"filters"_s).toArray()) {
        JsonFields r(v.toObject(), u"filters"_s);
        SymbolFilters f;
        f.symbol = r.optionalText(u"symbol"_s);
        f.tickSize = r.decimal(u"tickSize"_s);
        f.stepSize = r.decimal(u"stepSize"_s);
        f.minQty = r.decimal(u"minQty"_s);
        f.maxQty = r.decimal(u"maxQty"_s);
        f.minNotional = r.decimal(u"minNotional"_s);
        f.minPrice = r.decimal(u"minPrice"_s);
        f.maxPrice = r.decimal(u"maxPrice"_s);
        // Absent from states saved before PERCENT_PRICE was enforced: none.
        f.percentPriceUp = r.optionalDecimal(u"percentPriceUp"_s);
        f.percentPriceDown = r.optionalDecimal(u"percentPriceDown"_s);
        if (!f.tickSize.isPositive() || !f.stepSize.isPositive()) {
            r.fail(u"tickSize"_s, u"%1: tickSize and stepSize must be positive"_s.arg(f.symbol));
        }
        error = error.isEmpty() ? r.error().message : error;
        filters.insert(f.symbol, f);
    }
    const QJsonObject markObject = state.value(u"marks"_s).toObject();
    for (auto it = markObject.begin(); it != markObject.end(); ++it) {
        const auto p = Decimal::parse(it.value().toString());
        if (!p) {
            error = error.isEmpty() ? u"marks.%1: %2"_s.arg(it.key(), p.error().message) : error;
        }
        marks.insert(it.key(), p ? p.value() : Decimal());
    }
    const QJsonObject leverageObject = state.value(u"leverages"_s).toObject();
    for (auto it = leverageObject.begin(); it != leverageObject.end(); ++it) {
        leverages.insert(it.key(), it.value().toInt());
    }
    // Absent from documents written before paper liquidation: every symbol was cross then.
    const QJsonObject marginTypeObject = state.value(u"marginTypes"_s).toObject();
    for (auto it = marginTypeObject.begin(); it != marginTypeObject.end(); ++it) {
        const auto type = marginTypeFromString(it.value().toString());
        if (!type) {
            error = error.isEmpty()
                ? u"marginTypes.%1: \"%2\" is not CROSSED or ISOLATED"_s.arg(it.key(), it.value().toString())
                : error;
        }
        marginTypes.insert(it.key(), type.value_or(MarginType::Crossed));
    }
    for (const QJsonValue &v : state.value(u"positions"_s).toArray()) {
        JsonFields r(v.toObject(), u"positions"_s);
        const QString symbol = r.optionalText(u"symbol"_s);
        const PositionSide side = r.choice<PositionSide>(u"positionSide"_s, &positionSideFromString);
        const Decimal amount = r.decimal(u"amount"_s);
        const Decimal entry = r.decimal(u"entryPrice"_s);
        book.set(symbol, side, amount, entry, r.optionalInteger(u"time"_s));
        error = error.isEmpty() ? r.error().message : error;
    }
    for (const QJsonValue &v : state.value(u"orders"_s).toArray()) {
        JsonFields r(v.toObject(), u"orders"_s);
        Order o;
        o.orderId = r.optionalInteger(u"orderId"_s);
        OrderRequest &q = o.request;
        q.symbol = r.optionalText(u"symbol"_s);
        q.clientOrderId = r.optionalText(u"clientOrderId"_s);
        q.side = r.choice<OrderSide>(u"side"_s, &orderSideFromString);
        q.positionSide = r.choice<PositionSide>(u"positionSide"_s, &positionSideFromString);
        q.type = r.choice<OrderType>(u"type"_s, &orderTypeFromString);
        q.timeInForce = r.choice<TimeInForce>(u"timeInForce"_s, &timeInForceFromString);
        q.quantity = r.decimal(u"quantity"_s);
        q.price = r.decimal(u"price"_s);
        q.stopPrice = r.decimal(u"stopPrice"_s);
        q.reduceOnly = r.flag(u"reduceOnly"_s);
        o.status = r.choice<OrderStatus>(u"status"_s, &orderStatusFromString);
        o.executedQuantity = r.decimal(u"executedQuantity"_s);
        o.cumulativeQuote = r.decimal(u"cumulativeQuote"_s);
        o.time = r.optionalInteger(u"time"_s);
        JsonFields u(v.toObject().value(u"lastUpdate"_s).toObject(), u"orders.lastUpdate"_s);
        o.lastUpdate = makeUpdate(o, u.choice<ExecutionType>(u"execution"_s, &executionTypeFromString));
        o.lastUpdate.status = o.status;
        o.lastUpdate.averagePrice = u.decimal(u"averagePrice"_s);
        o.lastUpdate.lastQuantity = u.decimal(u"lastQuantity"_s);
        o.lastUpdate.lastPrice = u.decimal(u"lastPrice"_s);
        o.lastUpdate.cumulativeQuantity = u.decimal(u"cumulativeQuantity"_s);
        o.lastUpdate.fee = u.decimal(u"fee"_s);
        o.lastUpdate.realizedProfit = u.decimal(u"realizedProfit"_s);
        o.lastUpdate.isMaker = u.flag(u"isMaker"_s);
        o.lastUpdate.time = u.optionalInteger(u"time"_s);
        o.lastUpdate.tradeId = u.optionalInteger(u"tradeId"_s);
        error = error.isEmpty() ? (r.ok() ? u.error().message : r.error().message) : error;
        if (o.orderId <= 0) {
            error = error.isEmpty() ? u"orders: an order without an orderId"_s : error;
        }
        if (o.isOpen()) {
            openIds.append(o.orderId);
        }
        latest.insert(q.symbol + u'\n' + q.clientOrderId, o.orderId); // the engine keys orders by symbol too
        orders.emplace(o.orderId, o);
    }
    const auto wallet = Decimal::parse(state.value(u"walletBalance"_s).toString());
    if (!wallet) {
        error = error.isEmpty() ? u"walletBalance: %1"_s.arg(wallet.error().message) : error;
    }
    // The starting balance the wallet was built on: a configuration that still says the same is
    // then no deposit at the next start, and a changed one moves the wallet once, not every start.
    std::optional<Decimal> startingBalance;
    if (state.contains(u"startingBalance"_s)) {
        const auto parsed = Decimal::parse(state.value(u"startingBalance"_s).toString());
        if (parsed) {
            startingBalance = parsed.value();
        } else {
            error = error.isEmpty() ? u"startingBalance: %1"_s.arg(parsed.error().message) : error;
        }
    }
    if (!error.isEmpty()) {
        return Error { u"the saved paper exchange state is damaged: %1"_s.arg(error) };
    }
    if (startingBalance) {
        m_settings.startingBalance = *startingBalance;
    }
    m_filters = std::move(filters);
    m_markPrices = std::move(marks);
    m_leverages = std::move(leverages);
    m_marginTypes = std::move(marginTypes);
    m_book = std::move(book);
    m_orders = std::move(orders);
    std::sort(openIds.begin(), openIds.end());
    m_openOrderIds = std::move(openIds);
    m_openOrderIdsBySymbol.clear();
    for (const qint64 id : std::as_const(m_openOrderIds)) {
        m_openOrderIdsBySymbol[m_orders.at(id).request.symbol].append(id);
    }
    invalidateRiskTotals();
    m_latestOrderIdByClientId = std::move(latest);
    m_walletBalance = wallet.value();
    m_nextOrderId = std::max<qint64>(
        qint64(state.value(u"nextOrderId"_s).toDouble()), m_orders.empty() ? 1 : m_orders.rbegin()->first + 1);
    m_nextTradeId = std::max<qint64>(qint64(state.value(u"nextTradeId"_s).toDouble()), 1);
    m_nextExternalFill = std::max(state.value(u"nextExternalFill"_s).toInt(), 1);
    // A document without it (older) starts funding from the current period, as a fresh engine.
    if (state.contains(u"lastFundingTime"_s)) {
        m_lastFundingTime = qint64(state.value(u"lastFundingTime"_s).toDouble());
    }
    return {};
}

} // namespace trd::exchange
