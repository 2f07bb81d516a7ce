// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRig.h"
#include "live/ExchangeProfile.h"
#include "live/LiveSession.h"
#include "protocol/Eip712Signer.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;

namespace {

// Throwaway keys, never real wallets: the Ethereum docs' example key is the account's API
// wallet; the second is a valid key the exchange does not know.
const QByteArray kSignerKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
const QByteArray kWrongKey = "0x1111111111111111111111111111111111111111111111111111111111111111";
const QString kUser = u"0x3333333333333333333333333333333333333333"_s;
const QByteArray kHmacSecret = "hmac-secret-never-logged";

// Every message Qt logs while the tests run, to prove that no key reaches a log line.
QStringList g_logLines;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

FakeExchangeSettings v3Settings()
{
    FakeExchangeSettings settings { "hmac-key", kHmacSecret, 60000 };
    settings.v3User = kUser;
    settings.v3Signer = Eip712Signer::fromPrivateKey(kSignerKey).value().address();
    return settings;
}

} // namespace

// A V3 ("Pro API") client against the fake exchange on 127.0.0.1: it signs with the API wallet,
// speaks /fapi/v3, is refused with -1022 when the key is wrong, and never logs a key.
class TestRestClientV3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"trd.*=true"_s);
        qInstallMessageHandler(captureMessage);
    }

    void init()
    {
        m_rig = std::make_unique<LoopbackRig>(v3Settings());
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    void everyEndpointHasItsV3Form_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isSigned");
        QTest::addColumn<QString>("v3Path");
        QTest::addColumn<bool>("isV3Signed");
        QTest::newRow("an order") << u"/fapi/v1/order"_s << true << u"/fapi/v3/order"_s << true;
        QTest::newRow("positions, V2") << u"/fapi/v2/positionRisk"_s << true << u"/fapi/v3/positionRisk"_s << true;
        QTest::newRow("account, V4 is accountWithJoinMargin in V3")
            << u"/fapi/v4/account"_s << true << u"/fapi/v3/accountWithJoinMargin"_s << true;
        QTest::newRow("the time stays public") << u"/fapi/v1/time"_s << false << u"/fapi/v3/time"_s << false;
        QTest::newRow("listenKey is signed in V3")
            << u"/fapi/v1/listenKey"_s << false << u"/fapi/v3/listenKey"_s << true;
    }
    void everyEndpointHasItsV3Form()
    {
        QFETCH(QString, path);
        QFETCH(bool, isSigned);
        QFETCH(QString, v3Path);
        QFETCH(bool, isV3Signed);
        const Endpoint v3 = RestClient::toV3({ "GET", path, 3, isSigned, false, P::Account });
        QCOMPARE(v3.path, v3Path);
        QCOMPARE(v3.isSigned, isV3Signed);
        QCOMPARE(v3.weight, 3);
        QCOMPARE(RestClient::toV3(v3).path, v3Path);
    }

    void placesAndQueriesAnOrder()
    {
        RestClient client(m_rig->server.restBase(), &m_rig->clock);
        client.setCredentials(RestClient::Credentials::v3(kUser, kSignerKey));
        QVERIFY(client.hasCredentials());
        QSignalSpy sent(&client, &RestClient::requestSent);
        const Answer placed = call(client, kPlace, marketBuy(u"v3-order"_s));
        QVERIFY2(!placed.error, qPrintable(placed.error ? placed.error->describe() : QString()));
        QCOMPARE(placed.field(u"status"_s), u"FILLED"_s);
        const Answer queried
            = call(client, kQuery, { { u"symbol"_s, u"BTCUSDT"_s }, { u"origClientOrderId"_s, u"v3-order"_s } });
        QVERIFY2(!queried.error, qPrintable(queried.error ? queried.error->describe() : QString()));
        QCOMPARE(queried.field(u"clientOrderId"_s), u"v3-order"_s);
        QCOMPARE(queried.field(u"status"_s), u"FILLED"_s);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).at(1).toString(), u"/fapi/v3/order"_s);
        QCOMPARE(sent.at(1).at(0).toByteArray(), QByteArray("GET"));
        QCOMPARE(m_rig->engine.positions().size(), 1);
    }

    void noncesStayUniqueWithinOneClockTick()
    {
        RestClient client(m_rig->server.restBase(), &m_rig->clock);
        client.setCredentials(RestClient::Credentials::v3(kUser, kSignerKey));
        QSignalSpy sent(&client, &RestClient::requestSent);
        // The clock does not move: each nonce is the last one plus a microsecond. A reused one
        // would be refused (-4225) and retried after a time sync, which would show in `sent`.
        QList<std::shared_ptr<Answer>> answers;
        for (int i = 0; i < 5; ++i) {
            answers.append(callLater(
                client, kQuery, { { u"symbol"_s, u"BTCUSDT"_s }, { u"origClientOrderId"_s, u"none-%1"_s.arg(i) } }));
        }
        QTRY_VERIFY(std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a->isDone; }));
        for (const auto &answer : std::as_const(answers)) {
            QVERIFY(answer->error);
            QCOMPARE(answer->error->code, -2013); // past the signature: the order does not exist
        }
        QCOMPARE(sent.size(), 5);
    }

    void aWrongKeyIsRefusedOnceAndNotRetried()
    {
        RestClient client(m_rig->server.restBase(), &m_rig->clock);
        client.setCredentials(RestClient::Credentials::v3(kUser, kWrongKey));
        QSignalSpy sent(&client, &RestClient::requestSent);
        const Answer refused = call(client, kPlace, marketBuy(u"refused"_s));
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, -1022);
        QCOMPARE(int(refused.error->action), int(ExchangeError::Action::CheckCredentials));
        // A retry happens before the caller hears of the error: the answer came after one request.
        QCOMPARE(sent.size(), 1);
        QVERIFY(m_rig->engine.positions().isEmpty());
    }

    void theTestnetSignsWithItsOwnChainId()
    {
        // A fake that checks signatures as Aster's testnet does (chainId 714).
        FakeExchangeSettings settings = v3Settings();
        settings.chainId = Eip712Signer::kTestnetChainId;
        m_rig = std::make_unique<LoopbackRig>(settings);
        QVERIFY(m_rig->start());
        const auto withChain = [](quint64 chainId) {
            RestClient::Credentials credentials = RestClient::Credentials::v3(kUser, kSignerKey);
            credentials.chainId = chainId;
            return credentials;
        };
        RestClient mainnetClient(m_rig->server.restBase(), &m_rig->clock);
        mainnetClient.setCredentials(withChain(ExchangeProfile::mainnet().chainId));
        const Answer refused = call(mainnetClient, kPlace, marketBuy(u"mainnet-signed"_s));
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, -1022);
        RestClient testnetClient(m_rig->server.restBase(), &m_rig->clock);
        testnetClient.setCredentials(withChain(ExchangeProfile::testnet().chainId));
        const Answer placed = call(testnetClient, kPlace, marketBuy(u"testnet-signed"_s));
        QVERIFY2(!placed.error, qPrintable(placed.error ? placed.error->describe() : QString()));
        QCOMPARE(placed.field(u"status"_s), u"FILLED"_s);
    }

    void theProfilesNameTheirHosts()
    {
        QCOMPARE(ExchangeProfile::testnet().chainId, quint64(714));
        QCOMPARE(ExchangeProfile::mainnet().chainId, quint64(1666));
        QCOMPARE(ExchangeProfile::testnet().rest.host(), u"fapi.asterdex-testnet.com"_s);
        QVERIFY(ExchangeProfile::testnet().userStream != ExchangeProfile::testnet().marketStream);
        QVERIFY(!ExchangeProfile::named(u"moon"_s));
        QCOMPARE(ExchangeProfile::named(u"testnet"_s)->name, u"testnet"_s);
    }

    void aCustomProfileNamesTheWrongField_data()
    {
        QTest::addColumn<QString>("rest");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("chainId");
        QTest::addColumn<QString>("named");
        QTest::newRow("a local fake") << u"http://127.0.0.1:8900"_s << u"ws://127.0.0.1:8900"_s << u"1666"_s
                                      << QString();
        QTest::newRow("REST not http") << u"ftp://x.example"_s << u"wss://x.example"_s << u"1"_s << u"REST URL"_s;
        QTest::newRow("REST without host") << u"https://"_s << u"wss://x.example"_s << u"1"_s << u"REST URL"_s;
        QTest::newRow("stream not ws") << u"https://x.example"_s << u"https://x.example"_s << u"1"_s << u"stream URL"_s;
        QTest::newRow("chain not a number") << u"https://x.example"_s << u"wss://x.example"_s << u"abc"_s << u"chain"_s;
        QTest::newRow("chain zero") << u"https://x.example"_s << u"wss://x.example"_s << u"0"_s << u"chain"_s;
    }
    void aCustomProfileNamesTheWrongField()
    {
        QFETCH(QString, rest);
        QFETCH(QString, stream);
        QFETCH(QString, chainId);
        QFETCH(QString, named);
        const auto profile = ExchangeProfile::checkedCustom(rest, stream, chainId);
        if (named.isEmpty()) {
            QVERIFY(profile);
            QCOMPARE(profile->rest, QUrl(rest));
            QCOMPARE(profile->userStream, QUrl(stream));
            QCOMPARE(profile->chainId, chainId.toULongLong());
        } else {
            QVERIFY(!profile);
            QVERIFY2(profile.error().message.contains(named), qPrintable(profile.error().message));
        }
    }

    // The app's choice is kept in its settings, hosts and chain only, and read back as it was.
    void aChosenProfileIsRememberedWithoutKeys()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"app.ini"_s), QSettings::IniFormat);
        QVERIFY(!ExchangeProfile::remembered(settings));
        ExchangeProfile::testnet().remember(settings);
        QCOMPARE(ExchangeProfile::remembered(settings)->rest, ExchangeProfile::testnet().rest);
        const auto custom
            = ExchangeProfile::checkedCustom(u"http://127.0.0.1:8900"_s, u"ws://127.0.0.1:8900"_s, u"714"_s);
        QVERIFY(custom);
        custom->remember(settings);
        const auto back = ExchangeProfile::remembered(settings);
        QVERIFY(back);
        QCOMPARE(back->name, u"custom"_s);
        QCOMPARE(back->marketStream, QUrl(u"ws://127.0.0.1:8900"_s));
        QCOMPARE(back->chainId, quint64(714));
        // Unreadable (edited by hand): nothing, so LIVE keeps its built-in endpoints.
        settings.setValue(u"live/exchangeChainId"_s, u"x"_s);
        QVERIFY(!ExchangeProfile::remembered(settings));
        ExchangeProfile::mainnet().remember(settings);
        QVERIFY(!settings.contains(u"live/exchangeRestUrl"_s));
    }

    void aNonceBehindTheServerIsResyncedAndRetriedOnce()
    {
        RestClient client(m_rig->server.restBase(), &m_rig->clock);
        client.setCredentials(RestClient::Credentials::v3(kUser, kSignerKey));
        m_rig->server.advanceClock(120'000);
        QSignalSpy sent(&client, &RestClient::requestSent);
        const Answer placed = call(client, kPlace, marketBuy(u"late"_s));
        QVERIFY2(!placed.error, qPrintable(placed.error ? placed.error->describe() : QString()));
        QStringList paths;
        for (const auto &args : std::as_const(sent)) {
            paths << args.at(1).toString();
        }
        QCOMPARE(paths, QStringList({ u"/fapi/v3/order"_s, u"/fapi/v3/time"_s, u"/fapi/v3/order"_s }));
        QCOMPARE(client.clockOffsetMs(), qint64(120'000));
    }

    // Our clock ahead of the server's (stepped forward by hand or by NTP): the refused nonce must not hold the next
    // ones ahead of the server, or every retry is refused too and the account goes dark (found by tst_livefaultmatrix).
    void aNonceAheadOfTheServerIsResyncedAndRetriedOnce()
    {
        RestClient client(m_rig->server.restBase(), &m_rig->clock);
        client.setCredentials(RestClient::Credentials::v3(kUser, kSignerKey));
        QVERIFY(!call(client, kPlace, marketBuy(u"on-time"_s)).error);
        // Our clock steps two minutes forward; the server's does not.
        m_rig->clock.advanceMs(120'000);
        m_rig->server.advanceClock(-120'000);
        QSignalSpy sent(&client, &RestClient::requestSent);
        const Answer placed = call(client, kPlace, marketBuy(u"early"_s));
        QVERIFY2(!placed.error, qPrintable(placed.error ? placed.error->describe() : QString()));
        QCOMPARE(sent.size(), 3); // refused, time, retried
        QCOMPARE(client.clockOffsetMs(), qint64(-120'000));
    }

    void anInvalidKeyFailsWithoutSending()
    {
        const QByteArray notAKey = "0xnot-a-key-but-a-secret-of-some-kind";
        RestClient client(m_rig->server.restBase(), &m_rig->clock);
        client.setCredentials(RestClient::Credentials::v3(kUser, notAKey));
        QVERIFY(!client.hasCredentials());
        QSignalSpy sent(&client, &RestClient::requestSent);
        const Answer refused = call(client, kPlace, marketBuy(u"never"_s));
        QVERIFY(refused.error);
        QCOMPARE(int(refused.error->action), int(ExchangeError::Action::CheckCredentials));
        QVERIFY(refused.error->message.contains(u"key"_s));
        QVERIFY(!refused.error->message.contains(QString::fromLatin1(notAKey.mid(2))));
        QCOMPARE(sent.size(), 0);
        // Public market data still flows.
        QVERIFY(!call(client, kMarkPrice, { { u"symbol"_s, u"BTCUSDT"_s } }).error);
    }

    void aLiveSessionStartsWithV3Credentials()
    {
        LiveSession session({ m_rig->server.restBase(), m_rig->server.streamBase() },
            RestClient::Credentials::v3(kUser, kSignerKey), PositionMode::OneWay, &m_rig->clock);
        QSignalSpy ready(&session, &LiveSession::ready);
        QSignalSpy failed(&session, &LiveSession::failed);
        session.start({ u"!markPrice@arr@1s"_s });
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        // The listenKey came from the signed /fapi/v3/listenKey.
        QCOMPARE(m_rig->server.listenKeys().size(), 1);
        // Stopping closes the key on the exchange instead of leaving it alive for its hour.
        session.stop();
        QTRY_COMPARE(m_rig->server.listenKeys().size(), 0);
    }

    void anHmacClientWithAWrongSecretIsRefused()
    {
        RestClient client(m_rig->server.restBase(), &m_rig->clock);
        client.setCredentials(RestClient::Credentials { "hmac-key", "not-the-secret" });
        QVERIFY(!client.isV3());
        const Answer refused = call(client, kPlace, marketBuy(u"hmac"_s));
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, -1022);
        client.setCredentials(RestClient::Credentials { "hmac-key", kHmacSecret });
        QVERIFY(!call(client, kPlace, marketBuy(u"hmac"_s)).error);
    }

    // Last: every line the tests above logged.
    void noKeyOrSecretInAnyLogLine()
    {
        qInstallMessageHandler(nullptr);
        QVERIFY(g_logLines.size() > 10);
        QVERIFY(g_logLines.join(u'\n').contains(u"refused our credentials"_s));
        const QStringList secrets { QString::fromLatin1(kSignerKey.mid(2)), QString::fromLatin1(kWrongKey.mid(2)),
            QString::fromLatin1(kHmacSecret), u"not-the-secret"_s, u"not-a-key-but-a-secret"_s };
        for (const QString &line : std::as_const(g_logLines)) {
            for (const QString &secret : secrets) {
                QVERIFY2(!line.contains(secret, Qt::CaseInsensitive), qPrintable(line));
            }
        }
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
};

QTEST_GUILESS_MAIN(TestRestClientV3)
#include "tst_restclient_v3.moc"
