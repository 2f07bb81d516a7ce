// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeExchangeServer.h"

#include "fake/FakeAdmin.h"
#include "fake/FakeHttpListener.h"
#include "fake/FakeJson.h"
#include "fake/FakeRestHandlers.h"
#include "fake/FakeStreamHub.h"
#include "paper/PaperMatchingEngine.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFakeExchange, "trd.exchange.fake")

namespace trd::exchange {

namespace {

// V3 clients reach every endpoint under /fapi/v3 (RestClient::toV3); the handlers know the
// V1-API paths of exchange.md, so a V3 path is served as the V1-API path it stands for.
QString v1ApiPath(const QString &path)
{
    static const QString v3 = u"/fapi/v3/"_s;
    if (!path.startsWith(v3)) {
        return path;
    }
    const QString name = path.mid(v3.size());
    if (name == u"positionRisk"_s || name == u"balance"_s) {
        return u"/fapi/v2/"_s + name;
    }
    if (name == u"accountWithJoinMargin"_s) {
        // Aster's V3 account call (its V3 document has no /fapi/v3/account: that path is a 404).
        return u"/fapi/v4/account"_s;
    }
    if (name == u"account"_s) {
        // Binance's HMAC-signed v3 account (ccxt reads it); Aster's V3 scheme has no such path,
        // which the handlers refuse for a V3-signed request.
        return path;
    }
    return u"/fapi/v1/"_s + name;
}

} // namespace

FakeExchangeServer::FakeExchangeServer(
    PaperMatchingEngine *engine, const core::Clock *clock, Settings settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_faults(std::make_unique<FakeFaults>())
{
    const auto now = [this] { return nowMs(); };
    m_hub = new FakeStreamHub(engine, now, this);
    setStreamTimings(settings.streams);
    m_rest = std::make_unique<FakeRestHandlers>(engine, m_hub, m_faults.get(), std::move(settings), now);
    m_admin = std::make_unique<FakeAdmin>(this);
    m_http = new FakeHttpListener([this](const FakeRequest &request) { return dispatch(request); },
        [this] { return m_faults->delayMs(); }, &FakeStreamHub::isStreamPath, this);
    connect(m_http, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_http->hasPendingWebSocketConnections()) {
            m_hub->accept(m_http->nextPendingWebSocketConnection());
        }
    });
    connect(m_hub, &FakeStreamHub::connectionsChanged, this, &FakeExchangeServer::streamConnectionsChanged);
    connect(m_hub, &FakeStreamHub::pongReceived, this, &FakeExchangeServer::streamPongReceived);
}

FakeExchangeServer::~FakeExchangeServer()
{
    // The WebSockets go first: their TCP sockets came from the listener's QTcpServer and are
    // deleted with it, so a WebSocket outliving the listener would close a dangling socket.
    delete m_hub;
    m_hub = nullptr;
    delete m_http;
    m_http = nullptr;
}

core::Result<quint16> FakeExchangeServer::listen(quint16 port)
{
    const quint16 bound = m_http->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        return core::Error { u"the fake exchange cannot listen on 127.0.0.1:%1 (in use?)"_s.arg(port) };
    }
    m_port = bound;
    qCInfo(lcFakeExchange) << "listening on" << restBase().toString();
    return bound;
}

QUrl FakeExchangeServer::restBase() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QUrl FakeExchangeServer::streamBase() const
{
    return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_port));
}

qint64 FakeExchangeServer::nowMs() const
{
    return m_clock->nowMs() + m_faults->clockOffsetMs();
}

void FakeExchangeServer::declareSymbol(const core::SymbolFilters &filters)
{
    // The fake advertises PERCENT_PRICE for every symbol (Binance's usual 1.05 / 0.95 unless the
    // test declares others) and enforces what it advertises.
    core::SymbolFilters declared = filters;
    if (!declared.percentPriceUp.isPositive()) {
        declared.percentPriceUp = core::Decimal::fromString(u"1.05");
    }
    if (!declared.percentPriceDown.isPositive()) {
        declared.percentPriceDown = core::Decimal::fromString(u"0.95");
    }
    m_engine->setSymbol(declared);
}

void FakeExchangeServer::setMarkPrice(const QString &symbol, core::Decimal price)
{
    m_engine->setMarkPrice(symbol, price);
}

void FakeExchangeServer::addCandleHistory(const QString &symbol, const QList<FakeCandles::Candle> &oneMinuteCandles)
{
    m_hub->addCandleHistory(symbol, oneMinuteCandles);
}

void FakeExchangeServer::setBookTicker(const QString &symbol, core::Decimal bid, core::Decimal ask)
{
    m_hub->setBookTicker(symbol, bid, ask);
}

void FakeExchangeServer::publishLiquidation(QJsonObject order)
{
    const auto fill = [&order](const QString &key, const QJsonValue &value) {
        if (!order.contains(key)) {
            order.insert(key, value);
        }
    };
    fill(u"o"_s, u"LIMIT"_s);
    fill(u"f"_s, u"IOC"_s);
    fill(u"X"_s, u"FILLED"_s);
    fill(u"ap"_s, order.value(u"p"_s));
    fill(u"z"_s, order.value(u"q"_s));
    fill(u"l"_s, order.value(u"z"_s));
    fill(u"T"_s, nowMs());
    m_hub->publishLiquidation(order);
}

