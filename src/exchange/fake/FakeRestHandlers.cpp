// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeRestHandlers.h"

#include "fake/FakeAccountHandlers.h"
#include "fake/FakeFaults.h"
#include "fake/FakeJson.h"
#include "fake/FakeOrderParser.h"
#include "fake/FakeSignatureCheck.h"
#include "fake/FakeStreamHub.h"
#include "paper/PaperMatchingEngine.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::Decimal;

namespace {

constexpr int kWeightLimit = 2400;
constexpr int kOrderLimit = 1200;
constexpr qint64 kMinuteMs = 60000;

FakeResponse ok(const QJsonObject &object)
{
    return { 200, FakeJson::toBytes(object), {} };
}

FakeResponse ok(const QJsonArray &array)
{
    return { 200, FakeJson::toBytes(array), {} };
}

FakeResponse refused(int code, const QString &message, int status = 400)
{
    return { status, FakeJson::error(code, message), {} };
}

FakeResponse missing(const QString &parameter)
{
    return refused(-1102, u"Mandatory parameter '%1' was not sent, was empty/null, or malformed."_s.arg(parameter));
}

// The parameters of the query string, then of the body, as a form decodes them.
QHash<QString, QString> parameters(const FakeRequest &request)
{
    QHash<QString, QString> result;
    for (const QByteArray &part : { request.rawQuery, request.body }) {
        const QUrlQuery query(QString::fromUtf8(part));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            result.insert(key, value);
        }
    }
    return result;
}

// Binance and Aster refuse a request that names one parameter twice, in the query, in the body or
// across both (a doubled signature included) instead of picking one of the values.
std::optional<QString> duplicateParameter(const FakeRequest &request)
{
    QSet<QString> seen;
    for (const QByteArray &part : { request.rawQuery, request.body }) {
        const QUrlQuery query(QString::fromUtf8(part));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            Q_UNUSED(value);
            if (seen.contains(key)) {
                return key;
            }
            seen.insert(key);
        }
    }
    return std::nullopt;
}

