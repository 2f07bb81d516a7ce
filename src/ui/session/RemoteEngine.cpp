// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteEngine.h"

#include "config/ConfigLoader.h"
#include "host/EngineHost.h"
#include "session/DeskSession.h"
#include "tranche/TrancheMath.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using core::Decimal;

namespace {

constexpr int kFirstRetryMs = 500;
constexpr int kLastRetryMs = 30'000;
constexpr int kPingMs = 5'000;
// Pings unanswered before the link counts as dead (a half-open TCP connection shows nothing else).
constexpr int kPingsMissed = 3;
// Liquidations remembered to skip a reconnect's snapshot repeats: well above its page of 100.
constexpr int kLiquidationKeys = 1000;
// Events a timeline page asks the engine for: what EventTableModel reads from a store at a time.
constexpr int kOlderEvents = 500;

Decimal decimal(const QJsonObject &o, const QString &key)
{
    const auto parsed = Decimal::parse(o.value(key).toString());
    return parsed ? parsed.value() : Decimal();
}

std::optional<Decimal> optionalDecimal(const QJsonObject &o, const QString &key)
{
    if (!o.value(key).isString()) {
        return std::nullopt;
    }
    return decimal(o, key);
}

qint64 time(const QJsonObject &o, const QString &key)
{
    return qint64(o.value(key).toDouble());
}

core::Error readOnly()
{
    return core::Error { RemoteEngine::tr("The window shows a remote engine; only the engine writes its store.") };
}

} // namespace

RemoteEngine::RemoteEngine(const engine::ControlClient::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_address(u"%1:%2"_s.arg(settings.url.host()).arg(settings.url.port(8787)))
    , m_backoffMs(kFirstRetryMs)
{
    engine::ControlClient::Settings own = settings;
    own.reconnectMs = 0; // the delay grows here, not at a fixed pace
    m_client = new engine::ControlClient(own, this);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        setLink(Link::Connecting, m_problem);
        m_client->open();
    });
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, &RemoteEngine::ping);
    connect(m_client, &engine::ControlClient::trancheReceived, this, &RemoteEngine::onTranche);
    connect(m_client, &engine::ControlClient::eventReceived, this, &RemoteEngine::onEvent);
    connect(m_client, &engine::ControlClient::liquidationReceived, this, &RemoteEngine::onLiquidation);
    connect(m_client, &engine::ControlClient::modeSwitched, this, [this] {
        m_tranches.clear();
        m_openIds.clear();
        m_events.clear();
        m_firstEventId = -1;
        m_olderEventsFrom = 0;
        m_isRequestingOlderEvents = false;
        ++m_eventsEpoch;
        m_isStoreReplaced = true;
    });
    connect(m_client, &engine::ControlClient::replied, this, &RemoteEngine::onReply);
    connect(m_client, &engine::ControlClient::authenticated, this, [this] {
        m_backoffMs = kFirstRetryMs;
        m_pingId.clear();
        ping();
        m_ping.start();
    });
    // Up once the state is whole again: after the snapshot, or after the resumed deltas.
    connect(m_client, &engine::ControlClient::snapshotApplied, this, [this] {
        setLink(Link::Up);
        if (std::exchange(m_isStoreReplaced, false)) {
            Q_EMIT storeReplaced();
        }
        applyToSession();
        requestHistory(0); // the closed tranches from before the engine's start
        emitImpliedMarks();
    });
    connect(m_client, &engine::ControlClient::resumed, this, [this] {
        setLink(Link::Up);
        applyToSession();
        emitImpliedMarks();
    });
    connect(m_client, &engine::ControlClient::deltaApplied, this, [this](qint64, const QString &kind) {
        if (kind == u"marks"_s) {
            emitImpliedMarks();
        }
        if (kind == u"paused"_s || kind == u"config"_s || kind == u"connection"_s) {
            applyToSession();
        } else if (kind == u"sync"_s && m_session) {
            m_session->notifySyncChanged();
        }
    });
    connect(m_client, &engine::ControlClient::authenticationFailed, this, [this](const QString &error) {
        m_ping.stop();
        setLink(Link::Refused, error);
    });
    connect(m_client, &engine::ControlClient::disconnected, this, [this] {
        m_ping.stop();
        failPending();
        if (m_link == Link::Refused) {
            return;
        }
        setLink(Link::Down, tr("no answer from %1").arg(address()));
        if (m_session) {
            // What the engine's streams do now is unknown here: not shown as connected.
            m_session->setStreamUp(DeskSession::Stream::Market, false);
            m_session->setStreamUp(DeskSession::Stream::UserData, false);
            m_session->notifySyncChanged();
        }
        m_reconnect.start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, kLastRetryMs);
    });
}

