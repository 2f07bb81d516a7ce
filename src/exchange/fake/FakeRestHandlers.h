// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/OrderUpdate.h"
#include "fake/FakeHttp.h"
#include "market/SymbolFilters.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace trd::exchange {

class FakeAccountHandlers;
class FakeFaults;
class FakeSignatureCheck;
class FakeStreamHub;
class PaperMatchingEngine;

// The REST API of the fake exchange: authentication (API key, then HMAC or V3 signatures),
// request weights and their headers, armed faults, and the endpoints over the paper engine.
class FakeRestHandlers
{
public:
    using Now = std::function<qint64()>;

    FakeRestHandlers(
        PaperMatchingEngine *engine, FakeStreamHub *hub, FakeFaults *faults, FakeExchangeSettings settings, Now now);
    ~FakeRestHandlers();
    FakeRestHandlers(const FakeRestHandlers &) = delete;
    FakeRestHandlers &operator=(const FakeRestHandlers &) = delete;

    FakeResponse handle(const FakeRequest &request);

    // The engine's declared symbols, in name order.
    QList<core::SymbolFilters> declaredSymbols() const;

private:
    using Params = QHash<QString, QString>;
    enum class Security
    {
        None,
        ApiKey, // listenKey endpoints: key only
        Signed,
    };
    struct Route
    {
        Security security = Security::None;
        int weight = 1;
        std::function<FakeResponse(FakeRestHandlers &, const Params &)> handler;
    };

    std::optional<Route> route(const FakeRequest &request, const Params &params) const;
    std::optional<FakeResponse> authenticate(const FakeRequest &request, Security security, const Params &params);
    bool countWeight(int weight, bool isOrder);
    void addLimitHeaders(FakeResponse &response) const;
    static FakeResponse tooManyRequests(int code, const QString &message, qint64 now);

    FakeResponse ping(const Params &params);
    FakeResponse time(const Params &params);
    FakeResponse exchangeInfo(const Params &params);
    FakeResponse premiumIndex(const Params &params);
    FakeResponse bookTicker(const Params &params);
    FakeResponse placeOrder(const Params &params);
    FakeResponse cancelOrder(const Params &params);
    FakeResponse cancelAllOrders(const Params &params);
    FakeResponse queryOrder(const Params &params);
    FakeResponse openOrders(const Params &params);
    FakeResponse positionRisk(const Params &params);
    FakeResponse balance(const Params &params);
    FakeResponse account(const Params &params);
    FakeResponse leverageBracket(const Params &params);
    FakeResponse leverage(const Params &params);
    FakeResponse createListenKey(const Params &params);
    FakeResponse keepAliveListenKey(const Params &params);
    FakeResponse deleteListenKey(const Params &params);

    // Order updates the engine publishes during `call`, for the REST answer.
    QList<core::OrderUpdate> capture(const std::function<void()> &call);
    // symbol + clientOrderId of an order named by orderId or origClientOrderId.
    std::optional<QPair<QString, QString>> findOrder(const Params &params) const;
    // -1102 when neither orderId nor origClientOrderId is sent, -1100 for an orderId not a number.
    static std::optional<FakeResponse> checkOrderReference(const Params &params);
    bool isDeclared(const QString &symbol) const;

    PaperMatchingEngine *m_engine;
    FakeStreamHub *m_hub;
    FakeFaults *m_faults;
    FakeExchangeSettings m_settings;
    Now m_now;
    std::unique_ptr<FakeSignatureCheck> m_signatures;
    int m_listenerId = 0;
    QList<core::OrderUpdate> *m_captured = nullptr;
    QHash<qint64, QPair<QString, QString>> m_orderById;
    // Fields the engine does not keep (timeInForce, workingType, closePosition, priceProtect),
    // echoed as sent in every later answer about the order.
    QHash<qint64, QJsonObject> m_echoById;
    qint64 m_weightMinute = -1;
    int m_usedWeight = 0;
    int m_orderCount = 0;
    std::unique_ptr<FakeAccountHandlers> m_account;
};

} // namespace trd::exchange
