// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "FakeExchangeFixture.h"
#include "protocol/ExchangeError.h"
#include "protocol/RestParser.h"

#include <QJsonArray>
#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

RequestSigner::Parameters marketBuy(const QString &quantity, const QString &clientOrderId = {})
{
    RequestSigner::Parameters params { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s },
        { u"type"_s, u"MARKET"_s }, { u"quantity"_s, quantity } };
    if (!clientOrderId.isEmpty()) {
        params.append({ u"newClientOrderId"_s, clientOrderId });
    }
    return params;
}

RequestSigner::Parameters limitBuy(const QString &price, const QString &clientOrderId)
{
    return { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s }, { u"type"_s, u"LIMIT"_s },
        { u"timeInForce"_s, u"GTC"_s }, { u"quantity"_s, u"0.01"_s }, { u"price"_s, price },
        { u"newClientOrderId"_s, clientOrderId } };
}

} // namespace

class TestFakeRestApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<FakeExchangeFixture>();
        QVERIFY(m_fx->start());
    }
    void cleanup() { m_fx.reset(); }

    void listensOnLoopbackOnly()
    {
        QCOMPARE(m_fx->server.restBase().host(), u"127.0.0.1"_s);
        QCOMPARE(m_fx->server.streamBase().scheme(), u"ws"_s);
        QVERIFY(m_fx->server.port() > 0);
    }

    void marketDataAnswersWithWeights()
    {
        const auto ping = m_fx->send("GET", u"/fapi/v1/ping"_s, {}, FakeExchangeFixture::keyOnly());
        QCOMPARE(ping.status, 200);
        QCOMPARE(ping.usedWeight, QByteArray("1"));
        const auto time = m_fx->send("GET", u"/fapi/v1/time"_s, {}, FakeExchangeFixture::keyOnly());
        const auto serverTime = RestParser::serverTime(time.body);
        QVERIFY2(serverTime, qPrintable(serverTime.error().message));
        QCOMPARE(*serverTime, FakeExchangeFixture::kStart);
        QCOMPARE(time.usedWeight, QByteArray("2"));
        const auto premium = m_fx->send(
            "GET", u"/fapi/v1/premiumIndex"_s, { { u"symbol"_s, u"BTCUSDT"_s } }, FakeExchangeFixture::keyOnly());
        QCOMPARE(QJsonDocument::fromJson(premium.body).object().value(u"markPrice"_s).toString(), u"50000"_s);
    }

    void exchangeInfoGivesTheDeclaredFilters()
    {
        const auto reply = m_fx->send("GET", u"/fapi/v1/exchangeInfo"_s, {}, FakeExchangeFixture::keyOnly());
        QCOMPARE(reply.status, 200);
        const auto info = RestParser::exchangeInfo(reply.body);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->symbols.size(), 1);
        const SymbolFilters &f = info->symbols.first();
        QCOMPARE(f.symbol, u"BTCUSDT"_s);
        QCOMPARE(f.tickSize, dec(u"0.1"));
        QCOMPARE(f.stepSize, dec(u"0.001"));
        QCOMPARE(f.minQty, dec(u"0.001"));
        QCOMPARE(f.maxQty, dec(u"1000"));
        QCOMPARE(f.minNotional, dec(u"5"));
        QCOMPARE(info->rateLimits.size(), 2);
        QCOMPARE(info->rateLimits.at(0).type, u"REQUEST_WEIGHT"_s);
        QCOMPARE(info->rateLimits.at(0).limit, 2400);
        QCOMPARE(info->rateLimits.at(1).type, u"ORDERS"_s);
        QCOMPARE(info->rateLimits.at(1).limit, 1200);
    }

    void signedMarketOrderIsFilled()
    {
        const auto reply = m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.01"_s, u"e-1"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.orderCount, QByteArray("1"));
        QVERIFY(!reply.usedWeight.isEmpty());
        const auto order = RestParser::order(reply.body);
        QVERIFY2(order, qPrintable(order.error().message));
        QCOMPARE(order->clientOrderId, u"e-1"_s);
        QCOMPARE(toString(order->status), u"FILLED"_s);
        QCOMPARE(order->cumulativeQuantity, dec(u"0.01"));
        QCOMPARE(order->averagePrice, dec(u"50000"));
        QVERIFY(order->orderId > 0);
    }

    void refusesBadAuthentication_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("code");
        QTest::newRow("a signature made with another secret is -1022") << 0 << -1022;
        QTest::newRow("another API key is -2015") << 1 << -2015;
        QTest::newRow("a timestamp older than recvWindow is -1021") << 2 << -1021;
        QTest::newRow("a timestamp over 1 s ahead is -1021") << 3 << -1021;
        QTest::newRow("no signature is -1102") << 4 << -1102;
    }
    void refusesBadAuthentication()
    {
        QFETCH(int, which);
        QFETCH(int, code);
        FakeExchangeFixture::Signing signing;
        const qint64 now = m_fx->clock.nowMs();
        switch (which) {
        case 0:
            signing.signature = RequestSigner::sign("symbol=BTCUSDT", "wrong-secret");
            break;
        case 1:
            signing.key = "someone-else";
            break;
        case 2:
            signing.timestamp = now - 5001;
            break;
        case 3:
            signing.timestamp = now + 1001;
            break;
        default:
            signing.signature = QByteArray();
            break;
        }
        const auto reply = m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.01"_s), signing);
        QVERIFY(reply.status >= 400 && reply.status < 500);
        QCOMPARE(FakeExchangeFixture::errorCode(reply), code);
        QVERIFY(m_fx->engine.positions().isEmpty());
    }

    void staleAfterTheServerClockMoves()
    {
        m_fx->server.advanceClock(6000);
        const auto reply = m_fx->send("GET", u"/fapi/v2/balance"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(FakeExchangeFixture::errorCode(reply), -1021);
        const auto time = m_fx->send("GET", u"/fapi/v1/time"_s, {}, FakeExchangeFixture::keyOnly());
        QCOMPARE(*RestParser::serverTime(time.body), FakeExchangeFixture::kStart + 6000);
        // A wider recvWindow accepts the same lag.
        const auto wide = m_fx->send("GET", u"/fapi/v2/balance"_s, { { u"recvWindow"_s, u"10000"_s } });
        QCOMPARE(wide.status, 200);
    }

    void signatureCoversQueryThenBodyAsSent()
    {
        // exchange.md: query + body concatenated with no '&' between them.
        const QByteArray query = "symbol=BTCUSDT&side=BUY&type=MARKET";
        const QByteArray body = "quantity=0.01&timestamp=" + QByteArray::number(m_fx->clock.nowMs());
        const QByteArray signature = RequestSigner::sign(query + body, m_fx->secret);
        const auto good = m_fx->sendRaw("POST", u"/fapi/v1/order"_s, query, body + "&signature=" + signature);
        QCOMPARE(good.status, 200);
        const QByteArray joined = RequestSigner::sign(query + '&' + body, m_fx->secret);
        const auto bad = m_fx->sendRaw("POST", u"/fapi/v1/order"_s, query, body + "&signature=" + joined);
        QCOMPARE(FakeExchangeFixture::errorCode(bad), -1022);
    }

    void engineRejectionKeepsItsCode()
    {
        const auto reply = m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.0105"_s));
        QCOMPARE(reply.status, 400);
        QCOMPARE(FakeExchangeFixture::errorCode(reply), -4023);
        const auto unknown = m_fx->send("POST", u"/fapi/v1/order"_s,
            { { u"symbol"_s, u"NOPEUSDT"_s }, { u"side"_s, u"BUY"_s }, { u"type"_s, u"MARKET"_s },
                { u"quantity"_s, u"1"_s } });
        QCOMPARE(FakeExchangeFixture::errorCode(unknown), -1121);
    }

    void openOrdersPositionRiskAndCancel()
    {
        QCOMPARE(m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.02"_s)).status, 200);
        const auto placed = m_fx->send("POST", u"/fapi/v1/order"_s, limitBuy(u"49000"_s, u"rest-1"_s));
        QCOMPARE(placed.status, 200);
        const auto open = RestParser::openOrders(
            m_fx->send("GET", u"/fapi/v1/openOrders"_s, { { u"symbol"_s, u"BTCUSDT"_s } }).body);
        QVERIFY2(open, qPrintable(open.error().message));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().clientOrderId, u"rest-1"_s);
        QCOMPARE(open->first().price, dec(u"49000"));
        QCOMPARE(toString(open->first().type), u"LIMIT"_s);

        const auto risk = RestParser::positionRisk(m_fx->send("GET", u"/fapi/v2/positionRisk"_s).body);
        QVERIFY2(risk, qPrintable(risk.error().message));
        QCOMPARE(risk->size(), 1);
        QCOMPARE(risk->first().amount, dec(u"0.02"));
        QCOMPARE(risk->first().entryPrice, dec(u"50000"));

        const auto balance = RestParser::balance(m_fx->send("GET", u"/fapi/v2/balance"_s).body);
        QVERIFY2(balance, qPrintable(balance.error().message));
        QCOMPARE(balance->wallet, m_fx->engine.walletBalance());

        const auto canceled = m_fx->send("DELETE", u"/fapi/v1/order"_s,
            { { u"symbol"_s, u"BTCUSDT"_s }, { u"orderId"_s, QString::number(open->first().orderId) } });
        QCOMPARE(canceled.status, 200);
        QCOMPARE(toString(RestParser::order(canceled.body)->status), u"CANCELED"_s);
        const auto again = m_fx->send(
            "DELETE", u"/fapi/v1/order"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"origClientOrderId"_s, u"rest-1"_s } });
        QCOMPARE(FakeExchangeFixture::errorCode(again), -2011);
        const auto queried = m_fx->send(
            "GET", u"/fapi/v1/order"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"origClientOrderId"_s, u"rest-1"_s } });
        QCOMPARE(toString(RestParser::order(queried.body)->status), u"CANCELED"_s);
        const auto unknown = m_fx->send(
            "GET", u"/fapi/v1/order"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"origClientOrderId"_s, u"never"_s } });
        QCOMPARE(unknown.status, 400);
        QCOMPARE(FakeExchangeFixture::errorCode(unknown), -2013);
    }

    void accountAndLeverageBrackets()
    {
        QCOMPARE(m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.02"_s)).status, 200);
        const QJsonObject account = QJsonDocument::fromJson(m_fx->send("GET", u"/fapi/v4/account"_s).body).object();
        QCOMPARE(account.value(u"totalWalletBalance"_s).toString(), m_fx->engine.walletBalance().toString());
        QCOMPARE(account.value(u"availableBalance"_s).toString(), m_fx->engine.availableBalance().toString());
        QCOMPARE(
            account.value(u"positions"_s).toArray().first().toObject().value(u"positionAmt"_s).toString(), u"0.02"_s);
        const QJsonArray brackets
            = QJsonDocument::fromJson(m_fx->send("GET", u"/fapi/v1/leverageBracket"_s).body).array();
        QCOMPARE(brackets.size(), 1);
        QCOMPARE(brackets.first().toObject().value(u"symbol"_s).toString(), u"BTCUSDT"_s);
    }

    void flatPositionsAreListed()
    {
        SymbolFilters eth;
        eth.symbol = u"ETHUSDT"_s;
        m_fx->server.declareSymbol(eth);
        const auto risk = RestParser::positionRisk(m_fx->send("GET", u"/fapi/v2/positionRisk"_s).body);
        QVERIFY2(risk, qPrintable(risk.error().message));
        QCOMPARE(risk->size(), 2);
        QVERIFY(risk->at(0).amount.isZero());
        QCOMPARE(toString(risk->at(1).positionSide), u"BOTH"_s);
    }

    void leverageAndListenKeyLifecycle()
    {
        const auto leverage
            = m_fx->send("POST", u"/fapi/v1/leverage"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"leverage"_s, u"20"_s } });
        QCOMPARE(leverage.status, 200);
        QCOMPARE(m_fx->engine.leverage(u"BTCUSDT"_s), 20);
        const auto invalid = m_fx->send(
            "POST", u"/fapi/v1/leverage"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"leverage"_s, u"200"_s } });
        QCOMPARE(FakeExchangeFixture::errorCode(invalid), -4028);

        const auto keyOnly = FakeExchangeFixture::keyOnly();
        const auto created = m_fx->send("POST", u"/fapi/v1/listenKey"_s, {}, keyOnly);
        const auto key = RestParser::listenKey(created.body);
        QVERIFY2(key, qPrintable(key.error().message));
        QCOMPARE(m_fx->server.listenKeys(), QStringList { *key });
        QCOMPARE(*RestParser::listenKey(m_fx->send("POST", u"/fapi/v1/listenKey"_s, {}, keyOnly).body), *key);
        QCOMPARE(m_fx->send("PUT", u"/fapi/v1/listenKey"_s, {}, keyOnly).status, 200);
        QCOMPARE(m_fx->send("DELETE", u"/fapi/v1/listenKey"_s, {}, keyOnly).status, 200);
        QVERIFY(m_fx->server.listenKeys().isEmpty());
        QCOMPARE(FakeExchangeFixture::errorCode(m_fx->send("PUT", u"/fapi/v1/listenKey"_s, {}, keyOnly)), -1125);
        const auto stranger = m_fx->send("POST", u"/fapi/v1/listenKey"_s, {}, FakeExchangeFixture::keyOnly("stranger"));
        QCOMPARE(FakeExchangeFixture::errorCode(stranger), -2015);
    }

    void injectedHttpFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("action");
        QTest::newRow("429 says when to retry and means back off")
            << 429 << QByteArray("7") << int(ExchangeError::Action::BackOff);
        QTest::newRow("418 says when to retry and means banned")
            << 418 << QByteArray("7") << int(ExchangeError::Action::Banned);
        QTest::newRow("503 means the outcome is unknown")
            << 503 << QByteArray() << int(ExchangeError::Action::QueryOrder);
    }
    void injectedHttpFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, action);
        m_fx->server.failNextRequests(status, 2, 7);
        for (int i = 0; i < 2; ++i) {
            const auto reply = m_fx->send("GET", u"/fapi/v1/time"_s, {}, FakeExchangeFixture::keyOnly());
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.retryAfter, retryAfter);
            const auto error = ExchangeError::fromResponse(reply.status, reply.body, reply.retryAfter.toInt());
            QCOMPARE(int(error.action), action);
        }
        QCOMPARE(m_fx->send("GET", u"/fapi/v1/time"_s, {}, FakeExchangeFixture::keyOnly()).status, 200);
    }

    void unavailableAfterTheOrderWasPlaced()
    {
        FakeExchangeServer::Failure failure;
        failure.httpStatus = 503;
        failure.isAppliedFirst = true;
        failure.path = u"/fapi/v1/order"_s;
        m_fx->server.failNext(failure);
        const auto reply = m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.01"_s, u"unknown-1"_s));
        QCOMPARE(reply.status, 503);
        // exchange.md: resolve a 503 by querying the order by clientOrderId.
        const auto queried = m_fx->send(
            "GET", u"/fapi/v1/order"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"origClientOrderId"_s, u"unknown-1"_s } });
        QCOMPARE(queried.status, 200);
        QCOMPARE(toString(RestParser::order(queried.body)->status), u"FILLED"_s);
    }

    void rejectsTheNextOrderWithAGivenCode()
    {
        m_fx->server.rejectNextOrder(-2019, u"Margin is insufficient."_s);
        const auto refused = m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.01"_s));
        QCOMPARE(refused.status, 400);
        QCOMPARE(FakeExchangeFixture::errorCode(refused), -2019);
        QCOMPARE(
            QJsonDocument::fromJson(refused.body).object().value(u"msg"_s).toString(), u"Margin is insufficient."_s);
        QCOMPARE(m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.01"_s)).status, 200);
    }

    void delayedAnswerTakesEffectFirst()
    {
        m_fx->server.setAnswerDelay(600000);
        QUrl url = m_fx->server.restBase();
        url.setPath(u"/fapi/v1/order"_s);
        RequestSigner::Parameters params = marketBuy(u"0.01"_s);
        const QByteArray body = RequestSigner::signedQuery(params, m_fx->clock.nowMs(), 0, m_fx->secret);
        QNetworkRequest request(url);
        request.setRawHeader("X-MBX-APIKEY", m_fx->apiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(m_fx->network.post(request, body));
        QTRY_COMPARE(m_fx->engine.positions().size(), 1);
        QVERIFY(!reply->isFinished());
        reply->abort();
    }

    void adminEndpoints()
    {
        QCOMPARE(m_fx->admin(u"/admin/mark?symbol=BTCUSDT&price=51000"_s).status, 200);
        QCOMPARE(*m_fx->engine.markPrice(u"BTCUSDT"_s), dec(u"51000"));
        QCOMPARE(
            m_fx->admin(u"/admin/symbol"_s, R"({"symbol":"ETHUSDT","tickSize":"0.01","stepSize":"0.01"})").status, 200);
        QCOMPARE(m_fx->engine.filters(u"ETHUSDT"_s).stepSize, dec(u"0.01"));
        QCOMPARE(m_fx->admin(u"/admin/fault?kind=http_status&status=500&count=1"_s).status, 200);
        QCOMPARE(m_fx->send("GET", u"/fapi/v1/ping"_s, {}, FakeExchangeFixture::keyOnly()).status, 500);
        QCOMPARE(m_fx->admin(u"/admin/fault?kind=reject_order&code=-2018&msg=Balance"_s).status, 200);
        QCOMPARE(FakeExchangeFixture::errorCode(m_fx->send("POST", u"/fapi/v1/order"_s, marketBuy(u"0.01"_s))), -2018);
        QCOMPARE(m_fx->admin(u"/admin/fault?kind=clock&ms=-10000"_s).status, 200);
        QCOMPARE(FakeExchangeFixture::errorCode(m_fx->send("GET", u"/fapi/v2/balance"_s)), -1021);
        QCOMPARE(m_fx->admin(u"/admin/fault?kind=nonsense"_s).status, 400);
    }

private:
    std::unique_ptr<FakeExchangeFixture> m_fx;
};

QTEST_MAIN(TestFakeRestApi)
#include "tst_fakerestapi.moc"