RemoteEngine::~RemoteEngine() = default;

void RemoteEngine::open()
{
    setLink(Link::Connecting);
    m_client->open();
}

void RemoteEngine::close()
{
    m_reconnect.stop();
    m_ping.stop();
    m_client->close();
}

void RemoteEngine::setLink(Link link, const QString &problem)
{
    if (m_link == link && m_problem == problem) {
        return;
    }
    m_link = link;
    m_problem = problem;
    Q_EMIT linkChanged();
}

void RemoteEngine::ping()
{
    if (!m_pingId.isEmpty() && m_pingClock.elapsed() >= qint64(kPingMs) * kPingsMissed) {
        // No answer for three rounds: the link is gone even if the socket has not noticed.
        m_pingId.clear();
        m_client->abort();
        return;
    }
    if (!m_pingId.isEmpty()) {
        return; // the last one is still out
    }
    m_pingClock.start();
    m_pingId = m_client->sendCommand(u"ping"_s);
}

void RemoteEngine::requestHistory(qint64 after)
{
    constexpr int kPage = 1000; // the protocol's largest
    m_historyId = m_client->sendCommand(
        u"history"_s, { { u"what"_s, u"tranches"_s }, { u"after"_s, after }, { u"limit"_s, kPage } });
}

qint64 RemoteEngine::eventsCompleteFrom() const
{
    if (m_olderEventsFrom > 0) {
        return m_olderEventsFrom;
    }
    return m_events.isEmpty() ? 0 : m_events.firstKey();
}

bool RemoteEngine::requestOlderEvents()
{
    const qint64 from = eventsCompleteFrom();
    if (from <= 0 || (m_firstEventId >= 0 && from <= m_firstEventId)) {
        return false;
    }
    if (m_isRequestingOlderEvents || m_link != Link::Up) {
        return true; // the reply on its way brings them, or the next scroll asks again
    }
    if (m_firstEventId < 0) {
        // Where the engine's events start, so that the pages stop there (retention may have
        // removed the first thousands).
        queryEvents(0, 1, [this, from](const QJsonArray &items) {
            m_firstEventId = items.isEmpty() ? from : eventFromJson(items.first().toObject()).id;
            if (!requestOlderEvents()) {
                Q_EMIT olderEventsReceived(); // none: the timeline learns so when it reads again
            }
        });
        return true;
    }
    // The history command pages forwards only: the page before `from` starts kOlderEvents back.
    const qint64 after = std::max(m_firstEventId - 1, from - 1 - kOlderEvents);
    queryEvents(after, kOlderEvents, [this, after, from](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            const core::TrancheEvent event = eventFromJson(item.toObject());
            if (event.id < from) {
                m_events.insert(event.id, event);
            }
        }
        // The page holds every event after `after` up to `from` (or it would be full below it).
        m_olderEventsFrom = after + 1;
        Q_EMIT olderEventsReceived();
    });
    return true;
}

