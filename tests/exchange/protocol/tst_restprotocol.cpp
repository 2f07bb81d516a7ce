// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "protocol/ExchangeError.h"
#include "protocol/RestParser.h"

#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(trd::exchange::ExchangeError::Action)

namespace {
Decimal d(const char16_t *s)
{
    return Decimal::fromString(QStringView(s));
}

const QByteArray kExchangeInfo = R"({"timezone":"UTC","serverTime":1565246363776,
 "rateLimits":[{"interval":"MINUTE","intervalNum":1,"limit":2400,"rateLimitType":"REQUEST_WEIGHT"},
               {"interval":"MINUTE","intervalNum":1,"limit":1200,"rateLimitType":"ORDERS"}],
 "symbols":[{"symbol":"BTCUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":3,"filters":[
   {"filterType":"PRICE_FILTER","minPrice":"556.80","maxPrice":"4529764","tickSize":"0.10"},
   {"filterType":"LOT_SIZE","minQty":"0.001","maxQty":"1000","stepSize":"0.001"},
   {"filterType":"MARKET_LOT_SIZE","minQty":"0.001","maxQty":"120","stepSize":"0.001"},
   {"filterType":"MAX_NUM_ORDERS","limit":200},{"filterType":"MAX_NUM_ALGO_ORDERS","limit":10},
   {"filterType":"MIN_NOTIONAL","notional":"100"},
   {"filterType":"PERCENT_PRICE","multiplierUp":"1.0500","multiplierDown":"0.9500","multiplierDecimal":4}]},
  {"symbol":"OLDUSDT","status":"SETTLING","filters":[]},
  {"symbol":"HYPEUSDT","status":"TRADING","filters":[
   {"filterType":"PRICE_FILTER","minPrice":"0.001","maxPrice":"10000","tickSize":"0.001"},
   {"filterType":"LOT_SIZE","minQty":"0.01","maxQty":"100000","stepSize":"0.01"},
   {"filterType":"MIN_NOTIONAL","notional":"5"}]}]})";
const QByteArray kOrder = R"({"clientOrderId":"tdEXj5ycBF9SGGKTUb79NgqJw-1","cumQty":"0","cumQuote":"0",
 "executedQty":"0.5","orderId":22542179,"avgPrice":"100.25","origQty":"1","price":"100","reduceOnly":false,
 "side":"BUY","positionSide":"BOTH","status":"PARTIALLY_FILLED","stopPrice":"0","closePosition":false,
 "symbol":"BTCUSDT","timeInForce":"GTC","type":"LIMIT","origType":"LIMIT","updateTime":1566818724722,
 "workingType":"CONTRACT_PRICE","priceProtect":false})";
} // namespace

class TestRestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedCodeHasItsAction_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("code");
        QTest::addColumn<ExchangeError::Action>("action");
        using A = ExchangeError::Action;
        const QList<std::tuple<const char *, int, int, A>> rows {
            { "-1021 timestamp outside recvWindow", 400, -1021, A::ResyncClock },
            { "-4225 V3 nonce expired or reused", 400, -4225, A::ResyncClock },
            { "-1022 bad signature", 400, -1022, A::CheckCredentials },
            { "-2014 API key format", 401, -2014, A::CheckCredentials },
            { "-2015 API key rejected", 401, -2015, A::CheckCredentials },
            { "-1111 precision", 400, -1111, A::FixRequest },
            { "-4014 tick", 400, -4014, A::FixRequest },
            { "-4023 step", 400, -4023, A::FixRequest },
            { "-4003 qty <= 0", 400, -4003, A::FixRequest },
            { "-4004 qty < min", 400, -4004, A::FixRequest },
            { "-4005 qty > max", 400, -4005, A::FixRequest },
            { "-4164 notional", 400, -4164, A::FixRequest },
            { "-2019 margin", 400, -2019, A::InsufficientFunds },
            { "-2018 balance", 400, -2018, A::InsufficientFunds },
            { "-2021 would trigger", 400, -2021, A::CloseAtMarket },
            { "-2022 reduce-only rejected", 400, -2022, A::Reconcile },
            { "-2011 cancel rejected", 400, -2011, A::QueryOrder },
            { "-2013 no such order", 400, -2013, A::QueryOrder },
            { "-1001 disconnected inside", 500, -1001, A::QueryOrder },
            { "-1007 timeout inside", 408, -1007, A::QueryOrder },
            { "-4061 position side mismatch", 400, -4061, A::ReadPositionMode },
            { "-4046 margin type unchanged", 400, -4046, A::None },
            { "-4059 position mode unchanged", 400, -4059, A::None },
            { "-4067 mode locked by orders", 400, -4067, A::ModeLocked },
            { "-4068 mode locked by positions", 400, -4068, A::ModeLocked },
            { "-2025 too many open orders", 400, -2025, A::TooManyOrders },
            { "-4045 too many stop orders", 400, -4045, A::TooManyOrders },
            { "-1015 too many orders", 429, -1015, A::BackOff },
            { "-1003 too many requests", 400, -1003, A::BackOff },
            { "429 rate limit", 429, 0, A::BackOff },
            { "418 banned", 418, 0, A::Banned },
            { "503 outcome unknown", 503, 0, A::QueryOrder },
            { "502 transient", 502, 0, A::Retry },
            { "-1121 invalid symbol", 400, -1121, A::Refused },
        };
        for (const auto &[name, http, code, action] : rows) {
            QTest::newRow(name) << http << code << action;
        }
    }
    void everyDocumentedCodeHasItsAction()
    {
        QFETCH(int, http);
        QFETCH(int, code);
        QFETCH(ExchangeError::Action, action);
        const QByteArray body = code ? u"{\"code\":%1,\"msg\":\"text\"}"_s.arg(code).toUtf8() : QByteArray();
        const ExchangeError e = ExchangeError::fromResponse(http, body, 7);
        QCOMPARE(int(e.action), int(action));
        QCOMPARE(e.code, code);
        QCOMPARE(e.retryAfterSeconds, 7);
        QVERIFY(!e.message.isEmpty());
    }

    void exchangeInfoGivesFiltersAndLimits()
    {
        const auto info = RestParser::exchangeInfo(kExchangeInfo);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->symbols.size(), 2); // the settling one is left out
        const SymbolFilters &btc = info->symbols[0];
        QCOMPARE(btc.symbol, u"BTCUSDT"_s);
        QCOMPARE(btc.tickSize, d(u"0.1"));
        QCOMPARE(btc.stepSize, d(u"0.001"));
        QCOMPARE(btc.minQty, d(u"0.001"));
        QCOMPARE(btc.maxQty, d(u"1000"));
        QCOMPARE(btc.minNotional, d(u"100"));
        QCOMPARE(info->symbols[1].tickSize, d(u"0.001"));
        QCOMPARE(info->rateLimits.size(), 2);
        QCOMPARE(info->rateLimits[0].limit, 2400);
        QCOMPARE(info->rateLimits[1].type, u"ORDERS"_s);
    }

    void orderAnswerIsAStateNotAFill()
    {
        const auto u = RestParser::order(kOrder);
        QVERIFY2(u, qPrintable(u.error().message));
        QCOMPARE(toString(u->status), u"PARTIALLY_FILLED"_s);
        QCOMPARE(u->cumulativeQuantity, d(u"0.5"));
        QCOMPARE(u->averagePrice, d(u"100.25"));
        QVERIFY(!u->isFill());
        QCOMPARE(u->orderId, 22542179);
    }

    void positionsOpenOrdersBalanceListenKey()
    {
        const auto positions = RestParser::positionRisk(R"([{"entryPrice":"6563.66500","marginType":"isolated",
            "isAutoAddMargin":"false","isolatedMargin":"15517.54150468","leverage":"10","liquidationPrice":"5930.78",
            "markPrice":"6679.50671178","maxNotionalValue":"20000000","positionAmt":"-20.000","symbol":"BTCUSDT",
            "unRealizedProfit":"-2316.83423560","positionSide":"BOTH","updateTime":1625474304765}])");
        QVERIFY2(positions, qPrintable(positions.error().message));
        QCOMPARE(positions->first().amount, d(u"-20"));
        QCOMPARE(positions->first().time, 1625474304765);
        const auto orders = RestParser::openOrders("[" + kOrder + "]");
        QVERIFY2(orders, qPrintable(orders.error().message));
        QCOMPARE(orders->first().executedQuantity, d(u"0.5"));
        const auto balance = RestParser::balance(R"([{"accountAlias":"SgsR","asset":"USDT","balance":"122607.35137903",
            "crossWalletBalance":"23.72469206","crossUnPnl":"0.00000000","availableBalance":"23.72469206",
            "maxWithdrawAmount":"23.72469206","marginAvailable":true,"updateTime":1617939110373}])");
        QVERIFY2(balance, qPrintable(balance.error().message));
        QCOMPARE(balance->available, d(u"23.72469206"));
        QCOMPARE(balance->wallet, d(u"122607.35137903"));
        const auto key = RestParser::listenKey(R"({"listenKey":"pqia91ma19a5s61cv6a81va65sdf19v8a65a1"})");
        QVERIFY(key);
        QCOMPARE(key.value(), u"pqia91ma19a5s61cv6a81va65sdf19v8a65a1"_s);
        QCOMPARE(RestParser::serverTime(R"({"serverTime":1499827319559})").value(), 1499827319559);
    }

    void malformedAnswersNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("<html>") << u"is not JSON"_s;
        QTest::newRow("bad tick size")
            << QByteArray(kExchangeInfo).replace("\"tickSize\":\"0.10\"", "\"tickSize\":\"x\"")
            << u"exchangeInfo BTCUSDT PRICE_FILTER field \"tickSize\""_s;
        QTest::newRow("zero step size")
            << QByteArray(kExchangeInfo).replace("\"stepSize\":\"0.01\"", "\"stepSize\":\"0\"")
            << u"HYPEUSDT: tickSize and stepSize must be positive"_s;
    }
    void malformedAnswersNameTheProblem()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto info = RestParser::exchangeInfo(body);
        QVERIFY(!info);
        QVERIFY2(info.error().message.contains(message), qPrintable(info.error().message));
        QVERIFY(!RestParser::positionRisk(R"([{"symbol":"X","positionAmt":"1,5"}])"));
        QVERIFY(!RestParser::balance("[]"));
    }
};

QTEST_GUILESS_MAIN(TestRestProtocol)
#include "tst_restprotocol.moc"
