// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RestParser.h"

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

// Decimal fields of REST answers, with the first problem remembered and named.
class Fields
{
public:
    Fields(const QJsonObject &o, QString where)
        : m_o(o)
        , m_where(std::move(where))
    { }
    Decimal dec(const QString &key, bool optional = false)
    {
        const QJsonValue v = m_o.value(key);
        if (optional && (v.isUndefined() || v.toString().isEmpty())) {
            return {};
        }
        const auto parsed = Decimal::parse(v.toString());
        if (!parsed) {
            fail(key, v.isUndefined() ? u"missing"_s : parsed.error().message);
            return {};
        }
        return parsed.value();
    }
    QString text(const QString &key)
    {
        if (!m_o.value(key).isString()) {
            fail(key, u"missing"_s);
        }
        return m_o.value(key).toString();
    }
    template<typename T>
    T choice(const QString &key, std::optional<T> (*parse)(QStringView), T fallback)
    {
        const QString raw = m_o.value(key).toString();
        if (raw.isEmpty()) {
            return fallback;
        }
        if (auto v = parse(raw)) {
            return *v;
        }
        fail(key, u"unknown value \"%1\""_s.arg(raw));
        return fallback;
    }
    void fail(const QString &key, const QString &why)
    {
        if (m_error.isEmpty()) {
            m_error = u"%1 field \"%2\": %3"_s.arg(m_where, key, why);
        }
    }
    bool ok() const { return m_error.isEmpty(); }
    Error error() const { return Error { m_error }; }

private:
    QJsonObject m_o;
    QString m_where;
    QString m_error;
};

Result<OrderUpdate> orderFrom(const QJsonObject &o)
{
    Fields f(o, u"order"_s);
    OrderUpdate u;
    u.symbol = f.text(u"symbol"_s);
    u.clientOrderId = f.text(u"clientOrderId"_s);
    u.orderId = o.value(u"orderId"_s).toInteger();
    u.side = f.choice(u"side"_s, &orderSideFromString, OrderSide::Buy);
    u.positionSide = f.choice(u"positionSide"_s, &positionSideFromString, PositionSide::Both);
    u.type
        = f.choice(u"origType"_s, &orderTypeFromString, f.choice(u"type"_s, &orderTypeFromString, OrderType::Market));
    u.status = f.choice(u"status"_s, &orderStatusFromString, OrderStatus::New);
    u.quantity = f.dec(u"origQty"_s);
    u.price = f.dec(u"price"_s, true);
    u.stopPrice = f.dec(u"stopPrice"_s, true);
    u.averagePrice = f.dec(u"avgPrice"_s, true);
    u.cumulativeQuantity = f.dec(u"executedQty"_s);
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
            Fields r(filter, u"exchangeInfo %1 %2"_s.arg(f.symbol, type));
            if (type == u"PRICE_FILTER") {
                f.tickSize = r.dec(u"tickSize"_s);
                f.minPrice = r.dec(u"minPrice"_s);
                f.maxPrice = r.dec(u"maxPrice"_s);
            } else if (type == u"LOT_SIZE") {
                f.stepSize = r.dec(u"stepSize"_s);
                f.minQty = r.dec(u"minQty"_s);
                f.maxQty = r.dec(u"maxQty"_s);
            } else if (type == u"MIN_NOTIONAL") {
                f.minNotional = r.dec(filter.contains(u"notional"_s) ? u"notional"_s : u"minNotional"_s);
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
        Fields f(o, u"positionRisk"_s);
        PositionSnapshot p;
        p.symbol = f.text(u"symbol"_s);
        p.amount = f.dec(u"positionAmt"_s);
        p.entryPrice = f.dec(u"entryPrice"_s);
        p.positionSide = f.choice(u"positionSide"_s, &positionSideFromString, PositionSide::Both);
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
        Fields f(o, u"balance"_s);
        Balance b { f.dec(u"availableBalance"_s), f.dec(u"balance"_s) };
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
