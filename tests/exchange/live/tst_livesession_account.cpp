// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRig.h"
#include "live/AsterRestApi.h"
#include "live/LiveSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kKey = "session-key";
const QByteArray kSecret = "session-secret";

FakeExchangeSettings settings()
{
    return FakeExchangeSettings { kKey, kSecret, 60000 };
}

RestClient::Credentials credentials()
{
    RestClient::Credentials c;
    c.apiKey = kKey;
    c.secret = kSecret;
    return c;
}

} // namespace

// A LIVE session on the loopback fake hears what happens to the account outside its own orders:
// the position mode switched by another client, a margin call, an announcement.
class TestLiveSessionAccount : public QObject
{
    Q_OBJECT

    std::unique_ptr<LoopbackRig> m_rig;

    // A one-way session on the fake, connected and ready.
    std::unique_ptr<LiveSession> readySession()
    {
        auto session = std::make_unique<LiveSession>(
            LiveSession::Endpoints { m_rig->server.restBase(), m_rig->server.streamBase() }, credentials(),
            PositionMode::OneWay, &m_rig->clock);
        QSignalSpy ready(session.get(), &LiveSession::ready);
        session->start({});
        if (!QTest::qWaitFor([&ready] { return !ready.isEmpty(); }, 10000)) {
            return nullptr;
        }
        return session;
    }

    // The account switched to hedge mode behind the session's back (no stream event).
    void switchTheFakeToHedge()
    {
        PaperMatchingEngine::Settings hedge = m_rig->engine.settings();
        hedge.positionMode = PositionMode::Hedge;
        m_rig->engine.setSettings(hedge);
    }

