// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlServer.h"

#include "CsvExporter.h"
#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"
#include "SqliteTrancheStore.h"
#include "config/ConfigLoader.h"
#include "config/ConfigValidator.h"
#include "control/ControlProtocol.h"
#include "control/RecordedMarketPager.h"
#include "control/TrancheCommands.h"
#include "host/EngineHost.h"
#include "hunter/LiquidationHunter.h"
#include "tranche/TrancheManager.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {
Q_LOGGING_CATEGORY(lcControl, "trd.engine.control")

constexpr qint64 kMaxMessageBytes = 1 << 20;
constexpr int kMaxPage = 1000;

// Commands a watch token may send: they read, never change.
const QSet<QString> kReadOnlyCommands { u"history"_s, u"exportCsv"_s, u"recordedMarket"_s, u"ping"_s };

QString newEpoch()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ControlServer::ControlServer(EngineHost *host, TokenStore *tokens, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_epoch(newEpoch())
    , m_log(settings.deltaCapacity)
{
    m_markTimer.setSingleShot(true);
    m_markTimer.setInterval(m_settings.markIntervalMs);
    connect(&m_markTimer, &QTimer::timeout, this, &ControlServer::sendMarks);
    connect(m_host, &EngineHost::configChanged, this, [this](const core::AppConfig &config) {
        publish(u"config"_s, { { u"config"_s, core::ConfigLoader::toJson(config) } });
    });
    connect(m_host, &EngineHost::entriesPausedChanged, this, [this](bool paused) {
        publish(u"paused"_s, { { u"entriesPaused"_s, paused } });
    });
    connect(m_host, &EngineHost::streamStateChanged, this, [this] { publish(u"connection"_s, connectionJson()); });
    connect(m_host, &EngineHost::rateLimitChanged, this, [this] { publish(u"connection"_s, connectionJson()); });
    connect(m_host, &EngineHost::liveReady, this, [this] { publish(u"connection"_s, connectionJson()); });
    connect(m_host, &EngineHost::statusMessage, this, [this](const QString &text) {
        publish(u"notice"_s, { { u"text"_s, text } });
    });
    connect(m_host, &EngineHost::aboutToRebuild, this, [this] {
        m_markTimer.stop();
        m_markedSymbols.clear();
    });
    connect(m_host, &EngineHost::rebuilt, this, &ControlServer::onRebuilt);
    wireManager();
    loadRecentEvents();
    wireLiquidations();
}

void ControlServer::loadRecentEvents()
{
    // A client that comes back after a restart continues its timeline from the store's latest.
    m_recentEvents.clear();
    if (!m_host->store()) {
        return;
    }
    const auto last = m_host->store()->lastEventId();
    const auto page = last
        ? m_host->store()->events(core::EventQuery { std::max<qint64>(0, last.value() - m_settings.recentLimit), -1 })
        : core::Result<QList<core::TrancheEvent>>(last.error());
    if (!page) {
        qCWarning(lcControl).noquote() << page.error().message;
        return;
    }
    for (const core::TrancheEvent &e : page.value()) {
        m_recentEvents << ControlProtocol::eventJson(e);
    }
}

ControlServer::~ControlServer()
{
    close();
}

bool ControlServer::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

core::Result<void> ControlServer::listen()
{
    if (!isLoopback(m_settings.address) && !m_settings.tls) {
        return core::Error { tr("Listening on %1 needs TLS (a certificate and key, or the self-signed one the engine "
                                "makes): tokens must not cross a network in clear. Listen on 127.0.0.1 and use an "
                                "SSH tunnel, or give --tls-cert and --tls-key.")
                                 .arg(m_settings.address.toString()) };
    }
    const auto mode = m_settings.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode;
    m_server = new QWebSocketServer(u"tranchedesk-engine"_s, mode, this);
    if (m_settings.tls) {
        m_server->setSslConfiguration(*m_settings.tls);
    }
    connect(m_server, &QWebSocketServer::newConnection, this, &ControlServer::onNewConnection);
    if (!m_server->listen(m_settings.address, m_settings.port)) {
        return core::Error { tr("Cannot listen on %1 port %2: %3")
                                 .arg(m_settings.address.toString())
                                 .arg(m_settings.port)
                                 .arg(m_server->errorString()) };
    }
    qCInfo(lcControl).noquote() << "control protocol on" << url().toString() << "epoch" << m_epoch;
    return {};
}

void ControlServer::close()
{
    flush();
    const auto sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"engine stopping"_s);
    }
    if (m_server) {
        m_server->close();
    }
}

