// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/AsterRestApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using namespace core;
using Parameters = RequestSigner::Parameters;

namespace {

using C = AsterRestApi::Call;
using P = RateLimiter::Priority;

struct Row
{
    C call;
    Endpoint endpoint;
};

// Every endpoint the app calls: method, path, weight (exchange.md), signed, counts as an order,
// priority. Orders and cancellations go first; account reads next; market data last. Weights
// that depend on the request are the ones for one symbol and the default limit; see the
// *Weight functions. POST positionSide/dual counts 30 as exchange.md says, though Aster's
// document gives it 1: counting more only keeps us further from the limit.
const Row kTable[] = {
    { C::Ping, { "GET", u"/fapi/v1/ping"_s, 1, false, false, P::MarketData } },
    // Orders are signed with the offset it gives: it goes ahead like them.
    { C::ServerTime, { "GET", u"/fapi/v1/time"_s, 1, false, false, P::Order } },
    { C::ExchangeInfo, { "GET", u"/fapi/v1/exchangeInfo"_s, 1, false, false, P::Account } },
    { C::PremiumIndex, { "GET", u"/fapi/v1/premiumIndex"_s, 1, false, false, P::MarketData } },
    { C::BookTicker, { "GET", u"/fapi/v1/ticker/bookTicker"_s, 1, false, false, P::MarketData } },
    { C::Depth, { "GET", u"/fapi/v1/depth"_s, 10, false, false, P::MarketData } },
    { C::Klines, { "GET", u"/fapi/v1/klines"_s, 5, false, false, P::MarketData } },
    { C::PlaceOrder, { "POST", u"/fapi/v1/order"_s, 1, true, true, P::Order } },
    { C::BatchOrders, { "POST", u"/fapi/v1/batchOrders"_s, 5, true, true, P::Order } },
    { C::CancelOrder, { "DELETE", u"/fapi/v1/order"_s, 1, true, false, P::Order } },
    { C::CancelAllOrders, { "DELETE", u"/fapi/v1/allOpenOrders"_s, 1, true, false, P::Order } },
    { C::QueryOrder, { "GET", u"/fapi/v1/order"_s, 1, true, false, P::Account } },
    { C::OpenOrders, { "GET", u"/fapi/v1/openOrders"_s, 1, true, false, P::Account } },
    { C::AllOrders, { "GET", u"/fapi/v1/allOrders"_s, 5, true, false, P::Account } },
    { C::PositionRisk, { "GET", u"/fapi/v2/positionRisk"_s, 5, true, false, P::Account } },
    { C::Balance, { "GET", u"/fapi/v2/balance"_s, 5, true, false, P::Account } },
    { C::Account, { "GET", u"/fapi/v4/account"_s, 5, true, false, P::Account } },
    { C::Leverage, { "POST", u"/fapi/v1/leverage"_s, 1, true, false, P::Account } },
    { C::MarginType, { "POST", u"/fapi/v1/marginType"_s, 1, true, false, P::Account } },
    { C::PositionMode, { "GET", u"/fapi/v1/positionSide/dual"_s, 30, true, false, P::Account } },
    { C::SetPositionMode, { "POST", u"/fapi/v1/positionSide/dual"_s, 30, true, false, P::Account } },
    { C::UserTrades, { "GET", u"/fapi/v1/userTrades"_s, 5, true, false, P::Account } },
    { C::Income, { "GET", u"/fapi/v1/income"_s, 30, true, false, P::Account } },
    { C::CommissionRate, { "GET", u"/fapi/v1/commissionRate"_s, 20, true, false, P::Account } },
    { C::LeverageBracket, { "GET", u"/fapi/v1/leverageBracket"_s, 1, true, false, P::Account } },
    // listenKey calls carry the API key but no signature; cheap, and ahead of market data.
    { C::CreateListenKey, { "POST", u"/fapi/v1/listenKey"_s, 1, false, false, P::Account } },
    { C::KeepAliveListenKey, { "PUT", u"/fapi/v1/listenKey"_s, 1, false, false, P::Account } },
    { C::CloseListenKey, { "DELETE", u"/fapi/v1/listenKey"_s, 1, false, false, P::Account } },
};

// Without a symbol these cover every symbol and weigh more.
constexpr int kAllPremiumIndexWeight = 10;
constexpr int kAllBookTickersWeight = 2;
constexpr int kAllOpenOrdersWeight = 40;

Endpoint weighing(Endpoint endpoint, int weight)
{
    endpoint.weight = weight;
    return endpoint;
}

void addOptional(Parameters &p, const QString &key, std::optional<qint64> value)
{
    if (value) {
        p.append({ key, QString::number(*value) });
    }
}

void addWindow(
    Parameters &p, std::optional<qint64> startTimeMs, std::optional<qint64> endTimeMs, std::optional<int> limit)
{
    addOptional(p, u"startTime"_s, startTimeMs);
    addOptional(p, u"endTime"_s, endTimeMs);
    addOptional(p, u"limit"_s, limit);
}

Parameters symbolOnly(const QString &symbol)
{
    return symbol.isEmpty() ? Parameters {} : Parameters { { u"symbol"_s, symbol } };
}

} // namespace

