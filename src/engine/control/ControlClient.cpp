// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlClient.h"

#include "control/ControlProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

ControlClient::ControlClient(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ControlClient::open);
}

ControlClient::~ControlClient()
{
    m_isClosing = true;
    if (m_socket) {
        m_socket->abort();
    }
}

void ControlClient::open()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_isClosing = false;
    m_isAuthenticated = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        QJsonObject hello { { u"token"_s, m_settings.token }, { u"client"_s, m_settings.name } };
        if (m_seq >= 0) {
            hello.insert(u"resumeFrom"_s, m_seq);
            hello.insert(u"epoch"_s, m_epoch);
        }
        socket->sendTextMessage(
            QString::fromUtf8(ControlProtocol::encode(ControlProtocol::message(u"hello"_s, hello))));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &ControlClient::onText);
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        // A self-signed engine: trusted when, and only when, its certificate is the pinned one.
        const QByteArray fingerprint = socket->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (!m_settings.pinnedSha256.isEmpty() && fingerprint.toHex() == m_settings.pinnedSha256.toLower()) {
            socket->ignoreSslErrors(errors);
        }
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket) {
            return;
        }
        m_isAuthenticated = false;
        Q_EMIT disconnected();
        scheduleReconnect();
    });
    socket->open(m_settings.url);
}

void ControlClient::scheduleReconnect()
{
    if (!m_isClosing && !m_isRefused && m_settings.reconnectMs > 0) {
        m_reconnect.start(m_settings.reconnectMs);
    }
}

void ControlClient::close()
{
    m_isClosing = true;
    m_reconnect.stop();
    if (m_socket) {
        m_socket->close();
    }
}

void ControlClient::abort()
{
    if (m_socket) {
        m_socket->abort();
    }
}

QString ControlClient::sendCommand(const QString &command, const QJsonObject &args)
{
    const QString id = u"c%1"_s.arg(++m_nextCommand);
    sendRaw(QString::fromUtf8(ControlProtocol::encode(
        ControlProtocol::message(u"command"_s, { { u"id"_s, id }, { u"command"_s, command }, { u"args"_s, args } }))));
    return id;
}

void ControlClient::sendRaw(const QString &text)
{
    if (m_socket) {
        m_socket->sendTextMessage(text);
    }
}

QList<QJsonObject> ControlClient::openTranches() const
{
    QList<QJsonObject> open;
    for (const QJsonObject &t : m_tranches) {
        if (t.value(u"status"_s).toString() == u"active"_s) {
            open << t;
        }
    }
    return open;
}

void ControlClient::onText(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type"_s).toString();
    if (type == u"welcome"_s) {
        m_isAuthenticated = true;
        m_role = message.value(u"role"_s).toString();
        m_features.clear();
        for (const QJsonValue &feature : message.value(u"features"_s).toArray()) {
            m_features << feature.toString();
        }
        Q_EMIT authenticated(m_role);
    } else if (type == u"authFailed"_s) {
        m_isRefused = true;
        Q_EMIT authenticationFailed(message.value(u"error"_s).toString());
    } else if (type == u"snapshot"_s) {
        applySnapshot(message);
    } else if (type == u"resumed"_s) {
        ++m_resumes;
        Q_EMIT resumed(message.value(u"count"_s).toInt());
    } else if (type == u"delta"_s) {
        applyDelta(message);
    } else if (type == u"reply"_s) {
        Q_EMIT replied(message.value(u"id"_s).toString(), message);
    } else if (type == u"error"_s) {
        Q_EMIT errorReceived(message.value(u"error"_s).toString());
    }
}

