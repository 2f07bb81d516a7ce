// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeStreamHub.h"

#include "fake/FakeJson.h"
#include "paper/PaperMatchingEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {

constexpr qint64 kListenKeyValidityMs = 60 * 60 * 1000;

QString randomListenKey()
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString key;
    for (int i = 0; i < 64; ++i) {
        key.append(alphabet.at(int(QRandomGenerator::global()->bounded(alphabet.size()))));
    }
    return key;
}

QString frameText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString frameText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

FakeStreamHub::FakeStreamHub(PaperMatchingEngine *engine, Now now, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_now(std::move(now))
{
    for (const auto &[symbol, price] : m_engine->markPrices()) {
        m_marks.insert(symbol, price);
    }
    m_listenerId = m_engine->addListener([this](const PaperEvent &event) { onEngineEvent(event); });
    // Expiry, pings and lifetimes follow the injected clock; the timer only decides how often it
    // is looked at.
    m_checkTimer.setInterval(m_timings.checkIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, [this] {
        checkExpiry();
        checkConnections();
    });
    m_checkTimer.start();
}

void FakeStreamHub::setTimings(const FakeStreamTimings &timings)
{
    m_timings = timings;
    m_checkTimer.setInterval(timings.checkIntervalMs);
}

FakeStreamHub::~FakeStreamHub()
{
    m_engine->removeListener(m_listenerId);
    for (const Connection &connection : std::as_const(m_connections)) {
        connection.socket->disconnect(this);
    }
}

bool FakeStreamHub::isStreamPath(const QString &path)
{
    return path == u"/stream"_s || path == u"/ws"_s || path.startsWith(u"/ws/"_s);
}

void FakeStreamHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        remove(socket);
        socket->deleteLater();
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, socket](const QString &message) { onTextMessage(socket, message); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (Connection *connection = find(socket)) {
            connection->unansweredPingAt = 0;
        }
        Q_EMIT pongReceived();
    });

    const QUrl url = socket->requestUrl();
    const QString path = url.path();
    Connection connection;
    connection.socket = socket;
    connection.openedAt = m_now();
    connection.lastPingAt = connection.openedAt;
    if (path == u"/stream"_s) {
        connection.isCombined = true;
        const QString streams = QUrlQuery(url).queryItemValue(u"streams"_s, QUrl::FullyDecoded);
        connection.streams = streams.split(u'/', Qt::SkipEmptyParts);
    } else {
        // "/ws" or "/ws/...": the listener refused every other path before the handshake.
        const QStringList names = path.mid(3).split(u'/', Qt::SkipEmptyParts);
        if (names.size() == 1 && m_listenKeyExpiry.contains(names.first())) {
            connection.listenKey = names.first();
        } else if (std::all_of(names.cbegin(), names.cend(), [](const QString &n) { return n.contains(u'@'); })) {
            connection.streams = names;
        } else if (names.size() <= 1 && !looksLikeListenKey(names.value(0))) {
            // "/ws" or "/ws/<id>" (ccxt opens /ws/0, /ws/1 …): a raw stream with no subscription
            // yet, as Binance and Aster accept; SUBSCRIBE follows.
        } else {
            // An unknown or expired listenKey: the client must create a new one.
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"Invalid listenKey."_s);
            return;
        }
    }
    m_connections.append(connection);
    Q_EMIT connectionsChanged(connectionCount());
}

QString FakeStreamHub::createListenKey()
{
    const qint64 now = m_now();
    for (auto it = m_listenKeyExpiry.begin(); it != m_listenKeyExpiry.end(); ++it) {
        if (it.value() > now) {
            it.value() = now + kListenKeyValidityMs;
            return it.key();
        }
    }
    const QString key = randomListenKey();
    m_listenKeyExpiry.insert(key, now + kListenKeyValidityMs);
    return key;
}

bool FakeStreamHub::keepAliveListenKey(const QString &key)
{
    const qint64 now = m_now();
    const auto it = m_listenKeyExpiry.find(key);
    if (it == m_listenKeyExpiry.end() || it.value() <= now) {
        return false;
    }
    it.value() = now + kListenKeyValidityMs;
    return true;
}

bool FakeStreamHub::deleteListenKey(const QString &key)
{
    return m_listenKeyExpiry.remove(key) > 0;
}