QString toString(MarginType type)
{
    return type == MarginType::Isolated ? u"ISOLATED"_s : u"CROSSED"_s;
}

AsterRestApi::AsterRestApi(RestClient *rest)
    : m_rest(rest)
{ }

Endpoint AsterRestApi::endpoint(Call call)
{
    const auto it = std::find_if(std::begin(kTable), std::end(kTable), [call](const Row &r) { return r.call == call; });
    Q_ASSERT(it != std::end(kTable));
    return it->endpoint;
}

int AsterRestApi::depthWeight(int limit)
{
    return limit <= 50 ? 2 : limit <= 100 ? 5 : limit <= 500 ? 10 : 20;
}

int AsterRestApi::klinesWeight(int limit)
{
    return limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
}

int AsterRestApi::openOrdersWeight(bool hasSymbol)
{
    return hasSymbol ? endpoint(Call::OpenOrders).weight : kAllOpenOrdersWeight;
}

Parameters AsterRestApi::orderParameters(const OrderRequest &request, PositionMode mode)
{
    Parameters p { { u"symbol"_s, request.symbol }, { u"side"_s, toString(request.side) },
        { u"type"_s, toString(request.type) }, { u"quantity"_s, request.quantity.toString() } };
    // positionSide must be sent in hedge mode, and reduceOnly cannot be (exchange.md).
    if (mode == PositionMode::Hedge) {
        p.append({ u"positionSide"_s, toString(request.positionSide) });
    } else if (request.reduceOnly) {
        p.append({ u"reduceOnly"_s, u"true"_s });
    }
    if (request.type == OrderType::Limit) {
        p.append({ u"price"_s, request.price.toString() });
        p.append({ u"timeInForce"_s, toString(request.timeInForce) });
    }
    if (request.type == OrderType::StopMarket || request.type == OrderType::TakeProfitMarket) {
        p.append({ u"stopPrice"_s, request.stopPrice.toString() });
        p.append({ u"workingType"_s, u"MARK_PRICE"_s });
    }
    p.append({ u"newClientOrderId"_s, request.clientOrderId });
    p.append({ u"newOrderRespType"_s, u"RESULT"_s });
    return p;
}

template<typename T, typename Parse>
void AsterRestApi::send(const Endpoint &endpoint, const Parameters &parameters, Parse parse, Reply<T> reply)
{
    m_rest->call(endpoint, parameters,
        [parse, reply = std::move(reply)](const QByteArray &body, const std::optional<ExchangeError> &error) {
            if (!reply) {
                return;
            }
            if (error) {
                reply(ApiResult<T>(*error));
                return;
            }
            reply(fromParsed<T>(parse(body)));
        });
}

void AsterRestApi::send(const Endpoint &endpoint, const Parameters &parameters, Reply<void> reply)
{
    m_rest->call(endpoint, parameters,
        [reply = std::move(reply)](const QByteArray &, const std::optional<ExchangeError> &error) {
            if (!reply) {
                return;
            }
            // -4046 / -4059: the setting already is what was asked.
            if (error && error->action != ExchangeError::Action::None) {
                reply(ApiResult<void>(*error));
                return;
            }
            reply(ApiResult<void>());
        });
}

void AsterRestApi::ping(Reply<void> reply)
{
    send(endpoint(Call::Ping), {}, std::move(reply));
}

