// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "protocol/ApiResult.h"
#include "protocol/RestHistoryParser.h"
#include "protocol/RestParser.h"

#include <QTest>

#include <functional>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

Decimal d(const char16_t *s)
{
    return Decimal::fromString(QStringView(s));
}

// The answers as Aster's and Binance's USDⓈ-M documents print them (a LIMIT order in place of
// their trailing stop, which the app never sends).
const QByteArray kUserTrades = R"([
 {"buyer":false,"commission":"-0.07819010","commissionAsset":"USDT","id":698759,"maker":false,
  "orderId":25851813,"price":"7819.01","qty":"0.002","quoteQty":"15.63802","realizedPnl":"-0.91539999",
  "side":"SELL","positionSide":"SHORT","symbol":"BTCUSDT","time":1569514978020},
 {"buyer":true,"commission":"0.00312760","commissionAsset":"USDT","id":698760,"maker":true,
  "orderId":25851814,"price":"7819.00","qty":"0.002","quoteQty":"15.638","realizedPnl":"0",
  "side":"BUY","positionSide":"BOTH","symbol":"BTCUSDT","time":1569514978021}])";
// Aster sends tranId as a string, Binance as a number.
const QByteArray kIncome = R"([
 {"symbol":"","incomeType":"TRANSFER","income":"-0.37500000","asset":"USDT","info":"TRANSFER",
  "time":1570608000000,"tranId":"9689322392","tradeId":""},
 {"symbol":"BTCUSDT","incomeType":"COMMISSION","income":"-0.01000000","asset":"USDT","info":"COMMISSION",
  "time":1570636800000,"tranId":9689322393,"tradeId":"2059192"}])";
const QByteArray kKlines = R"([[1499040000000,"0.01634790","0.80000000","0.01575800","0.01577100",
  "148976.11427815",1499644799999,"2434.19055334",308,"1756.87402397","28.46694368","17928899.62484339"]])";
const QByteArray kDepth = R"({"lastUpdateId":1027024,"E":1589436922972,"T":1589436922959,
  "bids":[["4.00000000","431.00000000"],["3.99","1"]],"asks":[["4.00000200","12.00000000"]]})";
const QByteArray kOrder = R"({"clientOrderId":"testOrder","cumQty":"0","cumQuote":"0","executedQty":"0",
  "orderId":22542179,"avgPrice":"0.00000","origQty":"10","price":"9300","reduceOnly":false,"side":"BUY",
  "positionSide":"SHORT","status":"NEW","stopPrice":"0","symbol":"BTCUSDT","timeInForce":"GTC","type":"LIMIT",
  "origType":"LIMIT","updateTime":1566818724722,"workingType":"CONTRACT_PRICE","priceProtect":false})";
const QByteArray kPremiumIndex = R"({"symbol":"BTCUSDT","markPrice":"11793.63104562",
  "indexPrice":"11781.80495970","estimatedSettlePrice":"11781.16138815","lastFundingRate":"0.00038246",
  "nextFundingTime":1597392000000,"interestRate":"0.00010000","time":1597370495002})";
const QByteArray kBookTicker = R"({"symbol":"BTCUSDT","bidPrice":"4.00000000","bidQty":"431.00000000",
  "askPrice":"4.00000200","askQty":"9.00000000","time":1589437530011})";
const QByteArray kAccount = R"({"feeTier":0,"canTrade":true,"totalWalletBalance":"23.72469206",
  "totalUnrealizedProfit":"0.00000000","totalMarginBalance":"23.72469206","availableBalance":"23.72469206",
  "assets":[],"positions":[
   {"symbol":"BTCUSDT","positionAmt":"0","entryPrice":"0.00000","positionSide":"BOTH","updateTime":0},
   {"symbol":"ETHUSDT","positionAmt":"-1.5","entryPrice":"3000.5","positionSide":"BOTH","updateTime":1625474304765}]})";

