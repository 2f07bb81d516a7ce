// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace trd::engine::test {

// A TCP relay on 127.0.0.1 between clients and the engine that can cut the link: while dropping,
// every relayed connection is torn down and new ones are refused, as when a laptop's Wi-Fi goes.
class DropProxy : public QObject
{
public:
    explicit DropProxy(quint16 target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = m_server.nextPendingConnection()) {
                if (m_isDropping) {
                    in->abort();
                    in->deleteLater();
                    continue;
                }
                auto *out = new QTcpSocket(in);
                const auto relay = [](QTcpSocket *from, QTcpSocket *to) {
                    connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
                };
                relay(in, out);
                connect(out, &QTcpSocket::connected, in, [in, out] { out->write(in->readAll()); });
                connect(out, &QTcpSocket::readyRead, in, [in, out] {
                    if (out->state() == QAbstractSocket::ConnectedState) {
                        in->write(out->readAll());
                    }
                });
                connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::abort);
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::abort);
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
                m_links << QPointer<QTcpSocket>(in);
                out->connectToHost(QHostAddress::LocalHost, m_target);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }

    void setDropping(bool isDropping)
    {
        m_isDropping = isDropping;
        if (isDropping) {
            for (const QPointer<QTcpSocket> &in : std::as_const(m_links)) {
                if (in) {
                    in->abort();
                }
            }
            m_links.clear();
        }
    }

private:
    quint16 m_target;
    bool m_isDropping = false;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_links;
};

} // namespace trd::engine::test
