// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/OrderUpdate.h"
#include "fake/FakeHttp.h"
#include "money/Decimal.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace trd::exchange {

class FakeCandles;
class PaperMatchingEngine;
struct PaperEvent;

// The fake exchange's account history and settings endpoints, and its book and candles:
// batchOrders, allOrders, userTrades, income, commissionRate, marginType, positionSide/dual,
// depth and klines. It records what the paper engine reports (every fill, every order's latest
// state) so that it can answer for the past the way the real exchange does; the candles are those
// the stream hub keeps of the mark prices (FakeCandles), which its kline streams send.
// FakeRestHandlers routes to it after authenticating and counting weight as for every endpoint.
class FakeAccountHandlers
{
public:
    using Params = QHash<QString, QString>;
    using Now = std::function<qint64()>;
    using Handler = std::function<FakeResponse(const Params &)>;
    struct Route
    {
        bool isSigned = true;
        int weight = 1;
        Handler handler;
    };

    // placeOrder is POST /fapi/v1/order's handler: batchOrders places each order through it.
    // The candles are not owned and must outlive the handlers.
    FakeAccountHandlers(PaperMatchingEngine *engine, const FakeCandles *candles, Now now, Handler placeOrder);
    ~FakeAccountHandlers();
    FakeAccountHandlers(const FakeAccountHandlers &) = delete;
    FakeAccountHandlers &operator=(const FakeAccountHandlers &) = delete;

    std::optional<Route> route(const QString &method, const QString &path, const Params &params);
    void setUserEventSink(std::function<void(const QJsonObject &)> push) { m_pushUser = std::move(push); }

private:
    struct IncomeRow
    {
        QString symbol;
        QString type;
        core::Decimal amount;
        qint64 time = 0;
        qint64 tranId = 0;
        qint64 tradeId = 0;
    };
    struct OrderRecord
    {
        core::OrderUpdate latest;
        qint64 createdAt = 0;
    };

    void onEngineEvent(const PaperEvent &event);

    FakeResponse batchOrders(const Params &params);
    FakeResponse allOrders(const Params &params);
    FakeResponse userTrades(const Params &params);
    FakeResponse income(const Params &params);
    FakeResponse commissionRate(const Params &params);
    FakeResponse marginType(const Params &params);
    FakeResponse positionMode(const Params &params);
    FakeResponse setPositionMode(const Params &params);
    FakeResponse depth(const Params &params);
    FakeResponse klines(const Params &params);

    // -1102 when no symbol was sent, -1121 when the exchange does not list it.
    std::optional<FakeResponse> refuseSymbol(const QString &symbol) const;

    PaperMatchingEngine *m_engine;
    const FakeCandles *m_candles;
    Now m_now;
    Handler m_placeOrder;
    std::function<void(const QJsonObject &)> m_pushUser;
    int m_listenerId = 0;
    std::map<qint64, core::OrderUpdate> m_fills; // by trade id: a query repeats an order's last fill
    QList<IncomeRow> m_income;
    std::map<qint64, OrderRecord> m_orders; // by order id
    QHash<QString, QString> m_marginTypes; // ISOLATED; absent is CROSSED
    qint64 m_nextTranId = 1;
    qint64 m_depthUpdateId = 1;
};

} // namespace trd::exchange