void FakeStreamHub::expireListenKeys()
{
    const QJsonObject event = FakeJson::listenKeyExpired(m_now());
    sendUser(event);
    m_listenKeyExpiry.clear();
    QList<QWebSocket *> users;
    for (const Connection &connection : std::as_const(m_connections)) {
        if (!connection.listenKey.isEmpty()) {
            users.append(connection.socket);
        }
    }
    // The stream ends after the event, so a client that reconnects with the old key is refused.
    for (QWebSocket *socket : std::as_const(users)) {
        socket->close(QWebSocketProtocol::CloseCodeNormal, u"listenKeyExpired"_s);
    }
}

void FakeStreamHub::checkExpiry()
{
    const qint64 now = m_now();
    const bool hasExpired = std::any_of(
        m_listenKeyExpiry.cbegin(), m_listenKeyExpiry.cend(), [now](qint64 expiry) { return expiry <= now; });
    if (hasExpired) {
        expireListenKeys();
    }
}

void FakeStreamHub::checkConnections()
{
    const qint64 now = m_now();
    QList<QWebSocket *> expired;
    QList<QWebSocket *> silent;
    for (Connection &connection : m_connections) {
        if (now - connection.openedAt >= m_timings.lifetimeMs) {
            expired.append(connection.socket);
        } else if (connection.unansweredPingAt > 0 && now - connection.unansweredPingAt >= m_timings.pongTimeoutMs) {
            silent.append(connection.socket);
        } else if (now - connection.lastPingAt >= m_timings.pingIntervalMs) {
            connection.lastPingAt = now;
            if (connection.unansweredPingAt == 0) {
                connection.unansweredPingAt = now;
            }
            connection.socket->ping();
        }
    }
    // Closing removes a connection from the list, so the sockets are collected first.
    for (QWebSocket *socket : std::as_const(expired)) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"The connection reached its lifetime."_s);
    }
    // A peer that does not pong is gone: no close frame would reach it.
    for (QWebSocket *socket : std::as_const(silent)) {
        socket->abort();
    }
}

void FakeStreamHub::publishLiquidation(const QJsonObject &order)
{
    const QJsonObject event { { u"e"_s, u"forceOrder"_s }, { u"E"_s, m_now() }, { u"o"_s, order } };
    publishMarket(u"!forceOrder@arr"_s, event);
    publishMarket(order.value(u"s"_s).toString().toLower() + u"@forceOrder"_s, event);
}

void FakeStreamHub::dropAll()
{
    dropKind(true);
    dropKind(false);
}

void FakeStreamHub::dropKind(bool isUser)
{
    QList<QWebSocket *> sockets;
    for (const Connection &connection : std::as_const(m_connections)) {
        if (connection.listenKey.isEmpty() != isUser) {
            sockets.append(connection.socket);
        }
    }
    // abort, not close: a dropped network connection sends no close frame.
    for (QWebSocket *socket : std::as_const(sockets)) {
        socket->abort();
    }
}

void FakeStreamHub::setUserFramesHeld(bool isHeld)
{
    m_isUserHeld = isHeld;
    if (!isHeld) {
        for (const QString &text : std::exchange(m_heldUserFrames, {})) {
            deliverUser(text);
        }
    }
}

