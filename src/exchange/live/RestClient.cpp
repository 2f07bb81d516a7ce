// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/RestClient.h"

#include "ExchangeLog.h"
#include "protocol/RestParser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {
int headerInt(QNetworkReply *reply, const QByteArray &name)
{
    const QByteArray value = reply->rawHeader(name);
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? n : -1;
}
} // namespace

RestClient::RestClient(QUrl base, const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_clock(clock)
    , m_limiter(clock)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &RestClient::schedulePump);
}

void RestClient::schedulePump()
{
    const qint64 wait = m_limiter.pump();
    if (wait > 0 && !m_pumpTimer.isActive()) {
        m_pumpTimer.start(int(std::min<qint64>(wait, 60'000)));
    }
}

void RestClient::syncTime(std::function<void(const std::optional<ExchangeError> &)> done)
{
    const qint64 sentAt = m_clock->nowMs();
    call({ "GET", u"/fapi/v1/time"_s, 1, false, false, RateLimiter::Priority::Order }, {},
        [this, sentAt, done](const QByteArray &body, const std::optional<ExchangeError> &error) {
            if (!error) {
                if (const auto server = RestParser::serverTime(body)) {
                    // The server stamped its time about halfway through the round trip.
                    const qint64 now = m_clock->nowMs();
                    m_offsetMs = server.value() - (sentAt + now) / 2;
                }
            }
            if (done) {
                done(error);
            }
        });
}

void RestClient::call(const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Callback callback)
{
    send(endpoint, parameters, std::move(callback), false);
}

void RestClient::send(
    const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Callback callback, bool isRetry)
{
    QPointer<RestClient> self(this);
    m_limiter.enqueue(endpoint.priority, endpoint.weight, endpoint.countsAsOrder, [=, this] {
        if (!self) {
            return;
        }
        RequestSigner::Parameters all = parameters;
        if (endpoint.isSigned) {
            if (m_recvWindowMs > 0) {
                all.append({ u"recvWindow"_s, QString::number(m_recvWindowMs) });
            }
            all.append({ u"timestamp"_s, QString::number(m_clock->nowMs() + m_offsetMs) });
        }
        QUrl url = m_base;
        url.setPath(endpoint.path);
        if (!all.isEmpty()) {
            url.setQuery(QString::fromLatin1(RequestSigner::encode(all)), QUrl::StrictMode);
        }
        if (endpoint.isSigned) {
            // Sign the query exactly as it will leave, after QUrl's own normalisation.
            const QByteArray sent = url.query(QUrl::FullyEncoded).toLatin1();
            url.setQuery(QString::fromLatin1(sent + "&signature=" + RequestSigner::sign(sent, m_credentials.secret)),
                QUrl::StrictMode);
        }
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        if (!m_credentials.apiKey.isEmpty()) {
            request.setRawHeader("X-MBX-APIKEY", m_credentials.apiKey);
        }
        request.setTransferTimeout(10'000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, endpoint.method);
        Q_EMIT requestSent(endpoint.method, endpoint.path);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            const int retryAfter = headerInt(reply, "Retry-After");
            std::optional<ExchangeError> error;
            if (status == 0) {
                // No answer at all: for an order the outcome is unknown and must be queried.
                ExchangeError e;
                e.code = -1007;
                e.message = u"no answer from the exchange: %1"_s.arg(reply->errorString());
                e.action = ExchangeError::Action::QueryOrder;
                error = e;
            } else if (status >= 400) {
                error = ExchangeError::fromResponse(status, body, retryAfter > 0 ? retryAfter : 0);
            }
            m_limiter.onResponse(status, headerInt(reply, "X-MBX-USED-WEIGHT-1M"),
                headerInt(reply, "X-MBX-ORDER-COUNT-1M"), std::max(retryAfter, 0), error ? error->code : 0);
            Q_EMIT rateLimitChanged(m_limiter.status().text());
            if (status == 418) {
                Q_EMIT banned(error ? error->message : u"banned"_s);
            }
            if (error && error->action == ExchangeError::Action::ResyncClock && !isRetry) {
                qCInfo(lcExchange) << "timestamp outside recvWindow: resyncing the clock and retrying once";
                syncTime(
                    [=, this](const std::optional<ExchangeError> &) { send(endpoint, parameters, callback, true); });
                return;
            }
            callback(body, error);
        });
    });
    schedulePump();
}

} // namespace trd::exchange
