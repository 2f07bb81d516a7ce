// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/RestClient.h"

#include "ExchangeLog.h"
#include "protocol/RestParser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

#include <utility>

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

ExchangeError clientError(int code, const QString &message, ExchangeError::Action action)
{
    ExchangeError e;
    e.code = code;
    e.message = message;
    e.action = action;
    return e;
}
} // namespace

RestClient::Credentials RestClient::Credentials::v3(QString user, QByteArray signerPrivateKey)
{
    Credentials credentials;
    credentials.kind = Kind::V3;
    credentials.user = std::move(user);
    credentials.signerPrivateKey = std::move(signerPrivateKey);
    return credentials;
}

RestClient::RestClient(QUrl base, const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_clock(clock)
    , m_limiter(clock)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &RestClient::pump);
}

void RestClient::setCredentials(const Credentials &credentials)
{
    m_kind = credentials.kind;
    m_apiKey = credentials.apiKey;
    m_secret = credentials.secret;
    m_user = credentials.user;
    m_signer.reset();
    m_credentialsProblem.clear();
    if (m_kind == Credentials::Kind::V3) {
        // Only the signer is kept: the key's text is dropped here and never logged.
        auto signer = Eip712Signer::fromPrivateKey(credentials.signerPrivateKey, credentials.chainId);
        if (signer) {
            m_signer = std::move(signer).value();
        } else {
            m_credentialsProblem = signer.error().message;
        }
    }
}

bool RestClient::hasCredentials() const
{
    return isV3() ? m_signer.has_value() && !m_user.isEmpty() : !m_apiKey.isEmpty() && !m_secret.isEmpty();
}

Endpoint RestClient::toV3(Endpoint endpoint)
{
    static const QRegularExpression version(u"^/fapi/v[0-9]+/"_s);
    endpoint.path.replace(version, u"/fapi/v3/"_s);
    // Aster's V3 document names its account call differently from the V1 API's /fapi/v4/account.
    if (endpoint.path == u"/fapi/v3/account"_s) {
        endpoint.path = u"/fapi/v3/accountWithJoinMargin"_s;
    }
    if (endpoint.path == u"/fapi/v3/listenKey"_s) {
        endpoint.isSigned = true;
    }
    return endpoint;
}

void RestClient::pump()
{
    const qint64 wait = m_limiter.pump();
    if (wait <= 0) {
        return;
    }
    // A shorter wait (a Retry-After that ends before the minute window) moves the timer up.
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > wait) {
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
    send(isV3() ? toV3(endpoint) : endpoint, parameters, std::move(callback), false);
}

void RestClient::appendAuthentication(RequestSigner::Parameters &parameters)
{
    if (isV3()) {
        parameters.append({ u"nonce"_s, QString::number(nextNonce()) });
        parameters.append({ u"user"_s, m_user });
        parameters.append({ u"signer"_s, m_signer->address() });
        return;
    }
    if (m_recvWindowMs > 0) {
        parameters.append({ u"recvWindow"_s, QString::number(m_recvWindowMs) });
    }
    parameters.append({ u"timestamp"_s, QString::number(m_clock->nowMs() + m_offsetMs) });
}

QByteArray RestClient::signature(const QByteArray &sent) const
{
    return isV3() ? m_signer->sign(sent) : RequestSigner::sign(sent, m_secret);
}

qint64 RestClient::nextNonce()
{
    m_lastNonce = std::max((m_clock->nowMs() + m_offsetMs) * 1000, m_lastNonce + 1);
    return m_lastNonce;
}

void RestClient::rememberNonce(qint64 nonce, bool isRefused)
{
    if (isRefused) {
        m_lastNonce = m_lastTakenNonce;
    } else {
        m_lastTakenNonce = std::max(m_lastTakenNonce, nonce);
    }
}

void RestClient::failLater(const Callback &callback, const ExchangeError &error)
{
    QMetaObject::invokeMethod(
        this, [callback, error] { callback({}, error); }, Qt::QueuedConnection);
}