void ControlClient::applySnapshot(const QJsonObject &snapshot)
{
    ++m_snapshots;
    m_epoch = snapshot.value(u"epoch"_s).toString();
    m_seq = qint64(snapshot.value(u"seq"_s).toDouble());
    const QString mode = snapshot.value(u"mode"_s).toString();
    const bool isSwitched = !m_mode.isEmpty() && mode != m_mode;
    m_mode = mode;
    if (isSwitched) {
        m_eventIds.clear(); // the other store numbers its events from its own start
        Q_EMIT modeSwitched(mode);
    }
    m_isEntriesPaused = snapshot.value(u"entriesPaused"_s).toBool();
    m_config = snapshot.value(u"config"_s).toObject();
    m_connection = snapshot.value(u"connection"_s).toObject();
    m_summary = snapshot.value(u"summary"_s).toObject();
    m_sync.clear();
    for (const QJsonValue &book : snapshot.value(u"sync"_s).toArray()) {
        applySync(book.toObject());
    }
    m_tranches.clear();
    for (const auto &list : { u"recentTranches"_s, u"openTranches"_s }) {
        for (const QJsonValue &t : snapshot.value(list).toArray()) {
            m_tranches.insert(t.toObject().value(u"id"_s).toString(), t.toObject());
        }
    }
    // Events the client already holds stay (a window keeps its timeline); the snapshot's page
    // adds those it has not seen.
    for (const QJsonValue &e : snapshot.value(u"events"_s).toArray()) {
        const qint64 id = qint64(e.toObject().value(u"id"_s).toDouble());
        if (m_eventIds.isEmpty() || id > m_eventIds.last()) {
            m_eventIds << id;
            Q_EMIT eventReceived(e.toObject());
        }
    }
    for (const QJsonObject &t : std::as_const(m_tranches)) {
        Q_EMIT trancheReceived(t);
    }
    for (const QJsonValue &l : snapshot.value(u"liquidations"_s).toArray()) {
        Q_EMIT liquidationReceived(l.toObject());
    }
    Q_EMIT snapshotApplied();
}

void ControlClient::applyDelta(const QJsonObject &delta)
{
    const qint64 seq = qint64(delta.value(u"seq"_s).toDouble());
    if (seq <= m_seq) {
        ++m_duplicates;
        return;
    }
    if (seq != m_seq + 1) {
        // Something was lost: start over from a snapshot rather than show a state with a hole.
        ++m_gaps;
        m_seq = -1;
        open();
        return;
    }
    m_seq = seq;
    const QString kind = delta.value(u"kind"_s).toString();
    const QJsonObject data = delta.value(u"data"_s).toObject();
    if (kind == u"event"_s) {
        applyEvent(data.value(u"event"_s).toObject());
    } else if (kind == u"tranche"_s) {
        const QJsonObject t = data.value(u"tranche"_s).toObject();
        m_tranches.insert(t.value(u"id"_s).toString(), t);
        Q_EMIT trancheReceived(t);
    } else if (kind == u"marks"_s) {
        for (const QJsonValue &v : data.value(u"tranches"_s).toArray()) {
            auto it = m_tranches.find(v.toObject().value(u"id"_s).toString());
            if (it != m_tranches.end()) {
                it->insert(u"unrealizedPnl"_s, v.toObject().value(u"unrealizedPnl"_s));
                Q_EMIT trancheReceived(*it);
            }
        }
        m_summary = data.value(u"summary"_s).toObject();
    } else if (kind == u"paused"_s) {
        m_isEntriesPaused = data.value(u"entriesPaused"_s).toBool();
    } else if (kind == u"config"_s) {
        m_config = data.value(u"config"_s).toObject();
    } else if (kind == u"connection"_s) {
        m_connection = data;
    } else if (kind == u"sync"_s) {
        applySync(data);
    } else if (kind == u"liquidation"_s) {
        Q_EMIT liquidationReceived(data.value(u"liquidation"_s).toObject());
    }
    Q_EMIT deltaApplied(seq, kind);
}

void ControlClient::applySync(const QJsonObject &book)
{
    m_sync.insert(book.value(u"symbol"_s).toString() + u'|' + book.value(u"side"_s).toString(),
        book.value(u"state"_s).toString());
}

void ControlClient::applyEvent(const QJsonObject &event)
{
    const qint64 id = qint64(event.value(u"id"_s).toDouble());
    if (!m_eventIds.isEmpty() && id <= m_eventIds.last()) {
        ++m_duplicates;
        return;
    }
    m_eventIds << id;
    Q_EMIT eventReceived(event);
}

} // namespace trd::engine
