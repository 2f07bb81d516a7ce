// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/StreamConnection.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

// A stream that is dropped comes back by itself and says so; only 127.0.0.1 is used.
class TestStreamConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffGrowsWithJitterAndACap()
    {
        SystemClock clock;
        StreamConnection c(u"test"_s, &clock);
        for (int attempt = 0; attempt < 20; ++attempt) {
            const int expected = std::min(30'000, 500 << std::min(attempt, 10));
            const int wait = c.backoffMs(attempt);
            QVERIFY2(wait >= expected / 2 && wait <= expected, qPrintable(QString::number(wait)));
        }
    }

    void reconnectsForeverAndAsksForAResync()
    {
        QWebSocketServer server(u"fake"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QWebSocket *> clients;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            clients << server.nextPendingConnection();
            clients.last()->setParent(&server); // accepted sockets are ours to delete
        });
        SystemClock clock;
        StreamConnection c(u"user"_s, &clock);
        QSignalSpy frames(&c, &StreamConnection::frameReceived);
        QSignalSpy reconnects(&c, &StreamConnection::reconnected);
        QSignalSpy states(&c, &StreamConnection::stateChanged);
        c.open(QUrl(u"ws://127.0.0.1:%1/ws/key"_s.arg(server.serverPort())));
        QTRY_COMPARE(c.state(), StreamConnection::State::Up);
        QTRY_COMPARE(clients.size(), 1);
        clients.last()->sendTextMessage(u"{\"e\":\"hello\"}"_s);
        QTRY_COMPARE(frames.size(), 1);
        QCOMPARE(frames.first().first().toByteArray(), QByteArray("{\"e\":\"hello\"}"));
        // Three drops in a row: each time it comes back and asks for a REST resync.
        for (int drop = 1; drop <= 3; ++drop) {
            clients.last()->close(QWebSocketProtocol::CloseCodeGoingAway, u"maintenance"_s);
            QTRY_COMPARE(c.state(), StreamConnection::State::Down);
            QVERIFY(c.downSince() > 0);
            QTRY_COMPARE_WITH_TIMEOUT(c.state(), StreamConnection::State::Up, 10000);
            QCOMPARE(reconnects.size(), drop);
        }
        c.close();
        QCOMPARE(c.state(), StreamConnection::State::Idle);
    }

    // A drop after a listenKeyExpired close is not reported with that old reason again.
    void aDropIsToldWithItsOwnReason()
    {
        QWebSocketServer server(u"fake"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QWebSocket *> clients;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            clients << server.nextPendingConnection();
            clients.last()->setParent(&server);
        });
        SystemClock clock;
        StreamConnection c(u"user"_s, &clock);
        QStringList reasons;
        connect(&c, &StreamConnection::stateChanged, this, [&](StreamConnection::State state, const QString &reason) {
            if (state == StreamConnection::State::Down) {
                reasons << reason;
            }
        });
        c.open(QUrl(u"ws://127.0.0.1:%1/ws/key"_s.arg(server.serverPort())));
        QTRY_COMPARE(clients.size(), 1);
        QTRY_COMPARE(c.state(), StreamConnection::State::Up);
        clients.last()->close(QWebSocketProtocol::CloseCodeNormal, u"listenKeyExpired"_s);
        QTRY_COMPARE(reasons.size(), 1);
        QCOMPARE(reasons.first(), u"listenKeyExpired"_s);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), StreamConnection::State::Up, 10000);
        QTRY_COMPARE(clients.size(), 2);
        clients.last()->abort(); // no close frame this time
        QTRY_COMPARE(reasons.size(), 2);
        QVERIFY2(reasons.last() != u"listenKeyExpired"_s, qPrintable(reasons.last()));
        c.close();
    }

    void rollsOverBeforeTheDailyCut()
    {
        QWebSocketServer server(u"fake"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            server.nextPendingConnection()->setParent(&server); // accepted sockets are ours to delete
            ++connections;
        });
        SystemClock clock;
        StreamConnection c(u"market"_s, &clock);
        c.setRolloverMs(200); // stands in for 23 h 50 min
        QSignalSpy reconnects(&c, &StreamConnection::reconnected);
        c.open(QUrl(u"ws://127.0.0.1:%1/ws/!markPrice@arr@1s"_s.arg(server.serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(reconnects.size() >= 1, 10000);
        QVERIFY(connections >= 2);
        c.close();
    }
};

QTEST_GUILESS_MAIN(TestStreamConnection)
#include "tst_streamconnection.moc"
