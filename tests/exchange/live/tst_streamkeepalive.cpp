// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRig.h"
#include "live/LiveSession.h"
#include "live/StreamConnection.h"

#include <QSignalSpy>

#include <algorithm>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;

namespace {

const QByteArray kKey = "keepalive-key";
const QByteArray kSecret = "keepalive-secret";
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

// The real server's timings (exchange.md, Aster's stream document), looked at every 10 ms.
FakeExchangeSettings settings(qint64 lifetimeMs = kDayMs)
{
    FakeExchangeSettings settings { kKey, kSecret, 60000 };
    settings.streams.pingIntervalMs = 5 * kMinuteMs;
    settings.streams.pongTimeoutMs = 15 * kMinuteMs;
    settings.streams.lifetimeMs = lifetimeMs;
    settings.streams.checkIntervalMs = 10;
    return settings;
}

int framesContaining(const QSignalSpy &frames, const QByteArray &text)
{
    return int(std::count_if(frames.cbegin(), frames.cend(),
        [&](const QList<QVariant> &args) { return args.at(0).toByteArray().contains(text); }));
}

bool wentDownFor(const QSignalSpy &states, const QString &reason)
{
    return std::any_of(states.cbegin(), states.cend(), [&](const QList<QVariant> &args) {
        return args.at(0).value<StreamConnection::State>() == StreamConnection::State::Down
            && args.at(1).toString().contains(reason);
    });
}

} // namespace

// The fake exchange's stream server pings, drops silent connections and cuts every connection at
// its lifetime, on its injected clock; our StreamConnection answers the pings (QWebSocket does),
// comes back after the cut with its subscriptions, and LiveSession resyncs.
class TestStreamKeepAlive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aClientThatPongsStaysConnected()
    {
        LoopbackRig rig(settings());
        QVERIFY(rig.start());
        StreamConnection c(u"market"_s, &rig.clock);
        QSignalSpy frames(&c, &StreamConnection::frameReceived);
        c.open(QUrl(rig.server.streamBase().toString() + u"/ws/btcusdt@markPrice"_s));
        QTRY_COMPARE(c.state(), StreamConnection::State::Up);
        QSignalSpy states(&c, &StreamConnection::stateChanged);
        QSignalSpy pongs(&rig.server, &FakeExchangeServer::streamPongReceived);
        // Four ping intervals: 20 minutes of server time, past the 15-minute pong timeout.
        for (int ping = 1; ping <= 4; ++ping) {
            rig.clock.advanceMs(5 * kMinuteMs);
            QTRY_COMPARE(pongs.size(), ping);
        }
        QCOMPARE(states.size(), 0);
        QCOMPARE(rig.server.streamConnectionCount(), 1);
        rig.server.setMarkPrice(u"BTCUSDT"_s, Decimal::fromInt(50100));
        QTRY_COMPARE(framesContaining(frames, "50100"), 1);
    }

    void aConnectionCutAtItsLifetimeComesBackAndResubscribes()
    {
        LoopbackRig rig(settings());
        QVERIFY(rig.start());
        StreamConnection c(u"market"_s, &rig.clock);
        QSignalSpy frames(&c, &StreamConnection::frameReceived);
        QSignalSpy states(&c, &StreamConnection::stateChanged);
        QSignalSpy reconnects(&c, &StreamConnection::reconnected);
        c.open(QUrl(rig.server.streamBase().toString() + u"/ws"_s));
        c.subscribe({ u"btcusdt@markPrice"_s });
        QTRY_COMPARE(framesContaining(frames, "\"result\":null"), 1);
        rig.server.setMarkPrice(u"BTCUSDT"_s, Decimal::fromInt(50100));
        QTRY_COMPARE(framesContaining(frames, "50100"), 1);

        rig.clock.advanceMs(kDayMs);
        QTRY_VERIFY(wentDownFor(states, u"lifetime"_s));
        QTRY_COMPARE_WITH_TIMEOUT(reconnects.size(), 1, 10000);
        // Subscribed again on the new connection, which now gets the stream.
        QTRY_COMPARE(framesContaining(frames, "\"result\":null"), 2);
        QCOMPARE(c.subscriptions(), QStringList { u"btcusdt@markPrice"_s });
        rig.server.setMarkPrice(u"BTCUSDT"_s, Decimal::fromInt(50200));
        QTRY_COMPARE(framesContaining(frames, "50200"), 1);
        QCOMPARE(rig.server.streamConnectionCount(), 1);
        c.close();
    }

    void aLiveSessionResyncsAfterTheCut()
    {
        LoopbackRig rig(settings(10 * kMinuteMs)); // a short lifetime, well inside the listenKey's hour
        QVERIFY(rig.start());
        LiveSession session(
            { rig.server.restBase(), rig.server.streamBase() }, { kKey, kSecret }, PositionMode::OneWay, &rig.clock);
        int resyncs = 0;
        session.setResyncHandler([&resyncs] { ++resyncs; });
        QSignalSpy ready(&session, &LiveSession::ready);
        session.start({ u"!markPrice@arr@1s"_s });
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QTRY_COMPARE(rig.server.streamConnectionCount(), 2);
        const QStringList keys = rig.server.listenKeys();
        QSignalSpy userBack(session.userStream(), &StreamConnection::reconnected);
        QSignalSpy marketBack(session.marketStream(), &StreamConnection::reconnected);

        rig.clock.advanceMs(10 * kMinuteMs);
        QTRY_COMPARE_WITH_TIMEOUT(userBack.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(marketBack.size(), 1, 10000);
        QTRY_COMPARE(resyncs, 1);
        // Same listenKey: the resync came from the reconnect, not from a new key.
        QCOMPARE(rig.server.listenKeys(), keys);
        QTRY_COMPARE(rig.server.streamConnectionCount(), 2);
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestStreamKeepAlive)
#include "tst_streamkeepalive.moc"
