// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/StreamParser.h"

#include "protocol/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using namespace core;

Result<OrderUpdate> StreamParser::orderTradeUpdate(const QJsonObject &event)
{
    JsonFields e(event, u"ORDER_TRADE_UPDATE"_s);
    JsonFields o(e.object(u"o"_s), u"ORDER_TRADE_UPDATE o"_s);
    OrderUpdate u;
    u.time = e.integer(u"E"_s);
    u.symbol = o.text(u"s"_s);
    u.clientOrderId = o.text(u"c"_s);
    u.side = o.choice<OrderSide>(u"S"_s, &orderSideFromString);
    // "ot" is the type the order was placed with; "o" becomes MARKET once a stop triggers.
    const QString originalType = o.optionalText(u"ot"_s);
    const auto type = orderTypeFromString(originalType.isEmpty() ? o.optionalText(u"o"_s) : originalType);
    u.type = type.value_or(OrderType::Market); // LIQUIDATION orders are market orders to us
    u.quantity = o.quantity(u"q"_s);
    u.price = o.price(u"p"_s);
    u.averagePrice = o.price(u"ap"_s);
    u.stopPrice = o.price(u"sp"_s);
    u.execution = o.choice<ExecutionType>(u"x"_s, &executionTypeFromString);
    const QString status = o.text(u"X"_s);
    // NEW_INSURANCE / NEW_ADL are the exchange's own liquidation orders coming to life.
    u.status = orderStatusFromString(status).value_or(status.startsWith(u"NEW_") ? OrderStatus::New : OrderStatus::New);
    if (!orderStatusFromString(status) && !status.startsWith(u"NEW_") && !status.isEmpty()) {
        o.fail(u"X"_s, u"unknown value \"%1\""_s.arg(status));
    }
    u.orderId = o.integer(u"i"_s);
    u.lastQuantity = o.quantity(u"l"_s);
    u.cumulativeQuantity = o.quantity(u"z"_s);
    u.lastPrice = o.price(u"L"_s);
    u.fee = event.value(u"o"_s).toObject().contains(u"n"_s) ? o.decimal(u"n"_s) : Decimal();
    u.tradeId = o.integer(u"t"_s);
    u.isMaker = o.flag(u"m"_s);
    u.reduceOnly = o.flag(u"R"_s);
    u.positionSide = o.choice<PositionSide>(u"ps"_s, &positionSideFromString);
    u.realizedProfit = o.decimal(u"rp"_s);
    if (!e.ok()) {
        return e.error();
    }
    if (!o.ok()) {
        return o.error();
    }
    return u;
}

Result<AccountUpdateEvent> StreamParser::accountUpdate(const QJsonObject &event)
{
    JsonFields e(event, u"ACCOUNT_UPDATE"_s);
    AccountUpdateEvent result;
    result.time = e.integer(u"E"_s);
    const QJsonObject a = e.object(u"a"_s);
    JsonFields fa(a, u"ACCOUNT_UPDATE a"_s);
    result.reason = fa.text(u"m"_s);
    for (const QJsonValue &v : a.value(u"B"_s).toArray()) {
        JsonFields b(v.toObject(), u"ACCOUNT_UPDATE a.B"_s);
        BalanceChange change { b.text(u"a"_s), b.decimal(u"wb"_s), b.decimal(u"cw"_s), b.decimal(u"bc"_s) };
        if (!b.ok()) {
            return b.error();
        }
        result.balances.append(change);
    }
    for (const QJsonValue &v : a.value(u"P"_s).toArray()) {
        JsonFields p(v.toObject(), u"ACCOUNT_UPDATE a.P"_s);
        PositionSnapshot snapshot;
        snapshot.symbol = p.text(u"s"_s);
        snapshot.amount = p.quantity(u"pa"_s);
        snapshot.entryPrice = p.price(u"ep"_s);
        snapshot.positionSide = p.choice<PositionSide>(u"ps"_s, &positionSideFromString);
        snapshot.time = result.time;
        if (!p.ok()) {
            return p.error();
        }
        result.positions.append(snapshot);
    }
    if (!e.ok()) {
        return e.error();
    }
    if (!fa.ok()) {
        return fa.error();
    }
    return result;
}

Result<Liquidation> StreamParser::forceOrder(const QJsonObject &event)
{
    JsonFields e(event, u"forceOrder"_s);
    JsonFields o(e.object(u"o"_s), u"forceOrder o"_s);
    Liquidation l;
    l.symbol = o.text(u"s"_s);
    l.side = o.choice<OrderSide>(u"S"_s, &orderSideFromString);
    l.price = o.price(u"p"_s);
    l.averagePrice = o.price(u"ap"_s);
    // The cumulative filled quantity: in real recordings "l" differs from "z" in a fifth of events.
    l.quantity = o.quantity(u"z"_s);
    l.time = o.integer(u"T"_s);
    if (!e.ok()) {
        return e.error();
    }
    if (!o.ok()) {
        return o.error();
    }
    return l;
}

