// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
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

// Binance-compatible REST over QNetworkAccessManager: signs requests (the secret never leaves
// this class and is never logged), keeps the server-clock offset, resyncs and retries once on
// -1021, and goes through the rate limiter so orders are never starved. Answers are the body
// or an ExchangeError with the exchange's code, message and what to do about it.
class RestClient : public QObject
{
    Q_OBJECT
public:
    struct Credentials
    {
        QByteArray apiKey;
        QByteArray secret;
    };
    using Callback = std::function<void(const QByteArray &body, const std::optional<ExchangeError> &error)>;

    RestClient(QUrl base, const core::Clock *clock, QObject *parent = nullptr);

    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    bool hasCredentials() const { return !m_credentials.apiKey.isEmpty() && !m_credentials.secret.isEmpty(); }
    void setRecvWindowMs(int ms) { m_recvWindowMs = ms; }
    qint64 clockOffsetMs() const { return m_offsetMs; }
    RateLimiter &limiter() { return m_limiter; }

    // Reads the server time and keeps the offset to our clock.
    void syncTime(std::function<void(const std::optional<ExchangeError> &)> done = {});
    void call(const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Callback callback);

Q_SIGNALS:
    // A request left for the exchange (the path only: never the query, which holds the signature).
    void requestSent(const QByteArray &method, const QString &path);
    void rateLimitChanged(const QString &status);
    void banned(const QString &message);

private:
    void send(const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Callback callback, bool isRetry);
    void schedulePump();

    QUrl m_base;
    const core::Clock *m_clock;
    QNetworkAccessManager m_network;
    RateLimiter m_limiter;
    QTimer m_pumpTimer;
    Credentials m_credentials;
    qint64 m_offsetMs = 0;
    int m_recvWindowMs = 5000;
};

} // namespace trd::exchange
