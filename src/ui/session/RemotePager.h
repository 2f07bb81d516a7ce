// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QObject>

namespace trd::engine {
class ControlClient;
}

namespace trd::ui {

// One paged read command of the control protocol (history, recordedMarket) asked again and again
// from where the last page ended (its "next"), until the engine says the page was the last. A
// refusal, or the link dropping on the way, ends it with failed(); nothing is asked again by
// itself.
class RemotePager : public QObject
{
    Q_OBJECT
public:
    // `cursorKey` is the argument that says where a page starts ("after" for history, "from" for
    // recordedMarket); `start` its first value.
    RemotePager(engine::ControlClient *client, QString command, QJsonObject args, QString cursorKey, qint64 start,
        QObject *parent = nullptr);
    ~RemotePager() override;

    void start();
    // Stops listening; a page on its way is dropped.
    void abort();
    bool isRunning() const { return !m_pendingId.isEmpty(); }
    qint64 itemCount() const { return m_items; }

Q_SIGNALS:
    void pageReceived(const QJsonArray &items);
    void finished();
    void failed(const QString &error);

private:
    void request(qint64 cursor);
    void onReply(const QString &id, const QJsonObject &reply);
    void fail(const QString &error);

    engine::ControlClient *m_client;
    QString m_command;
    QJsonObject m_args;
    QString m_cursorKey;
    qint64 m_start;
    QString m_pendingId;
    qint64 m_items = 0;
    QMetaObject::Connection m_replies;
    QMetaObject::Connection m_drops;
};

} // namespace trd::ui