Result<MarkPriceEvent> StreamParser::markPrice(const QJsonObject &event)
{
    JsonFields f(event, u"markPriceUpdate"_s);
    MarkPriceEvent m;
    m.time = f.integer(u"E"_s);
    m.symbol = f.text(u"s"_s);
    m.markPrice = f.price(u"p"_s);
    m.indexPrice = f.price(u"i"_s);
    m.fundingRate = event.value(u"r"_s).toString().isEmpty() ? Decimal() : f.decimal(u"r"_s);
    m.nextFundingTime = event.value(u"T"_s).toInteger();
    if (!f.ok()) {
        return f.error();
    }
    return m;
}

Result<BookTickerEvent> StreamParser::bookTicker(const QJsonObject &event)
{
    JsonFields f(event, u"bookTicker"_s);
    BookTickerEvent b { f.text(u"s"_s), f.price(u"b"_s), f.quantity(u"B"_s), f.price(u"a"_s), f.quantity(u"A"_s),
        event.value(u"u"_s).toInteger() };
    if (!f.ok()) {
        return f.error();
    }
    return b;
}

Result<CandleEvent> StreamParser::kline(const QJsonObject &event)
{
    JsonFields e(event, u"kline"_s);
    JsonFields k(e.object(u"k"_s), u"kline k"_s);
    CandleEvent c;
    c.symbol = k.text(u"s"_s);
    c.interval = k.text(u"i"_s);
    c.openTime = k.integer(u"t"_s);
    c.closeTime = k.integer(u"T"_s);
    c.open = k.price(u"o"_s);
    c.high = k.price(u"h"_s);
    c.low = k.price(u"l"_s);
    c.close = k.price(u"c"_s);
    c.volume = k.decimal(u"v"_s);
    c.quoteVolume = k.decimal(u"q"_s);
    c.isClosed = k.flag(u"x"_s);
    if (!e.ok()) {
        return e.error();
    }
    if (!k.ok()) {
        return k.error();
    }
    return c;
}

Result<AccountSettingsEvent> StreamParser::accountSettings(const QJsonObject &payload)
{
    JsonFields e(payload, u"ACCOUNT_CONFIG_UPDATE"_s);
    const qint64 time = e.integer(u"E"_s);
    if (!e.ok()) {
        return e.error();
    }
    const QJsonValue ai = payload.value(u"ai"_s);
    if (!ai.isObject()) {
        return Error { u"ACCOUNT_CONFIG_UPDATE: \"ai\" is not an object"_s };
    }
    AccountSettingsEvent event;
    event.time = time;
    const QJsonObject settings = ai.toObject();
    const auto flag = [&settings](const QString &key, std::optional<bool> &into) -> std::optional<Error> {
        if (!settings.contains(key)) {
            return std::nullopt;
        }
        if (!settings.value(key).isBool()) {
            return Error { u"ACCOUNT_CONFIG_UPDATE ai: \"%1\" is not true or false"_s.arg(key) };
        }
        into = settings.value(key).toBool();
        return std::nullopt;
    };
    for (const auto &[key, field] : { std::pair { u"d"_s, &event.isHedgeMode },
             std::pair { u"j"_s, &event.isMultiAssets }, std::pair { u"f"_s, &event.isTokenFeeDeduction } }) {
        if (auto error = flag(key, *field)) {
            return *error;
        }
    }
    return event;
}

Result<MarginCallEvent> StreamParser::marginCall(const QJsonObject &payload)
{
    JsonFields e(payload, u"MARGIN_CALL"_s);
    MarginCallEvent event;
    event.time = e.integer(u"E"_s);
    event.crossWalletBalance = e.optionalDecimal(u"cw"_s);
    if (!e.ok()) {
        return e.error();
    }
    for (const QJsonValue &item : payload.value(u"p"_s).toArray()) {
        JsonFields p(item.toObject(), u"MARGIN_CALL p"_s);
        MarginCallPosition position;
        position.symbol = p.text(u"s"_s);
        position.positionSide = p.optionalChoice(u"ps"_s, &core::positionSideFromString, core::PositionSide::Both);
        position.amount = p.quantity(u"pa"_s);
        position.marginType = p.optionalText(u"mt"_s);
        position.isolatedWallet = p.optionalDecimal(u"iw"_s);
        position.markPrice = p.price(u"mp"_s);
        position.unrealizedPnl = p.optionalDecimal(u"up"_s);
        position.maintenanceMargin = p.optionalDecimal(u"mm"_s);
        if (!p.ok()) {
            return p.error();
        }
        event.positions.append(position);
    }
    return event;
}

