// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Values no exchange can mean (issue 10, item 1): a frame or an answer carrying one is refused with
// an error naming the field, and the fake exchange's admin answers 400 and keeps serving.
#include "DecimalPrinter.h"
#include "common/Clock.h"
#include "fake/FakeAdmin.h"
#include "fake/FakeExchangeServer.h"
#include "paper/PaperMatchingEngine.h"
#include "protocol/RestHistoryParser.h"
#include "protocol/RestParser.h"
#include "protocol/StreamParser.h"

#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kHuge = "100000000000000000000"; // 1e20: parses, but no price or quantity is that large

const QByteArray kOrderTradeUpdate = R"({"e":"ORDER_TRADE_UPDATE","E":1568879465651,"T":1568879465650,"o":{
 "s":"BTCUSDT","c":"td-1","S":"SELL","o":"MARKET","f":"GTC","q":"0.001","p":"0","ap":"7103.04","sp":"7103.04",
 "x":"TRADE","X":"FILLED","i":8886774,"l":"0.001","z":"0.001","L":"7103.04","N":"USDT","n":"0.00284121",
 "T":1568879465650,"t":12345,"m":false,"R":true,"ot":"MARKET","ps":"BOTH","rp":"0"}})";
const QByteArray kAccountUpdate = R"({"e":"ACCOUNT_UPDATE","E":1564745798939,"a":{"m":"ORDER",
 "B":[{"a":"USDT","wb":"100","cw":"100","bc":"0"}],"P":[{"s":"BTCUSDT","pa":"0.002","ep":"6563.665","ps":"BOTH"}]}})";
const QByteArray kMarkPrice
    = R"({"e":"markPriceUpdate","E":1562305380000,"s":"BTCUSDT","p":"11794.15","i":"11784.6","r":"0.0001","T":1})";
const QByteArray kPositionRisk = R"([{"symbol":"BTCUSDT","positionAmt":"0.5","entryPrice":"50000",
 "positionSide":"BOTH","updateTime":1}])";
const QByteArray kOrder = R"({"symbol":"BTCUSDT","clientOrderId":"td-1","orderId":1,"side":"BUY","type":"LIMIT",
 "status":"NEW","origQty":"1","price":"50000","stopPrice":"0","avgPrice":"0","executedQty":"0","updateTime":1})";
const QByteArray kUserTrades = R"([{"symbol":"BTCUSDT","id":1,"orderId":1,"side":"BUY","price":"50000",
 "qty":"0.1","realizedPnl":"0","commission":"0.01","commissionAsset":"USDT","time":1}])";

QByteArray withField(QByteArray json, const QByteArray &field, const QByteArray &value)
{
    const QByteArray key = "\"" + field + "\":\"";
    const qsizetype start = json.indexOf(key);
    Q_ASSERT(start >= 0);
    const qsizetype from = start + key.size();
    const qsizetype to = json.indexOf('"', from);
    return json.replace(from, to - from, value);
}

QString errorOf(const QByteArray &kind, const QByteArray &body)
{
    if (kind == "stream") {
        const auto r = StreamParser::parse(body);
        return r ? QString() : r.error().message;
    }
    if (kind == "positionRisk") {
        const auto r = RestParser::positionRisk(body);
        return r ? QString() : r.error().message;
    }
    if (kind == "order") {
        const auto r = RestParser::order(body);
        return r ? QString() : r.error().message;
    }
    const auto r = RestHistoryParser::userTrades(body);
    return r ? QString() : r.error().message;
}
} // namespace

class TestImpossibleValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesAndAnswersInRangeStillParse_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("ORDER_TRADE_UPDATE") << QByteArray("stream") << kOrderTradeUpdate;
        QTest::newRow("ACCOUNT_UPDATE") << QByteArray("stream") << kAccountUpdate;
        QTest::newRow("markPriceUpdate") << QByteArray("stream") << kMarkPrice;
        QTest::newRow("positionRisk") << QByteArray("positionRisk") << kPositionRisk;
        QTest::newRow("order") << QByteArray("order") << kOrder;
        QTest::newRow("userTrades") << QByteArray("userTrades") << kUserTrades;
    }
    void framesAndAnswersInRangeStillParse()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, body);
        QCOMPARE(errorOf(kind, body), QString());
    }

    void anImpossibleValueIsRefusedNamingItsField_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("stream fill quantity")
            << QByteArray("stream") << withField(kOrderTradeUpdate, "l", kHuge) << u"field \"l\""_s;
        QTest::newRow("stream fill price")
            << QByteArray("stream") << withField(kOrderTradeUpdate, "L", kHuge) << u"field \"L\""_s;
        QTest::newRow("stream negative price")
            << QByteArray("stream") << withField(kOrderTradeUpdate, "ap", "-1") << u"field \"ap\""_s;
        QTest::newRow("stream position amount")
            << QByteArray("stream") << withField(kAccountUpdate, "pa", kHuge) << u"field \"pa\""_s;
        QTest::newRow("stream entry price")
            << QByteArray("stream") << withField(kAccountUpdate, "ep", kHuge) << u"field \"ep\""_s;
        QTest::newRow("stream balance beyond every account")
            << QByteArray("stream") << withField(kAccountUpdate, "wb", kHuge) << u"field \"wb\""_s;
        QTest::newRow("stream mark price")
            << QByteArray("stream") << withField(kMarkPrice, "p", kHuge) << u"field \"p\""_s;
        QTest::newRow("stream mark price too small to divide by")
            << QByteArray("stream") << withField(kMarkPrice, "p", "0.000000000001") << u"field \"p\""_s;
        QTest::newRow("REST position amount")
            << QByteArray("positionRisk") << withField(kPositionRisk, "positionAmt", kHuge)
            << u"field \"positionAmt\""_s;
        QTest::newRow("REST order quantity")
            << QByteArray("order") << withField(kOrder, "executedQty", kHuge) << u"field \"executedQty\""_s;
        QTest::newRow("REST trade price")
            << QByteArray("userTrades") << withField(kUserTrades, "price", kHuge) << u"field \"price\""_s;
    }
    void anImpossibleValueIsRefusedNamingItsField()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        const QString error = errorOf(kind, body);
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(error.contains(u"out of range"_s), qPrintable(error));
    }

    void theFakeExchangeRefusesAnImpossibleMarkAndKeepsServing()
    {
        ManualClock clock(1'700'000'000'000);
        PaperMatchingEngine engine(&clock);
        FakeExchangeServer server(&engine, &clock, FakeExchangeSettings { "key", "secret", 60000 });
        SymbolFilters filters;
        filters.symbol = u"BTCUSDT"_s;
        filters.tickSize = Decimal::fromString(u"0.1");
        filters.stepSize = Decimal::fromString(u"0.001");
        filters.minQty = Decimal::fromString(u"0.001");
        filters.maxQty = Decimal::fromString(u"1000");
        server.declareSymbol(filters);
        server.setMarkPrice(u"BTCUSDT"_s, Decimal::fromInt(50000));
        // An open position, so that a mark is multiplied into margin and P&L.
        engine.applyExternalFill(
            u"BTCUSDT"_s, OrderSide::Buy, Decimal::fromInt(2), Decimal::fromInt(50000), PositionSide::Both, Decimal());
        FakeAdmin admin(&server);
        const auto post = [&](const QByteArray &query) {
            return admin.handle(FakeRequest { u"POST"_s, u"/admin/mark"_s, query, {}, {} });
        };
        const FakeResponse refused = post("symbol=BTCUSDT&price=99999999999999999999");
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("price"), refused.body.constData());
        QCOMPARE(post("symbol=BTCUSDT&price=51000").status, 200);
        QCOMPARE(engine.markPrice(u"BTCUSDT"_s), std::optional(Decimal::fromInt(51000)));
    }
};

QTEST_GUILESS_MAIN(TestImpossibleValues)
#include "tst_impossiblevalues.moc"
