// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <random>

namespace trd::exchange {

// One exchange WebSocket that stays up: it reconnects forever with jittered exponential
// back-off, rolls over before the exchange's 24-hour cut, answers pings (QWebSocket does), renews
// its live subscriptions on every new connection, and says "reconnected" so that its owner
// resyncs by REST and no fill made during the outage is missed.
class StreamConnection : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Connecting,
        Up,
        Down
    };
    Q_ENUM(State)

    StreamConnection(QString name, const core::Clock *clock, QObject *parent = nullptr);
    ~StreamConnection() override;

    void open(const QUrl &url);
    void close();
    void send(const QByteArray &text);
    // SUBSCRIBE on the open socket; the streams are subscribed again after every reconnect (a
    // stream named in the URL needs no such thing: the URL is opened again).
    void subscribe(const QStringList &streams);
    QStringList subscriptions() const { return m_subscriptions; }
    State state() const { return m_state; }
    qint64 downSince() const { return m_downSince; }
    QString name() const { return m_name; }
    // Back-off before reconnect attempt n (0-based), jittered to half..full of min(30 s, 0.5 s·2ⁿ).
    int backoffMs(int attempt);
    void setRolloverMs(int ms) { m_rolloverMs = ms; }

Q_SIGNALS:
    void frameReceived(const QByteArray &frame);
    void stateChanged(trd::exchange::StreamConnection::State state, const QString &reason);
    void reconnected();

private:
    void connectNow();
    void onDisconnected();
    void setState(State state, const QString &reason);
    void sendSubscribe(const QStringList &streams);

    QString m_name;
    const core::Clock *m_clock;
    // The timers are declared before the socket so that they outlive it: the socket's
    // destructor still emits disconnected.
    QTimer m_reconnectTimer;
    QTimer m_rolloverTimer;
    QWebSocket m_socket;
    QUrl m_url;
    QStringList m_subscriptions;
    int m_requestId = 0;
    State m_state = State::Idle;
    qint64 m_downSince = 0;
    int m_attempt = 0;
    QString m_toldCloseReason; // the close frame's reason given for the last drop
    int m_rolloverMs = (24 * 60 - 10) * 60 * 1000; // 23 h 50 min
    bool m_wasUp = false;
    bool m_isClosing = false;
    std::mt19937 m_random;
};

} // namespace trd::exchange