    static OrderRequest marketBuy(
        const char16_t *quantity, const QString &clientOrderId, PositionSide positionSide = PositionSide::Both)
    {
        OrderRequest buy;
        buy.symbol = u"BTCUSDT"_s;
        buy.side = OrderSide::Buy;
        buy.positionSide = positionSide;
        buy.type = OrderType::Market;
        buy.quantity = Decimal::fromString(quantity);
        buy.clientOrderId = clientOrderId;
        return buy;
    }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>(settings());
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    // The server's clock is two minutes ahead of ours, past any recvWindow: a request signed with
    // our own time would be refused (-1021). The session reads the server's time first and signs
    // nothing until it has the answer.
    void theFirstSignedRequestWaitsForTheClockSync()
    {
        struct Served
        {
            QString path;
            bool isSigned;
            int status;
        };
        QList<Served> served;
        connect(&m_rig->server, &FakeExchangeServer::requestServed, this,
            [&served](const QString &, const QString &path, bool isSigned, int status) {
                served.append({ path, isSigned, status });
            });
        m_rig->server.advanceClock(120'000);
        const auto session = readySession();
        QVERIFY(session);
        QVERIFY(!served.isEmpty());
        QCOMPARE(served.first().path, u"/fapi/v1/time"_s);
        QVERIFY(!served.first().isSigned);
        QStringList signedPaths;
        for (const Served &s : std::as_const(served)) {
            if (s.isSigned) {
                signedPaths << s.path;
                QVERIFY2(s.status == 200, qPrintable(u"%1 answered %2"_s.arg(s.path).arg(s.status)));
            }
        }
        // Signed calls did go out (the position mode, at least), every one after the sync.
        QVERIFY2(signedPaths.contains(u"/fapi/v1/positionSide/dual"_s), qPrintable(signedPaths.join(u", "_s)));
        session->stop();
    }

    void aModeSwitchedElsewhereIsNoticedAndUndone()
    {
        const auto session = readySession();
        QVERIFY(session);
        QSignalSpy changed(session.get(), &LiveSession::positionModeChanged);
        QSignalSpy restored(session.get(), &LiveSession::positionModeRestored);
        QSignalSpy failed(session.get(), &LiveSession::failed);
        int resyncs = 0;
        session->setResyncHandler([&resyncs] { ++resyncs; });

        // Another client (the exchange's web page, say) switches the account to hedge mode.
        RestClient other(m_rig->server.restBase(), &m_rig->clock);
        other.setCredentials(credentials());
        AsterRestApi otherApi(&other);
        bool isSwitched = false;
        otherApi.setPositionMode(PositionMode::Hedge, [&isSwitched](const ApiResult<void> &done) {
            QVERIFY2(done.hasValue(), qPrintable(done ? QString() : done.error().describe()));
            isSwitched = true;
        });
        QTRY_VERIFY(isSwitched);

        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QVERIFY(changed.first().first().value<PositionMode>() == PositionMode::Hedge);
        // The session puts the account back in the mode its books are kept in, then resyncs.
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
        QVERIFY(m_rig->engine.settings().positionMode == PositionMode::OneWay);
        QVERIFY(resyncs >= 1);
        QCOMPARE(failed.size(), 0);
        session->stop();
    }

    // No stream event this time (lost in a reconnect, say): the first order refused with -4061
    // makes the exchange re-read the mode, and the session acts as on the event.
    void aRefusalForTheModeIsActedOn()
    {
        const auto session = readySession();
        QVERIFY(session);
        QSignalSpy changed(session.get(), &LiveSession::positionModeChanged);
        QSignalSpy restored(session.get(), &LiveSession::positionModeRestored);
        QSignalSpy orders(session->exchange(), &Exchange::orderUpdated);
        switchTheFakeToHedge();
        session->exchange()->placeOrder(marketBuy(u"0.01", u"refused-1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QVERIFY(changed.first().first().value<PositionMode>() == PositionMode::Hedge);
        QVERIFY(!orders.isEmpty());
        QCOMPARE(orders.first().first().value<OrderUpdate>().errorCode, -4061);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
        QVERIFY(m_rig->engine.settings().positionMode == PositionMode::OneWay);
        session->stop();
    }

    void aModeHeldByAPositionFailsNamingIt()
    {
        const auto session = readySession();
        QVERIFY(session);
        QSignalSpy failed(session.get(), &LiveSession::failed);
        // Switched elsewhere, and a hedge position opened there at once: the mode cannot go back.
        switchTheFakeToHedge();
        m_rig->engine.placeOrder(marketBuy(u"0.01", u"web-1"_s, PositionSide::Long));
        m_rig->server.pushAccountSettings(true, false);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"BTCUSDT"_s), qPrintable(message));
        session->stop();
    }

    // Hedge mode with both sides of BTCUSDT open: funding brings one income row per side and
    // neither names its side; the funding rate's sign does (positive: the long pays the short).
    void hedgeFundingGoesToTheSideThatPaidIt()
    {
        switchTheFakeToHedge();
        LiveSession session({ m_rig->server.restBase(), m_rig->server.streamBase() }, credentials(),
            PositionMode::Hedge, &m_rig->clock);
        QSignalSpy ready(&session, &LiveSession::ready);
        session.start({});
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
        QSignalSpy marks(session.exchange(), &Exchange::markPriceUpdated);
        session.exchange()->requestMarkPrices(); // lastFundingRate 0.0001
        QTRY_VERIFY_WITH_TIMEOUT(!marks.isEmpty(), 10000);
        m_rig->engine.placeOrder(marketBuy(u"0.01", u"long-1"_s, PositionSide::Long));
        OrderRequest sell = marketBuy(u"0.02", u"short-1"_s, PositionSide::Short);
        sell.side = OrderSide::Sell;
        m_rig->engine.placeOrder(sell);
        QSignalSpy positions(session.exchange(), &Exchange::positionsReceived);
        session.exchange()->requestPositions();
        QTRY_VERIFY_WITH_TIMEOUT(!positions.isEmpty(), 10000);

        QSignalSpy funding(session.exchange(), &Exchange::fundingFeeReceived);
        m_rig->server.chargeFunding(u"BTCUSDT"_s, Decimal::fromString(u"0.0001"));
        QTRY_COMPARE_WITH_TIMEOUT(funding.size(), 2, 10000);
        QStringList paid;
        for (const auto &args : std::as_const(funding)) {
            paid << toString(args.at(0).value<PositionSnapshot>().positionSide) + u' '
                    + args.at(1).value<Decimal>().toString();
        }
        paid.sort();
        // 0.01 % of 0.01 × 50000 paid by the long, of 0.02 × 50000 received by the short.
        QCOMPARE(paid, (QStringList { u"LONG -0.05"_s, u"SHORT 0.1"_s }));
        session.stop();
    }

    void aMarginCallAndAnAnnouncementReachTheSession()
    {
        const auto session = readySession();
        QVERIFY(session);
        QSignalSpy calls(session->exchange(), &LiveExchange::marginCall);
        QSignalSpy notices(session->exchange(), &LiveExchange::announcement);
        QSignalSpy rejected(session->exchange(), &LiveExchange::frameRejected);
        m_rig->engine.placeOrder(marketBuy(u"0.02", u"mine-1"_s));
        m_rig->server.setMarkPrice(u"BTCUSDT"_s, Decimal::fromInt(45000));
        m_rig->server.pushMarginCall();
        m_rig->server.pushAnnouncement(u"Scheduled maintenance"_s, u"DIRECT"_s);
        QTRY_COMPARE_WITH_TIMEOUT(calls.size(), 1, 10000);
        const auto call = calls.first().first().value<MarginCallEvent>();
        QCOMPARE(call.positions.size(), 1);
        QCOMPARE(call.positions.first().symbol, u"BTCUSDT"_s);
        QCOMPARE(call.positions.first().markPrice, Decimal::fromInt(45000));
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 10000);
        QCOMPARE(notices.first().first().value<AnnouncementEvent>().title, u"Scheduled maintenance"_s);
        QCOMPARE(rejected.size(), 0);
        session->stop();
    }
};

QTEST_GUILESS_MAIN(TestLiveSessionAccount)
#include "tst_livesession_account.moc"
