// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RestParser.h"

#include "protocol/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using namespace core;

namespace {

Result<QJsonDocument> document(const QByteArray &body, const QString &what)
{
    return JsonFields::document(body, what);
}

// An answer that is one object when a symbol was given and an array of them otherwise.
QJsonArray rows(const QJsonDocument &doc)
{
    return doc.isArray() ? doc.array() : QJsonArray { doc.object() };
}

PositionSnapshot positionFrom(JsonFields &f)
{
    PositionSnapshot p;
    p.symbol = f.text(u"symbol"_s);
    p.amount = f.quantity(u"positionAmt"_s);
    p.entryPrice = f.price(u"entryPrice"_s);
    p.positionSide = f.optionalChoice(u"positionSide"_s, &positionSideFromString, PositionSide::Both);
    p.time = f.optionalInteger(u"updateTime"_s);
    return p;
}

Result<OrderUpdate> orderFrom(const QJsonObject &o)
{
    JsonFields f(o, u"order"_s);
    OrderUpdate u;
    u.symbol = f.text(u"symbol"_s);
    u.clientOrderId = f.text(u"clientOrderId"_s);
    u.orderId = o.value(u"orderId"_s).toInteger();
    u.side = f.optionalChoice(u"side"_s, &orderSideFromString, OrderSide::Buy);
    u.positionSide = f.optionalChoice(u"positionSide"_s, &positionSideFromString, PositionSide::Both);
    u.type = f.optionalChoice(
        u"origType"_s, &orderTypeFromString, f.optionalChoice(u"type"_s, &orderTypeFromString, OrderType::Market));
    u.status = f.optionalChoice(u"status"_s, &orderStatusFromString, OrderStatus::New);
    u.quantity = f.quantity(u"origQty"_s);
    u.price = f.optionalDecimal(u"price"_s, ValueKind::Price);
    u.stopPrice = f.optionalDecimal(u"stopPrice"_s, ValueKind::Price);
    u.averagePrice = f.optionalDecimal(u"avgPrice"_s, ValueKind::Price);
    u.cumulativeQuantity = f.quantity(u"executedQty"_s);
    u.reduceOnly = o.value(u"reduceOnly"_s).toBool();
    u.time = o.value(u"updateTime"_s).toInteger();
    // A REST answer is a state, not an execution: the engine counts fills by cumulative quantity.
    u.execution = u.status == OrderStatus::Canceled ? ExecutionType::Canceled
        : u.status == OrderStatus::Expired          ? ExecutionType::Expired
                                                    : ExecutionType::New;
    if (!f.ok()) {
        return f.error();
    }
    return u;
}

// An array of order objects (openOrders, allOrders).
Result<QList<OrderUpdate>> orderList(const QByteArray &body, const QString &what)
{
    auto doc = document(body, what);
    if (!doc) {
        return doc.error();
    }
    QList<OrderUpdate> result;
    for (const QJsonValue &v : doc.value().array()) {
        auto u = orderFrom(v.toObject());
        if (!u) {
            return u.error();
        }
        result.append(u.value());
    }
    return result;
}

// A number of the leverageBracket answer, which sends them as JSON numbers (a decimal string is
// taken too), within ValueLimits' amounts.
Decimal bracketNumber(JsonFields &f, const QString &key)
{
    const QJsonValue v = f.value(key);
    if (!v.isDouble()) {
        return f.decimal(key);
    }
    const auto parsed
        = ValueLimits::parse(QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest), ValueKind::Amount);
    if (!parsed) {
        f.fail(key, parsed.error().message);
        return {};
    }
    return parsed.value();
}