void FakeStreamHub::sendMalformedFrame()
{
    for (const Connection &connection : std::as_const(m_connections)) {
        if (!connection.listenKey.isEmpty()) {
            send(connection.socket, u"{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":"_s);
        }
    }
}

void FakeStreamHub::onEngineEvent(const PaperEvent &event)
{
    const qint64 now = m_now();
    switch (event.kind) {
    case PaperEvent::Kind::OrderUpdate:
        // A refused placement or cancel is answered over REST only, as on the real exchange.
        if (!m_isSuppressed && event.order.execution != core::ExecutionType::Rejected) {
            sendUser(FakeJson::orderTradeUpdate(event.order, now));
        }
        break;
    case PaperEvent::Kind::AccountUpdate: {
        if (event.reason == u"FUNDING_FEE") {
            const core::PositionSnapshot paid = event.positions.value(0);
            const bool isIsolated = m_engine->marginType(paid.symbol) == core::MarginType::Isolated;
            sendUser(FakeJson::fundingFeeUpdate(
                isIsolated ? std::optional(paid) : std::nullopt, event.amount, event.walletBalance, m_marks, now));
            break;
        }
        // As Binance pushes it: every position side of the symbols that changed, the others not.
        core::PositionSnapshots pushed = event.positions;
        QSet<QString> symbols;
        QSet<QPair<QString, int>> listed;
        for (const core::PositionSnapshot &p : pushed) {
            symbols.insert(p.symbol);
            listed.insert({ p.symbol, int(p.positionSide) });
        }
        for (const core::PositionSnapshot &p : m_engine->positions()) {
            if (symbols.contains(p.symbol) && !listed.contains({ p.symbol, int(p.positionSide) })) {
                pushed.append(p);
            }
        }
        sendUser(FakeJson::accountUpdate(pushed, event.walletBalance, m_marks, now));
        break;
    }
    case PaperEvent::Kind::LeverageChanged:
        sendUser(FakeJson::accountConfigUpdate(event.symbol, event.leverage, now));
        break;
    case PaperEvent::Kind::MarkPrice:
        publishMark(event.symbol, event.price, now);
        break;
    case PaperEvent::Kind::Positions:
    case PaperEvent::Kind::OpenOrders:
        break;
    }
}

void FakeStreamHub::publishMark(const QString &symbol, core::Decimal price, qint64 time)
{
    m_marks.insert(symbol, price);
    QStringList symbols = m_marks.keys();
    symbols.sort();
    QJsonArray all;
    for (const QString &s : std::as_const(symbols)) {
        all.append(FakeJson::markPriceUpdate(s, m_marks.value(s), time));
    }
    publishMarket(u"!markPrice@arr@1s"_s, all);
    publishMarket(u"!markPrice@arr"_s, all);
    const QString lower = symbol.toLower();
    const QJsonObject single = FakeJson::markPriceUpdate(symbol, price, time);
    publishMarket(lower + u"@markPrice@1s"_s, single);
    publishMarket(lower + u"@markPrice"_s, single);
    if (!m_quotedBooks.contains(symbol)) {
        publishBook(symbol, { price, price + m_engine->filters(symbol).tickSize }, time);
    }
    publishCandles(symbol, price, time);
}

void FakeStreamHub::publishCandles(const QString &symbol, core::Decimal price, qint64 time)
{
    // The intervals listened to, each with its candle before this mark (on the server clock, as
    // the mark's event time). Binance sends the open candle about every 250 ms; the fake sends it
    // on every mark.
    const QString prefix = symbol.toLower() + u"@kline_"_s;
    QMap<QString, std::optional<FakeCandles::Candle>> before;
    for (const Connection &connection : std::as_const(m_connections)) {
        for (const QString &name : connection.streams) {
            if (!name.startsWith(prefix, Qt::CaseInsensitive)) {
                continue;
            }
            const QString interval = name.mid(prefix.size());
            const qint64 ms = FakeCandles::intervalMs(interval);
            if (ms > 0 && !before.contains(interval)) {
                before.insert(interval, m_candles.latest(symbol, ms));
            }
        }
    }
    m_candles.addMark(symbol, time, price);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString stream = prefix + it.key();
        const std::optional<FakeCandles::Candle> open = m_candles.latest(symbol, FakeCandles::intervalMs(it.key()));
        if (it.value() && it.value()->openTime != open->openTime) {
            publishMarket(stream, FakeJson::klineEvent(symbol, it.key(), *it.value(), true, time));
        }
        publishMarket(stream, FakeJson::klineEvent(symbol, it.key(), *open, false, time));
    }
}

std::optional<FakeStreamHub::Book> FakeStreamHub::book(const QString &symbol) const
{
    if (const auto quoted = m_quotedBooks.constFind(symbol); quoted != m_quotedBooks.cend()) {
        return *quoted;
    }
    const auto mark = m_engine->markPrice(symbol);
    if (!mark) {
        return std::nullopt;
    }
    return Book { *mark, *mark + m_engine->filters(symbol).tickSize };
}

void FakeStreamHub::setBookTicker(const QString &symbol, core::Decimal bid, core::Decimal ask)
{
    const Book quoted { bid, ask };
    m_quotedBooks.insert(symbol, quoted);
    publishBook(symbol, quoted, m_now());
}

void FakeStreamHub::publishBook(const QString &symbol, const Book &book, qint64 time)
{
    publishMarket(
        symbol.toLower() + u"@bookTicker"_s, FakeJson::bookTicker(symbol, book.bid, book.ask, m_bookUpdateId++, time));
}