void RemoteEngine::queryEvents(qint64 after, int limit, std::function<void(const QJsonArray &items)> use)
{
    m_isRequestingOlderEvents = true;
    query(u"history"_s, { { u"what"_s, u"events"_s }, { u"after"_s, after }, { u"limit"_s, limit } },
        [this, epoch = m_eventsEpoch, use = std::move(use)](const core::Result<QJsonObject> &result) {
            if (epoch != m_eventsEpoch) {
                return; // the other store's, asked before a mode switch
            }
            m_isRequestingOlderEvents = false;
            // A refusal or a dropped link leaves the mirror as it was; the next scroll asks again.
            if (result) {
                use(result.value().value(u"items"_s).toArray());
            }
        });
}

void RemoteEngine::sendControl(const QString &command, const QJsonObject &args)
{
    if (m_link != Link::Up) {
        Q_EMIT commandFailed(command, tr("The link to the engine is down; nothing was sent."));
        return;
    }
    if (!isControl()) {
        Q_EMIT commandFailed(command, tr("This window has a watch token: it shows the engine but cannot steer it."));
        return;
    }
    m_pending.insert(m_client->sendCommand(command, args), command);
}

core::Result<void> RemoteEngine::mayControl() const
{
    if (m_link != Link::Up) {
        return core::Error { tr("The link to the engine is down; nothing was sent.") };
    }
    if (!isControl()) {
        return core::Error { tr("This window has a watch token: it shows the engine but cannot steer it.") };
    }
    return {};
}

void RemoteEngine::sendControl(const QString &command, const QJsonObject &args, Answer answer)
{
    if (auto allowed = mayControl(); !allowed) {
        answer(allowed);
        return;
    }
    query(command, args, [answer = std::move(answer)](const core::Result<QJsonObject> &result) {
        answer(result ? core::Result<void> {} : core::Result<void>(result.error()));
    });
}

void RemoteEngine::query(const QString &command, const QJsonObject &args, Reply reply)
{
    if (m_link != Link::Up) {
        reply(core::Error { tr("The link to the engine is down; nothing was sent.") });
        return;
    }
    const QString id = m_client->sendCommand(command, args);
    m_pending.insert(id, command);
    m_answers.insert(id, std::move(reply));
}

void RemoteEngine::failPending()
{
    const auto waiting = std::exchange(m_answers, {});
    const auto commands = std::exchange(m_pending, {});
    for (auto it = commands.cbegin(); it != commands.cend(); ++it) {
        const QString error = tr("The link to the engine dropped before it answered; whether %1 was done shows "
                                 "once the window has caught up.")
                                  .arg(it.value());
        if (const Reply reply = waiting.value(it.key())) {
            reply(core::Error { error });
        } else {
            Q_EMIT commandFailed(it.value(), error);
        }
    }
}

void RemoteEngine::onReply(const QString &id, const QJsonObject &reply)
{
    if (id == m_pingId) {
        m_latencyMs = m_pingClock.elapsed();
        m_pingId.clear();
        Q_EMIT latencyChanged();
        return;
    }
    if (id == m_historyId) {
        m_historyId.clear();
        const QJsonObject result = reply.value(u"result"_s).toObject();
        QList<core::Tranche> page;
        for (const QJsonValue &item : result.value(u"items"_s).toArray()) {
            // What the snapshot and the deltas said is newer than the store's copy: only the rest.
            if (!m_tranches.contains(item.toObject().value(u"id"_s).toString())) {
                page << trancheFromJson(item.toObject());
                keep(page.last());
            }
        }
        if (!page.isEmpty()) {
            Q_EMIT historyReceived(page);
        }
        if (reply.value(u"ok"_s).toBool() && !result.value(u"isLast"_s).toBool(true)) {
            requestHistory(qint64(result.value(u"next"_s).toDouble()));
        }
        return;
    }
    const QString command = m_pending.take(id);
    if (const Reply answer = m_answers.take(id)) {
        answer(reply.value(u"ok"_s).toBool()
                ? core::Result<QJsonObject>(reply.value(u"result"_s).toObject())
                : core::Result<QJsonObject>(core::Error { reply.value(u"error"_s).toString() }));
        return;
    }
    if (!reply.value(u"ok"_s).toBool()) {
        Q_EMIT commandFailed(
            command.isEmpty() ? reply.value(u"command"_s).toString() : command, reply.value(u"error"_s).toString());
        applyToSession(); // what the engine still has, not what the window asked for
    }
}

