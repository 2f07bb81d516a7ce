// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeExchangeFixture.h"
#include "protocol/RestParser.h"

#include <QJsonArray>
#include <QTest>

using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

// The fake must be as strict as Aster: a request the real exchange refuses is refused here with
// the code Aster (Binance's API, which it follows) documents, and nothing is executed; otherwise a
// client bug passes every loopback test and fails on the first real order.
class TestFakeStrictness : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeExchangeFixture> m_fx;

    static RequestSigner::Parameters order(std::initializer_list<QPair<QString, QString>> extra)
    {
        RequestSigner::Parameters params { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s } };
        for (const auto &item : extra) {
            params.append(item);
        }
        return params;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<FakeExchangeFixture>();
        QVERIFY(m_fx->start());
    }
    void cleanup() { m_fx.reset(); }

    void malformedOrdersAreRefusedWithTheirCode_data()
    {
        QTest::addColumn<RequestSigner::Parameters>("params");
        QTest::addColumn<int>("code");
        QTest::newRow("reduceOnly=maybe is -1130, not read as false")
            << order({ { u"type"_s, u"MARKET"_s }, { u"quantity"_s, u"0.01"_s }, { u"reduceOnly"_s, u"maybe"_s } })
            << -1130;
        QTest::newRow("closePosition=yes is -1130") << order(
            { { u"type"_s, u"STOP_MARKET"_s }, { u"stopPrice"_s, u"40000"_s }, { u"closePosition"_s, u"yes"_s } })
                                                    << -1130;
        QTest::newRow("quantity in exponent form is -1100")
            << order({ { u"type"_s, u"MARKET"_s }, { u"quantity"_s, u"1e-3"_s } }) << -1100;
        QTest::newRow("a signed quantity is -1100")
            << order({ { u"type"_s, u"MARKET"_s }, { u"quantity"_s, u"+0.01"_s } }) << -1100;
        QTest::newRow("price with a comma is -1100") << order({ { u"type"_s, u"LIMIT"_s }, { u"quantity"_s, u"0.01"_s },
            { u"price"_s, u"49000,5"_s }, { u"timeInForce"_s, u"GTC"_s } })
                                                     << -1100;
        QTest::newRow("workingType=LAST is -1130") << order({ { u"type"_s, u"STOP_MARKET"_s },
            { u"quantity"_s, u"0.01"_s }, { u"stopPrice"_s, u"60000"_s }, { u"workingType"_s, u"LAST"_s } })
                                                   << -1130;
        QTest::newRow("the same parameter twice is -1101")
            << order({ { u"type"_s, u"MARKET"_s }, { u"quantity"_s, u"0.01"_s }, { u"quantity"_s, u"0.02"_s } })
            << -1101;
        QTest::newRow("recvWindow=abc is -1100")
            << order({ { u"type"_s, u"MARKET"_s }, { u"quantity"_s, u"0.01"_s }, { u"recvWindow"_s, u"abc"_s } })
            << -1100;
        QTest::newRow("recvWindow over 60000 is -1131")
            << order({ { u"type"_s, u"MARKET"_s }, { u"quantity"_s, u"0.01"_s }, { u"recvWindow"_s, u"70000"_s } })
            << -1131;
    }
    void malformedOrdersAreRefusedWithTheirCode()
    {
        QFETCH(RequestSigner::Parameters, params);
        QFETCH(int, code);
        const auto reply = m_fx->send("POST", u"/fapi/v1/order"_s, params);
        QCOMPARE(reply.status, 400);
        QCOMPARE(FakeExchangeFixture::errorCode(reply), code);
        QVERIFY(m_fx->engine.positions().isEmpty());
        QVERIFY(m_fx->engine.openOrders(u"BTCUSDT"_s).isEmpty());
    }

    // PERCENT_PRICE and PRICE_FILTER are advertised by exchangeInfo, so they are enforced.
    void advertisedPriceFiltersAreEnforced_data()
    {
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("price");
        QTest::addColumn<int>("code");
        QTest::newRow("BUY LIMIT 10 % above the mark is -4016") << u"BUY"_s << u"55000"_s << -4016;
        QTest::newRow("SELL LIMIT 10 % below the mark is -4024") << u"SELL"_s << u"45000"_s << -4024;
        QTest::newRow("above maxPrice is -4002") << u"SELL"_s << u"2000000"_s << -4002;
        QTest::newRow("below minPrice is -4013") << u"BUY"_s << u"0.5"_s << -4013;
        QTest::newRow("BUY LIMIT 4 % above the mark is accepted") << u"BUY"_s << u"52000"_s << 0;
    }
    void advertisedPriceFiltersAreEnforced()
    {
        QFETCH(QString, side);
        QFETCH(QString, price);
        QFETCH(int, code);
        trd::core::SymbolFilters filters = m_fx->engine.filters(u"BTCUSDT"_s);
        filters.minPrice = dec(u"1");
        filters.maxPrice = dec(u"1000000");
        m_fx->server.declareSymbol(filters);
        const auto reply = m_fx->send("POST", u"/fapi/v1/order"_s,
            { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, side }, { u"type"_s, u"LIMIT"_s },
                { u"quantity"_s, u"0.01"_s }, { u"price"_s, price }, { u"timeInForce"_s, u"GTC"_s } });
        if (code == 0) {
            QCOMPARE(reply.status, 200);
            return;
        }
        QCOMPARE(reply.status, 400);
        QCOMPARE(FakeExchangeFixture::errorCode(reply), code);
        QVERIFY(m_fx->engine.positions().isEmpty());
        QVERIFY(m_fx->engine.openOrders(u"BTCUSDT"_s).isEmpty());
    }

    // Aster lists FOK and HIDDEN among its time-in-force values.
    void fillOrKillAndHiddenAreTaken()
    {
        const auto fok = m_fx->send("POST", u"/fapi/v1/order"_s,
            order({ { u"type"_s, u"LIMIT"_s }, { u"quantity"_s, u"0.01"_s }, { u"price"_s, u"49000"_s },
                { u"timeInForce"_s, u"FOK"_s } }));
        QCOMPARE(fok.status, 200);
        QCOMPARE(QJsonDocument::fromJson(fok.body).object().value(u"status"_s).toString(), u"EXPIRED"_s);
        const auto hidden = m_fx->send("POST", u"/fapi/v1/order"_s,
            order({ { u"type"_s, u"LIMIT"_s }, { u"quantity"_s, u"0.01"_s }, { u"price"_s, u"49000"_s },
                { u"timeInForce"_s, u"HIDDEN"_s } }));
        QCOMPARE(hidden.status, 200);
        const QJsonObject rests = QJsonDocument::fromJson(hidden.body).object();
        QCOMPARE(rests.value(u"status"_s).toString(), u"NEW"_s);
        QCOMPARE(rests.value(u"timeInForce"_s).toString(), u"HIDDEN"_s);
        QCOMPARE(m_fx->engine.openOrders(u"BTCUSDT"_s).size(), 1);
    }

    void aDoubledSignatureIsRefused()
    {
        const QByteArray body
            = "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&timestamp=" + QByteArray::number(m_fx->clock.nowMs());
        const QByteArray signature = RequestSigner::sign(body, m_fx->secret);
        const auto reply = m_fx->sendRaw(
            "POST", u"/fapi/v1/order"_s, {}, body + "&signature=" + signature + "&signature=" + signature);
        QCOMPARE(FakeExchangeFixture::errorCode(reply), -1101);
        QVERIFY(m_fx->engine.positions().isEmpty());
    }

    void aCancelOrQueryWithoutAnyIdIsMinus1102()
    {
        for (const QByteArray &method : { QByteArray("DELETE"), QByteArray("GET") }) {
            const auto reply = m_fx->send(method, u"/fapi/v1/order"_s, { { u"symbol"_s, u"BTCUSDT"_s } });
            QCOMPARE(reply.status, 400);
            QCOMPARE(FakeExchangeFixture::errorCode(reply), -1102);
        }
        const auto notANumber
            = m_fx->send("DELETE", u"/fapi/v1/order"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"orderId"_s, u"12x"_s } });
        QCOMPARE(FakeExchangeFixture::errorCode(notANumber), -1100);
        // An id that names no order is still -2011, as before.
        const auto unknown = m_fx->send(
            "DELETE", u"/fapi/v1/order"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"orderId"_s, u"424242"_s } });
        QCOMPARE(FakeExchangeFixture::errorCode(unknown), -2011);
    }

    void unknownSymbolsAreMinus1121Everywhere()
    {
        const auto leverage
            = m_fx->send("POST", u"/fapi/v1/leverage"_s, { { u"symbol"_s, u"NOPEUSDT"_s }, { u"leverage"_s, u"5"_s } });
        QCOMPARE(FakeExchangeFixture::errorCode(leverage), -1121);
        const auto open = m_fx->send("GET", u"/fapi/v1/openOrders"_s, { { u"symbol"_s, u"NOPEUSDT"_s } });
        QCOMPARE(FakeExchangeFixture::errorCode(open), -1121);
        const auto cancelAll = m_fx->send("DELETE", u"/fapi/v1/allOpenOrders"_s, { { u"symbol"_s, u"NOPEUSDT"_s } });
        QCOMPARE(FakeExchangeFixture::errorCode(cancelAll), -1121);
        // The declared symbol still answers.
        QCOMPARE(m_fx->send("GET", u"/fapi/v1/openOrders"_s, { { u"symbol"_s, u"BTCUSDT"_s } }).status, 200);
    }

    void bookTickerWithoutASymbolListsThemAll()
    {
        const auto reply = m_fx->send("GET", u"/fapi/v1/ticker/bookTicker"_s, {}, FakeExchangeFixture::keyOnly());
        QCOMPARE(reply.status, 200);
        const QJsonArray rows = QJsonDocument::fromJson(reply.body).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(u"symbol"_s).toString(), u"BTCUSDT"_s);
    }

    void echoedFieldsAreTheOnesSent()
    {
        const auto limit = m_fx->send("POST", u"/fapi/v1/order"_s,
            order({ { u"type"_s, u"LIMIT"_s }, { u"quantity"_s, u"0.01"_s }, { u"price"_s, u"40000"_s },
                { u"timeInForce"_s, u"GTX"_s } }));
        QCOMPARE(limit.status, 200);
        const QJsonObject placed = QJsonDocument::fromJson(limit.body).object();
        QCOMPARE(placed.value(u"timeInForce"_s).toString(), u"GTX"_s);
        QCOMPARE(
            m_fx->send("POST", u"/fapi/v1/order"_s, order({ { u"type"_s, u"MARKET"_s }, { u"quantity"_s, u"0.01"_s } }))
                .status,
            200);
        const auto stop = m_fx->send("POST", u"/fapi/v1/order"_s,
            { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"SELL"_s }, { u"type"_s, u"STOP_MARKET"_s },
                { u"stopPrice"_s, u"45000"_s }, { u"closePosition"_s, u"true"_s },
                { u"workingType"_s, u"MARK_PRICE"_s } });
        QCOMPARE(stop.status, 200);
        const QJsonObject stopObject = QJsonDocument::fromJson(stop.body).object();
        QCOMPARE(stopObject.value(u"closePosition"_s).toBool(), true);
        QCOMPARE(stopObject.value(u"workingType"_s).toString(), u"MARK_PRICE"_s);
        // Later answers about the order echo the same fields.
        const auto open = m_fx->send("GET", u"/fapi/v1/openOrders"_s, { { u"symbol"_s, u"BTCUSDT"_s } });
        bool sawGtx = false;
        bool sawMarkStop = false;
        for (const QJsonValue &row : QJsonDocument::fromJson(open.body).array()) {
            sawGtx = sawGtx || row.toObject().value(u"timeInForce"_s).toString() == u"GTX"_s;
            sawMarkStop = sawMarkStop || row.toObject().value(u"workingType"_s).toString() == u"MARK_PRICE"_s;
        }
        QVERIFY(sawGtx);
        QVERIFY(sawMarkStop);
    }

    void v3AccountIsAccountWithJoinMargin()
    {
        // Aster's V3 document lists /fapi/v3/accountWithJoinMargin and no /fapi/v3/account.
        QCOMPARE(m_fx->sendV3("GET", u"/fapi/v3/accountWithJoinMargin"_s, {}).status, 200);
        QCOMPARE(m_fx->sendV3("GET", u"/fapi/v3/account"_s, {}).status, 404);
    }

    void v3NonceWindowIsTenSeconds()
    {
        const qint64 nowUs = m_fx->server.nowMs() * 1000;
        const auto inside
            = m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, FakeExchangeFixture::kV3Key, nowUs - 9'000'000);
        QCOMPARE(inside.status, 200);
        const auto outside
            = m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, FakeExchangeFixture::kV3Key, nowUs - 11'000'000);
        QCOMPARE(FakeExchangeFixture::errorCode(outside), -4225);
    }
};

QTEST_GUILESS_MAIN(TestFakeStrictness)
#include "tst_fakestrictness.moc"
