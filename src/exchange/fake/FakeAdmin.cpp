// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeAdmin.h"

#include "fake/FakeExchangeServer.h"
#include "fake/FakeJson.h"
#include "money/ValueLimits.h"
#include "paper/PaperMatchingEngine.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {

FakeResponse done()
{
    return { 200, FakeJson::toBytes(QJsonObject { { u"ok"_s, true } }), {} };
}

FakeResponse bad(const QString &message)
{
    return { 400, FakeJson::error(-1102, message), {} };
}

// Admin parameters come from the query string, a form body, or a JSON object body.
QJsonObject arguments(const FakeRequest &request)
{
    QJsonObject result;
    const QJsonDocument json = QJsonDocument::fromJson(request.body);
    if (json.isObject()) {
        result = json.object();
    } else {
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
            result.insert(key, value);
        }
    }
    const QUrlQuery query(QString::fromUtf8(request.rawQuery));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        result.insert(key, value);
    }
    return result;
}

QString text(const QJsonObject &args, const QString &key)
{
    const QJsonValue v = args.value(key);
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
}

int integer(const QJsonObject &args, const QString &key, int fallback = 0)
{
    bool isNumber = false;
    const int value = text(args, key).toInt(&isNumber);
    return isNumber ? value : fallback;
}

} // namespace

FakeAdmin::FakeAdmin(FakeExchangeServer *server)
    : m_server(server)
{ }

FakeResponse FakeAdmin::handle(const FakeRequest &request)
{
    if (request.method == u"GET"_s && request.path == u"/admin/state"_s) {
        return state();
    }
    if (request.method != u"POST"_s) {
        return { 405, FakeJson::error(-1000, u"Admin endpoints take POST."_s), {} };
    }
    if (request.path == u"/admin/mark"_s) {
        return mark(request);
    }
    if (request.path == u"/admin/liquidation"_s) {
        return liquidation(request);
    }
    if (request.path == u"/admin/bookTicker"_s) {
        return bookTicker(request);
    }
    if (request.path == u"/admin/symbol"_s) {
        return symbol(request);
    }
    if (request.path == u"/admin/fault"_s) {
        return fault(request);
    }
    if (request.path == u"/admin/funding"_s) {
        return funding(request);
    }
    return { 404, FakeJson::error(-1000, u"Unknown admin path %1."_s.arg(request.path)), {} };
}

FakeResponse FakeAdmin::mark(const FakeRequest &request)
{
    const QJsonObject args = arguments(request);
    const QString symbol = text(args, u"symbol"_s);
    // The limits the engine's parsers apply: a mark the clients would refuse is refused here
    // too, rather than overflowing the paper engine's margin arithmetic.
    const auto price = core::ValueLimits::parse(text(args, u"price"_s), core::ValueKind::Price);
    if (symbol.isEmpty() || !price || !price->isPositive()) {
        return bad(u"/admin/mark needs symbol and a positive decimal price%1"_s.arg(
            price ? QString() : u": price "_s + price.error().message));
    }
    m_server->setMarkPrice(symbol, *price);
    return done();
}

FakeResponse FakeAdmin::bookTicker(const FakeRequest &request)
{
    const QJsonObject args = arguments(request);
    const QString symbol = text(args, u"symbol"_s);
    const auto bid = core::Decimal::parse(text(args, u"bid"_s));
    const auto ask = core::Decimal::parse(text(args, u"ask"_s));
    if (symbol.isEmpty() || !bid || !ask || !bid->isPositive() || !(*bid < *ask)) {
        return bad(u"/admin/bookTicker needs symbol and decimal prices 0 < bid < ask"_s);
    }
    m_server->setBookTicker(symbol, *bid, *ask);
    return done();
}

FakeResponse FakeAdmin::liquidation(const FakeRequest &request)
{
    QJsonObject order = QJsonDocument::fromJson(request.body).object();
    // The body may be the whole forceOrder event or only its "o".
    if (order.value(u"o"_s).isObject()) {
        order = order.value(u"o"_s).toObject();
    }
    for (const QString &key : { u"s"_s, u"S"_s, u"q"_s, u"p"_s }) {
        if (!order.value(key).isString()) {
            return bad(u"/admin/liquidation needs a JSON forceOrder \"o\" with string fields s, S, q, p"_s);
        }
    }
    m_server->publishLiquidation(order);
    return done();
}

