// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "fake/FakeExchangeServer.h"
#include "live/AsterRestApi.h"
#include "live/LiveSession.h"
#include "paper/PaperMatchingEngine.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace trd;
using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

// An answer that should be a success (a variable: the macro reads it twice), with the
// exchange's error when it is not.
#define QVERIFY_ANSWERED(result) QVERIFY2(result, qPrintable((result).error().describe()))

namespace {

const QString kBtc = u"BTCUSDT"_s;
const QString kEth = u"ETHUSDT"_s;
const QByteArray kKey = "endpoints-api-key";
const QByteArray kSecret = "endpoints-secret-never-logged";
constexpr qint64 kStart = 1'700'000'040'000; // on a minute boundary, so candles start here
using Call = AsterRestApi::Call;

Decimal d(const QString &s)
{
    return Decimal::fromString(s);
}

SymbolFilters filters(const QString &symbol, const QString &tick)
{
    SymbolFilters f;
    f.symbol = symbol;
    f.tickSize = d(tick);
    f.stepSize = d(u"0.001"_s);
    f.minQty = d(u"0.001"_s);
    f.maxQty = d(u"1000"_s);
    f.minNotional = d(u"5"_s);
    return f;
}

OrderRequest order(
    OrderType type, OrderSide side, const QString &quantity, const QString &clientOrderId, const QString &price = {})
{
    OrderRequest r;
    r.symbol = kBtc;
    r.type = type;
    r.side = side;
    r.quantity = d(quantity);
    r.clientOrderId = clientOrderId;
    if (!price.isEmpty()) {
        r.price = d(price);
    }
    return r;
}

// Every call of AsterRestApi over loopback HTTP to the fake exchange on 127.0.0.1, which runs
// the paper engine with its default fees (maker 0.02 %, taker 0.04 %).
struct Rig
{
    ManualClock clock { kStart };
    PaperMatchingEngine engine { &clock };
    FakeExchangeServer server { &engine, &clock, FakeExchangeServer::Settings { kKey, kSecret, 60000 } };
    std::unique_ptr<RestClient> rest;
    std::unique_ptr<AsterRestApi> api;

    bool start()
    {
        server.declareSymbol(filters(kBtc, u"0.1"_s));
        server.declareSymbol(filters(kEth, u"0.01"_s));
        server.setMarkPrice(kBtc, d(u"50000"_s));
        if (!server.listen()) {
            return false;
        }
        rest = std::make_unique<RestClient>(server.restBase(), &clock);
        rest->setCredentials(RestClient::Credentials { kKey, kSecret });
        api = std::make_unique<AsterRestApi>(rest.get());
        return true;
    }

    // The answer to one call, or an error saying none came.
    template<typename T>
    ApiResult<T> await(const std::function<void(AsterRestApi::Reply<T>)> &call)
    {
        auto result = std::make_shared<std::optional<ApiResult<T>>>();
        call([result](const ApiResult<T> &r) { *result = r; });
        if (!QTest::qWaitFor([result] { return result->has_value(); }, 10000)) {
            qWarning("no answer within 10 s");
        }
        ExchangeError none;
        none.message = u"no answer from the fake exchange"_s;
        return result->value_or(ApiResult<T>(none));
    }

    // The exchange's own error for a raw call, to see what AsterRestApi turns into a success.
    std::optional<ExchangeError> raw(Call call, const RequestSigner::Parameters &parameters)
    {
        auto result = std::make_shared<std::optional<std::optional<ExchangeError>>>();
        rest->call(AsterRestApi::endpoint(call), parameters,
            [result](const QByteArray &, const std::optional<ExchangeError> &error) { *result = error; });
        if (!QTest::qWaitFor([result] { return result->has_value(); }, 10000)) {
            qWarning("no answer within 10 s");
        }
        return result->value_or(std::nullopt);
    }