void RemoteEngine::bind(DeskSession *session)
{
    m_session = session;
    session->setMarketName(address());
    session->setSyncLookup([this](const QString &symbol, core::Side side) {
        if (m_link != Link::Up) {
            return core::SyncState::Unknown; // not known while the link is down
        }
        return core::syncStateFromString(m_client->syncState(symbol, core::toString(side)))
            .value_or(core::SyncState::Unknown);
    });
    session->setConfigApplier([this](const core::AppConfig &config) -> core::Result<void> {
        if (auto valid = engine::EngineHost::validate(config); !valid) {
            return valid;
        }
        if (m_link != Link::Up || !isControl()) {
            return core::Error { m_link != Link::Up
                    ? tr("The link to the engine is down; the configuration was not sent.")
                    : tr("This window has a watch token: it cannot change the engine's configuration.") };
        }
        // The engine answers with a config delta (applied to the session) or with its error.
        sendControl(u"setConfig"_s, { { u"config"_s, core::ConfigLoader::toJson(config) } });
        return {};
    });
    // PAPER/LIVE is the engine's to switch (its keys): the window asks, the engine answers (a refusal
    // comes back as commandFailed), and a switch arrives as the new epoch's snapshot.
    session->setModeSwitcher([this](bool isLive) -> core::Result<void> {
        if (auto allowed = mayControl(); !allowed) {
            return allowed;
        }
        sendControl(u"setMode"_s, { { u"mode"_s, isLive ? u"LIVE"_s : u"PAPER"_s } });
        return {};
    });
    connect(session, &DeskSession::entriesPausedChanged, this, [this](bool paused) {
        if (m_isApplying || paused == m_client->isEntriesPaused()) {
            return;
        }
        sendControl(paused ? u"pause"_s : u"resume"_s);
        if (m_link != Link::Up || !isControl()) {
            applyToSession();
        }
    });
    applyToSession();
}

void RemoteEngine::applyToSession()
{
    if (!m_session || m_client->seq() < 0) {
        return;
    }
    m_isApplying = true;
    if (auto config = core::ConfigLoader::fromJsonObject(m_client->config());
        config && core::ConfigLoader::toJson(config.value()) != core::ConfigLoader::toJson(m_session->config())) {
        m_session->setInitialConfig(config.value());
    }
    m_session->setEntriesPaused(m_client->isEntriesPaused());
    const QJsonObject connection = m_client->connection();
    m_session->setStreamUp(DeskSession::Stream::Market, connection.value(u"market"_s).toBool());
    m_session->setStreamUp(DeskSession::Stream::UserData, connection.value(u"userData"_s).toBool());
    m_session->setRateLimit(
        connection.value(u"rateLimit"_s).toString(), connection.value(u"rateLimitWarning"_s).toBool());
    m_session->notifySyncChanged();
    m_isApplying = false;
}

bool RemoteEngine::keep(const core::Tranche &tranche)
{
    const auto known = m_tranches.constFind(tranche.id);
    const bool wasOpen = known == m_tranches.cend() || known->isOpen();
    m_tranches.insert(tranche.id, tranche);
    if (tranche.isOpen()) {
        m_openIds.insert(tranche.id);
    } else {
        m_openIds.remove(tranche.id);
    }
    return wasOpen;
}

void RemoteEngine::onTranche(const QJsonObject &json)
{
    const core::Tranche tranche = trancheFromJson(json);
    const bool isNewlyClosed = keep(tranche) && !tranche.isOpen();
    Q_EMIT trancheUpdated(tranche);
    if (isNewlyClosed) {
        Q_EMIT trancheClosed(tranche);
    }
}

