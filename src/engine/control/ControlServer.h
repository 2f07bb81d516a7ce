// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "control/DeltaLog.h"
#include "control/TokenStore.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace trd::engine {

class EngineHost;

// The engine seen from elsewhere (docs/control-protocol.md): a WebSocket server that
// authenticates each client with a token, sends it a snapshot, then every change as a delta
// with a sequence number, resumes a client that comes back from the number it last saw, and runs
// the commands a control token may send. Every command is recorded as an event naming the client.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8787; // 0: any free port (tests)
        // Required on any address but loopback.
        std::optional<QSslConfiguration> tls;
        int failedAuthDelayMs = 1500;
        int helloTimeoutMs = 10'000;
        int deltaCapacity = 20'000; // deltas kept for clients that resume
        int markIntervalMs = 1000; // unrealized P&L is sent at most this often
        int recentLimit = 100; // closed tranches, events and liquidations in a snapshot
    };

    ControlServer(EngineHost *host, TokenStore *tokens, const Settings &settings, QObject *parent = nullptr);
    ~ControlServer() override;

    core::Result<void> listen();
    // Closes every client (going away) and stops listening.
    void close();
    quint16 port() const;
    QUrl url() const;
    QString epoch() const { return m_epoch; }
    qint64 lastSeq() const { return m_log.lastSeq(); }
    int clientCount() const { return int(m_clients.size()); }

    static bool isLoopback(const QHostAddress &address);

Q_SIGNALS:
    void clientAuthenticated(const QString &name, trd::engine::TokenStore::Role role);
    void authenticationFailed(const QString &peer);

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        bool isAuthenticated = false;
        bool isRefused = false;
        TokenStore::Role role = TokenStore::Role::Watch;
        QString name; // "token name (client name)"
        QString peer;
    };
    struct CommandResult
    {
        QJsonObject result;
        QString error; // empty: done
        QJsonArray issues; // setConfig: one per key in error
    };

    void onNewConnection();
    void onMessage(QWebSocket *socket, const QString &text);
    void authenticate(Client &client, const QJsonObject &hello);
    void refuse(Client &client, const QString &reason);
    void runCommand(Client &client, const QJsonObject &command);
    CommandResult execute(const QString &name, const QJsonObject &args, const Client &client);
    CommandResult setConfig(const QJsonObject &args);
    CommandResult history(const QJsonObject &args) const;
    CommandResult exportCsv(const QJsonObject &args) const;
    void recordCommand(const Client &client, const QString &name, const QJsonObject &args, const QString &error);
    void send(QWebSocket *socket, const QJsonObject &message);
    void sendError(QWebSocket *socket, const QString &error, const QJsonValue &id = {});

    QJsonObject snapshot() const;
    QJsonObject connectionJson() const;
    QJsonArray syncJson() const;
    void publish(const QString &kind, const QJsonObject &data);
    void flush();
    void wireManager();
    void wireLiquidations();
    void loadRecentEvents();
    void onRebuilt();
    void sendMarks();
    void rememberClosed(const QJsonObject &tranche);

    EngineHost *m_host;
    TokenStore *m_tokens;
    Settings m_settings;
    QWebSocketServer *m_server = nullptr;
    QHash<QWebSocket *, Client> m_clients;
    QString m_epoch; // a new one each run and each mode switch: older sequence numbers mean nothing
    DeltaLog m_log;
    QList<std::pair<QString, QJsonObject>> m_pending; // published during the current step
    bool m_isFlushQueued = false;
    QList<QJsonObject> m_recentEvents;
    QList<QJsonObject> m_recentClosed;
    QList<QJsonObject> m_recentLiquidations; // oldest first
    QSet<QString> m_markedSymbols;
    QTimer m_markTimer;
};

} // namespace trd::engine
