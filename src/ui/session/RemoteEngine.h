// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/ControlClient.h"
#include "market/Liquidation.h"
#include "store/TrancheStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace trd::ui {

class DeskSession;

// A tranchedesk-engine seen through the control protocol (issue 13): the window's models read
// its tranches and events from this mirror (a read-only TrancheStore) and receive each change as
// a signal, exactly as they do from the embedded engine. Pause, configuration and closes go to the
// engine as commands; a watch token may send none. When the link drops, the mirror keeps the last
// state, reconnects with a growing delay (0.5 s doubling to 30 s) and catches up by resuming from
// the last delta it applied.
class RemoteEngine : public QObject, public core::TrancheStore
{
    Q_OBJECT
public:
    enum class Link
    {
        Connecting,
        Up,
        Down,
        Refused
    };
    Q_ENUM(Link)

    explicit RemoteEngine(const engine::ControlClient::Settings &settings, QObject *parent = nullptr);
    ~RemoteEngine() override;

    void open();
    void close();
    // Feeds the session the engine's configuration, pause and stream states, and sends the
    // session's pause and configuration changes to the engine.
    void bind(DeskSession *session);

    engine::ControlClient *client() const { return m_client; }
    QString address() const { return m_address; } // "host:port"
    Link link() const { return m_link; }
    // Why the link is down or refused, as the socket or the engine said it.
    QString linkProblem() const { return m_problem; }
    bool isControl() const { return m_client->role() == QStringLiteral("control"); }
    qint64 latencyMs() const { return m_latencyMs; } // -1: not measured yet
    int reconnectDelayMs() const { return m_backoffMs; }

    // Commands that change something; refused here, without sending, for a watch token or a link
    // that is down. Their failures come back as commandFailed with the engine's own words.
    void sendControl(const QString &command, const QJsonObject &args = {});
    // The same, answered to its caller instead of commandFailed: exactly once, with the engine's
    // refusal, or an error when the command could not be sent or the link dropped before the reply.
    using Answer = std::function<void(const core::Result<void> &done)>;
    void sendControl(const QString &command, const QJsonObject &args, Answer answer);
    // A command that only reads (exportCsv, history): a watch token may send it too. The reply's
    // result, or the engine's refusal, or an error when it could not be sent or the link dropped.
    using Reply = std::function<void(const core::Result<QJsonObject> &result)>;
    void query(const QString &command, const QJsonObject &args, Reply reply);
    // Whether a command may be sent now: the link up and a control token, or why not.
    core::Result<void> mayControl() const;

    // core::TrancheStore: what the engine has sent so far. Writes are refused.
    core::Result<void> begin() override { return {}; }
    core::Result<void> commit() override { return {}; }
    void rollback() override { }
    core::Result<void> saveTranche(const core::Tranche &tranche) override;
    core::Result<qint64> appendEvent(const core::TrancheEvent &event) override;
    core::Result<void> saveOrder(const core::OrderRecord &order) override;
    core::Result<void> saveUnrealized(const QList<core::Tranche> &tranches) override;
    core::Result<void> saveCounters(qint64 nextTrancheSeq, qint64 nextOrderSeq) override;
    core::Result<void> saveDocument(const QString &key, const QByteArray &value) override;
    core::Result<std::optional<QByteArray>> document(const QString &key) override;
    core::Result<core::StoredState> loadState() override;
    core::Result<QList<core::Tranche>> tranches(const core::TrancheQuery &query) override;
    core::Result<QList<core::TrancheEvent>> events(const core::EventQuery &query) override;
    core::Result<int> removeClosedBefore(qint64 cutoffMs) override;

    // The timeline's next older page when the mirror has shown all it holds: asks the engine (the
    // history command, 500 events before the mirror's oldest) unless a request is on its way or
    // the link is down, and emits olderEventsReceived once they are in the mirror. False once the
    // mirror reaches the engine's first event: there are no older ones.
    bool requestOlderEvents();

    // The open tranches the engine has sent, of a symbol (empty: every symbol) and side, oldest first.
    QList<core::Tranche> openTranches(const QString &symbol, std::optional<core::Side> side) const;

