// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "protocol/StreamParser.h"

#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {
Decimal d(const char16_t *s)
{
    return Decimal::fromString(QStringView(s));
}

// Frames in the exchange's exact shapes (exchange.md; Binance USDS-M documentation examples).
const QByteArray kOrderTradeUpdate = R"({"e":"ORDER_TRADE_UPDATE","E":1568879465651,"T":1568879465650,"o":{
 "s":"BTCUSDT","c":"tdTXj5ycBF9SGGKTUb79NgqJw-2","S":"SELL","o":"MARKET","f":"GTC","q":"0.001","p":"0",
 "ap":"7103.04","sp":"7103.04","x":"TRADE","X":"FILLED","i":8886774,"l":"0.001","z":"0.001","L":"7103.04",
 "N":"USDT","n":"0.00284121","T":1568879465650,"t":12345,"b":"0","a":"9.91","m":false,"R":true,"wt":"CONTRACT_PRICE",
 "ot":"TAKE_PROFIT_MARKET","ps":"BOTH","cp":false,"rp":"0.12"}})";
const QByteArray kAccountUpdate = R"({"e":"ACCOUNT_UPDATE","E":1564745798939,"T":1564745798938,"a":{"m":"ORDER",
 "B":[{"a":"USDT","wb":"122624.12345678","cw":"100.12345678","bc":"50.12345678"}],
 "P":[{"s":"BTCUSDT","pa":"-0.002","ep":"6563.66500","cr":"0","up":"0.0","mt":"isolated","iw":"0.0","ps":"BOTH"},
      {"s":"ETHUSDT","pa":"20","ep":"2000.5","cr":"0","up":"0","mt":"cross","iw":"0","ps":"LONG"}]}})";
const QByteArray kForceOrder = R"({"e":"forceOrder","E":1568014460893,"o":{"s":"BTCUSDT","S":"SELL","o":"LIMIT",
 "f":"IOC","q":"0.278","p":"94398.27","ap":"94770.3","X":"FILLED","l":"0.142","z":"0.278","T":1568014460893}})";
const QByteArray kMarkPrices = R"({"stream":"!markPrice@arr@1s","data":[
 {"e":"markPriceUpdate","E":1562305380000,"s":"BTCUSDT","p":"11794.15000000","i":"11784.62659091","P":"11784.25641265",
  "r":"0.00038167","T":1562306400000},
 {"e":"markPriceUpdate","E":1562305380000,"s":"ETHUSDT","p":"2000.1","i":"2000","P":"2000","r":"","T":1562306400000}]})";
const QByteArray kBookTicker = R"({"e":"bookTicker","u":400900217,"E":1568014460893,"T":1568014460891,"s":"BNBUSDT",
 "b":"25.35190000","B":"31.21000000","a":"25.36520000","A":"40.66000000"})";
const QByteArray kKline = R"({"e":"kline","E":1638747660000,"s":"BTCUSDT","k":{"t":1638747660000,"T":1638747719999,
 "s":"BTCUSDT","i":"1m","f":100,"L":200,"o":"0.0010","c":"0.0020","h":"0.0025","l":"0.0015","v":"1000","n":100,
 "x":true,"q":"1.0000","V":"500","Q":"0.500","B":"123456"}})";
} // namespace

class TestStreamParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orderTradeUpdate()
    {
        const auto parsed = StreamParser::parse(kOrderTradeUpdate);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const auto &u = std::get<OrderUpdate>(parsed.value());
        QCOMPARE(u.symbol, u"BTCUSDT"_s);
        QCOMPARE(u.clientOrderId, u"tdTXj5ycBF9SGGKTUb79NgqJw-2"_s);
        QCOMPARE(toString(u.type), u"TAKE_PROFIT_MARKET"_s); // the placed type, not the triggered MARKET
        QCOMPARE(toString(u.execution), u"TRADE"_s);
        QCOMPARE(toString(u.status), u"FILLED"_s);
        QCOMPARE(u.lastQuantity, d(u"0.001"));
        QCOMPARE(u.lastPrice, d(u"7103.04"));
        QCOMPARE(u.fee, d(u"0.00284121"));
        QCOMPARE(u.realizedProfit, d(u"0.12"));
        QCOMPARE(u.orderId, 8886774);
        QCOMPARE(u.tradeId, 12345);
        QVERIFY(u.reduceOnly);
        QVERIFY(u.isFill());
        QCOMPARE(u.time, 1568879465651);
    }

    void liquidationOrdersOfTheExchange()
    {
        QByteArray frame = kOrderTradeUpdate;
        frame.replace("\"x\":\"TRADE\"", "\"x\":\"CALCULATED\"")
            .replace("tdTXj5ycBF9SGGKTUb79NgqJw-2", "autoclose-1568879465650")
            .replace("\"ot\":\"TAKE_PROFIT_MARKET\"", "\"ot\":\"LIQUIDATION\"")
            .replace("\"o\":\"MARKET\"", "\"o\":\"LIQUIDATION\"");
        const auto parsed = StreamParser::parse(frame);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const auto &u = std::get<OrderUpdate>(parsed.value());
        QCOMPARE(toString(u.execution), u"CALCULATED"_s);
        QVERIFY(u.isFill());
        QCOMPARE(toString(u.type), u"MARKET"_s);
    }

    void accountUpdate()
    {
        const auto parsed = StreamParser::parse(kAccountUpdate);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const auto &a = std::get<AccountUpdateEvent>(parsed.value());
        QCOMPARE(a.reason, u"ORDER"_s);
        QCOMPARE(a.balances.size(), 1);
        QCOMPARE(a.balances[0].walletBalance, d(u"122624.12345678"));
        QCOMPARE(a.positions.size(), 2);
        QCOMPARE(a.positions[0].amount, d(u"-0.002"));
        QCOMPARE(a.positions[0].entryPrice, d(u"6563.665"));
        QCOMPARE(toString(a.positions[1].positionSide), u"LONG"_s);
        QCOMPARE(a.positions[1].time, 1564745798939);
    }

    void forceOrderUsesTheCumulativeQuantity()
    {
        const auto parsed = StreamParser::parse(kForceOrder);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const auto &list = std::get<QList<Liquidation>>(parsed.value());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].quantity, d(u"0.278")); // z, not l (0.142)
        QCOMPARE(toString(list[0].side), u"SELL"_s);
        QCOMPARE(list[0].volumeUsdt(), d(u"26242.71906"));
        QCOMPARE(list[0].time, 1568014460893);
    }

    void forceOrderArray()
    {
        const QByteArray frame = "[" + kForceOrder + "," + QByteArray(kForceOrder).replace("BTCUSDT", "ETHUSDT") + "]";
        const auto parsed = StreamParser::parse(frame);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(std::get<QList<Liquidation>>(parsed.value()).size(), 2);
    }

    void markPricesInACombinedStream()
    {
        const auto parsed = StreamParser::parse(kMarkPrices);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const auto &marks = std::get<QList<MarkPriceEvent>>(parsed.value());
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks[0].markPrice, d(u"11794.15"));
        QCOMPARE(marks[0].fundingRate, d(u"0.00038167"));
        QCOMPARE(marks[1].fundingRate, Decimal()); // an empty rate is none, not an error
    }

    void bookTickerAndKline()
    {
        const auto book = StreamParser::parse(kBookTicker);
        QVERIFY2(book, qPrintable(book.error().message));
        QCOMPARE(std::get<BookTickerEvent>(book.value()).askPrice, d(u"25.3652"));
        const auto kline = StreamParser::parse(kKline);
        QVERIFY2(kline, qPrintable(kline.error().message));
        const auto &c = std::get<CandleEvent>(kline.value());
        QVERIFY(c.isClosed);
        QCOMPARE(c.high, d(u"0.0025"));
        QCOMPARE(c.interval, u"1m"_s);
    }

    void userDataEventsWithoutPayloadTypes()
    {
        const auto expired = StreamParser::parse(R"({"e":"listenKeyExpired","E":1576653824250})");
        QVERIFY(expired);
        QCOMPARE(std::get<ListenKeyExpiredEvent>(expired.value()).time, 1576653824250);
        const auto config = StreamParser::parse(R"({"e":"ACCOUNT_CONFIG_UPDATE","E":1611646737479,"T":1611646737476,
            "ac":{"s":"BTCUSDT","l":25}})");
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(std::get<LeverageUpdateEvent>(config.value()).leverage, 25);
        const auto answer = StreamParser::parse(R"({"result":null,"id":7})");
        QVERIFY(answer);
        QCOMPARE(std::get<SubscriptionAnswer>(answer.value()).id, 7);
    }

    void malformedFramesNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"e\":") << u"not JSON"_s;
        QTest::newRow("unknown event") << QByteArray(R"({"e":"teleport"})")
                                       << u"unknown stream event type \"teleport\""_s;
        QTest::newRow("no event type") << QByteArray(R"({"x":1})") << u"without an event type"_s;
        QTest::newRow("quantity as a number") << QByteArray(kForceOrder).replace("\"z\":\"0.278\"", "\"z\":0.278")
                                              << u"forceOrder o field \"z\": expected a decimal string"_s;
        QTest::newRow("garbage price") << QByteArray(kForceOrder).replace("\"p\":\"94398.27\"", "\"p\":\"9439x\"")
                                       << u"forceOrder o field \"p\": \"9439x\" is not a decimal number"_s;
        QTest::newRow("missing order object") << QByteArray(R"({"e":"ORDER_TRADE_UPDATE","E":1})")
                                              << u"ORDER_TRADE_UPDATE field \"o\": expected an object"_s;
        QTest::newRow("unknown execution type")
            << QByteArray(kOrderTradeUpdate).replace("\"x\":\"TRADE\"", "\"x\":\"WARP\"")
            << u"ORDER_TRADE_UPDATE o field \"x\": unknown value \"WARP\""_s;
        QTest::newRow("missing position amount") << QByteArray(kAccountUpdate).replace("\"pa\":\"-0.002\",", "")
                                                 << u"ACCOUNT_UPDATE a.P field \"pa\": missing"_s;
        QTest::newRow("scalar frame") << QByteArray("42") << u"not JSON"_s;
    }
    void malformedFramesNameTheProblem()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, message);
        const auto parsed = StreamParser::parse(frame);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStreamParser)
#include "tst_streamparser.moc"