// Each parser as "" on success or its error message, for one table of malformed answers.
const QHash<QString, std::function<QString(const QByteArray &)>> &parsers()
{
    const auto message = [](const auto &result) -> QString { return result ? QString() : result.error().message; };
    static const QHash<QString, std::function<QString(const QByteArray &)>> all {
        { u"userTrades"_s, [=](const QByteArray &b) { return message(RestHistoryParser::userTrades(b)); } },
        { u"income"_s, [=](const QByteArray &b) { return message(RestHistoryParser::income(b)); } },
        { u"klines"_s, [=](const QByteArray &b) { return message(RestHistoryParser::klines(b)); } },
        { u"depth"_s, [=](const QByteArray &b) { return message(RestHistoryParser::depth(b)); } },
        { u"commissionRate"_s, [=](const QByteArray &b) { return message(RestParser::commissionRate(b)); } },
        { u"positionMode"_s, [=](const QByteArray &b) { return message(RestParser::positionMode(b)); } },
        { u"batchOrders"_s, [=](const QByteArray &b) { return message(RestParser::batchOrders(b)); } },
        { u"premiumIndex"_s, [=](const QByteArray &b) { return message(RestParser::premiumIndex(b)); } },
        { u"bookTicker"_s, [=](const QByteArray &b) { return message(RestParser::bookTicker(b)); } },
        { u"account"_s, [=](const QByteArray &b) { return message(RestParser::account(b)); } },
        { u"allOrders"_s, [=](const QByteArray &b) { return message(RestParser::orders(b)); } },
    };
    return all;
}

} // namespace