    static core::Tranche trancheFromJson(const QJsonObject &json);
    static core::TrancheEvent eventFromJson(const QJsonObject &json);
    static core::Liquidation liquidationFromJson(const QJsonObject &json);

Q_SIGNALS:
    void trancheUpdated(const trd::core::Tranche &tranche);
    // After each snapshot, resume and `marks` delta: each symbol with an open tranche and the mark
    // its newest tranche's unrealized P&L implies (the protocol carries P&L, not marks).
    void markImplied(const QString &symbol, double price, qint64 timeMs);
    void eventAdded(const trd::core::TrancheEvent &event);
    // A tranche the mirror holds closed for the first time (from a snapshot or a delta): what the
    // embedded manager's trancheClosed is to the realized P&L chart.
    void trancheClosed(const trd::core::Tranche &tranche);
    // The engine switched PAPER ↔ LIVE, so the mirror now holds the other store's tranches and
    // events (after the new snapshot): views read it again, as the embedded window is rebuilt.
    void storeReplaced();
    // A page of the engine's stored tranches the mirror did not hold (the history command, 1,000 a
    // page, oldest first): one signal a page, so the table inserts it at once, as it reads a local
    // store's history, instead of a row at a time (100,000 single rows froze the window for seconds).
    void historyReceived(const QList<trd::core::Tranche> &tranches);
    // A page of events older than the mirror held arrived (requestOlderEvents), or the mirror turned
    // out to hold the engine's first: the timeline reads again, as it reads a local store's pages.
    void olderEventsReceived();
    // A liquidation the engine's hunter saw, once each (a reconnect's snapshot repeats none).
    void liquidationSeen(const trd::core::Liquidation &liquidation);
    void linkChanged();
    void latencyChanged();
    void commandFailed(const QString &command, const QString &error);

private:
    void setLink(Link link, const QString &problem = {});
    void onTranche(const QJsonObject &json);
    // Into the mirror; whether the tranche was open there before (or not there at all).
    bool keep(const core::Tranche &tranche);
    void onEvent(const QJsonObject &json);
    void onLiquidation(const QJsonObject &json);
    // Fails every command still waiting for its reply (the link dropped).
    void failPending();
    void onReply(const QString &id, const QJsonObject &reply);
    void ping();
    // Pages of the engine's stored tranches (the history command), for those the snapshot lacks.
    void requestHistory(qint64 after);
    void applyToSession();
    void emitImpliedMarks();
    // The mirror holds every event of the engine from this id on (0: it holds none).
    qint64 eventsCompleteFrom() const;
    // One history page of events for the timeline, handed to `use` unless refused or lost.
    void queryEvents(qint64 after, int limit, std::function<void(const QJsonArray &items)> use);

    engine::ControlClient *m_client;
    QString m_address;
    DeskSession *m_session = nullptr;
    Link m_link = Link::Connecting;
    QString m_problem;
    QTimer m_reconnect;
    QTimer m_ping;
    int m_backoffMs;
    QString m_pingId;
    QString m_historyId;
    QElapsedTimer m_pingClock;
    qint64 m_latencyMs = -1;
    QHash<QString, QString> m_pending; // command id → command
    QHash<QString, Reply> m_answers; // command id → who waits for its reply
    QSet<QByteArray> m_liquidationKeys; // those already handed on (the newest kLiquidationKeys)
    QList<QByteArray> m_liquidationOrder;
    QHash<QString, core::Tranche> m_tranches;
    QSet<QString> m_openIds; // of m_tranches: the charts ask for open ones every second
    QMap<qint64, core::TrancheEvent> m_events;
    qint64 m_firstEventId = -1; // the engine's first event (-1: not asked yet)
    qint64 m_olderEventsFrom = 0; // lowered by each older page (0: from the mirror's first)
    bool m_isRequestingOlderEvents = false;
    int m_eventsEpoch = 0; // a mode switch drops the pages of the other store on their way
    bool m_isApplying = false;
    bool m_isStoreReplaced = false; // set by a mode switch until its snapshot is applied
};

} // namespace trd::ui
