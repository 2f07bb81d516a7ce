// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "protocol/Eip712Signer.h"
#include "protocol/ExchangeError.h"
#include "protocol/RateLimiter.h"
#include "protocol/RequestSigner.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <map>
#include <optional>

namespace trd::exchange {

// One REST endpoint: how it is called and what it costs (exchange.md weights).
struct Endpoint
{
    QByteArray method; // GET POST PUT DELETE
    QString path;
    int weight = 1;
    bool isSigned = false;
    bool countsAsOrder = false;
    RateLimiter::Priority priority = RateLimiter::Priority::MarketData;
};

// Binance-compatible REST over QNetworkAccessManager: signs requests with an HMAC key (V1) or
// an API wallet (Aster's V3 "Pro API"; the secret and the private key never leave this class and
// are never logged), keeps the server-clock offset, resyncs and retries once on -1021 and -4225,
// and goes through the rate limiter so orders are never starved; after an IP ban (418) it sends
// nothing more. Answers are the body or an ExchangeError with the exchange's code, message and
// what to do about it.
class RestClient : public QObject
{
    Q_OBJECT
public:
    struct Credentials
    {
        enum class Kind
        {
            Hmac, // V1: API key and secret
            V3, // Pro API: the account's wallet address and its API wallet's private key
        };
        QByteArray apiKey; // HMAC
        QByteArray secret; // HMAC
        Kind kind = Kind::Hmac;
        QString user {}; // V3: the main account's wallet address ("0x…")
        QByteArray signerPrivateKey {}; // V3: the API wallet's secp256k1 key, 64 hex digits
        quint64 chainId = 1666; // V3: the EIP-712 domain's chainId (ExchangeProfile: 714 on the testnet)

        static Credentials v3(QString user, QByteArray signerPrivateKey);
    };
    using Callback = std::function<void(const QByteArray &body, const std::optional<ExchangeError> &error)>;

    RestClient(QUrl base, const core::Clock *clock, QObject *parent = nullptr);

    // A V3 key that is not a secp256k1 key is kept as a problem: signed calls then fail with it.
    void setCredentials(const Credentials &credentials);
    bool hasCredentials() const;
    bool isV3() const { return m_kind == Credentials::Kind::V3; }
    void setRecvWindowMs(int ms) { m_recvWindowMs = ms; }
    qint64 clockOffsetMs() const { return m_offsetMs; }
    RateLimiter &limiter() { return m_limiter; }
    // Requests queued in the limiter or sent and not answered yet: none when the client is idle.
    int pendingRequestCount() const { return int(m_queued.size()) + m_unanswered; }

    // Reads the server time and keeps the offset to our clock.
    void syncTime(std::function<void(const std::optional<ExchangeError> &)> done = {});
    void call(const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Callback callback);
    // Sends what the rate limiter allows now and arms the timer for the rest; the timer calls it,
    // and so may whoever moved the injected clock.
    void pump();

    // The one place where an endpoint becomes its V3 form: /fapi/v1, /v2 and /v4 paths are served
    // under /fapi/v3, and listenKey calls (USER_STREAM, API key only in V1) are signed.
    static Endpoint toV3(Endpoint endpoint);

Q_SIGNALS:
    // A request left for the exchange (the path only: never the query, which holds the signature).
    void requestSent(const QByteArray &method, const QString &path);
    void rateLimitChanged(const QString &status);
    void banned(const QString &message);

private:
    void send(const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Callback callback, bool isRetry);
    // The parameters that authenticate a signed request, and the signature of what is sent.
    void appendAuthentication(RequestSigner::Parameters &parameters);
    QByteArray signature(const QByteArray &sent) const;
    // Microseconds of server time, strictly increasing even within one clock tick.
    qint64 nextNonce();
    // An answered V3 request's nonce: taken, or refused for being too far from the server's clock.
    void rememberNonce(qint64 nonce, bool isRefused);
    // Answers a callback from the event loop, never from inside call().
    void failLater(const Callback &callback, const ExchangeError &error);
    void onBanned(const ExchangeError &error);

    QUrl m_base;
    const core::Clock *m_clock;
    QNetworkAccessManager m_network;
    RateLimiter m_limiter;
    QTimer m_pumpTimer;
    Credentials::Kind m_kind = Credentials::Kind::Hmac;
    QByteArray m_apiKey;
    QByteArray m_secret;
    QString m_user;
    std::optional<Eip712Signer> m_signer;
    QString m_credentialsProblem;
    std::optional<ExchangeError> m_ban;
    // Requests queued in the limiter, so that a ban can answer them.
    std::map<quint64, Callback> m_queued;
    quint64 m_nextTicket = 1;
    int m_unanswered = 0;
    qint64 m_lastNonce = 0;
    // The highest nonce the exchange took: a nonce it refused (-4225, too far from its clock) is
    // forgotten, so that the nonces after a resync follow the server's clock instead of it.
    qint64 m_lastTakenNonce = 0;
    qint64 m_offsetMs = 0;
    int m_recvWindowMs = 5000;
};

} // namespace trd::exchange
