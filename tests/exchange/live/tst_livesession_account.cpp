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

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>(settings());
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    void aModeSwitchedElsewhereIsNoticedAndUndone()
    {
        LiveSession session({ m_rig->server.restBase(), m_rig->server.streamBase() }, credentials(),
            PositionMode::OneWay, &m_rig->clock);
        QSignalSpy ready(&session, &LiveSession::ready);
        QSignalSpy changed(&session, &LiveSession::positionModeChanged);
        QSignalSpy restored(&session, &LiveSession::positionModeRestored);
        QSignalSpy failed(&session, &LiveSession::failed);
        int resyncs = 0;
        session.setResyncHandler([&resyncs] { ++resyncs; });
        session.start({});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);

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
        session.stop();
    }

    // No stream event this time (lost in a reconnect, say): the first order refused with -4061
    // makes the exchange re-read the mode, and the session acts as on the event.
    void aRefusalForTheModeIsActedOn()
    {
        LiveSession session({ m_rig->server.restBase(), m_rig->server.streamBase() }, credentials(),
            PositionMode::OneWay, &m_rig->clock);
        QSignalSpy ready(&session, &LiveSession::ready);
        QSignalSpy changed(&session, &LiveSession::positionModeChanged);
        QSignalSpy restored(&session, &LiveSession::positionModeRestored);
        QSignalSpy orders(session.exchange(), &Exchange::orderUpdated);
        session.start({});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        PaperMatchingEngine::Settings hedge = m_rig->engine.settings();
        hedge.positionMode = PositionMode::Hedge;
        m_rig->engine.setSettings(hedge);
        OrderRequest buy;
        buy.symbol = u"BTCUSDT"_s;
        buy.side = OrderSide::Buy;
        buy.type = OrderType::Market;
        buy.quantity = Decimal::fromString(u"0.01");
        buy.clientOrderId = u"refused-1"_s;
        session.exchange()->placeOrder(buy);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QVERIFY(changed.first().first().value<PositionMode>() == PositionMode::Hedge);
        QVERIFY(!orders.isEmpty());
        QCOMPARE(orders.first().first().value<OrderUpdate>().errorCode, -4061);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
        QVERIFY(m_rig->engine.settings().positionMode == PositionMode::OneWay);
        session.stop();
    }

    void aModeHeldByAPositionFailsNamingIt()
    {
        LiveSession session({ m_rig->server.restBase(), m_rig->server.streamBase() }, credentials(),
            PositionMode::OneWay, &m_rig->clock);
        QSignalSpy ready(&session, &LiveSession::ready);
        QSignalSpy failed(&session, &LiveSession::failed);
        session.start({});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        // Switched elsewhere, and a hedge position opened there at once: the mode cannot go back.
        PaperMatchingEngine::Settings hedge = m_rig->engine.settings();
        hedge.positionMode = PositionMode::Hedge;
        m_rig->engine.setSettings(hedge);
        OrderRequest buy;
        buy.symbol = u"BTCUSDT"_s;
        buy.side = OrderSide::Buy;
        buy.positionSide = PositionSide::Long;
        buy.type = OrderType::Market;
        buy.quantity = Decimal::fromString(u"0.01");
        buy.clientOrderId = u"web-1"_s;
        m_rig->engine.placeOrder(buy);
        m_rig->server.pushAccountSettings(true, false);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"BTCUSDT"_s), qPrintable(message));
        session.stop();
    }

    void aMarginCallAndAnAnnouncementReachTheSession()
    {
        LiveSession session({ m_rig->server.restBase(), m_rig->server.streamBase() }, credentials(),
            PositionMode::OneWay, &m_rig->clock);
        QSignalSpy ready(&session, &LiveSession::ready);
        QSignalSpy calls(session.exchange(), &LiveExchange::marginCall);
        QSignalSpy notices(session.exchange(), &LiveExchange::announcement);
        QSignalSpy rejected(session.exchange(), &LiveExchange::frameRejected);
        session.start({});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        OrderRequest buy;
        buy.symbol = u"BTCUSDT"_s;
        buy.side = OrderSide::Buy;
        buy.type = OrderType::Market;
        buy.quantity = Decimal::fromString(u"0.02");
        buy.clientOrderId = u"mine-1"_s;
        m_rig->engine.placeOrder(buy);
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
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestLiveSessionAccount)
#include "tst_livesession_account.moc"
