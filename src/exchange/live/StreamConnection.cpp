// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/StreamConnection.h"

#include "ExchangeLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

StreamConnection::StreamConnection(QString name, const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_clock(clock)
    , m_random(std::random_device {}())
{
    m_reconnectTimer.setSingleShot(true);
    m_rolloverTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &StreamConnection::connectNow);
    connect(&m_rolloverTimer, &QTimer::timeout, this, [this] {
        // Leave before the exchange cuts us off; the reconnect follows at once.
        m_attempt = 0;
        m_socket.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("rollover"));
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_attempt = 0;
        setState(State::Up, {});
        m_rolloverTimer.start(m_rolloverMs);
        if (!m_subscriptions.isEmpty()) {
            sendSubscribe(m_subscriptions);
        }
        if (m_wasUp) {
            Q_EMIT reconnected();
        }
        m_wasUp = true;
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &StreamConnection::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this,
        [this](const QString &text) { Q_EMIT frameReceived(text.toUtf8()); });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &StreamConnection::frameReceived);
}

StreamConnection::~StreamConnection()
{
    m_isClosing = true;
    m_socket.disconnect(this);
    m_reconnectTimer.stop();
    m_rolloverTimer.stop();
}

int StreamConnection::backoffMs(int attempt)
{
    const int cap = 30'000;
    const int base = std::min(cap, 500 << std::min(attempt, 10));
    std::uniform_int_distribution<int> jitter(base / 2, base);
    return jitter(m_random);
}

void StreamConnection::open(const QUrl &url)
{
    m_url = url;
    m_isClosing = false;
    m_attempt = 0;
    connectNow();
}

void StreamConnection::close()
{
    m_isClosing = true;
    m_reconnectTimer.stop();
    m_rolloverTimer.stop();
    m_socket.close();
    setState(State::Idle, u"closed"_s);
}

void StreamConnection::send(const QByteArray &text)
{
    m_socket.sendTextMessage(QString::fromUtf8(text));
}

void StreamConnection::subscribe(const QStringList &streams)
{
    QStringList added;
    for (const QString &stream : streams) {
        if (!m_subscriptions.contains(stream)) {
            added.append(stream);
        }
    }
    m_subscriptions += added;
    // Before the socket is up, the connected handler sends them all.
    if (!added.isEmpty() && m_state == State::Up) {
        sendSubscribe(added);
    }
}

void StreamConnection::sendSubscribe(const QStringList &streams)
{
    const QJsonObject request { { u"method"_s, u"SUBSCRIBE"_s }, { u"params"_s, QJsonArray::fromStringList(streams) },
        { u"id"_s, ++m_requestId } };
    send(QJsonDocument(request).toJson(QJsonDocument::Compact));
}

void StreamConnection::connectNow()
{
    setState(State::Connecting, {});
    m_socket.open(m_url);
}

void StreamConnection::onDisconnected()
{
    m_rolloverTimer.stop();
    if (m_isClosing) {
        return;
    }
    // QWebSocket keeps the last close frame's reason across reconnects: a reason already told
    // belongs to an earlier drop, and this one (a reset, a timeout) is described by the error.
    const QString closeReason = m_socket.closeReason();
    const bool isFreshReason = !closeReason.isEmpty() && closeReason != m_toldCloseReason;
    const QString reason = isFreshReason ? closeReason : m_socket.errorString();
    m_toldCloseReason = closeReason;
    setState(State::Down, reason);
    const int wait = backoffMs(m_attempt++);
    qCInfo(lcExchange).noquote() << m_name << "stream down (" << reason << "); reconnecting in" << wait << "ms";
    m_reconnectTimer.start(wait);
}

void StreamConnection::setState(State state, const QString &reason)
{
    if (state == m_state) {
        return;
    }
    if (state == State::Down && m_state != State::Down) {
        m_downSince = m_clock->nowMs();
    } else if (state == State::Up) {
        m_downSince = 0;
    }
    m_state = state;
    Q_EMIT stateChanged(state, reason);
}

} // namespace trd::exchange