void AsterRestApi::serverTime(Reply<qint64> reply)
{
    send(endpoint(Call::ServerTime), {}, &RestParser::serverTime, std::move(reply));
}

void AsterRestApi::exchangeInfo(Reply<ExchangeInfo> reply)
{
    send(endpoint(Call::ExchangeInfo), {}, &RestParser::exchangeInfo, std::move(reply));
}

void AsterRestApi::premiumIndex(const QString &symbol, Reply<QList<MarkPriceEvent>> reply)
{
    const Endpoint e = endpoint(Call::PremiumIndex);
    send(symbol.isEmpty() ? weighing(e, kAllPremiumIndexWeight) : e, symbolOnly(symbol), &RestParser::premiumIndex,
        std::move(reply));
}

void AsterRestApi::bookTicker(const QString &symbol, Reply<QList<BookTickerEvent>> reply)
{
    const Endpoint e = endpoint(Call::BookTicker);
    send(symbol.isEmpty() ? weighing(e, kAllBookTickersWeight) : e, symbolOnly(symbol), &RestParser::bookTicker,
        std::move(reply));
}

void AsterRestApi::depth(const DepthQuery &query, Reply<DepthBook> reply)
{
    send(weighing(endpoint(Call::Depth), depthWeight(query.limit)),
        { { u"symbol"_s, query.symbol }, { u"limit"_s, QString::number(query.limit) } }, &RestHistoryParser::depth,
        std::move(reply));
}

void AsterRestApi::klines(const KlinesQuery &query, Reply<QList<Kline>> reply)
{
    Parameters p { { u"symbol"_s, query.symbol }, { u"interval"_s, query.interval } };
    addWindow(p, query.startTimeMs, query.endTimeMs, query.limit);
    send(weighing(endpoint(Call::Klines), klinesWeight(query.limit)), p, &RestHistoryParser::klines, std::move(reply));
}

void AsterRestApi::placeOrder(const OrderRequest &request, PositionMode mode, Reply<OrderUpdate> reply)
{
    send(endpoint(Call::PlaceOrder), orderParameters(request, mode), &RestParser::order, std::move(reply));
}

void AsterRestApi::placeBatch(
    const QList<OrderRequest> &requests, PositionMode mode, Reply<QList<BatchOrderResult>> reply)
{
    if (requests.isEmpty() || requests.size() > kMaxBatchOrders) {
        // Refused here rather than spend 5 weight on the exchange's -4082; answered later, as
        // every other reply is.
        ExchangeError error;
        error.code = -4082;
        error.message = u"a batch holds 1 to %1 orders, not %2"_s.arg(kMaxBatchOrders).arg(requests.size());
        error.action = ExchangeError::Action::FixRequest;
        QTimer::singleShot(0, m_rest, [reply, error] {
            if (reply) {
                reply(ApiResult<QList<BatchOrderResult>>(error));
            }
        });
        return;
    }
    QJsonArray orders;
    for (const OrderRequest &request : requests) {
        QJsonObject order;
        for (const auto &[key, value] : orderParameters(request, mode)) {
            order.insert(key, value);
        }
        orders.append(order);
    }
    const QString json = QString::fromUtf8(QJsonDocument(orders).toJson(QJsonDocument::Compact));
    send(endpoint(Call::BatchOrders), { { u"batchOrders"_s, json } }, &RestParser::batchOrders, std::move(reply));
}

void AsterRestApi::cancelOrder(const QString &symbol, const QString &clientOrderId, Reply<OrderUpdate> reply)
{
    send(endpoint(Call::CancelOrder), { { u"symbol"_s, symbol }, { u"origClientOrderId"_s, clientOrderId } },
        &RestParser::order, std::move(reply));
}

void AsterRestApi::cancelAllOrders(const QString &symbol, Reply<void> reply)
{
    send(endpoint(Call::CancelAllOrders), { { u"symbol"_s, symbol } }, std::move(reply));
}

void AsterRestApi::queryOrder(const QString &symbol, const QString &clientOrderId, Reply<OrderUpdate> reply)
{
    send(endpoint(Call::QueryOrder), { { u"symbol"_s, symbol }, { u"origClientOrderId"_s, clientOrderId } },
        &RestParser::order, std::move(reply));
}

