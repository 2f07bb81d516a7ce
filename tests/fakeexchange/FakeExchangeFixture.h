// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "fake/FakeExchangeServer.h"
#include "paper/PaperMatchingEngine.h"
#include "protocol/Eip712Signer.h"
#include "protocol/RequestSigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace trd::exchange::test {

using namespace Qt::Literals::StringLiterals;

inline core::Decimal dec(const char16_t *text)
{
    return core::Decimal::fromString(QStringView(text));
}

// A server over a fresh engine with BTCUSDT declared and marked, and a bare HTTP client that
// signs as the live client must: the test plays the client with QNetworkAccessManager directly.
class FakeExchangeFixture
{
public:
    static constexpr qint64 kStart = 1'700'000'000'000;
    const QByteArray apiKey = "test-key";
    const QByteArray secret = "test-secret";
    // The V3 account's API wallet: the well-known example key of the Ethereum docs, never a real
    // wallet (its address is 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23).
    static constexpr const char *kV3Key = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    static constexpr const char16_t *kV3User = u"0x1111111111111111111111111111111111111111";

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QByteArray usedWeight;
        QByteArray orderCount;
    };

    // How a request is signed; the defaults are a correct client.
    struct Signing
    {
        bool isSigned = true;
        bool sendsKey = true;
        bool isInBody = true; // POST/PUT/DELETE parameters in a form body, GET ones in the query
        std::optional<QByteArray> key;
        std::optional<QByteArray> signature;
        std::optional<qint64> timestamp;
    };

    FakeExchangeFixture()
        : clock(kStart)
        , engine(&clock)
        , server(&engine, &clock, settings(apiKey, secret))
    {
        core::SymbolFilters filters;
        filters.symbol = u"BTCUSDT"_s;
        filters.tickSize = dec(u"0.1");
        filters.stepSize = dec(u"0.001");
        filters.minQty = dec(u"0.001");
        filters.maxQty = dec(u"1000");
        filters.minNotional = dec(u"5");
        server.declareSymbol(filters);
        server.setMarkPrice(u"BTCUSDT"_s, dec(u"50000"));
    }

    bool start() { return server.listen().hasValue(); }

    static FakeExchangeSettings settings(const QByteArray &apiKey, const QByteArray &secret)
    {
        FakeExchangeSettings settings { apiKey, secret, 60000 };
        settings.v3User = QString::fromUtf16(kV3User);
        settings.v3Signer = Eip712Signer::fromPrivateKey(kV3Key).value().address();
        return settings;
    }

    // A V3 request as Aster's document sends it: every parameter, nonce, user and signer in the
    // query, then the signature; the nonce defaults to the server clock in microseconds.
    Reply sendV3(const QByteArray &method, const QString &path, const RequestSigner::Parameters &params,
        const QByteArray &key = kV3Key, std::optional<qint64> nonce = {})
    {
        const auto signer = Eip712Signer::fromPrivateKey(key);
        const QByteArray query
            = signer.value().signedQuery(params, nonce.value_or(server.nowMs() * 1000), QString::fromUtf16(kV3User));
        return sendRaw(method, path, query, {});
    }

    static Signing keyOnly(const QByteArray &key = {})
    {
        Signing signing;
        signing.isSigned = false;
        if (!key.isEmpty()) {
            signing.key = key;
        }
        return signing;
    }

    Reply send(const QByteArray &method, const QString &path, const RequestSigner::Parameters &params = {})
    {
        return send(method, path, params, Signing());
    }

    Reply send(const QByteArray &method, const QString &path, RequestSigner::Parameters params, const Signing &signing)
    {
        QByteArray payload;
        if (signing.isSigned) {
            params.append({ u"timestamp"_s, QString::number(signing.timestamp.value_or(clock.nowMs())) });
            payload = RequestSigner::encode(params);
            payload += "&signature=" + signing.signature.value_or(RequestSigner::sign(payload, secret));
        } else {
            payload = RequestSigner::encode(params);
        }
        const bool isInBody = signing.isInBody && method != "GET";
        QUrl url = server.restBase();
        url.setPath(path);
        if (!isInBody && !payload.isEmpty()) {
            url.setQuery(QString::fromLatin1(payload), QUrl::StrictMode);
        }
        QNetworkRequest request(url);
        if (signing.sendsKey) {
            request.setRawHeader("X-MBX-APIKEY", signing.key.value_or(apiKey));
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = network.sendCustomRequest(request, method, isInBody ? payload : QByteArray());
        return wait(reply);
    }

    // Sends a body exactly as given, for the signature-over-query-and-body cases.
    Reply sendRaw(const QByteArray &method, const QString &path, const QByteArray &query, const QByteArray &body)
    {
        QUrl url = server.restBase();
        url.setPath(path);
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("X-MBX-APIKEY", apiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        return wait(network.sendCustomRequest(request, method, body));
    }

    Reply admin(const QString &path, const QByteArray &body = {})
    {
        QUrl url = server.restBase();
        const qsizetype question = path.indexOf(u'?');
        url.setPath(question < 0 ? path : path.left(question));
        if (question >= 0) {
            url.setQuery(path.mid(question + 1));
        }
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return wait(network.post(request, body));
    }

    static int errorCode(const Reply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object().value(u"code"_s).toInt();
    }

    Reply wait(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owned(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(20000);
        }
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("Retry-After"), reply->rawHeader("X-MBX-USED-WEIGHT-1M"),
            reply->rawHeader("X-MBX-ORDER-COUNT-1M") };
    }

    core::ManualClock clock;
    PaperMatchingEngine engine;
    FakeExchangeServer server;
    QNetworkAccessManager network;
};

} // namespace trd::exchange::test