// The answers of the REST endpoints the engine and the hunter use beyond orders and positions:
// typed, exact, and refused with the field named when malformed.
class TestRestAnswers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void userTradesKeepEveryFieldExact()
    {
        const auto trades = RestHistoryParser::userTrades(kUserTrades);
        QVERIFY2(trades, qPrintable(trades.error().message));
        QCOMPARE(trades->size(), 2);
        const UserTrade first = trades->at(0);
        QCOMPARE(first.symbol, u"BTCUSDT"_s);
        QCOMPARE(first.id, 698759);
        QCOMPARE(first.orderId, 25851813);
        QCOMPARE(toString(first.side), u"SELL"_s);
        QCOMPARE(toString(first.positionSide), u"SHORT"_s);
        QCOMPARE(first.price, d(u"7819.01"));
        QCOMPARE(first.quantity, d(u"0.002"));
        QCOMPARE(first.quoteQuantity, d(u"15.63802"));
        QCOMPARE(first.realizedPnl, d(u"-0.91539999"));
        QCOMPARE(first.commission, d(u"-0.0781901"));
        QCOMPARE(first.commissionAsset, u"USDT"_s);
        QVERIFY(!first.isMaker);
        QVERIFY(!first.isBuyer);
        QCOMPARE(first.time, 1569514978020);
        QVERIFY(trades->at(1).isMaker);
        QVERIFY(trades->at(1).isBuyer);
        QCOMPARE(trades->at(1).commission, d(u"0.0031276"));
    }

    void incomeRowsTakeIdsAsNumbersOrStrings()
    {
        const auto rows = RestHistoryParser::income(kIncome);
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).symbol, QString());
        QCOMPARE(rows->at(0).incomeType, u"TRANSFER"_s);
        QCOMPARE(rows->at(0).income, d(u"-0.375"));
        QCOMPARE(rows->at(0).tranId, u"9689322392"_s);
        QCOMPARE(rows->at(0).tradeId, QString());
        QCOMPARE(rows->at(1).incomeType, u"COMMISSION"_s);
        QCOMPARE(rows->at(1).tranId, u"9689322393"_s);
        QCOMPARE(rows->at(1).tradeId, u"2059192"_s);
        QCOMPARE(rows->at(1).time, 1570636800000);
    }

    void klinesAreArraysReadByPosition()
    {
        const auto klines = RestHistoryParser::klines(kKlines);
        QVERIFY2(klines, qPrintable(klines.error().message));
        QCOMPARE(klines->size(), 1);
        const Kline k = klines->first();
        QCOMPARE(k.openTime, 1499040000000);
        QCOMPARE(k.open, d(u"0.0163479"));
        QCOMPARE(k.high, d(u"0.8"));
        QCOMPARE(k.low, d(u"0.015758"));
        QCOMPARE(k.close, d(u"0.015771"));
        QCOMPARE(k.volume, d(u"148976.11427815"));
        QCOMPARE(k.closeTime, 1499644799999);
        QCOMPARE(k.quoteVolume, d(u"2434.19055334"));
        QCOMPARE(k.trades, 308);
        QCOMPARE(k.takerBuyVolume, d(u"1756.87402397"));
        QCOMPARE(k.takerBuyQuoteVolume, d(u"28.46694368"));
    }

    void depthKeepsTheBookOrder()
    {
        const auto book = RestHistoryParser::depth(kDepth);
        QVERIFY2(book, qPrintable(book.error().message));
        QCOMPARE(book->lastUpdateId, 1027024);
        QCOMPARE(book->eventTime, 1589436922972);
        QCOMPARE(book->transactionTime, 1589436922959);
        QCOMPARE(book->bids.size(), 2);
        QCOMPARE(book->bids[0].price, d(u"4"));
        QCOMPARE(book->bids[0].quantity, d(u"431"));
        QCOMPARE(book->bids[1].price, d(u"3.99"));
        QCOMPARE(book->asks.size(), 1);
        QCOMPARE(book->asks[0].price, d(u"4.000002"));
    }

    void batchAnswerHasAnOrderOrAnErrorPerSlot()
    {
        const auto slots = RestParser::batchOrders(
            "[" + kOrder + R"(,{"code":-2022,"msg":"ReduceOnly Order is rejected."},{"code":-4164,"msg":"low"}])");
        QVERIFY2(slots, qPrintable(slots.error().message));
        QCOMPARE(slots->size(), 3);
        QVERIFY(slots->at(0).isPlaced());
        QCOMPARE(slots->at(0).order->orderId, 22542179);
        QCOMPARE(toString(slots->at(0).order->status), u"NEW"_s);
        QVERIFY(!slots->at(1).isPlaced());
        QCOMPARE(slots->at(1).error.code, -2022);
        QCOMPARE(slots->at(1).error.message, u"ReduceOnly Order is rejected."_s);
        QCOMPARE(int(slots->at(1).error.action), int(ExchangeError::Action::Reconcile));
        QCOMPARE(int(slots->at(2).error.action), int(ExchangeError::Action::FixRequest));
    }

    void settingsAndRatesAreTyped()
    {
        QCOMPARE(toString(RestParser::positionMode(R"({"dualSidePosition":true})").value()), u"HEDGE"_s);
        QCOMPARE(toString(RestParser::positionMode(R"({"dualSidePosition":false})").value()), u"ONE_WAY"_s);
        const auto rate = RestParser::commissionRate(
            R"({"symbol":"BTCUSDT","makerCommissionRate":"0.0002","takerCommissionRate":"0.0004"})");
        QVERIFY2(rate, qPrintable(rate.error().message));
        QCOMPARE(rate->symbol, u"BTCUSDT"_s);
        QCOMPARE(rate->maker, d(u"0.0002"));
        QCOMPARE(rate->taker, d(u"0.0004"));
    }

    void marketAnswersComeAsOneObjectOrAnArray()
    {
        for (const QByteArray &body : QByteArrayList { kPremiumIndex, "[" + kPremiumIndex + "]" }) {
            const auto marks = RestParser::premiumIndex(body);
            QVERIFY2(marks, qPrintable(marks.error().message));
            QCOMPARE(marks->size(), 1);
            QCOMPARE(marks->first().markPrice, d(u"11793.63104562"));
            QCOMPARE(marks->first().indexPrice, d(u"11781.8049597"));
            QCOMPARE(marks->first().fundingRate, d(u"0.00038246"));
            QCOMPARE(marks->first().nextFundingTime, 1597392000000);
            QCOMPARE(marks->first().time, 1597370495002);
        }
        for (const QByteArray &body : QByteArrayList { kBookTicker, "[" + kBookTicker + "]" }) {
            const auto books = RestParser::bookTicker(body);
            QVERIFY2(books, qPrintable(books.error().message));
            QCOMPARE(books->first().bidPrice, d(u"4"));
            QCOMPARE(books->first().bidQuantity, d(u"431"));
            QCOMPARE(books->first().askPrice, d(u"4.000002"));
            QCOMPARE(books->first().askQuantity, d(u"9"));
        }
    }

    void accountListsOnlyOpenPositions()
    {
        const auto account = RestParser::account(kAccount);
        QVERIFY2(account, qPrintable(account.error().message));
        QCOMPARE(account->totalWalletBalance, d(u"23.72469206"));
        QCOMPARE(account->availableBalance, d(u"23.72469206"));
        QCOMPARE(account->positions.size(), 1);
        QCOMPARE(account->positions.first().symbol, u"ETHUSDT"_s);
        QCOMPARE(account->positions.first().amount, d(u"-1.5"));
        QCOMPARE(account->positions.first().entryPrice, d(u"3000.5"));
    }

    void allOrdersAreOrderStates()
    {
        const auto orders = RestParser::orders("[" + kOrder + "," + kOrder + "]");
        QVERIFY2(orders, qPrintable(orders.error().message));
        QCOMPARE(orders->size(), 2);
        QCOMPARE(orders->first().clientOrderId, u"testOrder"_s);
        QCOMPARE(orders->first().price, d(u"9300"));
    }

    void malformedAnswersNameTheField_data()
    {
        QTest::addColumn<QString>("parser");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("userTrades: price not a decimal")
            << u"userTrades"_s << QByteArray(kUserTrades).replace("\"7819.01\"", "\"7819.0x\"")
            << u"userTrades field \"price\""_s;
        QTest::newRow("userTrades: realizedPnl missing")
            << u"userTrades"_s << QByteArray(kUserTrades).replace("\"realizedPnl\":\"0\",", "")
            << u"userTrades field \"realizedPnl\": missing"_s;
        QTest::newRow("userTrades: quantity as a binary number")
            << u"userTrades"_s << QByteArray(kUserTrades).replace("\"qty\":\"0.002\"", "\"qty\":0.002")
            << u"userTrades field \"qty\": expected a decimal string"_s;
        QTest::newRow("userTrades: not an array")
            << u"userTrades"_s << QByteArray(R"({"code":0})") << u"the userTrades answer is not an array"_s;
        QTest::newRow("income: amount not a decimal")
            << u"income"_s << QByteArray(kIncome).replace("\"-0.01000000\"", "\"-1%\"") << u"income field \"income\""_s;
        QTest::newRow("income: not JSON") << u"income"_s << QByteArray("<html>") << u"income answer is not JSON"_s;
        QTest::newRow("klines: close missing") << u"klines"_s << QByteArray(R"([[1499040000000,"1","2","0.5"]])")
                                               << u"klines row 0 field 4 \"close\": missing"_s;
        QTest::newRow("klines: open time as text")
            << u"klines"_s << QByteArray(kKlines).replace("1499040000000", "\"1499040000000\"")
            << u"klines row 0 field 0 \"openTime\": expected a number"_s;
        QTest::newRow("depth: level quantity malformed")
            << u"depth"_s << QByteArray(kDepth).replace("\"12.00000000\"", "\"12..0\"")
            << u"depth asks level 0 field 1 \"quantity\""_s;
        QTest::newRow("depth: bids missing") << u"depth"_s << QByteArray(R"({"lastUpdateId":1,"asks":[]})")
                                             << u"depth field \"bids\": expected an array"_s;
        QTest::newRow("commissionRate: taker missing")
            << u"commissionRate"_s << QByteArray(R"({"symbol":"BTCUSDT","makerCommissionRate":"0.0002"})")
            << u"commissionRate field \"takerCommissionRate\": missing"_s;
        QTest::newRow("positionMode: not a boolean")
            << u"positionMode"_s << QByteArray(R"({"dualSidePosition":"true"})")
            << u"\"dualSidePosition\": expected true or false"_s;
        QTest::newRow("batchOrders: an order without origQty")
            << u"batchOrders"_s << QByteArray("[" + QByteArray(kOrder).replace("\"origQty\":\"10\",", "") + "]")
            << u"order field \"origQty\": missing"_s;
        QTest::newRow("premiumIndex: mark price malformed")
            << u"premiumIndex"_s << QByteArray(kPremiumIndex).replace("\"11793.63104562\"", "\"\"")
            << u"premiumIndex field \"markPrice\""_s;
        QTest::newRow("bookTicker: ask missing")
            << u"bookTicker"_s << QByteArray(kBookTicker).replace("\"askPrice\":\"4.00000200\",", "")
            << u"bookTicker field \"askPrice\": missing"_s;
        QTest::newRow("account: position amount malformed")
            << u"account"_s << QByteArray(kAccount).replace("\"-1.5\"", "\"-1,5\"")
            << u"account positions field \"positionAmt\""_s;
        QTest::newRow("allOrders: unknown status")
            << u"allOrders"_s << QByteArray("[" + QByteArray(kOrder).replace("\"NEW\"", "\"NEWISH\"") + "]")
            << u"order field \"status\": unknown value \"NEWISH\""_s;
    }
    void malformedAnswersNameTheField()
    {
        QFETCH(QString, parser);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QString error = parsers().value(parser)(body);
        QVERIFY2(error.contains(message), qPrintable(u"got: "_s + error));
    }

    void anUnreadableAnswerIsAnExchangeErrorThatSaysSo()
    {
        const auto result = fromParsed<QList<UserTrade>>(RestHistoryParser::userTrades("[{}]"));
        QVERIFY(!result);
        QVERIFY(result.error().isUnreadable());
        QVERIFY(!result.error().isOutcomeUnknown());
        QCOMPARE(result.error().httpStatus, 200);
        QVERIFY2(result.error().message.contains(u"userTrades field"_s), qPrintable(result.error().message));
        const auto fine = fromParsed<qint64>(RestParser::serverTime(R"({"serverTime":42})"));
        QVERIFY(fine);
        QCOMPARE(fine.value(), 42);
    }
};

QTEST_GUILESS_MAIN(TestRestAnswers)
#include "tst_restanswers.moc"