FakeResponse FakeAdmin::symbol(const FakeRequest &request)
{
    const QJsonObject args = arguments(request);
    core::SymbolFilters filters;
    filters.symbol = text(args, u"symbol"_s);
    if (filters.symbol.isEmpty()) {
        return bad(u"/admin/symbol needs symbol"_s);
    }
    const auto read = [&args](const QString &key, core::Decimal &field) {
        if (!args.contains(key)) {
            return true;
        }
        const auto parsed = core::Decimal::parse(text(args, key));
        if (parsed) {
            field = parsed.value();
        }
        return bool(parsed);
    };
    const bool isValid = read(u"tickSize"_s, filters.tickSize) && read(u"stepSize"_s, filters.stepSize)
        && read(u"minQty"_s, filters.minQty) && read(u"maxQty"_s, filters.maxQty)
        && read(u"minNotional"_s, filters.minNotional) && read(u"minPrice"_s, filters.minPrice)
        && read(u"maxPrice"_s, filters.maxPrice);
    if (!isValid || !filters.tickSize.isPositive() || !filters.stepSize.isPositive()) {
        return bad(u"/admin/symbol: filters must be decimals, tickSize and stepSize positive"_s);
    }
    m_server->declareSymbol(filters);
    return done();
}

FakeResponse FakeAdmin::funding(const FakeRequest &request)
{
    const QJsonObject args = arguments(request);
    const QString symbol = text(args, u"symbol"_s);
    // A fraction per funding period, as Aster states lastFundingRate ("0.00010000" is 0.01 %).
    const auto rate = core::Decimal::parse(text(args, u"rate"_s));
    if (symbol.isEmpty() || !rate || rate->abs() > core::Decimal::fromString(u"0.03")) {
        return bad(u"/admin/funding needs symbol and a decimal rate between -0.03 and 0.03 (a fraction: 0.0001 "
                   u"is 0.01 %)"_s);
    }
    m_server->chargeFunding(symbol, *rate);
    return done();
}

FakeResponse FakeAdmin::fault(const FakeRequest &request)
{
    const QJsonObject args = arguments(request);
    const QString kind = text(args, u"kind"_s);
    if (kind == u"drop_streams"_s) {
        const QString which = text(args, u"which"_s);
        if (which == u"user"_s) {
            m_server->dropUserStreams();
        } else if (which == u"market"_s) {
            m_server->dropMarketStreams();
        } else if (which.isEmpty() || which == u"all"_s) {
            m_server->dropStreams();
        } else {
            return bad(u"/admin/fault drop_streams: which must be user, market or all"_s);
        }
    } else if (kind == u"hold_user_events"_s) {
        m_server->holdUserEvents();
    } else if (kind == u"release_user_events"_s) {
        m_server->releaseUserEvents();
    } else if (kind == u"duplicate_user_events"_s) {
        m_server->setUserEventsDuplicated(text(args, u"on"_s) != u"false"_s);
    } else if (kind == u"http_status"_s) {
        FakeExchangeServer::Failure failure;
        failure.httpStatus = integer(args, u"status"_s, 503);
        failure.remaining = integer(args, u"count"_s, 1);
        failure.retryAfterSeconds = integer(args, u"retryAfter"_s, 0);
        failure.code = integer(args, u"code"_s, 0);
        failure.isAppliedFirst = text(args, u"applied"_s) == u"true"_s;
        failure.path = text(args, u"path"_s);
        m_server->failNext(failure);
    } else if (kind == u"delay"_s) {
        m_server->setAnswerDelay(integer(args, u"ms"_s));
    } else if (kind == u"malformed_frame"_s) {
        m_server->sendMalformedFrame();
    } else if (kind == u"reject_order"_s) {
        m_server->rejectNextOrder(integer(args, u"code"_s, -2019), text(args, u"msg"_s));
    } else if (kind == u"expire_listen_key"_s) {
        m_server->expireListenKeys();
    } else if (kind == u"clock"_s) {
        m_server->advanceClock(integer(args, u"ms"_s));
    } else if (kind == u"account_config"_s) {
        const auto flag = [&args](const QString &key) -> std::optional<bool> {
            if (!args.contains(key)) {
                return std::nullopt;
            }
            return text(args, key) == u"true"_s;
        };
        m_server->pushAccountSettings(flag(u"d"_s), flag(u"j"_s));
    } else if (kind == u"margin_call"_s) {
        m_server->pushMarginCall();
    } else if (kind == u"announcement"_s) {
        m_server->pushAnnouncement(text(args, u"title"_s),
            args.contains(u"category"_s) ? text(args, u"category"_s) : u"DIRECT"_s, text(args, u"body"_s));
    } else if (kind == u"clear"_s) {
        m_server->clearFaults();
    } else {
        return bad(u"/admin/fault kind must be one of drop_streams, http_status, delay, malformed_frame, "
                   u"reject_order, expire_listen_key, clock, account_config, margin_call, announcement, "
                   u"hold_user_events, release_user_events, duplicate_user_events, clear"_s);
    }
    return done();
}

FakeResponse FakeAdmin::state()
{
    return { 200, FakeJson::toBytes(m_server->engine()->saveState()), {} };
}

} // namespace trd::exchange
