// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeHttpListener.h"

#include "fake/FakeJson.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    default:
        return u"OTHER"_s;
    }
}

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

QHttpServerResponse toResponse(const FakeResponse &answer)
{
    QHttpServerResponse response(
        QByteArray("application/json"), answer.body, QHttpServerResponder::StatusCode(answer.status));
    for (const auto &[name, value] : answer.headers) {
        response.addHeader(name, value);
    }
    return response;
}

} // namespace

FakeHttpListener::FakeHttpListener(Handler handler, Delay delay, StreamPathCheck isStreamPath, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_delay(std::move(delay))
    , m_isStreamPath(std::move(isStreamPath))
{ }

bool FakeHttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Small answers and stream frames must leave at once, as from a real exchange: with Nagle's
    // algorithm a second small write waits for the peer's delayed ACK (milliseconds).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Qt 6.4 passes a WebSocket upgrade on to newWebSocketConnection once a handler accepts it
    // by returning true without answering; refused (false), it calls missingHandler and closes
    // the connection once the answer is written.
    if (isWebSocketUpgrade(request)) {
        return m_isStreamPath(request.url().path());
    }
    FakeRequest fake;
    fake.method = methodName(request.method());
    fake.path = request.url().path();
    fake.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    fake.body = request.body();
    fake.apiKey = request.value("X-MBX-APIKEY");
    // The request takes effect now; only its answer waits, as when a real exchange is slow.
    const FakeResponse answer = m_handler(fake);
    const int delayMs = m_delay();
    if (delayMs <= 0) {
        toResponse(answer).write(makeResponder(request, socket));
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(delayMs, this, [responder, answer, guard = QPointer<QTcpSocket>(socket)] {
        if (guard) {
            toResponse(answer).write(std::move(*responder));
        }
    });
    return true;
}

void FakeHttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Only an upgrade to a path that serves no stream comes here: a plain HTTP refusal, no
    // handshake (Aster's stream hosts answer 404 with no body the client could take for a frame).
    toResponse({ 404, FakeJson::error(-1000, u"No stream at %1."_s.arg(request.url().path())), {} })
        .write(makeResponder(request, socket));
}

} // namespace trd::exchange