void FakeStreamHub::publishMarket(const QString &stream, const QJsonValue &payload)
{
    for (const Connection &connection : std::as_const(m_connections)) {
        for (const QString &name : connection.streams) {
            if (name.compare(stream, Qt::CaseInsensitive) != 0) {
                continue;
            }
            if (connection.isCombined) {
                send(connection.socket, frameText(QJsonObject { { u"stream"_s, name }, { u"data"_s, payload } }));
            } else if (payload.isArray()) {
                send(connection.socket, frameText(payload.toArray()));
            } else {
                send(connection.socket, frameText(payload.toObject()));
            }
        }
    }
}

void FakeStreamHub::sendUser(const QJsonObject &event)
{
    const QString text = frameText(event);
    if (m_isUserHeld) {
        m_heldUserFrames.append(text);
        return;
    }
    deliverUser(text);
}

void FakeStreamHub::deliverUser(const QString &text)
{
    for (const Connection &connection : std::as_const(m_connections)) {
        if (!connection.listenKey.isEmpty()) {
            send(connection.socket, text);
            if (m_isUserDuplicated) {
                send(connection.socket, text);
            }
        }
    }
}

void FakeStreamHub::send(QWebSocket *socket, const QString &text)
{
    ++m_framesSent;
    socket->sendTextMessage(text);
}

void FakeStreamHub::onTextMessage(QWebSocket *socket, const QString &message)
{
    Connection *connection = find(socket);
    if (!connection) {
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(message.toUtf8()).object();
    const QJsonValue id = request.value(u"id"_s);
    const QString method = request.value(u"method"_s).toString();
    QJsonObject answer { { u"id"_s, id } };
    const QJsonArray params = request.value(u"params"_s).toArray();
    const auto unserved = std::find_if(params.cbegin(), params.cend(),
        [](const QJsonValue &v) { return !FakeStreamHub::isServedStream(v.toString()); });
    if (method == u"SUBSCRIBE"_s && unserved != params.cend()) {
        // Subscribing and then hearing nothing would hide a misspelt stream; say so instead.
        answer.insert(u"error"_s,
            QJsonObject { { u"code"_s, 2 },
                { u"msg"_s, u"Invalid request: unknown stream \"%1\""_s.arg(unserved->toString()) } });
    } else if (method == u"SUBSCRIBE"_s || method == u"UNSUBSCRIBE"_s) {
        for (const QJsonValue &v : params) {
            const QString name = v.toString();
            connection->streams.removeAll(name);
            if (method == u"SUBSCRIBE"_s) {
                connection->streams.append(name);
            }
        }
        answer.insert(u"result"_s, QJsonValue::Null);
    } else if (method == u"LIST_SUBSCRIPTIONS"_s) {
        answer.insert(u"result"_s, QJsonArray::fromStringList(connection->streams));
    } else {
        answer.insert(u"error"_s,
            QJsonObject { { u"code"_s, 2 }, { u"msg"_s, u"Invalid request: unknown method \"%1\""_s.arg(method) } });
    }
    send(socket, frameText(answer));
}

bool FakeStreamHub::isServedStream(const QString &name)
{
    static const QRegularExpression served(
        u"^(!markPrice@arr(@1s)?|!forceOrder@arr|[a-z0-9]+@(markPrice(@1s)?|forceOrder|bookTicker|"
        u"kline_(1m|3m|5m|15m|30m|1h|2h|4h|6h|8h|12h|1d|3d|1w|1M)))$"_s);
    return served.match(name).hasMatch();
}

bool FakeStreamHub::looksLikeListenKey(const QString &name)
{
    static const QRegularExpression key(u"^[A-Za-z0-9]{32,}$"_s);
    return key.match(name).hasMatch();
}

void FakeStreamHub::remove(QWebSocket *socket)
{
    const auto count = m_connections.removeIf([socket](const Connection &c) { return c.socket == socket; });
    if (count > 0) {
        Q_EMIT connectionsChanged(connectionCount());
    }
}

FakeStreamHub::Connection *FakeStreamHub::find(QWebSocket *socket)
{
    for (Connection &connection : m_connections) {
        if (connection.socket == socket) {
            return &connection;
        }
    }
    return nullptr;
}

} // namespace trd::exchange