void AsterRestApi::openOrders(const QString &symbol, Reply<OpenOrders> reply)
{
    send(weighing(endpoint(Call::OpenOrders), openOrdersWeight(!symbol.isEmpty())), symbolOnly(symbol),
        &RestParser::openOrders, std::move(reply));
}

void AsterRestApi::allOrders(const AllOrdersQuery &query, Reply<QList<OrderUpdate>> reply)
{
    Parameters p { { u"symbol"_s, query.symbol } };
    addOptional(p, u"orderId"_s, query.orderId);
    addWindow(p, query.startTimeMs, query.endTimeMs, query.limit);
    send(endpoint(Call::AllOrders), p, &RestParser::orders, std::move(reply));
}

void AsterRestApi::positionRisk(Reply<PositionSnapshots> reply)
{
    send(endpoint(Call::PositionRisk), {}, &RestParser::positionRisk, std::move(reply));
}

void AsterRestApi::balance(Reply<Balance> reply)
{
    send(
        endpoint(Call::Balance), {}, [](const QByteArray &body) { return RestParser::balance(body); },
        std::move(reply));
}

void AsterRestApi::account(Reply<AccountSummary> reply)
{
    send(endpoint(Call::Account), {}, &RestParser::account, std::move(reply));
}

void AsterRestApi::setLeverage(const QString &symbol, int leverage, Reply<void> reply)
{
    send(endpoint(Call::Leverage), { { u"symbol"_s, symbol }, { u"leverage"_s, QString::number(leverage) } },
        std::move(reply));
}

void AsterRestApi::setMarginType(const QString &symbol, MarginType type, Reply<void> reply)
{
    send(
        endpoint(Call::MarginType), { { u"symbol"_s, symbol }, { u"marginType"_s, toString(type) } }, std::move(reply));
}

void AsterRestApi::positionMode(Reply<PositionMode> reply)
{
    send(endpoint(Call::PositionMode), {}, &RestParser::positionMode, std::move(reply));
}

void AsterRestApi::setPositionMode(PositionMode mode, Reply<void> reply)
{
    send(endpoint(Call::SetPositionMode),
        { { u"dualSidePosition"_s, mode == PositionMode::Hedge ? u"true"_s : u"false"_s } }, std::move(reply));
}

void AsterRestApi::userTrades(const UserTradesQuery &query, Reply<QList<UserTrade>> reply)
{
    Parameters p { { u"symbol"_s, query.symbol } };
    addWindow(p, query.startTimeMs, query.endTimeMs, query.limit);
    addOptional(p, u"fromId"_s, query.fromId);
    addOptional(p, u"orderId"_s, query.orderId);
    send(endpoint(Call::UserTrades), p, &RestHistoryParser::userTrades, std::move(reply));
}

void AsterRestApi::income(const IncomeQuery &query, Reply<QList<IncomeRecord>> reply)
{
    Parameters p = symbolOnly(query.symbol);
    if (!query.incomeType.isEmpty()) {
        p.append({ u"incomeType"_s, query.incomeType });
    }
    addWindow(p, query.startTimeMs, query.endTimeMs, query.limit);
    send(endpoint(Call::Income), p, &RestHistoryParser::income, std::move(reply));
}

void AsterRestApi::leverageBrackets(const QString &symbol, Reply<QList<SymbolLeverageBrackets>> reply)
{
    send(endpoint(Call::LeverageBracket), symbolOnly(symbol), &RestParser::leverageBrackets, std::move(reply));
}

void AsterRestApi::commissionRate(const QString &symbol, Reply<CommissionRate> reply)
{
    send(endpoint(Call::CommissionRate), { { u"symbol"_s, symbol } }, &RestParser::commissionRate, std::move(reply));
}

void AsterRestApi::createListenKey(Reply<QString> reply)
{
    send(endpoint(Call::CreateListenKey), {}, &RestParser::listenKey, std::move(reply));
}

void AsterRestApi::keepAliveListenKey(Reply<void> reply)
{
    send(endpoint(Call::KeepAliveListenKey), {}, std::move(reply));
}

void AsterRestApi::closeListenKey(Reply<void> reply)
{
    send(endpoint(Call::CloseListenKey), {}, std::move(reply));
}

} // namespace trd::exchange