Result<AnnouncementEvent> StreamParser::announcement(const QJsonObject &payload)
{
    // One block per language ("en", "zh"); English is shown, the other is the fallback.
    QJsonObject text = payload.value(u"en"_s).toObject();
    if (text.isEmpty()) {
        text = payload.value(u"zh"_s).toObject();
    }
    if (text.isEmpty()) {
        return Error { u"announcement: neither \"en\" nor \"zh\" is given"_s };
    }
    AnnouncementEvent event;
    event.time = text.value(u"d"_s).toInteger(payload.value(u"E"_s).toInteger());
    event.category = text.value(u"c"_s).toString();
    event.title = text.value(u"t"_s).toString();
    event.subtitle = text.value(u"s"_s).toString();
    event.link = text.value(u"j"_s).toString();
    if (event.title.isEmpty()) {
        return Error { u"announcement: the title \"t\" is missing"_s };
    }
    return event;
}

Result<StreamEvent> StreamParser::parseEvent(const QJsonObject &payload)
{
    const QString type = payload.value(u"e"_s).toString();
    const auto wrap = [](auto result) -> Result<StreamEvent> {
        if (!result) {
            return result.error();
        }
        return StreamEvent(std::move(result).value());
    };
    if (type == u"ORDER_TRADE_UPDATE") {
        return wrap(orderTradeUpdate(payload));
    }
    if (type == u"ACCOUNT_UPDATE") {
        return wrap(accountUpdate(payload));
    }
    if (type == u"ACCOUNT_CONFIG_UPDATE" && payload.contains(u"ai"_s) && !payload.contains(u"ac"_s)) {
        return wrap(accountSettings(payload));
    }
    if (type == u"MARGIN_CALL") {
        return wrap(marginCall(payload));
    }
    if (type == u"announcement") {
        return wrap(announcement(payload));
    }
    if (type == u"ACCOUNT_CONFIG_UPDATE") {
        JsonFields e(payload, u"ACCOUNT_CONFIG_UPDATE"_s);
        JsonFields ac(e.object(u"ac"_s), u"ACCOUNT_CONFIG_UPDATE ac"_s);
        LeverageUpdateEvent l { ac.text(u"s"_s), int(ac.integer(u"l"_s)), e.integer(u"E"_s) };
        if (!e.ok() || !ac.ok()) {
            return e.ok() ? ac.error() : e.error();
        }
        return StreamEvent(l);
    }
    if (type == u"listenKeyExpired") {
        return StreamEvent(ListenKeyExpiredEvent { payload.value(u"E"_s).toInteger() });
    }
    if (type == u"forceOrder") {
        auto l = forceOrder(payload);
        if (!l) {
            return l.error();
        }
        return StreamEvent(QList<Liquidation> { l.value() });
    }
    if (type == u"markPriceUpdate") {
        auto m = markPrice(payload);
        if (!m) {
            return m.error();
        }
        return StreamEvent(QList<MarkPriceEvent> { m.value() });
    }
    if (type == u"bookTicker" || (type.isEmpty() && payload.contains(u"b"_s) && payload.contains(u"a"_s))) {
        return wrap(bookTicker(payload));
    }
    if (type == u"kline") {
        return wrap(kline(payload));
    }
    if (type.isEmpty() && payload.contains(u"id"_s)) {
        SubscriptionAnswer answer;
        answer.id = payload.value(u"id"_s).toInteger();
        answer.isError = payload.contains(u"error"_s);
        answer.message = payload.value(u"error"_s).toObject().value(u"msg"_s).toString();
        return StreamEvent(answer);
    }
    return Error { type.isEmpty() ? u"a stream frame without an event type \"e\""_s
                                  : u"an unknown stream event type \"%1\""_s.arg(type) };
}

Result<StreamEvent> StreamParser::parse(const QByteArray &frame)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error {
            u"a stream frame that is not JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset)
        };
    }
    QJsonValue data = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    // A combined stream wraps each payload as {"stream": name, "data": payload}.
    if (data.isObject() && data.toObject().contains(u"stream"_s) && data.toObject().contains(u"data"_s)) {
        data = data.toObject().value(u"data"_s);
    }
    if (data.isArray()) {
        // !markPrice@arr and !forceOrder@arr deliver arrays of events of one kind.
        QList<MarkPriceEvent> marks;
        QList<Liquidation> liquidations;
        for (const QJsonValue &v : data.toArray()) {
            auto event = parseEvent(v.toObject());
            if (!event) {
                return event.error();
            }
            if (auto *m = std::get_if<QList<MarkPriceEvent>>(&event.value())) {
                marks += *m;
            } else if (auto *l = std::get_if<QList<Liquidation>>(&event.value())) {
                liquidations += *l;
            } else {
                return Error { u"an array frame may hold only markPriceUpdate or forceOrder events"_s };
            }
        }
        if (!marks.isEmpty() && !liquidations.isEmpty()) {
            return Error { u"an array frame mixes mark prices and liquidations"_s };
        }
        return liquidations.isEmpty() ? StreamEvent(marks) : StreamEvent(liquidations);
    }
    if (!data.isObject()) {
        return Error { u"a stream frame that is neither an object nor an array"_s };
    }
    return parseEvent(data.toObject());
}

} // namespace trd::exchange