quint16 ControlServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ControlServer::url() const
{
    QUrl url;
    url.setScheme(m_settings.tls ? u"wss"_s : u"ws"_s);
    url.setHost(m_settings.address.toString());
    url.setPort(port());
    return url;
}

void ControlServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        Client client;
        client.socket = socket;
        client.peer = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] { onMessage(socket, QString()); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
        // A connection that never says who it is does not hold a slot for long.
        QTimer::singleShot(m_settings.helloTimeoutMs, socket, [this, socket] {
            const auto it = m_clients.constFind(socket);
            if (it != m_clients.cend() && !it->isAuthenticated && !it->isRefused) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"no hello"_s);
            }
        });
    }
}

void ControlServer::onMessage(QWebSocket *socket, const QString &text)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end() || it->isRefused) {
        return;
    }
    Client &client = *it;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    const QJsonObject message = doc.object();
    const QString type = message.value(u"type"_s).toString();
    if (!doc.isObject() || type.isEmpty()) {
        const QString why = doc.isObject()                 ? tr("no type")
            : parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                           : tr("not an object");
        const QString problem = text.isEmpty() ? tr("binary frames are not part of the protocol")
                                               : tr("not a JSON object with a \"type\": %1").arg(why);
        if (!client.isAuthenticated) {
            refuse(client, problem);
        } else {
            sendError(socket, problem);
        }
        return;
    }
    if (message.value(u"v"_s).toInt() != ControlProtocol::kVersion) {
        sendError(socket,
            tr("protocol version %1 is not spoken here; this engine speaks version %2")
                .arg(message.value(u"v"_s).toVariant().toString())
                .arg(ControlProtocol::kVersion),
            message.value(u"id"_s));
        if (!client.isAuthenticated) {
            socket->close(QWebSocketProtocol::CloseCodeProtocolError, u"version"_s);
        }
        return;
    }
    if (!client.isAuthenticated) {
        if (type != u"hello"_s) {
            refuse(client, tr("the first message must be a hello"));
            return;
        }
        authenticate(client, message);
        return;
    }
    if (type == u"command"_s) {
        runCommand(client, message);
        return;
    }
    sendError(socket, tr("unknown message type \"%1\"").arg(type), message.value(u"id"_s));
}

void ControlServer::authenticate(Client &client, const QJsonObject &hello)
{
    // Everything already published reaches the others first; the newcomer starts after it.
    flush();
    // Read again at every connection: a token made or revoked while the engine runs counts at once.
    if (auto loaded = m_tokens->load(); !loaded) {
        qCWarning(lcControl).noquote() << loaded.error().message;
    }
    const auto entry = m_tokens->verify(hello.value(u"token"_s).toString());
    const QString clientName = hello.value(u"client"_s).toString().left(64);
    if (!entry) {
        refuse(client, tr("unknown token"));
        return;
    }
    client.isAuthenticated = true;
    client.role = entry->role;
    client.name = clientName.isEmpty() ? entry->name : u"%1 (%2)"_s.arg(entry->name, clientName);
    qCInfo(lcControl).noquote() << "client" << client.name << "from" << client.peer << "connected as"
                                << TokenStore::toString(client.role);
    send(client.socket,
        ControlProtocol::message(u"welcome"_s,
            { { u"role"_s, TokenStore::toString(client.role) }, { u"epoch"_s, m_epoch }, { u"seq"_s, m_log.lastSeq() },
                { u"client"_s, client.name }, { u"features"_s, ControlProtocol::features() } }));
    const QJsonValue resumeFrom = hello.value(u"resumeFrom"_s);
    if (resumeFrom.isDouble() && hello.value(u"epoch"_s).toString() == m_epoch) {
        if (const auto missed = m_log.since(qint64(resumeFrom.toDouble()))) {
            send(client.socket,
                ControlProtocol::message(u"resumed"_s,
                    { { u"from"_s, resumeFrom }, { u"seq"_s, m_log.lastSeq() }, { u"count"_s, missed->size() } }));
            for (const QByteArray &frame : *missed) {
                client.socket->sendTextMessage(QString::fromUtf8(frame));
            }
            Q_EMIT clientAuthenticated(client.name, client.role);
            return;
        }
    }
    send(client.socket, snapshot());
    Q_EMIT clientAuthenticated(client.name, client.role);
}