    ApiResult<OrderUpdate> place(const OrderRequest &request, PositionMode mode = PositionMode::OneWay)
    {
        return await<OrderUpdate>([&](auto reply) { api->placeOrder(request, mode, reply); });
    }
};

// The same for an answer used once.
template<typename T>
bool answered(const ApiResult<T> &result)
{
    if (!result) {
        qWarning().noquote() << result.error().describe();
    }
    return bool(result);
}

Decimal sum(const QList<IncomeRecord> &rows, const QString &type)
{
    Decimal total;
    for (const IncomeRecord &r : rows) {
        if (r.incomeType == type) {
            total += r.income;
        }
    }
    return total;
}

// A LiveSession against the rig's fake, configured for `mode`.
std::unique_ptr<LiveSession> session(Rig &rig, PositionMode mode)
{
    return std::make_unique<LiveSession>(LiveSession::Endpoints { rig.server.restBase(), rig.server.streamBase() },
        RestClient::Credentials { kKey, kSecret }, mode, &rig.clock);
}

} // namespace

// issue: every REST endpoint of exchange.md the engine and the hunter need, typed, over loopback
// to the fake exchange; and the position mode made right before LiveSession opens its streams.
class TestRestEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theTableSaysWeightPriorityAndSigning()
    {
        const Endpoint place = AsterRestApi::endpoint(Call::PlaceOrder);
        QCOMPARE(place.method, QByteArray("POST"));
        QCOMPARE(place.path, u"/fapi/v1/order"_s);
        QCOMPARE(place.weight, 1);
        QVERIFY(place.isSigned);
        QVERIFY(place.countsAsOrder);
        QCOMPARE(int(place.priority), int(RateLimiter::Priority::Order));
        const Endpoint batch = AsterRestApi::endpoint(Call::BatchOrders);
        QCOMPARE(batch.weight, 5);
        QCOMPARE(int(batch.priority), int(RateLimiter::Priority::Order));
        QCOMPARE(AsterRestApi::endpoint(Call::PositionMode).weight, 30);
        QCOMPARE(AsterRestApi::endpoint(Call::Income).weight, 30);
        QCOMPARE(AsterRestApi::endpoint(Call::CommissionRate).weight, 20);
        QCOMPARE(AsterRestApi::endpoint(Call::UserTrades).weight, 5);
        QCOMPARE(AsterRestApi::endpoint(Call::AllOrders).weight, 5);
        QVERIFY(!AsterRestApi::endpoint(Call::CreateListenKey).isSigned);
        QVERIFY(!AsterRestApi::endpoint(Call::Klines).isSigned);
        QCOMPARE(int(AsterRestApi::endpoint(Call::Depth).priority), int(RateLimiter::Priority::MarketData));
        for (int c = int(Call::Ping); c <= int(Call::CloseListenKey); ++c) {
            const Endpoint e = AsterRestApi::endpoint(Call(c));
            QVERIFY2(e.path.startsWith(u"/fapi/"_s) && !e.method.isEmpty(), qPrintable(QString::number(c)));
        }
        QCOMPARE(AsterRestApi::openOrdersWeight(true), 1);
        QCOMPARE(AsterRestApi::openOrdersWeight(false), 40);
    }

    void weightsFollowTheLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("klines");
        QTest::newRow("5") << 5 << 2 << 1;
        QTest::newRow("50") << 50 << 2 << 1;
        QTest::newRow("99") << 99 << 5 << 1;
        QTest::newRow("100") << 100 << 5 << 2;
        QTest::newRow("499") << 499 << 10 << 2;
        QTest::newRow("500") << 500 << 10 << 5;
        QTest::newRow("1000") << 1000 << 20 << 5;
        QTest::newRow("1001") << 1001 << 20 << 10;
        QTest::newRow("1500") << 1500 << 20 << 10;
    }
    void weightsFollowTheLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, depth);
        QFETCH(int, klines);
        QCOMPARE(AsterRestApi::depthWeight(limit), depth);
        QCOMPARE(AsterRestApi::klinesWeight(limit), klines);
    }

    void orderParametersFollowThePositionMode()
    {
        OrderRequest r = order(OrderType::Limit, OrderSide::Sell, u"0.5"_s, u"p-1"_s, u"101.5"_s);
        r.reduceOnly = true;
        r.positionSide = PositionSide::Long;
        const auto names = [](const RequestSigner::Parameters &p) -> QStringList {
            QStringList keys;
            for (const auto &[key, value] : p) {
                keys << key + u'=' + value;
            }
            return keys;
        };
        const QStringList oneWay = names(AsterRestApi::orderParameters(r, PositionMode::OneWay));
        QVERIFY(oneWay.contains(u"reduceOnly=true"_s));
        QVERIFY(!oneWay.join(u'&').contains(u"positionSide"_s));
        QVERIFY(oneWay.contains(u"price=101.5"_s));
        QVERIFY(oneWay.contains(u"timeInForce=GTC"_s));
        QVERIFY(oneWay.contains(u"newOrderRespType=RESULT"_s));
        const QStringList hedge = names(AsterRestApi::orderParameters(r, PositionMode::Hedge));
        QVERIFY(hedge.contains(u"positionSide=LONG"_s));
        QVERIFY(!hedge.join(u'&').contains(u"reduceOnly"_s));
    }

    void userTradesAndIncomeAccountForEveryFill()
    {
        Rig rig;
        QVERIFY(rig.start());
        const auto buy = rig.place(order(OrderType::Market, OrderSide::Buy, u"0.01"_s, u"t-buy"_s));
        QVERIFY_ANSWERED(buy);
        QCOMPARE(toString(buy->status), u"FILLED"_s);
        rig.server.setMarkPrice(kBtc, d(u"51000"_s));
        OrderRequest close = order(OrderType::Market, OrderSide::Sell, u"0.01"_s, u"t-sell"_s);
        close.reduceOnly = true;
        const auto sell = rig.place(close);
        QVERIFY_ANSWERED(sell);

        const auto trades = rig.await<QList<UserTrade>>([&](auto reply) {
            rig.api->userTrades(UserTradesQuery { kBtc, {}, {}, {}, {}, {} }, reply);
        });
        QVERIFY_ANSWERED(trades);
        QCOMPARE(trades->size(), 2);
        const UserTrade opened = trades->at(0);
        const UserTrade closed = trades->at(1);
        QCOMPARE(opened.orderId, buy->orderId);
        QCOMPARE(toString(opened.side), u"BUY"_s);
        QCOMPARE(toString(opened.positionSide), u"BOTH"_s);
        QCOMPARE(opened.price, d(u"50000"_s));
        QCOMPARE(opened.quantity, d(u"0.01"_s));
        QCOMPARE(opened.realizedPnl, Decimal());
        QCOMPARE(opened.commission, d(u"0.2"_s)); // 500 notional × 0.04 % taker
        QVERIFY(!opened.isMaker);
        QCOMPARE(closed.orderId, sell->orderId);
        QCOMPARE(toString(closed.side), u"SELL"_s);
        QCOMPARE(closed.price, d(u"51000"_s));
        QCOMPARE(closed.realizedPnl, d(u"10"_s));
        QCOMPARE(closed.commission, d(u"0.204"_s));
        // One order's trades only (what LiveExchange reads to find a queried fill's fee).
        const auto ofTheSell = rig.await<QList<UserTrade>>([&](auto reply) {
            rig.api->userTrades(UserTradesQuery { kBtc, {}, {}, {}, {}, sell->orderId }, reply);
        });
        QVERIFY_ANSWERED(ofTheSell);
        QCOMPARE(ofTheSell->size(), 1);
        QCOMPARE(ofTheSell->at(0).id, closed.id);

        const auto income = rig.await<QList<IncomeRecord>>([&](auto reply) { rig.api->income({}, reply); });
        QVERIFY_ANSWERED(income);
        QCOMPARE(income->size(), 3); // a commission for each fill, a realized P&L for the close
        QCOMPARE(sum(income.value(), u"REALIZED_PNL"_s), opened.realizedPnl + closed.realizedPnl);
        QCOMPARE(sum(income.value(), u"COMMISSION"_s), -(opened.commission + closed.commission));
        QCOMPARE(income->at(1).tradeId, QString::number(closed.id));
        QCOMPARE(rig.engine.walletBalance(),
            Decimal::fromInt(10000) + sum(income.value(), u"REALIZED_PNL"_s) + sum(income.value(), u"COMMISSION"_s));

        IncomeQuery commissions;
        commissions.incomeType = u"COMMISSION"_s;
        const auto fees = rig.await<QList<IncomeRecord>>([&](auto reply) { rig.api->income(commissions, reply); });
        QVERIFY_ANSWERED(fees);
        QCOMPARE(fees->size(), 2);

        UserTradesQuery fromSecond { kBtc, {}, {}, closed.id, {}, {} };
        const auto later = rig.await<QList<UserTrade>>([&](auto reply) { rig.api->userTrades(fromSecond, reply); });
        QVERIFY_ANSWERED(later);
        QCOMPARE(later->size(), 1);
        QCOMPARE(later->first().id, closed.id);
        fromSecond.startTimeMs = kStart;
        const auto refused = rig.await<QList<UserTrade>>([&](auto reply) { rig.api->userTrades(fromSecond, reply); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, -1128);
    }

    void ordersAreListedQueriedAndCancelledByClientOrderId()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(answered(rig.place(order(OrderType::Limit, OrderSide::Buy, u"0.01"_s, u"rest-1"_s, u"49000"_s))));
        QVERIFY(answered(rig.place(order(OrderType::Market, OrderSide::Buy, u"0.01"_s, u"mkt-1"_s))));

        const auto all = rig.await<QList<OrderUpdate>>([&](auto reply) {
            rig.api->allOrders(AllOrdersQuery { kBtc, {}, {}, {}, {} }, reply);
        });
        QVERIFY_ANSWERED(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).clientOrderId, u"rest-1"_s);
        QCOMPARE(toString(all->at(0).status), u"NEW"_s);
        QCOMPARE(toString(all->at(1).status), u"FILLED"_s);

        const auto queried = rig.await<OrderUpdate>([&](auto reply) { rig.api->queryOrder(kBtc, u"rest-1"_s, reply); });
        QVERIFY_ANSWERED(queried);
        QCOMPARE(queried->price, d(u"49000"_s));
        const auto open = rig.await<OpenOrders>([&](auto reply) { rig.api->openOrders(kBtc, reply); });
        QVERIFY_ANSWERED(open);
        QCOMPARE(open->size(), 1);

        const auto cancelled
            = rig.await<OrderUpdate>([&](auto reply) { rig.api->cancelOrder(kBtc, u"rest-1"_s, reply); });
        QVERIFY_ANSWERED(cancelled);
        QCOMPARE(toString(cancelled->status), u"CANCELED"_s);
        const auto after = rig.await<QList<OrderUpdate>>([&](auto reply) {
            rig.api->allOrders(AllOrdersQuery { kBtc, queried->orderId, {}, {}, 1 }, reply);
        });
        QVERIFY_ANSWERED(after);
        QCOMPARE(after->size(), 1);
        QCOMPARE(toString(after->first().status), u"CANCELED"_s);
        QVERIFY(answered(rig.await<void>([&](auto reply) { rig.api->cancelAllOrders(kBtc, reply); })));
        const auto unknown
            = rig.await<OrderUpdate>([&](auto reply) { rig.api->queryOrder(kBtc, u"never-sent"_s, reply); });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, -2013);
    }

    void aBatchAnswersEachOrderInItsSlot()
    {
        Rig rig;
        QVERIFY(rig.start());
        const QList<OrderRequest> batch { order(OrderType::Limit, OrderSide::Buy, u"0.01"_s, u"b-good"_s, u"49000"_s),
            order(OrderType::Limit, OrderSide::Buy, u"0.001"_s, u"b-small"_s, u"1000"_s) };
        const auto answers = rig.await<QList<BatchOrderResult>>(
            [&](auto reply) { rig.api->placeBatch(batch, PositionMode::OneWay, reply); });
        QVERIFY_ANSWERED(answers);
        QCOMPARE(answers->size(), 2);
        QVERIFY(answers->at(0).isPlaced());
        QCOMPARE(answers->at(0).order->clientOrderId, u"b-good"_s);
        QCOMPARE(toString(answers->at(0).order->status), u"NEW"_s);
        QVERIFY(!answers->at(1).isPlaced());
        QCOMPARE(answers->at(1).error.code, -4164); // 1 USDT is below the 5 USDT minimum notional
        QCOMPARE(int(answers->at(1).error.action), int(ExchangeError::Action::FixRequest));
        QCOMPARE(rig.engine.openOrders(kBtc).size(), 1);

        const QList<OrderRequest> tooMany(6, batch.first());
        const auto refused = rig.await<QList<BatchOrderResult>>(
            [&](auto reply) { rig.api->placeBatch(tooMany, PositionMode::OneWay, reply); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, -4082);
        QCOMPARE(rig.engine.openOrders(kBtc).size(), 1);
    }

    void thePositionModeChangesOnlyWhenNothingIsOpen()
    {
        Rig rig;
        QVERIFY(rig.start());
        const auto mode = [&rig] { return rig.await<PositionMode>([&](auto reply) { rig.api->positionMode(reply); }); };
        const auto setHedge = [&rig] {
            return rig.await<void>([&](auto reply) { rig.api->setPositionMode(PositionMode::Hedge, reply); });
        };
        QCOMPARE(toString(mode().value()), u"ONE_WAY"_s);
        QVERIFY(answered(rig.place(order(OrderType::Market, OrderSide::Buy, u"0.01"_s, u"pm-open"_s))));
        QVERIFY(answered(rig.place(order(OrderType::Limit, OrderSide::Buy, u"0.01"_s, u"pm-rest"_s, u"49000"_s))));

        const auto withOrders = setHedge();
        QVERIFY(!withOrders);
        QCOMPARE(withOrders.error().code, -4067);
        QCOMPARE(int(withOrders.error().action), int(ExchangeError::Action::ModeLocked));
        QVERIFY(answered(rig.await<void>([&](auto reply) { rig.api->cancelAllOrders(kBtc, reply); })));
        const auto withPosition = setHedge();
        QVERIFY(!withPosition);
        QCOMPARE(withPosition.error().code, -4068);
        QCOMPARE(int(withPosition.error().action), int(ExchangeError::Action::ModeLocked));

        OrderRequest close = order(OrderType::Market, OrderSide::Sell, u"0.01"_s, u"pm-close"_s);
        close.reduceOnly = true;
        QVERIFY(answered(rig.place(close)));
        QVERIFY(answered(setHedge()));
        QCOMPARE(toString(mode().value()), u"HEDGE"_s);
        QCOMPARE(toString(rig.engine.settings().positionMode), u"HEDGE"_s);
        // Asking again is a success for the API, and -4059 on the wire.
        QVERIFY(answered(setHedge()));
        const auto again = rig.raw(Call::SetPositionMode, { { u"dualSidePosition"_s, u"true"_s } });
        QVERIFY(again);
        QCOMPARE(again->code, -4059);

        OrderRequest longEntry = order(OrderType::Market, OrderSide::Buy, u"0.01"_s, u"pm-long"_s);
        longEntry.positionSide = PositionSide::Long;
        const auto hedged = rig.place(longEntry, PositionMode::Hedge);
        QVERIFY_ANSWERED(hedged);
        QCOMPARE(toString(hedged->positionSide), u"LONG"_s);
    }

    void theMarginTypeIsRememberedPerSymbol()
    {
        Rig rig;
        QVERIFY(rig.start());
        const auto set = [&rig](const QString &symbol, trd::exchange::MarginType type) {
            return rig.await<void>([&](auto reply) { rig.api->setMarginType(symbol, type, reply); });
        };
        QVERIFY(answered(set(kBtc, trd::exchange::MarginType::Isolated)));
        QVERIFY(answered(set(kBtc, trd::exchange::MarginType::Isolated))); // -4046 on the wire: already so
        const auto again = rig.raw(Call::MarginType, { { u"symbol"_s, kBtc }, { u"marginType"_s, u"ISOLATED"_s } });
        QVERIFY(again);
        QCOMPARE(again->code, -4046);
        const auto eth = rig.raw(Call::MarginType, { { u"symbol"_s, kEth }, { u"marginType"_s, u"CROSSED"_s } });
        QVERIFY(eth);
        QCOMPARE(eth->code, -4046); // every symbol starts crossed
        QVERIFY(answered(rig.place(order(OrderType::Market, OrderSide::Buy, u"0.01"_s, u"mt-open"_s))));
        const auto locked = set(kBtc, trd::exchange::MarginType::Crossed);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, -4048);
    }

    void commissionRatesAreTheEnginesFees()
    {
        Rig rig;
        QVERIFY(rig.start());
        const auto rate = rig.await<CommissionRate>([&](auto reply) { rig.api->commissionRate(kBtc, reply); });
        QVERIFY_ANSWERED(rate);
        QCOMPARE(rate->symbol, kBtc);
        QCOMPARE(rate->maker, d(u"0.0002"_s));
        QCOMPARE(rate->taker, d(u"0.0004"_s));
        const auto unknown
            = rig.await<CommissionRate>([&](auto reply) { rig.api->commissionRate(u"NOPEUSDT"_s, reply); });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, -1121);
    }

    void depthIsABookAroundTheMark()
    {
        Rig rig;
        QVERIFY(rig.start());
        const auto book = rig.await<DepthBook>([&](auto reply) { rig.api->depth(DepthQuery { kBtc, 5 }, reply); });
        QVERIFY_ANSWERED(book);
        QCOMPARE(book->bids.size(), 5);
        QCOMPARE(book->asks.size(), 5);
        QCOMPARE(book->bids.first().price, d(u"50000"_s));
        QCOMPARE(book->bids.last().price, d(u"49999.6"_s));
        QCOMPARE(book->asks.first().price, d(u"50000.1"_s));
        QCOMPARE(book->asks.last().quantity, d(u"5"_s));
        QVERIFY(book->lastUpdateId > 0);
        const auto refused = rig.await<DepthBook>([&](auto reply) { rig.api->depth(DepthQuery { kBtc, 7 }, reply); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, -4021);
    }

    void klinesAreCandlesOfThePricePath()
    {
        Rig rig;
        QVERIFY(rig.start());
        for (const auto &[offsetMs, price] : QList<QPair<qint64, QString>> { { 0, u"100"_s }, { 10'000, u"105"_s },
                 { 20'000, u"98"_s }, { 30'000, u"101"_s }, { 60'000, u"102"_s }, { 70'000, u"103"_s } }) {
            rig.clock.setMs(kStart + offsetMs);
            rig.server.setMarkPrice(kEth, d(price));
        }
        const auto candles = [&rig](KlinesQuery query) {
            return rig.await<QList<Kline>>([&](auto reply) { rig.api->klines(query, reply); });
        };
        const auto both = candles(KlinesQuery { kEth, u"1m"_s, {}, {}, 500 });
        QVERIFY_ANSWERED(both);
        QCOMPARE(both->size(), 2);
        const Kline first = both->at(0);
        QCOMPARE(first.openTime, kStart);
        QCOMPARE(first.closeTime, kStart + 59'999);
        QCOMPARE(first.open, d(u"100"_s));
        QCOMPARE(first.high, d(u"105"_s));
        QCOMPARE(first.low, d(u"98"_s));
        QCOMPARE(first.close, d(u"101"_s));
        QCOMPARE(first.trades, 4);
        QCOMPARE(both->at(1).open, d(u"102"_s));
        QCOMPARE(both->at(1).close, d(u"103"_s));
        const auto latest = candles(KlinesQuery { kEth, u"1m"_s, {}, {}, 1 });
        QVERIFY_ANSWERED(latest);
        QCOMPARE(latest->size(), 1);
        QCOMPARE(latest->first().openTime, kStart + 60'000);
        const auto earliest = candles(KlinesQuery { kEth, u"1m"_s, kStart, {}, 1 });
        QVERIFY_ANSWERED(earliest);
        QCOMPARE(earliest->first().openTime, kStart);
        const auto hourly = candles(KlinesQuery { kEth, u"1h"_s, {}, {}, 500 });
        QVERIFY_ANSWERED(hourly);
        QCOMPARE(hourly->size(), 1);
        QCOMPARE(hourly->first().high, d(u"105"_s));
        QCOMPARE(hourly->first().close, d(u"103"_s));
        const auto refused = candles(KlinesQuery { kEth, u"7m"_s, {}, {}, 500 });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, -1120);
    }

    void marksAndBookTickersAreTyped()
    {
        Rig rig;
        QVERIFY(rig.start());
        const auto one = rig.await<QList<MarkPriceEvent>>([&](auto reply) { rig.api->premiumIndex(kBtc, reply); });
        QVERIFY_ANSWERED(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().markPrice, d(u"50000"_s));
        QVERIFY(one->first().nextFundingTime > kStart);
        rig.server.setMarkPrice(kEth, d(u"3000"_s));
        const auto all = rig.await<QList<MarkPriceEvent>>([&](auto reply) { rig.api->premiumIndex({}, reply); });
        QVERIFY_ANSWERED(all);
        QCOMPARE(all->size(), 2);
        const auto book = rig.await<QList<BookTickerEvent>>([&](auto reply) { rig.api->bookTicker(kBtc, reply); });
        QVERIFY_ANSWERED(book);
        QCOMPARE(book->first().bidPrice, d(u"50000"_s));
        QCOMPARE(book->first().askPrice, d(u"50000.1"_s));
    }

    void accountBalanceTimeAndListenKey()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(answered(rig.place(order(OrderType::Market, OrderSide::Buy, u"0.01"_s, u"acc-open"_s))));
        const auto account = rig.await<AccountSummary>([&](auto reply) { rig.api->account(reply); });
        QVERIFY_ANSWERED(account);
        QCOMPARE(account->totalWalletBalance, rig.engine.walletBalance());
        QCOMPARE(account->positions.size(), 1);
        QCOMPARE(account->positions.first().amount, d(u"0.01"_s));
        const auto balance = rig.await<Balance>([&](auto reply) { rig.api->balance(reply); });
        QVERIFY_ANSWERED(balance);
        QCOMPARE(balance->wallet, account->totalWalletBalance);
        const auto positions = rig.await<PositionSnapshots>([&](auto reply) { rig.api->positionRisk(reply); });
        QVERIFY_ANSWERED(positions);
        QVERIFY(!positions->isEmpty());

        QVERIFY(answered(rig.await<void>([&](auto reply) { rig.api->ping(reply); })));
        const auto time = rig.await<qint64>([&](auto reply) { rig.api->serverTime(reply); });
        QVERIFY_ANSWERED(time);
        QCOMPARE(time.value(), rig.server.nowMs());
        const auto info = rig.await<ExchangeInfo>([&](auto reply) { rig.api->exchangeInfo(reply); });
        QVERIFY_ANSWERED(info);
        QCOMPARE(info->symbols.size(), 2);

        const auto key = rig.await<QString>([&](auto reply) { rig.api->createListenKey(reply); });
        QVERIFY_ANSWERED(key);
        QCOMPARE(rig.server.listenKeys(), QStringList { key.value() });
        QVERIFY(answered(rig.await<void>([&](auto reply) { rig.api->keepAliveListenKey(reply); })));
        QVERIFY(answered(rig.await<void>([&](auto reply) { rig.api->closeListenKey(reply); })));
        QVERIFY(rig.server.listenKeys().isEmpty());
    }

    void startUpSwitchesTheAccountToTheConfiguredMode()
    {
        Rig rig;
        QVERIFY(rig.start());
        auto live = session(rig, PositionMode::Hedge);
        live->setCommissionSymbols({ kBtc });
        QSignalSpy ready(live.get(), &LiveSession::ready);
        QSignalSpy failed(live.get(), &LiveSession::failed);
        live->start({});
        QVERIFY(ready.wait(10000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(toString(rig.engine.settings().positionMode), u"HEDGE"_s);
        QTRY_VERIFY_WITH_TIMEOUT(live->commissionRate(kBtc).has_value(), 10000);
        QCOMPARE(live->commissionRate(kBtc)->taker, d(u"0.0004"_s));
        live->stop();
    }

    void startUpInTheRightModeChangesNothing()
    {
        Rig rig;
        QVERIFY(rig.start());
        auto live = session(rig, PositionMode::OneWay);
        QStringList sent;
        connect(live->rest(), &RestClient::requestSent, this, [&sent](const QByteArray &method, const QString &path) {
            sent << QString::fromLatin1(method) + u' ' + path;
        });
        QSignalSpy ready(live.get(), &LiveSession::ready);
        live->start({});
        QVERIFY(ready.wait(10000));
        QVERIFY(sent.contains(u"GET /fapi/v1/positionSide/dual"_s));
        QVERIFY(!sent.contains(u"POST /fapi/v1/positionSide/dual"_s));
        QCOMPARE(toString(rig.engine.settings().positionMode), u"ONE_WAY"_s);
        live->stop();
    }

    void startUpRefusesToTradeInTheWrongMode_data()
    {
        QTest::addColumn<bool>("hasPosition");
        QTest::addColumn<QString>("message");
        QTest::newRow("an open position")
            << true
            << u"cannot switch to hedge mode while BTCUSDT has open positions: close them or set positionMode to ONE_WAY"_s;
        QTest::newRow("an open order")
            << false
            << u"cannot switch to hedge mode while BTCUSDT has open orders: close them or set positionMode to ONE_WAY"_s;
    }
    void startUpRefusesToTradeInTheWrongMode()
    {
        QFETCH(bool, hasPosition);
        QFETCH(QString, message);
        Rig rig;
        QVERIFY(rig.start());
        rig.engine.placeOrder(hasPosition
                ? order(OrderType::Market, OrderSide::Buy, u"0.01"_s, u"held"_s)
                : order(OrderType::Limit, OrderSide::Buy, u"0.01"_s, u"resting"_s, u"49000"_s));
        QCOMPARE(rig.engine.positions().size() + rig.engine.openOrders().size(), 1);
        auto live = session(rig, PositionMode::Hedge);
        QSignalSpy ready(live.get(), &LiveSession::ready);
        QSignalSpy failed(live.get(), &LiveSession::failed);
        live->start({ u"!markPrice@arr@1s"_s });
        QVERIFY(failed.wait(10000));
        const QList<QVariant> arguments = failed.takeFirst();
        QCOMPARE(arguments.at(0).toString(), message);
        QVERIFY(ready.isEmpty());
        QCOMPARE(toString(rig.engine.settings().positionMode), u"ONE_WAY"_s);
        // No stream was opened: nothing trades in a mode the engine does not expect.
        QVERIFY(rig.server.listenKeys().isEmpty());
        QCOMPARE(rig.server.streamConnectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestEndpoints)
#include "tst_rest_endpoints.moc"