void RestClient::onBanned(const ExchangeError &error)
{
    m_ban = error;
    // Nothing queued will ever be sent: its callers hear so now rather than never.
    const auto queued = std::exchange(m_queued, {});
    m_limiter.clearQueue();
    for (const auto &[ticket, callback] : queued) {
        failLater(callback, error);
    }
    qCWarning(lcExchange).noquote() << "banned by the exchange, no more requests:" << error.describe();
    Q_EMIT banned(error.message);
}

void RestClient::send(
    const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Callback callback, bool isRetry)
{
    if (m_ban && !m_limiter.isBanned()) {
        qCInfo(lcExchange) << "the exchange's ban has run out (Retry-After): sending again";
        m_ban.reset();
        Q_EMIT rateLimitChanged(m_limiter.status().text());
    }
    if (m_ban) {
        failLater(callback, *m_ban);
        return;
    }
    if (endpoint.isSigned && isV3() && !m_signer) {
        failLater(callback, clientError(0, m_credentialsProblem, ExchangeError::Action::CheckCredentials));
        return;
    }
    QPointer<RestClient> self(this);
    const quint64 ticket = m_nextTicket++;
    m_queued.emplace(ticket, callback);
    m_limiter.enqueue(endpoint.priority, endpoint.weight, endpoint.countsAsOrder, [=, this] {
        if (!self) {
            return;
        }
        m_queued.erase(ticket);
        RequestSigner::Parameters all = parameters;
        if (endpoint.isSigned) {
            appendAuthentication(all);
        }
        const qint64 nonce = endpoint.isSigned && isV3() ? m_lastNonce : 0;
        QUrl url = m_base;
        url.setPath(endpoint.path);
        if (!all.isEmpty()) {
            url.setQuery(QString::fromLatin1(RequestSigner::encode(all)), QUrl::StrictMode);
        }
        if (endpoint.isSigned) {
            // Sign the query exactly as it will leave, after QUrl's own normalisation.
            const QByteArray sent = url.query(QUrl::FullyEncoded).toLatin1();
            url.setQuery(QString::fromLatin1(sent + "&signature=" + signature(sent)), QUrl::StrictMode);
        }
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        if (!isV3() && !m_apiKey.isEmpty()) {
            request.setRawHeader("X-MBX-APIKEY", m_apiKey);
        }
        request.setTransferTimeout(10'000);
        QNetworkReply *reply = m_network.sendCustomRequest(request, endpoint.method);
        ++m_unanswered;
        Q_EMIT requestSent(endpoint.method, endpoint.path);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            --m_unanswered;
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            const int retryAfter = headerInt(reply, "Retry-After");
            std::optional<ExchangeError> error;
            if (status == 0) {
                // No answer at all: for an order the outcome is unknown and must be queried.
                error = clientError(-1007, u"no answer from the exchange: %1"_s.arg(reply->errorString()),
                    ExchangeError::Action::QueryOrder);
            } else if (status >= 400) {
                error = ExchangeError::fromResponse(status, body, retryAfter > 0 ? retryAfter : 0);
            }
            m_limiter.onResponse(status, headerInt(reply, "X-MBX-USED-WEIGHT-1M"),
                headerInt(reply, "X-MBX-ORDER-COUNT-1M"), std::max(retryAfter, 0), error ? error->code : 0);
            Q_EMIT rateLimitChanged(m_limiter.status().text());
            if (error && error->action == ExchangeError::Action::Banned && !m_ban) {
                onBanned(*error);
            }
            if (nonce > 0 && status != 0) {
                rememberNonce(nonce, error && error->action == ExchangeError::Action::ResyncClock);
            }
            if (error && error->action == ExchangeError::Action::ResyncClock && !isRetry) {
                qCInfo(lcExchange).noquote()
                    << "the exchange refused our clock (" << error->describe() << "): resyncing it and retrying once";
                syncTime(
                    [=, this](const std::optional<ExchangeError> &) { send(endpoint, parameters, callback, true); });
                return;
            }
            if (error && error->action == ExchangeError::Action::CheckCredentials) {
                qCWarning(lcExchange).noquote() << "the exchange refused our credentials:" << error->describe();
            }
            callback(body, error);
        });
    });
    pump();
}

} // namespace trd::exchange
