// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/OrderRequest.h"
#include "live/RestClient.h"
#include "protocol/ApiResult.h"
#include "protocol/RestHistoryParser.h"
#include "protocol/RestParser.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace trd::exchange {

// Requests are values; an absent optional is a parameter not sent (the exchange's default).
struct DepthQuery
{
    QString symbol;
    int limit = 500; // 5, 10, 20, 50, 100, 500 or 1000; the weight grows with it
};

struct KlinesQuery
{
    QString symbol;
    QString interval; // 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w 1M
    std::optional<qint64> startTimeMs;
    std::optional<qint64> endTimeMs;
    int limit = 500; // up to 1500; the weight grows with it
};

struct UserTradesQuery
{
    QString symbol;
    std::optional<qint64> startTimeMs;
    std::optional<qint64> endTimeMs;
    std::optional<qint64> fromId; // not with a start or end time
    std::optional<int> limit; // default 500, at most 1000
    std::optional<qint64> orderId; // only this order's trades
};

struct IncomeQuery
{
    QString symbol; // empty: every symbol
    QString incomeType; // empty: every type
    std::optional<qint64> startTimeMs;
    std::optional<qint64> endTimeMs;
    std::optional<int> limit; // default 100, at most 1000
};

struct AllOrdersQuery
{
    QString symbol;
    std::optional<qint64> orderId; // orders from this id on
    std::optional<qint64> startTimeMs;
    std::optional<qint64> endTimeMs;
    std::optional<int> limit; // default 500, at most 1000
};

enum class MarginType
{
    Isolated,
    Crossed
};

// Aster's futures REST API (exchange.md "REST endpoints used"), one typed method per endpoint,
// over RestClient. Every endpoint's method, path, weight, priority and signing is in one table
// (AsterRestApi.cpp), which is what the rate limiter is told. Answers arrive as ApiResult: the
// typed value, or the ExchangeError. Changing a setting to what it already is (-4046 margin
// type, -4059 position mode) is a success. Not a QObject: it holds no state but the client.
class AsterRestApi
{
public:
    template<typename T>
    using Reply = std::function<void(const ApiResult<T> &)>;

    enum class Call
    {
        Ping,
        ServerTime,
        ExchangeInfo,
        PremiumIndex,
        BookTicker,
        Depth,
        Klines,
        PlaceOrder,
        BatchOrders,
        CancelOrder,
        CancelAllOrders,
        QueryOrder,
        OpenOrders,
        AllOrders,
        PositionRisk,
        Balance,
        Account,
        Leverage,
        MarginType,
        PositionMode,
        SetPositionMode,
        UserTrades,
        Income,
        CommissionRate,
        LeverageBracket,
        CreateListenKey,
        KeepAliveListenKey,
        CloseListenKey,
    };
    static constexpr int kMaxBatchOrders = 5;

    explicit AsterRestApi(RestClient *rest);

    // The table's row for a call: its weight for one symbol (or the default limit).
    static Endpoint endpoint(Call call);
    // Weights that depend on the request (exchange.md, Aster's documentation).
    static int depthWeight(int limit);
    static int klinesWeight(int limit);
    static int openOrdersWeight(bool hasSymbol);
    // The parameters of one order as POST /fapi/v1/order takes them: positionSide only in hedge
    // mode, reduceOnly only in one-way mode, and the RESULT answer (the order after matching).
    static RequestSigner::Parameters orderParameters(const core::OrderRequest &request, core::PositionMode mode);

    // Market data.
    void ping(Reply<void> reply);
    void serverTime(Reply<qint64> reply);
    void exchangeInfo(Reply<ExchangeInfo> reply);
    // An empty symbol asks for every symbol (a heavier request).
    void premiumIndex(const QString &symbol, Reply<QList<MarkPriceEvent>> reply);
    void bookTicker(const QString &symbol, Reply<QList<BookTickerEvent>> reply);
    void depth(const DepthQuery &query, Reply<DepthBook> reply);
    void klines(const KlinesQuery &query, Reply<QList<Kline>> reply);

    // Orders. An unknown outcome (503, no answer) comes back as an error whose isOutcomeUnknown()
    // is true: query the order by its clientOrderId, never send it again.
    void placeOrder(const core::OrderRequest &request, core::PositionMode mode, Reply<core::OrderUpdate> reply);
    // 1 to kMaxBatchOrders orders in one request; the answer has one slot per order, in order.
    void placeBatch(
        const QList<core::OrderRequest> &requests, core::PositionMode mode, Reply<QList<BatchOrderResult>> reply);
    void cancelOrder(const QString &symbol, const QString &clientOrderId, Reply<core::OrderUpdate> reply);
    void cancelAllOrders(const QString &symbol, Reply<void> reply);
    void queryOrder(const QString &symbol, const QString &clientOrderId, Reply<core::OrderUpdate> reply);
    void openOrders(const QString &symbol, Reply<core::OpenOrders> reply);
    void allOrders(const AllOrdersQuery &query, Reply<QList<core::OrderUpdate>> reply);

    // Account.
    void positionRisk(Reply<core::PositionSnapshots> reply);
    void balance(Reply<Balance> reply);
    void account(Reply<AccountSummary> reply);
    void setLeverage(const QString &symbol, int leverage, Reply<void> reply);
    void setMarginType(const QString &symbol, MarginType type, Reply<void> reply);
    void positionMode(Reply<core::PositionMode> reply);
    // Refused with Action::ModeLocked (-4067 open orders, -4068 positions) while anything is open.
    void setPositionMode(core::PositionMode mode, Reply<void> reply);
    void userTrades(const UserTradesQuery &query, Reply<QList<UserTrade>> reply);
    void income(const IncomeQuery &query, Reply<QList<IncomeRecord>> reply);
    void commissionRate(const QString &symbol, Reply<CommissionRate> reply);
    // An empty symbol asks for every symbol's brackets.
    void leverageBrackets(const QString &symbol, Reply<QList<SymbolLeverageBrackets>> reply);

    // User-data stream key.
    void createListenKey(Reply<QString> reply);
    void keepAliveListenKey(Reply<void> reply);
    void closeListenKey(Reply<void> reply);

private:
    template<typename T, typename Parse>
    void send(const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Parse parse, Reply<T> reply);
    // For calls whose answer says nothing more than "done".
    void send(const Endpoint &endpoint, const RequestSigner::Parameters &parameters, Reply<void> reply);

    RestClient *m_rest;
};

QString toString(MarginType type);

} // namespace trd::exchange