void RemoteEngine::onEvent(const QJsonObject &json)
{
    const core::TrancheEvent event = eventFromJson(json);
    m_events.insert(event.id, event);
    Q_EMIT eventAdded(event);
}

void RemoteEngine::onLiquidation(const QJsonObject &json)
{
    const QByteArray key = QJsonDocument(json).toJson(QJsonDocument::Compact);
    if (m_liquidationKeys.contains(key)) {
        return;
    }
    m_liquidationKeys.insert(key);
    m_liquidationOrder << key;
    if (m_liquidationOrder.size() > kLiquidationKeys) {
        m_liquidationKeys.remove(m_liquidationOrder.takeFirst());
    }
    Q_EMIT liquidationSeen(liquidationFromJson(json));
}

QList<core::Tranche> RemoteEngine::openTranches(const QString &symbol, std::optional<core::Side> side) const
{
    QList<core::Tranche> open;
    for (const QString &id : m_openIds) {
        const core::Tranche &t = *m_tranches.constFind(id);
        if ((symbol.isEmpty() || t.symbol == symbol) && (!side || t.side == *side)) {
            open << t;
        }
    }
    std::sort(open.begin(), open.end(), [](const core::Tranche &a, const core::Tranche &b) { return a.seq < b.seq; });
    return open;
}

