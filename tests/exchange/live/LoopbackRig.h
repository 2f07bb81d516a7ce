// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "fake/FakeExchangeServer.h"
#include "live/RestClient.h"
#include "paper/PaperMatchingEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace trd::exchange::test {

using namespace Qt::Literals::StringLiterals;

// The fake exchange on 127.0.0.1 over a fresh engine, on a clock that moves only when told,
// with BTCUSDT declared and marked at 50000.
struct LoopbackRig
{
    static constexpr qint64 kStart = 1'700'000'000'000;

    explicit LoopbackRig(const FakeExchangeSettings &settings)
        : server(&engine, &clock, settings)
    {
        core::SymbolFilters filters;
        filters.symbol = u"BTCUSDT"_s;
        filters.tickSize = core::Decimal::fromString(u"0.1");
        filters.stepSize = core::Decimal::fromString(u"0.001");
        filters.minQty = filters.stepSize;
        server.declareSymbol(filters);
        server.setMarkPrice(u"BTCUSDT"_s, core::Decimal::fromInt(50000));
    }

    bool start() { return server.listen().hasValue(); }

    core::ManualClock clock { kStart };
    PaperMatchingEngine engine { &clock };
    FakeExchangeServer server;
};

// The client's credentials for a rig whose fake was given this key and secret.
inline RestClient::Credentials loopbackCredentials(const QByteArray &apiKey, const QByteArray &secret)
{
    RestClient::Credentials c;
    c.apiKey = apiKey;
    c.secret = secret;
    return c;
}

// One REST answer, as the client's callback gave it.
struct Answer
{
    bool isDone = false;
    QByteArray body;
    std::optional<ExchangeError> error;

    QString field(const QString &name) const { return QJsonDocument::fromJson(body).object().value(name).toString(); }
};

// Calls without waiting; the answer fills in when the callback runs.
inline std::shared_ptr<Answer> callLater(
    RestClient &client, const Endpoint &endpoint, const RequestSigner::Parameters &parameters = {})
{
    auto answer = std::make_shared<Answer>();
    client.call(endpoint, parameters, [answer](const QByteArray &body, const std::optional<ExchangeError> &error) {
        answer->isDone = true;
        answer->body = body;
        answer->error = error;
    });
    return answer;
}

inline Answer call(RestClient &client, const Endpoint &endpoint, const RequestSigner::Parameters &parameters = {})
{
    const auto answer = callLater(client, endpoint, parameters);
    if (!QTest::qWaitFor([&] { return answer->isDone; }, 10000)) {
        // Fails every check of the answer, "no error" included.
        ExchangeError timeout;
        timeout.message = u"the test's call got no answer"_s;
        return { false, {}, timeout };
    }
    return *answer;
}

inline RequestSigner::Parameters marketBuy(const QString &clientOrderId)
{
    return { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s }, { u"type"_s, u"MARKET"_s },
        { u"quantity"_s, u"0.001"_s }, { u"newClientOrderId"_s, clientOrderId } };
}

using P = RateLimiter::Priority;
// As LiveExchange declares them, in their V1 form.
inline const Endpoint kPlace { "POST", u"/fapi/v1/order"_s, 1, true, true, P::Order };
inline const Endpoint kCancel { "DELETE", u"/fapi/v1/order"_s, 1, true, false, P::Order };
inline const Endpoint kQuery { "GET", u"/fapi/v1/order"_s, 1, true, false, P::Account };
inline const Endpoint kMarkPrice { "GET", u"/fapi/v1/premiumIndex"_s, 1, false, false, P::MarketData };

} // namespace trd::exchange::test