Result<SymbolLeverageBrackets> symbolBracketsFrom(const QJsonObject &o)
{
    JsonFields f(o, u"leverageBracket"_s);
    SymbolLeverageBrackets result;
    result.symbol = f.text(u"symbol"_s);
    QList<LeverageBracket> brackets;
    const QJsonArray rows = f.value(u"brackets"_s).toArray();
    if (rows.isEmpty()) {
        f.fail(u"brackets"_s, u"expected at least one bracket"_s);
    }
    for (const QJsonValue &row : rows) {
        JsonFields b(row.toObject(), u"leverageBracket %1 bracket"_s.arg(result.symbol));
        LeverageBracket bracket;
        bracket.notionalFloor = bracketNumber(b, u"notionalFloor"_s);
        bracket.maxLeverage = int(b.integer(u"initialLeverage"_s));
        bracket.maintenanceMarginRate = bracketNumber(b, u"maintMarginRatio"_s);
        bracket.maintenanceAmount = bracketNumber(b, u"cum"_s);
        if (!b.ok()) {
            return b.error();
        }
        const bool isFirst = brackets.isEmpty();
        if (bracket.maxLeverage < 1 || bracket.maxLeverage > 125) {
            b.fail(u"initialLeverage"_s, u"%1 is out of range 1–125"_s.arg(bracket.maxLeverage));
        } else if (bracket.maintenanceMarginRate < Decimal() || bracket.maintenanceMarginRate >= Decimal::fromInt(1)) {
            b.fail(u"maintMarginRatio"_s, u"%1 is out of range [0, 1)"_s.arg(bracket.maintenanceMarginRate.toString()));
        } else if (bracket.maintenanceAmount < Decimal()) {
            b.fail(u"cum"_s, u"%1 is negative"_s.arg(bracket.maintenanceAmount.toString()));
        } else if (isFirst && !bracket.notionalFloor.isZero()) {
            b.fail(
                u"notionalFloor"_s, u"the first bracket starts at %1, not 0"_s.arg(bracket.notionalFloor.toString()));
        } else if (!isFirst && bracket.notionalFloor <= brackets.last().notionalFloor) {
            b.fail(u"notionalFloor"_s,
                u"%1 does not rise above the previous bracket's"_s.arg(bracket.notionalFloor.toString()));
        } else if (!isFirst && bracket.maintenanceMarginRate < brackets.last().maintenanceMarginRate) {
            b.fail(u"maintMarginRatio"_s,
                u"%1 is below the previous bracket's"_s.arg(bracket.maintenanceMarginRate.toString()));
        }
        if (!b.ok()) {
            return b.error();
        }
        brackets.append(bracket);
    }
    if (!f.ok()) {
        return f.error();
    }
    result.brackets = LeverageBrackets::fromBrackets(std::move(brackets));
    return result;
}

} // namespace

Result<qint64> RestParser::serverTime(const QByteArray &body)
{
    auto doc = document(body, u"server time"_s);
    if (!doc) {
        return doc.error();
    }
    const QJsonValue t = doc.value().object().value(u"serverTime"_s);
    if (!t.isDouble()) {
        return Error { u"the server time answer has no \"serverTime\""_s };
    }
    return t.toInteger();
}

Result<ExchangeInfo> RestParser::exchangeInfo(const QByteArray &body)
{
    auto doc = document(body, u"exchangeInfo"_s);
    if (!doc) {
        return doc.error();
    }
    ExchangeInfo info;
    const QJsonObject root = doc.value().object();
    for (const QJsonValue &v : root.value(u"rateLimits"_s).toArray()) {
        const QJsonObject r = v.toObject();
        info.rateLimits.append({ r.value(u"rateLimitType"_s).toString(), r.value(u"interval"_s).toString(),
            r.value(u"intervalNum"_s).toInt(1), r.value(u"limit"_s).toInt() });
    }
    for (const QJsonValue &v : root.value(u"symbols"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"status"_s).toString() != u"TRADING") {
            continue;
        }
        SymbolFilters f;
        f.symbol = s.value(u"symbol"_s).toString();
        for (const QJsonValue &fv : s.value(u"filters"_s).toArray()) {
            const QJsonObject filter = fv.toObject();
            const QString type = filter.value(u"filterType"_s).toString();
            JsonFields r(filter, u"exchangeInfo %1 %2"_s.arg(f.symbol, type));
            if (type == u"PRICE_FILTER") {
                f.tickSize = r.decimal(u"tickSize"_s);
                f.minPrice = r.decimal(u"minPrice"_s);
                f.maxPrice = r.decimal(u"maxPrice"_s);
            } else if (type == u"LOT_SIZE") {
                f.stepSize = r.decimal(u"stepSize"_s);
                f.minQty = r.decimal(u"minQty"_s);
                f.maxQty = r.decimal(u"maxQty"_s);
            } else if (type == u"MIN_NOTIONAL") {
                f.minNotional = r.decimal(filter.contains(u"notional"_s) ? u"notional"_s : u"minNotional"_s);
            }
            if (!r.ok()) {
                return r.error();
            }
        }
        if (!f.tickSize.isPositive() || !f.stepSize.isPositive()) {
            return Error { u"exchangeInfo %1: tickSize and stepSize must be positive"_s.arg(f.symbol) };
        }
        info.symbols.append(f);
    }
    return info;
}