void ControlServer::refuse(Client &client, const QString &reason)
{
    // Logged without the token; answered late, so guessing tokens is slow.
    qCWarning(lcControl).noquote() << "refused a client from" << client.peer << "-" << reason;
    client.isRefused = true;
    Q_EMIT authenticationFailed(client.peer);
    QWebSocket *socket = client.socket;
    QTimer::singleShot(m_settings.failedAuthDelayMs, socket, [this, socket, reason] {
        send(socket, ControlProtocol::message(u"authFailed"_s, { { u"error"_s, reason } }));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"authentication failed"_s);
    });
}

void ControlServer::runCommand(Client &client, const QJsonObject &command)
{
    const QJsonValue id = command.value(u"id"_s);
    const QString name = command.value(u"command"_s).toString();
    const QJsonObject args = command.value(u"args"_s).toObject();
    const bool isReadOnly = kReadOnlyCommands.contains(name);
    CommandResult outcome;
    if (client.role != TokenStore::Role::Control && !isReadOnly) {
        qCWarning(lcControl).noquote() << "refused" << name << "from watch client" << client.name;
        outcome.error = tr("%1 holds a watch token: it may look, not change anything").arg(client.name);
    } else if (!m_host->isRunning()) {
        outcome.error = tr("the engine is not running");
    } else {
        outcome = execute(name, args, client);
        if (!isReadOnly && !outcome.error.startsWith(u"unknown command"_s)) {
            recordCommand(client, name, args, outcome.error);
        }
    }
    // The command's effects (a pause, a tranche closing) arrive before its reply.
    flush();
    QJsonObject reply { { u"id"_s, id }, { u"command"_s, name }, { u"ok"_s, outcome.error.isEmpty() } };
    if (outcome.error.isEmpty()) {
        reply.insert(u"result"_s, outcome.result);
    } else {
        reply.insert(u"error"_s, outcome.error);
        if (!outcome.issues.isEmpty()) {
            reply.insert(u"issues"_s, outcome.issues);
        }
    }
    send(client.socket, ControlProtocol::message(u"reply"_s, reply));
}

ControlServer::CommandResult ControlServer::execute(const QString &name, const QJsonObject &args, const Client &client)
{
    core::TrancheManager *manager = m_host->manager();
    const auto fromResult = [](const core::Result<void> &done) {
        return done ? CommandResult {} : CommandResult { {}, done.error().message, {} };
    };
    if (name == u"pause"_s || name == u"resume"_s) {
        m_host->setEntriesPaused(name == u"pause"_s);
        return { { { u"entriesPaused"_s, m_host->isEntriesPaused() } }, {}, {} };
    }
    if (name == u"closeTranche"_s) {
        const QString id = args.value(u"id"_s).toString();
        if (!manager->openTranche(id)) {
            return { {}, tr("no open tranche has the id \"%1\"").arg(id), {} };
        }
        return fromResult(manager->closeTranche(id));
    }
    if (name == u"closePart"_s || name == u"moveProtection"_s) {
        const auto refused = name == u"closePart"_s ? TrancheCommands::closePart(*manager, args)
                                                    : TrancheCommands::moveProtection(*manager, args);
        if (!refused) {
            return {};
        }
        return { {}, refused->message,
            { QJsonObject { { u"key"_s, refused->key }, { u"message"_s, refused->message } } } };
    }
    if (name == u"closeAll"_s) {
        manager->closeAll();
        return {};
    }
    if (name == u"setConfig"_s) {
        return setConfig(args);
    }
    if (name == u"setMode"_s) {
        const QString mode = args.value(u"mode"_s).toString();
        if (mode != u"PAPER"_s && mode != u"LIVE"_s) {
            return { {}, tr("mode must be PAPER or LIVE, not \"%1\"").arg(mode), {} };
        }
        return fromResult(m_host->switchMode(mode == u"LIVE"_s));
    }
    if (name == u"history"_s) {
        return history(args);
    }
    if (name == u"exportCsv"_s) {
        return exportCsv(args);
    }
    if (name == u"recordedMarket"_s) {
        if (!m_host->markStore() || !m_host->liquidationStore()) {
            return { {}, tr("recordedMarket: this engine keeps no store"), {} };
        }
        auto page = RecordedMarketPager::page(*m_host->markStore(), *m_host->liquidationStore(), args);
        return page ? CommandResult { page.value(), {}, {} } : CommandResult { {}, page.error().message, {} };
    }
    if (name == u"ping"_s) {
        return { { { u"seq"_s, m_log.lastSeq() }, { u"client"_s, client.name } }, {}, {} };
    }
    return { {}, tr("unknown command \"%1\"").arg(name), {} };
}

