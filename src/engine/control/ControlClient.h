// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace trd::engine {

// The other end of the control protocol: connects with a token, keeps the engine's state as the
// snapshot and the deltas describe it (tranches by id, events in order, pause, configuration,
// connection), and when the link drops reconnects on its own and resumes from the last sequence
// number it applied. The desktop's remote engine and the tests are built on it.
class ControlClient : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl url;
        QString token;
        QString name; // shown in the engine's events: "laptop", "phone"
        int reconnectMs = 1000; // 0: stay disconnected
        QByteArray pinnedSha256; // hex; wss with a self-signed certificate: only this one is accepted
    };

    explicit ControlClient(const Settings &settings, QObject *parent = nullptr);
    ~ControlClient() override;

    void open();
    // Closes politely and stays closed.
    void close();
    // Drops the connection without a close frame, as a crash or a pulled cable would; reconnects
    // like after any other drop.
    void abort();

    bool isAuthenticated() const { return m_isAuthenticated; }
    QString role() const { return m_role; }
    // What the engine speaks beyond version 1's first release (ControlProtocol::features()).
    bool hasFeature(const QString &feature) const { return m_features.contains(feature); }
    QString epoch() const { return m_epoch; }
    qint64 seq() const { return m_seq; }
    // Sends a command; the answer comes as replied(id, ...).
    QString sendCommand(const QString &command, const QJsonObject &args = {});
    void sendRaw(const QString &text);

    // The state, as the engine described it.
    const QMap<QString, QJsonObject> &tranches() const { return m_tranches; }
    QList<QJsonObject> openTranches() const;
    const QList<qint64> &eventIds() const { return m_eventIds; }
    bool isEntriesPaused() const { return m_isEntriesPaused; }
    QString mode() const { return m_mode; }
    QJsonObject config() const { return m_config; }
    QJsonObject connection() const { return m_connection; }
    QJsonObject summary() const { return m_summary; }
    // A book's sync state as the engine last reported it ("synced", "syncing", ...; empty: none).
    QString syncState(const QString &symbol, const QString &side) const { return m_sync.value(symbol + u'|' + side); }

    int snapshotCount() const { return m_snapshots; }
    int resumeCount() const { return m_resumes; }
    // Deltas whose number was not the next one (each forces a fresh snapshot), and events that
    // arrived twice: both stay 0 when the protocol keeps its promise.
    int gapCount() const { return m_gaps; }
    int duplicateCount() const { return m_duplicates; }

Q_SIGNALS:
    void authenticated(const QString &role);
    void authenticationFailed(const QString &error);
    void snapshotApplied();
    // A snapshot in another mode than the last one (the engine switched PAPER ↔ LIVE): another
    // store, whose tranches and events are not the ones held. Emitted before that snapshot's
    // tranches and events, after the client forgot the event ids it had.
    void modeSwitched(const QString &mode);
    void resumed(int missedDeltas);
    void deltaApplied(qint64 seq, const QString &kind);
    // The tranche or event a snapshot or a delta brought, as the engine sent it (an event only once,
    // in id order): what a window that mirrors the engine applies to its own models.
    void trancheReceived(const QJsonObject &tranche);
    void eventReceived(const QJsonObject &event);
    // A liquidation the engine's hunter saw: the snapshot's recent ones (oldest first; a window
    // that already has some skips those), then each `liquidation` delta.
    void liquidationReceived(const QJsonObject &liquidation);
    void replied(const QString &id, const QJsonObject &reply);
    void errorReceived(const QString &error);
    void disconnected();

private:
    void onText(const QString &text);
    void applySnapshot(const QJsonObject &snapshot);
    void applyDelta(const QJsonObject &delta);
    void applyEvent(const QJsonObject &event);
    void applySync(const QJsonObject &book);
    void scheduleReconnect();

    Settings m_settings;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnect;
    bool m_isClosing = false;
    bool m_isAuthenticated = false;
    bool m_isRefused = false;
    int m_nextCommand = 0;
    QString m_role;
    QStringList m_features;
    QString m_epoch;
    qint64 m_seq = -1; // -1: no snapshot yet
    QMap<QString, QJsonObject> m_tranches;
    QList<qint64> m_eventIds;
    bool m_isEntriesPaused = false;
    QString m_mode;
    QJsonObject m_config;
    QJsonObject m_connection;
    QJsonObject m_summary;
    QHash<QString, QString> m_sync; // "SYMBOL|SIDE" → state
    int m_snapshots = 0;
    int m_resumes = 0;
    int m_gaps = 0;
    int m_duplicates = 0;
};

} // namespace trd::engine
