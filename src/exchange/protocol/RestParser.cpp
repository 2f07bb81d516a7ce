// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RestParser.h"

#include "protocol/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using namespace core;

namespace {

Result<QJsonDocument> document(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error { u"the %1 answer is not JSON (%2)"_s.arg(what, error.errorString()) };
    }
    return doc;
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
    u.quantity = f.decimal(u"origQty"_s);
    u.price = f.optionalDecimal(u"price"_s);
    u.stopPrice = f.optionalDecimal(u"stopPrice"_s);
    u.averagePrice = f.optionalDecimal(u"avgPrice"_s);
    u.cumulativeQuantity = f.decimal(u"executedQty"_s);
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
    PositionSnapshots result;
    for (const QJsonValue &v : doc.value().array()) {
        const QJsonObject o = v.toObject();
        JsonFields f(o, u"positionRisk"_s);
        PositionSnapshot p;
        p.symbol = f.text(u"symbol"_s);
        p.amount = f.decimal(u"positionAmt"_s);
        p.entryPrice = f.decimal(u"entryPrice"_s);
        p.positionSide = f.optionalChoice(u"positionSide"_s, &positionSideFromString, PositionSide::Both);
        p.time = o.value(u"updateTime"_s).toInteger();
        if (!f.ok()) {
            return f.error();
        }
        result.append(p);
    }
    return result;
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
    auto doc = document(body, u"openOrders"_s);
    if (!doc) {
        return doc.error();
    }
    OpenOrders result;
    for (const QJsonValue &v : doc.value().array()) {
        auto u = orderFrom(v.toObject());
        if (!u) {
            return u.error();
        }
        OpenOrder o;
        o.symbol = u->symbol;
        o.clientOrderId = u->clientOrderId;
        o.orderId = u->orderId;
        o.side = u->side;
        o.positionSide = u->positionSide;
        o.type = u->type;
        o.quantity = u->quantity;
        o.executedQuantity = u->cumulativeQuantity;
        o.price = u->price;
        o.stopPrice = u->stopPrice;
        o.reduceOnly = u->reduceOnly;
        o.time = u->time;
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