void RemoteEngine::emitImpliedMarks()
{
    QHash<QString, core::Tranche> newest;
    for (const QString &id : m_openIds) {
        const core::Tranche &t = *m_tranches.constFind(id);
        if (!t.quantity.isZero() && t.seq > newest.value(t.symbol).seq) {
            newest.insert(t.symbol, t);
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const core::Tranche &t : std::as_const(newest)) {
        Q_EMIT markImplied(t.symbol, core::TrancheMath::impliedMark(t).toDouble(), now);
    }
}

core::Tranche RemoteEngine::trancheFromJson(const QJsonObject &o)
{
    core::Tranche t;
    t.id = o.value(u"id"_s).toString();
    t.seq = qint64(o.value(u"number"_s).toDouble());
    t.symbol = o.value(u"symbol"_s).toString();
    t.side = core::sideFromString(o.value(u"side"_s).toString()).value_or(core::Side::Long);
    t.positionSide
        = core::positionSideFromString(o.value(u"positionSide"_s).toString()).value_or(core::PositionSide::Both);
    t.origin = core::trancheOriginFromString(o.value(u"origin"_s).toString()).value_or(core::TrancheOrigin::Entry);
    t.status = core::trancheStatusFromString(o.value(u"status"_s).toString()).value_or(core::TrancheStatus::Active);
    t.isolated = o.value(u"isolated"_s).toBool();
    t.entryPrice = decimal(o, u"entryPrice"_s);
    t.quantity = decimal(o, u"quantity"_s);
    t.originalQuantity = decimal(o, u"originalQuantity"_s);
    t.marginUsed = decimal(o, u"marginUsed"_s);
    t.leverage = o.value(u"leverage"_s).toInt(1);
    t.entryTime = time(o, u"entryTime"_s);
    t.entryOrderId = o.value(u"entryOrderId"_s).toString();
    t.tpPercent = decimal(o, u"tpPercent"_s);
    t.slPercent = decimal(o, u"slPercent"_s);
    t.tpPrice = decimal(o, u"tpPrice"_s);
    t.slPrice = decimal(o, u"slPrice"_s);
    t.isolationTime = time(o, u"isolationTime"_s);
    t.isolationPrice = decimal(o, u"isolationPrice"_s);
    t.exitPrice = decimal(o, u"exitPrice"_s);
    t.exitTime = time(o, u"exitTime"_s);
    t.exitOrderId = o.value(u"exitOrderId"_s).toString();
    t.closeReason = core::closeReasonFromString(o.value(u"closeReason"_s).toString()).value_or(core::CloseReason::None);
    t.realizedPnl = decimal(o, u"realizedPnl"_s);
    t.feesPaid = decimal(o, u"feesPaid"_s);
    t.fundingFee = decimal(o, u"fundingFee"_s);
    t.unrealizedPnl = decimal(o, u"unrealizedPnl"_s);
    t.notes = o.value(u"notes"_s).toString();
    t.closedQuantity = t.originalQuantity - t.quantity;
    return t;
}

core::Liquidation RemoteEngine::liquidationFromJson(const QJsonObject &o)
{
    core::Liquidation l;
    l.symbol = o.value(u"symbol"_s).toString();
    l.side = core::orderSideFromString(o.value(u"side"_s).toString()).value_or(core::OrderSide::Sell);
    l.price = decimal(o, u"price"_s);
    l.averagePrice = decimal(o, u"averagePrice"_s);
    l.quantity = decimal(o, u"quantity"_s);
    l.time = time(o, u"time"_s);
    return l;
}

core::TrancheEvent RemoteEngine::eventFromJson(const QJsonObject &o)
{
    core::TrancheEvent e;
    e.id = qint64(o.value(u"id"_s).toDouble());
    e.time = time(o, u"time"_s);
    e.type = core::eventTypeFromString(o.value(u"type"_s).toString()).value_or(core::EventType::Created);
    e.symbol = o.value(u"symbol"_s).toString();
    e.side = core::sideFromString(o.value(u"side"_s).toString());
    e.trancheId = o.value(u"trancheId"_s).toString();
    e.price = optionalDecimal(o, u"price"_s);
    e.quantity = optionalDecimal(o, u"quantity"_s);
    e.pnl = optionalDecimal(o, u"pnl"_s);
    e.reason = o.value(u"reason"_s).toString();
    if (o.value(u"details"_s).isObject()) {
        e.details = QString::fromUtf8(QJsonDocument(o.value(u"details"_s).toObject()).toJson(QJsonDocument::Compact));
    }
    return e;
}

core::Result<void> RemoteEngine::saveTranche(const core::Tranche &)
{
    return readOnly();
}

core::Result<qint64> RemoteEngine::appendEvent(const core::TrancheEvent &)
{
    return readOnly();
}

core::Result<void> RemoteEngine::saveOrder(const core::OrderRecord &)
{
    return readOnly();
}

core::Result<void> RemoteEngine::saveUnrealized(const QList<core::Tranche> &)
{
    return readOnly();
}

core::Result<void> RemoteEngine::saveCounters(qint64, qint64)
{
    return readOnly();
}

core::Result<void> RemoteEngine::saveDocument(const QString &, const QByteArray &)
{
    return readOnly();
}

core::Result<std::optional<QByteArray>> RemoteEngine::document(const QString &)
{
    return std::optional<QByteArray> {};
}

core::Result<core::StoredState> RemoteEngine::loadState()
{
    return readOnly();
}

core::Result<QList<core::Tranche>> RemoteEngine::tranches(const core::TrancheQuery &query)
{
    QList<core::Tranche> all;
    for (const core::Tranche &t : std::as_const(m_tranches)) {
        if (t.seq > query.afterSeq) {
            all << t;
        }
    }
    std::sort(all.begin(), all.end(), [](const core::Tranche &a, const core::Tranche &b) { return a.seq < b.seq; });
    if (query.limit >= 0 && all.size() > query.limit) {
        all.resize(query.limit);
    }
    return all;
}

core::Result<QList<core::TrancheEvent>> RemoteEngine::events(const core::EventQuery &query)
{
    QList<core::TrancheEvent> page;
    for (auto it = m_events.upperBound(query.afterId); it != m_events.cend(); ++it) {
        if (query.limit >= 0 && page.size() >= query.limit) {
            break;
        }
        page << it.value();
    }
    return page;
}

core::Result<int> RemoteEngine::removeClosedBefore(qint64)
{
    return 0;
}

} // namespace trd::ui