ControlServer::CommandResult ControlServer::setConfig(const QJsonObject &args)
{
    QList<core::ConfigIssue> warnings;
    auto parsed = core::ConfigLoader::fromJsonObject(args.value(u"config"_s).toObject(), &warnings);
    if (!parsed) {
        // The loader's errors are "key: what is wrong", one a line.
        QJsonArray issues;
        for (const QString &line : parsed.error().message.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u": "_s);
            issues.append(
                QJsonObject { { u"key"_s, colon > 0 ? line.left(colon) : QString() }, { u"message"_s, line } });
        }
        return { {}, parsed.error().message, issues };
    }
    QJsonArray issues;
    for (const core::ConfigIssue &issue : core::ConfigValidator::validate(parsed.value())) {
        if (issue.isError) {
            issues.append(QJsonObject { { u"key"_s, issue.path }, { u"message"_s, issue.message } });
        }
    }
    if (auto applied = m_host->applyConfig(parsed.value()); !applied) {
        return { {}, applied.error().message, issues };
    }
    return {};
}

ControlServer::CommandResult ControlServer::history(const QJsonObject &args) const
{
    const QString what = args.value(u"what"_s).toString();
    const qint64 after = qint64(args.value(u"after"_s).toDouble());
    const int limit = std::clamp(args.value(u"limit"_s).toInt(200), 1, kMaxPage);
    QJsonArray items;
    qint64 next = after;
    if (what == u"tranches"_s) {
        auto page = m_host->store()->tranches(core::TrancheQuery { after, limit });
        if (!page) {
            return { {}, page.error().message, {} };
        }
        for (const core::Tranche &t : page.value()) {
            items.append(ControlProtocol::trancheJson(t));
            next = t.seq;
        }
    } else if (what == u"events"_s) {
        auto page = m_host->store()->events(core::EventQuery { after, limit });
        if (!page) {
            return { {}, page.error().message, {} };
        }
        for (const core::TrancheEvent &e : page.value()) {
            items.append(ControlProtocol::eventJson(e));
            next = e.id;
        }
    } else {
        return { {}, tr("history: \"what\" must be tranches or events, not \"%1\"").arg(what), {} };
    }
    return { { { u"what"_s, what }, { u"items"_s, items }, { u"next"_s, next }, { u"isLast"_s, items.size() < limit } },
        {}, {} };
}

ControlServer::CommandResult ControlServer::exportCsv(const QJsonObject &args) const
{
    const QString what = args.value(u"what"_s).toString();
    QTemporaryDir dir;
    const QString path = dir.filePath(what + u".csv"_s);
    core::Result<qint64> rows
        = core::Error { tr("exportCsv: \"what\" must be tranches or events, not \"%1\"").arg(what) };
    if (what == u"tranches"_s) {
        rows = cli::CsvExporter::exportTranches(*m_host->store(), path);
    } else if (what == u"events"_s) {
        rows = cli::CsvExporter::exportEvents(*m_host->store(), path);
    }
    if (!rows) {
        return { {}, rows.error().message, {} };
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return { {}, u"%1: %2"_s.arg(path, file.errorString()), {} };
    }
    return { { { u"what"_s, what }, { u"rows"_s, rows.value() }, { u"csv"_s, QString::fromUtf8(file.readAll()) } }, {},
        {} };
}