Result<PositionSnapshots> RestParser::positionRisk(const QByteArray &body)
{
    auto doc = document(body, u"positionRisk"_s);
    if (!doc) {
        return doc.error();
    }
    return JsonFields::list<PositionSnapshot>(doc.value().array(), u"positionRisk"_s, &positionFrom);
}

Result<OrderUpdate> RestParser::order(const QByteArray &body)
{
    auto doc = document(body, u"order"_s);
    if (!doc) {
        return doc.error();
    }
    return orderFrom(doc.value().object());
}

Result<OpenOrders> RestParser::openOrders(const QByteArray &body)
{
    auto orders = orderList(body, u"openOrders"_s);
    if (!orders) {
        return orders.error();
    }
    OpenOrders result;
    for (const OrderUpdate &u : orders.value()) {
        OpenOrder o;
        o.symbol = u.symbol;
        o.clientOrderId = u.clientOrderId;
        o.orderId = u.orderId;
        o.side = u.side;
        o.positionSide = u.positionSide;
        o.type = u.type;
        o.quantity = u.quantity;
        o.executedQuantity = u.cumulativeQuantity;
        o.price = u.price;
        o.stopPrice = u.stopPrice;
        o.reduceOnly = u.reduceOnly;
        o.time = u.time;
        result.append(o);
    }
    return result;
}

Result<Balance> RestParser::balance(const QByteArray &body, const QString &asset)
{
    auto doc = document(body, u"balance"_s);
    if (!doc) {
        return doc.error();
    }
    for (const QJsonValue &v : doc.value().array()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"asset"_s).toString() != asset) {
            continue;
        }
        JsonFields f(o, u"balance"_s);
        Balance b { f.decimal(u"availableBalance"_s), f.decimal(u"balance"_s) };
        if (!f.ok()) {
            return f.error();
        }
        return b;
    }
    return Error { u"the balance answer lists no %1"_s.arg(asset) };
}

Result<QList<OrderUpdate>> RestParser::orders(const QByteArray &body)
{
    return orderList(body, u"allOrders"_s);
}