// An order's fields that the engine does not keep but the exchange echoes as sent.
QJsonObject echoedFields(const QHash<QString, QString> &params)
{
    QJsonObject echo;
    if (params.contains(u"timeInForce"_s)) {
        echo.insert(u"timeInForce"_s, params.value(u"timeInForce"_s));
    }
    if (params.contains(u"workingType"_s)) {
        echo.insert(u"workingType"_s, params.value(u"workingType"_s));
    }
    if (params.value(u"closePosition"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0) {
        echo.insert(u"closePosition"_s, true);
    }
    if (params.value(u"priceProtect"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0) {
        echo.insert(u"priceProtect"_s, true);
    }
    return echo;
}

QJsonObject withEcho(QJsonObject order, const QJsonObject &echo)
{
    for (auto it = echo.begin(); it != echo.end(); ++it) {
        order.insert(it.key(), it.value());
    }
    return order;
}

} // namespace

FakeRestHandlers::FakeRestHandlers(
    PaperMatchingEngine *engine, FakeStreamHub *hub, FakeFaults *faults, FakeExchangeSettings settings, Now now)
    : m_engine(engine)
    , m_hub(hub)
    , m_faults(faults)
    , m_settings(std::move(settings))
    , m_now(std::move(now))
    , m_signatures(std::make_unique<FakeSignatureCheck>(m_settings, m_now))
{
    m_account = std::make_unique<FakeAccountHandlers>(
        m_engine, &m_hub->candles(), m_now, [this](const Params &params) { return placeOrder(params); });
    m_account->setUserEventSink([this](const QJsonObject &event) { m_hub->pushUserEvent(event); });
    m_listenerId = m_engine->addListener([this](const PaperEvent &event) {
        if (event.kind != PaperEvent::Kind::OrderUpdate) {
            return;
        }
        if (event.order.orderId > 0) {
            m_orderById.insert(event.order.orderId, { event.order.symbol, event.order.clientOrderId });
        }
        if (m_captured) {
            m_captured->append(event.order);
        }
    });
}

FakeRestHandlers::~FakeRestHandlers()
{
    m_engine->removeListener(m_listenerId);
}

FakeResponse FakeRestHandlers::handle(const FakeRequest &request)
{
    if (const auto duplicate = duplicateParameter(request)) {
        FakeResponse response = refused(-1101, u"Duplicate values for a parameter detected."_s);
        addLimitHeaders(response);
        return response;
    }
    const Params params = parameters(request);
    const auto found = route(request, params);
    if (!found) {
        return refused(-1000, u"Path %1 %2 not found."_s.arg(request.method, request.path), 404);
    }
    const bool isOrder = request.method == u"POST"_s && request.path == u"/fapi/v1/order"_s;
    if (!countWeight(found->weight, isOrder)) {
        FakeResponse response = m_orderCount > kOrderLimit
            ? tooManyRequests(-1015, u"Too many new orders; current limit is 1200 orders per MINUTE."_s, m_now())
            : tooManyRequests(-1003, u"Too many requests; current limit is 2400 requests per minute."_s, m_now());
        addLimitHeaders(response);
        return response;
    }
    const auto failure = m_faults->takeFailure(request.path);
    FakeResponse response;
    if (failure && !failure->isAppliedFirst) {
        response = FakeFaults::failureResponse(*failure);
    } else if (auto refusal = authenticate(request, found->security, params)) {
        response = std::move(*refusal);
    } else {
        response = found->handler(*this, params);
        if (failure) {
            response = FakeFaults::failureResponse(*failure);
        }
    }
    addLimitHeaders(response);
    if (isOrder) {
        response.headers.append({ "X-MBX-ORDER-COUNT-1M", QByteArray::number(m_orderCount) });
    }
    return response;
}

std::optional<FakeRestHandlers::Route> FakeRestHandlers::route(const FakeRequest &request, const Params &params) const
{
    const QString &m = request.method;
    const QString &p = request.path;
    const bool hasSymbol = params.contains(u"symbol"_s);
    using H = FakeRestHandlers;
    if (auto account = m_account->route(m, p, params)) {
        return Route { account->isSigned ? Security::Signed : Security::None, account->weight,
            [handler = std::move(account->handler)](H &, const Params &q) { return handler(q); } };
    }
    if (m == u"GET"_s) {
        if (p == u"/fapi/v1/ping"_s) {
            return Route { Security::None, 1, &H::ping };
        }
        if (p == u"/fapi/v1/time"_s) {
            return Route { Security::None, 1, &H::time };
        }
        if (p == u"/fapi/v1/exchangeInfo"_s) {
            return Route { Security::None, 1, &H::exchangeInfo };
        }
        if (p == u"/fapi/v1/premiumIndex"_s) {
            return Route { Security::None, 1, &H::premiumIndex };
        }
        if (p == u"/fapi/v1/ticker/bookTicker"_s) {
            return Route { Security::None, hasSymbol ? 1 : 2, &H::bookTicker };
        }
        if (p == u"/fapi/v1/order"_s) {
            return Route { Security::Signed, 1, &H::queryOrder };
        }
        if (p == u"/fapi/v1/openOrders"_s) {
            return Route { Security::Signed, hasSymbol ? 1 : 40, &H::openOrders };
        }
        // v3 differs from v2 by fields the app does not read; ccxt asks for v3.
        if (p == u"/fapi/v2/positionRisk"_s || p == u"/fapi/v3/positionRisk"_s) {
            return Route { Security::Signed, 5, &H::positionRisk };
        }
        if (p == u"/fapi/v2/account"_s || p == u"/fapi/v4/account"_s
            || (p == u"/fapi/v3/account"_s && !FakeSignatureCheck::isV3(params))) {
            return Route { Security::Signed, 5, &H::account };
        }
        if (p == u"/fapi/v1/leverageBracket"_s) {
            return Route { Security::Signed, 1, &H::leverageBracket };
        }
        if (p == u"/fapi/v2/balance"_s) {
            return Route { Security::Signed, 5, &H::balance };
        }
    } else if (m == u"POST"_s) {
        if (p == u"/fapi/v1/order"_s) {
            return Route { Security::Signed, 1, &H::placeOrder };
        }
        if (p == u"/fapi/v1/leverage"_s) {
            return Route { Security::Signed, 1, &H::leverage };
        }
        if (p == u"/fapi/v1/listenKey"_s) {
            return Route { Security::ApiKey, 1, &H::createListenKey };
        }
    } else if (m == u"PUT"_s) {
        if (p == u"/fapi/v1/listenKey"_s) {
            return Route { Security::ApiKey, 1, &H::keepAliveListenKey };
        }
    } else if (m == u"DELETE"_s) {
        if (p == u"/fapi/v1/order"_s) {
            return Route { Security::Signed, 1, &H::cancelOrder };
        }
        if (p == u"/fapi/v1/allOpenOrders"_s) {
            return Route { Security::Signed, 1, &H::cancelAllOrders };
        }
        if (p == u"/fapi/v1/listenKey"_s) {
            return Route { Security::ApiKey, 1, &H::deleteListenKey };
        }
    }
    return std::nullopt;
}

std::optional<FakeResponse> FakeRestHandlers::authenticate(
    const FakeRequest &request, Security security, const Params &params)
{
    if (security == Security::None) {
        return std::nullopt;
    }
    // V3 requests carry no API key: the signer stands for it, and every secured call is signed.
    if (FakeSignatureCheck::isV3(params)) {
        return m_signatures->checkV3(request, params);
    }
    if (request.apiKey.isEmpty()) {
        return refused(-2014, u"API-key format invalid."_s, 401);
    }
    if (request.apiKey != m_settings.apiKey) {
        return refused(-2015, u"Invalid API-key, IP, or permissions for action."_s, 401);
    }
    if (security == Security::ApiKey) {
        return std::nullopt;
    }
    return m_signatures->checkHmac(request, params);
}

bool FakeRestHandlers::countWeight(int weight, bool isOrder)
{
    const qint64 minute = m_now() / kMinuteMs;
    if (minute != m_weightMinute) {
        m_weightMinute = minute;
        m_usedWeight = 0;
        m_orderCount = 0;
    }
    m_usedWeight += weight;
    if (isOrder) {
        ++m_orderCount;
    }
    return m_usedWeight <= kWeightLimit && m_orderCount <= kOrderLimit;
}

void FakeRestHandlers::addLimitHeaders(FakeResponse &response) const
{
    response.headers.append({ "X-MBX-USED-WEIGHT-1M", QByteArray::number(m_usedWeight) });
}

FakeResponse FakeRestHandlers::tooManyRequests(int code, const QString &message, qint64 now)
{
    FakeResponse response = refused(code, message, 429);
    const qint64 untilNextMinute = kMinuteMs - now % kMinuteMs;
    response.headers.append({ "Retry-After", QByteArray::number((untilNextMinute + 999) / 1000) });
    return response;
}

FakeResponse FakeRestHandlers::ping(const Params &)
{
    return ok(QJsonObject {});
}

FakeResponse FakeRestHandlers::time(const Params &)
{
    return ok(QJsonObject { { u"serverTime"_s, m_now() } });
}

FakeResponse FakeRestHandlers::exchangeInfo(const Params &)
{
    QJsonArray symbols;
    for (const core::SymbolFilters &filters : declaredSymbols()) {
        symbols.append(FakeJson::symbolInfo(filters));
    }
    const QJsonArray rateLimits {
        QJsonObject { { u"rateLimitType"_s, u"REQUEST_WEIGHT"_s }, { u"interval"_s, u"MINUTE"_s },
            { u"intervalNum"_s, 1 }, { u"limit"_s, kWeightLimit } },
        QJsonObject { { u"rateLimitType"_s, u"ORDERS"_s }, { u"interval"_s, u"MINUTE"_s }, { u"intervalNum"_s, 1 },
            { u"limit"_s, kOrderLimit } },
    };
    return ok(QJsonObject { { u"timezone"_s, u"UTC"_s }, { u"serverTime"_s, m_now() }, { u"rateLimits"_s, rateLimits },
        { u"assets"_s, QJsonArray { QJsonObject { { u"asset"_s, u"USDT"_s } } } }, { u"symbols"_s, symbols } });
}

FakeResponse FakeRestHandlers::premiumIndex(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (!symbol.isEmpty()) {
        const auto mark = m_engine->markPrice(symbol);
        if (!isDeclared(symbol) && !mark) {
            return refused(-1121, u"Invalid symbol."_s);
        }
        return ok(FakeJson::premiumIndex(symbol, mark.value_or(Decimal()), m_now()));
    }
    QJsonArray all;
    for (const core::SymbolFilters &filters : declaredSymbols()) {
        if (const auto mark = m_engine->markPrice(filters.symbol)) {
            all.append(FakeJson::premiumIndex(filters.symbol, *mark, m_now()));
        }
    }
    return ok(all);
}

FakeResponse FakeRestHandlers::bookTicker(const Params &params)
{
    const auto row = [this](const QString &symbol) -> std::optional<QJsonObject> {
        const auto book = m_hub->book(symbol);
        if (!book) {
            return std::nullopt;
        }
        const QJsonObject event = FakeJson::bookTicker(symbol, book->bid, book->ask, 1, m_now());
        return QJsonObject { { u"symbol"_s, symbol }, { u"bidPrice"_s, event.value(u"b"_s) },
            { u"bidQty"_s, event.value(u"B"_s) }, { u"askPrice"_s, event.value(u"a"_s) },
            { u"askQty"_s, event.value(u"A"_s) }, { u"time"_s, m_now() } };
    };
    if (!params.contains(u"symbol"_s)) {
        // Without a symbol the exchange lists every symbol's best bid and ask.
        QJsonArray all;
        for (const core::SymbolFilters &filters : declaredSymbols()) {
            if (const auto one = row(filters.symbol)) {
                all.append(*one);
            }
        }
        return ok(all);
    }
    const auto one = row(params.value(u"symbol"_s));
    if (!one) {
        return refused(-1121, u"Invalid symbol."_s);
    }
    return ok(*one);
}

FakeResponse FakeRestHandlers::placeOrder(const Params &params)
{
    if (const auto rejection = m_faults->takeOrderRejection()) {
        return refused(rejection->code, rejection->message);
    }
    const QString symbol = params.value(u"symbol"_s);
    if (symbol.isEmpty()) {
        return missing(u"symbol"_s);
    }
    if (!isDeclared(symbol)) {
        return refused(-1121, u"Invalid symbol."_s);
    }
    auto parsed = FakeOrderParser::parse(params, *m_engine);
    if (!parsed) {
        return refused(parsed.error().code, parsed.error().message);
    }
    const core::OrderRequest request = std::move(parsed).value();
    const QList<core::OrderUpdate> updates = capture([&] { m_engine->placeOrder(request); });
    if (updates.isEmpty()) {
        return refused(-1000, u"An unknown error occurred while processing the request."_s, 500);
    }
    const core::OrderUpdate &first = updates.first();
    if (first.execution == core::ExecutionType::Rejected) {
        return refused(first.errorCode, first.errorMessage);
    }
    core::OrderUpdate latest = first;
    for (const core::OrderUpdate &update : updates) {
        if (update.orderId == first.orderId) {
            latest = update;
        }
    }
    const QJsonObject echo = echoedFields(params);
    if (!echo.isEmpty()) {
        m_echoById.insert(first.orderId, echo);
    }
    return ok(withEcho(FakeJson::order(latest), echo));
}

FakeResponse FakeRestHandlers::cancelOrder(const Params &params)
{
    if (const auto refusal = checkOrderReference(params)) {
        return *refusal;
    }
    const auto order = findOrder(params);
    if (!order) {
        return refused(-2011, u"Unknown order sent."_s);
    }
    const QList<core::OrderUpdate> updates = capture([&] { m_engine->cancelOrder(order->first, order->second); });
    if (updates.isEmpty() || updates.first().execution == core::ExecutionType::Rejected) {
        return refused(-2011, u"Unknown order sent."_s);
    }
    return ok(withEcho(FakeJson::order(updates.first()), m_echoById.value(updates.first().orderId)));
}

FakeResponse FakeRestHandlers::cancelAllOrders(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (symbol.isEmpty()) {
        return missing(u"symbol"_s);
    }
    if (!isDeclared(symbol)) {
        return refused(-1121, u"Invalid symbol."_s);
    }
    m_engine->cancelAllOrders(symbol);
    return ok(QJsonObject { { u"code"_s, 200 }, { u"msg"_s, u"The operation of cancel all open order is done."_s } });
}

FakeResponse FakeRestHandlers::queryOrder(const Params &params)
{
    if (const auto refusal = checkOrderReference(params)) {
        return *refusal;
    }
    const auto order = findOrder(params);
    if (!order) {
        return refused(-2013, u"Order does not exist."_s);
    }
    // The engine answers a query with an order event, which is not an execution to stream.
    m_hub->setSuppressed(true);
    const QList<core::OrderUpdate> updates = capture([&] { m_engine->queryOrder(order->first, order->second); });
    m_hub->setSuppressed(false);
    if (updates.isEmpty() || updates.first().execution == core::ExecutionType::Rejected) {
        return refused(-2013, u"Order does not exist."_s);
    }
    return ok(withEcho(FakeJson::order(updates.first()), m_echoById.value(updates.first().orderId)));
}

FakeResponse FakeRestHandlers::openOrders(const Params &params)
{
    if (params.contains(u"symbol"_s) && !isDeclared(params.value(u"symbol"_s))) {
        return refused(-1121, u"Invalid symbol."_s);
    }
    QJsonArray list;
    for (const core::OpenOrder &order : m_engine->openOrders(params.value(u"symbol"_s))) {
        list.append(withEcho(FakeJson::openOrder(order), m_echoById.value(order.orderId)));
    }
    return ok(list);
}

FakeResponse FakeRestHandlers::positionRisk(const Params &params)
{
    // Every declared symbol is listed, flat ones at zero, as the real exchange lists them.
    const bool isHedge = m_engine->settings().positionMode == core::PositionMode::Hedge;
    const QList<core::PositionSide> sides
        = isHedge ? QList { core::PositionSide::Long, core::PositionSide::Short } : QList { core::PositionSide::Both };
    QMap<QPair<QString, int>, core::PositionSnapshot> rows;
    for (const core::SymbolFilters &filters : declaredSymbols()) {
        for (const core::PositionSide side : sides) {
            core::PositionSnapshot flat;
            flat.symbol = filters.symbol;
            flat.positionSide = side;
            rows.insert({ flat.symbol, int(side) }, flat);
        }
    }
    for (const core::PositionSnapshot &position : m_engine->positions()) {
        rows.insert({ position.symbol, int(position.positionSide) }, position);
    }
    const QString symbol = params.value(u"symbol"_s);
    QJsonArray list;
    for (const core::PositionSnapshot &position : std::as_const(rows)) {
        if (symbol.isEmpty() || position.symbol == symbol) {
            list.append(FakeJson::positionRisk(
                position, m_engine->markPrice(position.symbol), m_engine->leverage(position.symbol), m_now()));
        }
    }
    return ok(list);
}

FakeResponse FakeRestHandlers::balance(const Params &)
{
    const Decimal wallet = m_engine->walletBalance();
    Decimal unrealized;
    for (const core::PositionSnapshot &p : m_engine->positions()) {
        if (const auto mark = m_engine->markPrice(p.symbol)) {
            unrealized += p.amount * (*mark - p.entryPrice);
        }
    }
    const QString available = m_engine->availableBalance().toString();
    return ok(QJsonArray { QJsonObject { { u"accountAlias"_s, u"FakeXq"_s }, { u"asset"_s, u"USDT"_s },
        { u"balance"_s, wallet.toString() }, { u"crossWalletBalance"_s, wallet.toString() },
        { u"crossUnPnl"_s, unrealized.toString() }, { u"availableBalance"_s, available },
        { u"maxWithdrawAmount"_s, available }, { u"marginAvailable"_s, true }, { u"updateTime"_s, m_now() } } });
}

FakeResponse FakeRestHandlers::account(const Params &)
{
    const Decimal wallet = m_engine->walletBalance();
    const Decimal available = m_engine->availableBalance();
    Decimal unrealized;
    QJsonArray positions;
    for (const core::PositionSnapshot &p : m_engine->positions()) {
        const Decimal mark = m_engine->markPrice(p.symbol).value_or(p.entryPrice);
        const Decimal profit = p.amount * (mark - p.entryPrice);
        unrealized += profit;
        positions.append(QJsonObject { { u"symbol"_s, p.symbol }, { u"positionSide"_s, core::toString(p.positionSide) },
            { u"positionAmt"_s, p.amount.toString() }, { u"entryPrice"_s, p.entryPrice.toString() },
            { u"unrealizedProfit"_s, profit.toString() }, { u"notional"_s, (p.amount * mark).toString() },
            { u"leverage"_s, QString::number(m_engine->leverage(p.symbol)) }, { u"isolated"_s, false },
            { u"isolatedWallet"_s, u"0"_s }, { u"initialMargin"_s, u"0"_s }, { u"maintMargin"_s, u"0"_s },
            { u"updateTime"_s, p.time } });
    }
    const QString used = (wallet + unrealized - available).toString();
    const QJsonObject usdt { { u"asset"_s, u"USDT"_s }, { u"walletBalance"_s, wallet.toString() },
        { u"unrealizedProfit"_s, unrealized.toString() }, { u"marginBalance"_s, (wallet + unrealized).toString() },
        { u"maintMargin"_s, u"0"_s }, { u"initialMargin"_s, used }, { u"positionInitialMargin"_s, used },
        { u"openOrderInitialMargin"_s, u"0"_s }, { u"crossWalletBalance"_s, wallet.toString() },
        { u"crossUnPnl"_s, unrealized.toString() }, { u"availableBalance"_s, available.toString() },
        { u"maxWithdrawAmount"_s, available.toString() }, { u"updateTime"_s, m_now() } };
    return ok(QJsonObject { { u"totalWalletBalance"_s, wallet.toString() },
        { u"totalUnrealizedProfit"_s, unrealized.toString() },
        { u"totalMarginBalance"_s, (wallet + unrealized).toString() }, { u"totalInitialMargin"_s, used },
        { u"totalMaintMargin"_s, u"0"_s }, { u"totalCrossWalletBalance"_s, wallet.toString() },
        { u"availableBalance"_s, available.toString() }, { u"maxWithdrawAmount"_s, available.toString() },
        { u"assets"_s, QJsonArray { usdt } }, { u"positions"_s, positions } });
}

FakeResponse FakeRestHandlers::leverageBracket(const Params &params)
{
    // The paper engine's brackets of each symbol (LeverageBrackets::majors() unless a test or the
    // demo market gave it others), numbers as Binance sends them.
    const QString symbol = params.value(u"symbol"_s);
    const auto number = [](const core::Decimal &d) { return d.toString().toDouble(); };
    QJsonArray list;
    for (const core::SymbolFilters &filters : declaredSymbols()) {
        if (!symbol.isEmpty() && filters.symbol != symbol) {
            continue;
        }
        // By value: leverageBrackets() returns a copy, and a reference into it would dangle.
        const QList<LeverageBracket> tiers = m_engine->leverageBrackets(filters.symbol).brackets();
        QJsonArray brackets;
        for (qsizetype i = 0; i < tiers.size(); ++i) {
            const QJsonValue cap
                = i + 1 < tiers.size() ? QJsonValue(number(tiers[i + 1].notionalFloor)) : QJsonValue(9.0e15);
            brackets.append(QJsonObject { { u"bracket"_s, int(i + 1) }, { u"initialLeverage"_s, tiers[i].maxLeverage },
                { u"notionalCap"_s, cap }, { u"notionalFloor"_s, number(tiers[i].notionalFloor) },
                { u"maintMarginRatio"_s, number(tiers[i].maintenanceMarginRate) },
                { u"cum"_s, number(tiers[i].maintenanceAmount) } });
        }
        list.append(QJsonObject { { u"symbol"_s, filters.symbol }, { u"brackets"_s, brackets } });
    }
    return ok(list);
}

FakeResponse FakeRestHandlers::leverage(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (symbol.isEmpty()) {
        return missing(u"symbol"_s);
    }
    if (!isDeclared(symbol)) {
        return refused(-1121, u"Invalid symbol."_s);
    }
    bool isNumber = false;
    const int leverage = params.value(u"leverage"_s).toInt(&isNumber);
    if (!isNumber) {
        return missing(u"leverage"_s);
    }
    const auto result = m_engine->setLeverage(symbol, leverage);
    if (!result) {
        return refused(result.error().code, result.error().message);
    }
    return ok(
        QJsonObject { { u"leverage"_s, leverage }, { u"maxNotionalValue"_s, u"1000000"_s }, { u"symbol"_s, symbol } });
}

FakeResponse FakeRestHandlers::createListenKey(const Params &)
{
    return ok(QJsonObject { { u"listenKey"_s, m_hub->createListenKey() } });
}

FakeResponse FakeRestHandlers::keepAliveListenKey(const Params &params)
{
    const QString key = params.value(u"listenKey"_s);
    const QStringList keys = m_hub->listenKeys();
    if (!m_hub->keepAliveListenKey(key.isEmpty() ? keys.value(0) : key)) {
        return refused(-1125, u"This listenKey does not exist."_s);
    }
    return ok(QJsonObject {});
}

FakeResponse FakeRestHandlers::deleteListenKey(const Params &params)
{
    const QString key = params.value(u"listenKey"_s);
    const QStringList keys = m_hub->listenKeys();
    m_hub->deleteListenKey(key.isEmpty() ? keys.value(0) : key);
    return ok(QJsonObject {});
}

QList<core::OrderUpdate> FakeRestHandlers::capture(const std::function<void()> &call)
{
    QList<core::OrderUpdate> captured;
    m_captured = &captured;
    call();
    m_captured = nullptr;
    return captured;
}

std::optional<FakeResponse> FakeRestHandlers::checkOrderReference(const Params &params)
{
    if (params.value(u"orderId"_s).isEmpty() && params.value(u"origClientOrderId"_s).isEmpty()) {
        return refused(-1102, u"Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!"_s);
    }
    if (params.contains(u"orderId"_s)) {
        static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
        if (!digits.match(params.value(u"orderId"_s)).hasMatch()) {
            return refused(
                -1100, u"Illegal characters found in parameter 'orderId'; legal range is '^[0-9]{1,20}$'."_s);
        }
    }
    return std::nullopt;
}

std::optional<QPair<QString, QString>> FakeRestHandlers::findOrder(const Params &params) const
{
    const QString symbol = params.value(u"symbol"_s);
    const QString clientOrderId = params.value(u"origClientOrderId"_s);
    if (!clientOrderId.isEmpty()) {
        return QPair<QString, QString> { symbol, clientOrderId };
    }
    const auto it = m_orderById.constFind(params.value(u"orderId"_s).toLongLong());
    if (it == m_orderById.cend() || (!symbol.isEmpty() && it->first != symbol)) {
        return std::nullopt;
    }
    return *it;
}

bool FakeRestHandlers::isDeclared(const QString &symbol) const
{
    const QList<core::SymbolFilters> symbols = declaredSymbols();
    return std::any_of(symbols.cbegin(), symbols.cend(), [&](const auto &f) { return f.symbol == symbol; });
}

QList<core::SymbolFilters> FakeRestHandlers::declaredSymbols() const
{
    // Not from saveState(): that serializes every kept order, on every request.
    return m_engine->declaredSymbols();
}

} // namespace trd::exchange