void ControlServer::recordCommand(
    const Client &client, const QString &name, const QJsonObject &args, const QString &error)
{
    if (!m_host->manager()) {
        return;
    }
    const QString outcome = error.isEmpty() ? tr("done") : tr("refused: %1").arg(error);
    const QString text = tr("Remote command %1 from %2 (%3): %4").arg(name, client.name, client.peer, outcome);
    QJsonObject details { { u"kind"_s, u"remote_command"_s }, { u"command"_s, name }, { u"client"_s, client.name },
        { u"peer"_s, client.peer }, { u"ok"_s, error.isEmpty() } };
    // Which tranche, which mode; a whole configuration is in the config_changed event instead.
    if (name != u"setConfig"_s && !args.isEmpty()) {
        details.insert(u"args"_s, args);
    }
    m_host->manager()->recordAccountAlert(
        u"remote_command"_s, QString(), text, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

void ControlServer::send(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(QString::fromUtf8(ControlProtocol::encode(message)));
}

void ControlServer::sendError(QWebSocket *socket, const QString &error, const QJsonValue &id)
{
    QJsonObject fields { { u"error"_s, error } };
    if (!id.isUndefined()) {
        fields.insert(u"id"_s, id);
    }
    send(socket, ControlProtocol::message(u"error"_s, fields));
}

QJsonObject ControlServer::connectionJson() const
{
    return {
        { u"market"_s, m_host->isStreamUp(EngineHost::Stream::Market) },
        { u"userData"_s, m_host->isStreamUp(EngineHost::Stream::UserData) },
        { u"exchangeReady"_s, m_host->isExchangeReady() },
        { u"rateLimit"_s, m_host->rateLimitText() },
        { u"rateLimitWarning"_s, m_host->isRateLimitWarning() },
    };
}

QJsonArray ControlServer::syncJson() const
{
    QJsonArray sync;
    const core::TrancheManager *manager = m_host->manager();
    const auto &symbols = m_host->config().symbols;
    for (auto it = symbols.cbegin(); it != symbols.cend(); ++it) {
        for (const core::Side side : { core::Side::Long, core::Side::Short }) {
            sync.append(QJsonObject { { u"symbol"_s, it.key() }, { u"side"_s, core::toString(side) },
                { u"state"_s, core::toString(manager->syncState(it.key(), side)) } });
        }
    }
    return sync;
}

QJsonObject ControlServer::snapshot() const
{
    QJsonArray open;
    QJsonArray recent;
    QJsonArray events;
    QJsonArray sync;
    QJsonObject summary;
    if (const core::TrancheManager *manager = m_host->manager()) {
        for (const core::Tranche &t : manager->openTranches()) {
            open.append(ControlProtocol::trancheJson(t));
        }
        summary = ControlProtocol::summaryJson(manager->summary());
        sync = syncJson();
    }
    for (const QJsonObject &t : m_recentClosed) {
        recent.append(t);
    }
    for (const QJsonObject &e : m_recentEvents) {
        events.append(e);
    }
    QJsonArray liquidations;
    for (const QJsonObject &l : m_recentLiquidations) {
        liquidations.append(l);
    }
    return ControlProtocol::message(u"snapshot"_s,
        {
            { u"epoch"_s, m_epoch },
            { u"seq"_s, m_log.lastSeq() },
            { u"mode"_s, m_host->isLive() ? u"LIVE"_s : u"PAPER"_s },
            { u"market"_s, m_host->marketName() },
            { u"entriesPaused"_s, m_host->isEntriesPaused() },
            { u"config"_s, core::ConfigLoader::toJson(m_host->config()) },
            { u"openTranches"_s, open },
            { u"recentTranches"_s, recent },
            { u"summary"_s, summary },
            { u"events"_s, events },
            { u"connection"_s, connectionJson() },
            { u"sync"_s, sync },
            { u"liquidations"_s, liquidations },
        });
}

void ControlServer::publish(const QString &kind, const QJsonObject &data)
{
    // Sent once the engine's step has committed (stepEnded), or on the next turn of the event loop
    // for what changed outside a step: the deltas of one step leave together, and those of a step
    // the store refused are dropped with it (storeFailed).
    m_pending.append({ kind, data });
    if (!m_isFlushQueued) {
        m_isFlushQueued = true;
        QMetaObject::invokeMethod(this, &ControlServer::flush, Qt::QueuedConnection);
    }
}

void ControlServer::flush()
{
    m_isFlushQueued = false;
    const auto pending = std::exchange(m_pending, {});
    for (const auto &[kind, data] : pending) {
        const qint64 seq = m_log.nextSeq();
        const QByteArray frame = ControlProtocol::encode(
            ControlProtocol::message(u"delta"_s, { { u"seq"_s, seq }, { u"kind"_s, kind }, { u"data"_s, data } }));
        m_log.append(seq, frame);
        const QString text = QString::fromUtf8(frame);
        for (const Client &client : std::as_const(m_clients)) {
            if (client.isAuthenticated) {
                client.socket->sendTextMessage(text);
            }
        }
    }
}

void ControlServer::wireManager()
{
    core::TrancheManager *manager = m_host->manager();
    if (!manager) {
        return;
    }
    connect(manager, &core::TrancheManager::eventRecorded, this, [this](const core::TrancheEvent &event) {
        const QJsonObject e = ControlProtocol::eventJson(event);
        m_recentEvents << e;
        if (m_recentEvents.size() > m_settings.recentLimit) {
            m_recentEvents.removeFirst();
        }
        publish(u"event"_s, { { u"event"_s, e } });
    });
    const auto tranche = [this](const core::Tranche &t) {
        const QJsonObject json = ControlProtocol::trancheJson(t);
        if (!t.isOpen()) {
            rememberClosed(json);
        }
        publish(u"tranche"_s, { { u"tranche"_s, json } });
    };
    connect(manager, &core::TrancheManager::trancheCreated, this, tranche);
    connect(manager, &core::TrancheManager::trancheChanged, this, tranche);
    connect(manager, &core::TrancheManager::trancheIsolated, this, tranche);
    connect(manager, &core::TrancheManager::trancheClosed, this, tranche);
    connect(manager, &core::TrancheManager::markApplied, this, [this](const QString &symbol) {
        m_markedSymbols.insert(symbol);
        if (!m_markTimer.isActive()) {
            m_markTimer.start();
        }
    });
    connect(manager, &core::TrancheManager::syncStateChanged, this,
        [this](const QString &symbol, core::Side side, core::SyncState state) {
            publish(u"sync"_s,
                { { u"symbol"_s, symbol }, { u"side"_s, core::toString(side) },
                    { u"state"_s, core::toString(state) } });
        });
    // A step's deltas leave as soon as it has committed, not after whatever else the event loop
    // runs first (another step's commit can hold the thread for milliseconds).
    connect(manager, &core::TrancheManager::stepEnded, this, [this] {
        if (!m_pending.isEmpty()) {
            flush();
        }
    });
    connect(manager, &core::TrancheManager::storeFailed, this, [this](const QString &message) {
        // The step was undone: what it announced never happened.
        m_pending.clear();
        publish(u"storeFailed"_s, { { u"message"_s, message } });
    });
}

void ControlServer::wireLiquidations()
{
    // The newest stored ones for a snapshot (oldest first), then each one the hunter sees.
    m_recentLiquidations.clear();
    if (core::LiquidationStore *store = m_host->liquidationStore()) {
        const auto stored = store->liquidations(0, std::numeric_limits<qint64>::max(), {}, m_settings.recentLimit);
        for (const core::Liquidation &l : stored ? stored.value() : QList<core::Liquidation> {}) {
            m_recentLiquidations.prepend(ControlProtocol::liquidationJson(l));
        }
    }
    if (core::LiquidationHunter *hunter = m_host->hunter()) {
        connect(hunter, &core::LiquidationHunter::liquidationSeen, this, [this](const core::Liquidation &l) {
            const QJsonObject json = ControlProtocol::liquidationJson(l);
            m_recentLiquidations << json;
            if (m_recentLiquidations.size() > m_settings.recentLimit) {
                m_recentLiquidations.removeFirst();
            }
            publish(u"liquidation"_s, { { u"liquidation"_s, json } });
        });
    }
}

void ControlServer::rememberClosed(const QJsonObject &tranche)
{
    const QString id = tranche.value(u"id"_s).toString();
    m_recentClosed.removeIf([&](const QJsonObject &t) { return t.value(u"id"_s).toString() == id; });
    m_recentClosed << tranche;
    if (m_recentClosed.size() > m_settings.recentLimit) {
        m_recentClosed.removeFirst();
    }
}

void ControlServer::sendMarks()
{
    const core::TrancheManager *manager = m_host->manager();
    if (!manager || m_markedSymbols.isEmpty()) {
        return;
    }
    QJsonArray tranches;
    for (const QString &symbol : std::as_const(m_markedSymbols)) {
        for (const core::Tranche &t : manager->openTranches(symbol)) {
            tranches.append(QJsonObject { { u"id"_s, t.id }, { u"unrealizedPnl"_s, t.unrealizedPnl.toString() } });
        }
    }
    m_markedSymbols.clear();
    publish(u"marks"_s,
        { { u"tranches"_s, tranches }, { u"summary"_s, ControlProtocol::summaryJson(manager->summary()) } });
}

void ControlServer::onRebuilt()
{
    // Another exchange and store: nothing from before can be resumed, every client starts over.
    flush();
    m_epoch = newEpoch();
    m_log.clear();
    m_recentClosed.clear();
    wireManager();
    loadRecentEvents();
    wireLiquidations();
    const QJsonObject fresh = snapshot();
    for (const Client &client : std::as_const(m_clients)) {
        if (client.isAuthenticated) {
            send(client.socket, fresh);
        }
    }
}

} // namespace trd::engine