void FakeExchangeServer::publishLiquidation(const core::Liquidation &l)
{
    publishLiquidation(QJsonObject { { u"s"_s, l.symbol }, { u"S"_s, core::toString(l.side) },
        { u"q"_s, l.quantity.toString() }, { u"p"_s, l.price.toString() },
        { u"ap"_s, (l.averagePrice.isZero() ? l.price : l.averagePrice).toString() }, { u"z"_s, l.quantity.toString() },
        { u"l"_s, l.quantity.toString() }, { u"T"_s, l.time ? l.time : nowMs() } });
}

void FakeExchangeServer::failNext(const Failure &failure)
{
    qCInfo(lcFakeExchange) << "fault: next" << failure.remaining << "requests answer" << failure.httpStatus;
    m_faults->failNext(failure);
}

void FakeExchangeServer::failNextRequests(int httpStatus, int count, int retryAfterSeconds)
{
    Failure failure;
    failure.httpStatus = httpStatus;
    failure.remaining = count;
    failure.retryAfterSeconds = retryAfterSeconds;
    failNext(failure);
}

void FakeExchangeServer::setAnswerDelay(int ms)
{
    m_faults->setDelayMs(ms);
}

void FakeExchangeServer::dropStreams()
{
    qCInfo(lcFakeExchange) << "fault: dropping" << m_hub->connectionCount() << "stream connections";
    m_hub->dropAll();
}

void FakeExchangeServer::dropUserStreams()
{
    qCInfo(lcFakeExchange) << "fault: dropping the user-data streams";
    m_hub->dropKind(true);
}

void FakeExchangeServer::dropMarketStreams()
{
    qCInfo(lcFakeExchange) << "fault: dropping the market streams";
    m_hub->dropKind(false);
}

void FakeExchangeServer::holdUserEvents()
{
    m_hub->setUserFramesHeld(true);
}

void FakeExchangeServer::releaseUserEvents()
{
    qCInfo(lcFakeExchange) << "fault: releasing" << m_hub->heldUserFrameCount() << "held user-data frames";
    m_hub->setUserFramesHeld(false);
}

void FakeExchangeServer::setUserEventsDuplicated(bool isDuplicated)
{
    m_hub->setUserFramesDuplicated(isDuplicated);
}

void FakeExchangeServer::sendMalformedFrame()
{
    m_hub->sendMalformedFrame();
}

void FakeExchangeServer::rejectNextOrder(int code, const QString &message)
{
    m_faults->rejectNextOrder(core::Error { message, code });
}

void FakeExchangeServer::pushAccountSettings(std::optional<bool> isHedge, std::optional<bool> isMultiAssets)
{
    m_hub->pushUserEvent(FakeJson::accountSettingsUpdate(isHedge, isMultiAssets, nowMs()));
}

void FakeExchangeServer::pushMarginCall()
{
    m_hub->pushUserEvent(FakeJson::marginCall(
        m_engine->positions(), m_engine->walletBalance(),
        [this](const QString &symbol) { return m_engine->markPrice(symbol); }, nowMs()));
}

void FakeExchangeServer::pushAnnouncement(const QString &title, const QString &category, const QString &body)
{
    m_hub->pushUserEvent(FakeJson::announcement(title, body, category, nowMs()));
}

void FakeExchangeServer::chargeFunding(const QString &symbol, core::Decimal rate)
{
    qCInfo(lcFakeExchange).noquote() << "fault: funding at" << rate.toString() << "on" << symbol;
    m_engine->chargeFunding(symbol, rate * core::Decimal::fromInt(100));
}

void FakeExchangeServer::expireListenKeys()
{
    m_hub->expireListenKeys();
}

void FakeExchangeServer::setStreamTimings(const FakeStreamTimings &timings)
{
    m_hub->setTimings(timings);
}

void FakeExchangeServer::advanceClock(qint64 ms)
{
    m_faults->advanceClock(ms);
}

void FakeExchangeServer::clearFaults()
{
    m_faults->clear();
    m_hub->setUserFramesDuplicated(false);
    m_hub->setUserFramesHeld(false);
}

QStringList FakeExchangeServer::listenKeys() const
{
    return m_hub->listenKeys();
}

int FakeExchangeServer::streamConnectionCount() const
{
    return m_hub->connectionCount();
}

qint64 FakeExchangeServer::streamFramesSent() const
{
    return m_hub->framesSent();
}

FakeResponse FakeExchangeServer::dispatch(const FakeRequest &request)
{
    FakeRequest routed = request;
    routed.path = v1ApiPath(request.path);
    // Only the method and path are logged: parameters carry signatures, headers the API key.
    const FakeResponse response
        = request.path.startsWith(u"/admin/"_s) ? m_admin->handle(request) : m_rest->handle(routed);
    qCDebug(lcFakeExchange) << request.method << request.path << response.status;
    const bool isSigned = request.rawQuery.contains("signature=") || request.body.contains("signature=");
    Q_EMIT requestServed(request.method, request.path, isSigned, response.status);
    return response;
}

} // namespace trd::exchange
