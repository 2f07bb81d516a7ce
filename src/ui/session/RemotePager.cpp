// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RemotePager.h"

#include "control/ControlClient.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

RemotePager::RemotePager(
    engine::ControlClient *client, QString command, QJsonObject args, QString cursorKey, qint64 start, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_command(std::move(command))
    , m_args(std::move(args))
    , m_cursorKey(std::move(cursorKey))
    , m_start(start)
{ }

RemotePager::~RemotePager()
{
    abort();
}

void RemotePager::start()
{
    abort();
    m_items = 0;
    if (!m_client->isAuthenticated()) {
        // Queued: whoever started it connects its signals first.
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("The link to the engine is down; nothing was asked.")); }, Qt::QueuedConnection);
        return;
    }
    m_replies = connect(m_client, &engine::ControlClient::replied, this, &RemotePager::onReply);
    m_drops = connect(m_client, &engine::ControlClient::disconnected, this, [this] {
        fail(tr("The link to the engine dropped while reading %1; try again once it is back.").arg(m_command));
    });
    request(m_start);
}

void RemotePager::abort()
{
    disconnect(m_replies);
    disconnect(m_drops);
    m_pendingId.clear();
}

void RemotePager::request(qint64 cursor)
{
    QJsonObject args = m_args;
    args.insert(m_cursorKey, cursor);
    m_pendingId = m_client->sendCommand(m_command, args);
}

void RemotePager::onReply(const QString &id, const QJsonObject &reply)
{
    if (id != m_pendingId) {
        return;
    }
    if (!reply.value(u"ok"_s).toBool()) {
        fail(tr("The engine refused %1: %2").arg(m_command, reply.value(u"error"_s).toString()));
        return;
    }
    const QJsonObject result = reply.value(u"result"_s).toObject();
    const QJsonArray items = result.value(u"items"_s).toArray();
    m_items += items.size();
    Q_EMIT pageReceived(items);
    if (m_pendingId != id) {
        return; // aborted by a receiver
    }
    if (result.value(u"isLast"_s).toBool(true)) {
        abort();
        Q_EMIT finished();
        return;
    }
    request(qint64(result.value(u"next"_s).toDouble()));
}

void RemotePager::fail(const QString &error)
{
    abort();
    Q_EMIT failed(error);
}

} // namespace trd::ui
