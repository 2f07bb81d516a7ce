// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeExchangeFixture.h"
#include "fake/FakeSignatureCheck.h"

#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Another valid secp256k1 key: a wallet the fake does not know.
const QByteArray kStrangerKey = "0x1111111111111111111111111111111111111111111111111111111111111111";

const RequestSigner::Parameters kOrder { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s },
    { u"type"_s, u"MARKET"_s }, { u"quantity"_s, u"0.01"_s }, { u"newClientOrderId"_s, u"v3-1"_s } };

} // namespace

// The fake verifies V3 ("Pro API") signatures as Aster does: the signer recovered from the
// EIP-712 signature, the configured API wallet and account, and a fresh, unused nonce.
class TestFakeSignatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<FakeExchangeFixture>();
        QVERIFY(m_fx->start());
    }
    void cleanup() { m_fx.reset(); }

    void recoversTheSignerOfAMessage()
    {
        const auto signer = Eip712Signer::fromPrivateKey(FakeExchangeFixture::kV3Key);
        QVERIFY(signer);
        const QByteArray message = "symbol=BTCUSDT&nonce=1&user=0x1&signer=0x2";
        const auto recovered = FakeSignatureCheck::recoverSigner(message, signer->sign(message));
        QVERIFY2(recovered, qPrintable(recovered.error().message));
        QCOMPARE(recovered.value(), u"0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"_s);
        // Another message recovers another (meaningless) address.
        const auto other = FakeSignatureCheck::recoverSigner(message + "0", signer->sign(message));
        QVERIFY(!other || other.value() != signer->address());
        QVERIFY(!FakeSignatureCheck::recoverSigner(message, "0x1234"));
    }

    void aV3OrderIsPlacedAndQueriedUnderV3Paths()
    {
        const auto placed = m_fx->sendV3("POST", u"/fapi/v3/order"_s, kOrder);
        QCOMPARE(placed.status, 200);
        QCOMPARE(QJsonDocument::fromJson(placed.body).object().value(u"status"_s).toString(), u"FILLED"_s);
        m_fx->clock.advanceMs(1);
        const auto queried = m_fx->sendV3(
            "GET", u"/fapi/v3/order"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"origClientOrderId"_s, u"v3-1"_s } });
        QCOMPARE(queried.status, 200);
        QCOMPARE(QJsonDocument::fromJson(queried.body).object().value(u"clientOrderId"_s).toString(), u"v3-1"_s);
        // USER_STREAM is signed in V3, and /fapi/v3/balance stands for /fapi/v2/balance.
        m_fx->clock.advanceMs(1);
        QCOMPARE(m_fx->sendV3("POST", u"/fapi/v3/listenKey"_s, {}).status, 200);
        m_fx->clock.advanceMs(1);
        QCOMPARE(m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}).status, 200);
    }

    void refusesWhatAsterRefuses_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("code");
        const auto signer = Eip712Signer::fromPrivateKey(FakeExchangeFixture::kV3Key).value();
        const auto stranger = Eip712Signer::fromPrivateKey(kStrangerKey).value();
        // The server clock stands at kStart in every row.
        const qint64 nonce = FakeExchangeFixture::kStart * 1000;
        const QString user = QString::fromUtf16(FakeExchangeFixture::kV3User);
        QTest::newRow("a wallet the account did not approve is -1022")
            << stranger.signedQuery(kOrder, nonce, user) << -1022;
        RequestSigner::Parameters claimed = kOrder;
        claimed << QPair(u"nonce"_s, QString::number(nonce)) << QPair(u"user"_s, user)
                << QPair(u"signer"_s, signer.address());
        const QByteArray message = RequestSigner::encode(claimed);
        QTest::newRow("a stranger claiming the approved signer is -1022")
            << message + "&signature=" + stranger.sign(message) << -1022;
        QTest::newRow("another account's user is -1022")
            << signer.signedQuery(kOrder, nonce, u"0x2222222222222222222222222222222222222222"_s) << -1022;
        QTest::newRow("a parameter changed after signing is -1022")
            << signer.signedQuery(kOrder, nonce, user).replace("quantity=0.01", "quantity=0.02") << -1022;
        QTest::newRow("a nonce 61 s old is -4225") << signer.signedQuery(kOrder, nonce - 61'000'000, user) << -4225;
        QTest::newRow("a nonce 61 s ahead is -4225") << signer.signedQuery(kOrder, nonce + 61'000'000, user) << -4225;
        QTest::newRow("no signature is -1102") << message << -1102;
        const QByteArray noNonce
            = RequestSigner::encode(kOrder) + "&user=" + user.toLatin1() + "&signer=" + signer.address().toLatin1();
        QTest::newRow("no nonce is -1102") << noNonce + "&signature=" + signer.sign(noNonce) << -1102;
    }
    void refusesWhatAsterRefuses()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, code);
        const auto reply = m_fx->sendRaw("POST", u"/fapi/v3/order"_s, query, {});
        QCOMPARE(reply.status, 400);
        QCOMPARE(FakeExchangeFixture::errorCode(reply), code);
        QVERIFY(m_fx->engine.positions().isEmpty());
    }

    void aNonceIsUsedOnce()
    {
        const qint64 nonce = m_fx->server.nowMs() * 1000;
        const QByteArray key = FakeExchangeFixture::kV3Key;
        QCOMPARE(m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, key, nonce).status, 200);
        const auto replay = m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, key, nonce);
        QCOMPARE(FakeExchangeFixture::errorCode(replay), -4225);
        QCOMPARE(m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, key, nonce + 1).status, 200);
    }

    void onlyTheLastHundredNoncesAreRemembered()
    {
        const qint64 first = m_fx->server.nowMs() * 1000;
        const QByteArray key = FakeExchangeFixture::kV3Key;
        for (qint64 i = 1; i <= 100; ++i) {
            QCOMPARE(m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, key, first + i).status, 200);
        }
        // Below every remembered nonce once the list is full: expired, though never used.
        QCOMPARE(FakeExchangeFixture::errorCode(m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, key, first)), -4225);
        // A newer one is accepted, and pushes the oldest out.
        QCOMPARE(m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, key, first + 101).status, 200);
    }

    void hmacKeysStillWork()
    {
        // A server with a V3 account still takes the HMAC key of the same settings.
        QCOMPARE(m_fx->send("GET", u"/fapi/v2/balance"_s).status, 200);
        QCOMPARE(FakeExchangeFixture::errorCode(m_fx->sendV3("GET", u"/fapi/v3/balance"_s, {}, kStrangerKey)), -1022);
    }

private:
    std::unique_ptr<FakeExchangeFixture> m_fx;
};

QTEST_GUILESS_MAIN(TestFakeSignatures)
#include "tst_fakesignatures.moc"