Result<QList<BatchOrderResult>> RestParser::batchOrders(const QByteArray &body)
{
    auto doc = document(body, u"batchOrders"_s);
    if (!doc) {
        return doc.error();
    }
    if (!doc.value().isArray()) {
        return Error { u"the batchOrders answer is not an array"_s };
    }
    QList<BatchOrderResult> result;
    for (const QJsonValue &v : doc.value().array()) {
        const QJsonObject o = v.toObject();
        BatchOrderResult slot;
        // A refused slot is the error body of a single order, with HTTP 200 for the whole batch.
        if (o.contains(u"code"_s) && !o.contains(u"orderId"_s)) {
            slot.error = ExchangeError::fromResponse(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
        } else {
            auto u = orderFrom(o);
            if (!u) {
                return u.error();
            }
            slot.order = u.value();
        }
        result.append(slot);
    }
    return result;
}

Result<AccountSummary> RestParser::account(const QByteArray &body)
{
    auto doc = document(body, u"account"_s);
    if (!doc) {
        return doc.error();
    }
    const QJsonObject root = doc.value().object();
    JsonFields f(root, u"account"_s);
    AccountSummary a;
    a.totalWalletBalance = f.decimal(u"totalWalletBalance"_s);
    a.totalUnrealizedProfit = f.decimal(u"totalUnrealizedProfit"_s);
    a.availableBalance = f.decimal(u"availableBalance"_s);
    if (!f.ok()) {
        return f.error();
    }
    auto positions = JsonFields::list<PositionSnapshot>(
        root.value(u"positions"_s).toArray(), u"account positions"_s, &positionFrom);
    if (!positions) {
        return positions.error();
    }
    // Every symbol is listed; the flat ones say nothing.
    for (const PositionSnapshot &p : positions.value()) {
        if (!p.amount.isZero()) {
            a.positions.append(p);
        }
    }
    return a;
}

Result<PositionMode> RestParser::positionMode(const QByteArray &body)
{
    auto doc = document(body, u"positionSide/dual"_s);
    if (!doc) {
        return doc.error();
    }
    const QJsonValue dual = doc.value().object().value(u"dualSidePosition"_s);
    if (!dual.isBool()) {
        return Error { u"the positionSide/dual answer field \"dualSidePosition\": expected true or false"_s };
    }
    return dual.toBool() ? PositionMode::Hedge : PositionMode::OneWay;
}

Result<CommissionRate> RestParser::commissionRate(const QByteArray &body)
{
    auto doc = document(body, u"commissionRate"_s);
    if (!doc) {
        return doc.error();
    }
    JsonFields f(doc.value().object(), u"commissionRate"_s);
    CommissionRate rate { f.text(u"symbol"_s), f.decimal(u"makerCommissionRate"_s),
        f.decimal(u"takerCommissionRate"_s) };
    if (!f.ok()) {
        return f.error();
    }
    return rate;
}

Result<QList<SymbolLeverageBrackets>> RestParser::leverageBrackets(const QByteArray &body)
{
    auto doc = document(body, u"leverageBracket"_s);
    if (!doc) {
        return doc.error();
    }
    QList<SymbolLeverageBrackets> result;
    for (const QJsonValue &v : rows(doc.value())) {
        auto symbol = symbolBracketsFrom(v.toObject());
        if (!symbol) {
            return symbol.error();
        }
        result.append(symbol.value());
    }
    return result;
}

Result<QList<MarkPriceEvent>> RestParser::premiumIndex(const QByteArray &body)
{
    auto doc = document(body, u"premiumIndex"_s);
    if (!doc) {
        return doc.error();
    }
    return JsonFields::list<MarkPriceEvent>(rows(doc.value()), u"premiumIndex"_s, [](JsonFields &f) {
        MarkPriceEvent m;
        m.symbol = f.text(u"symbol"_s);
        m.markPrice = f.price(u"markPrice"_s);
        m.indexPrice = f.optionalDecimal(u"indexPrice"_s, ValueKind::Price);
        // Empty for contracts without funding.
        m.fundingRate = f.optionalDecimal(u"lastFundingRate"_s);
        m.nextFundingTime = f.optionalInteger(u"nextFundingTime"_s);
        m.time = f.optionalInteger(u"time"_s);
        return m;
    });
}

Result<QList<BookTickerEvent>> RestParser::bookTicker(const QByteArray &body)
{
    auto doc = document(body, u"bookTicker"_s);
    if (!doc) {
        return doc.error();
    }
    return JsonFields::list<BookTickerEvent>(rows(doc.value()), u"bookTicker"_s, [](JsonFields &f) {
        return BookTickerEvent { f.text(u"symbol"_s), f.price(u"bidPrice"_s), f.quantity(u"bidQty"_s),
            f.price(u"askPrice"_s), f.quantity(u"askQty"_s), f.optionalInteger(u"lastUpdateId"_s) };
    });
}

Result<QString> RestParser::listenKey(const QByteArray &body)
{
    auto doc = document(body, u"listenKey"_s);
    if (!doc) {
        return doc.error();
    }
    const QString key = doc.value().object().value(u"listenKey"_s).toString();
    if (key.isEmpty()) {
        return Error { u"the listenKey answer has no \"listenKey\""_s };
    }
    return key;
}

} // namespace trd::exchange
