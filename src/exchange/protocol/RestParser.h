// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/OpenOrder.h"
#include "exchange/OrderUpdate.h"
#include "exchange/PositionSnapshot.h"
#include "market/SymbolFilters.h"
#include "paper/LeverageBrackets.h"
#include "protocol/ExchangeError.h"
#include "protocol/StreamEvents.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace trd::exchange {

struct RateLimitRule
{
    QString type; // REQUEST_WEIGHT, ORDERS
    QString interval; // SECOND, MINUTE, DAY
    int intervalNum = 1;
    int limit = 0;
};

struct ExchangeInfo
{
    QList<core::SymbolFilters> symbols; // TRADING ones only
    QList<RateLimitRule> rateLimits;
};

struct Balance
{
    core::Decimal available;
    core::Decimal wallet;
};

// GET /fapi/v4/account: the account's totals and its non-zero positions.
struct AccountSummary
{
    core::Decimal totalWalletBalance;
    core::Decimal totalUnrealizedProfit;
    core::Decimal availableBalance;
    core::PositionSnapshots positions;
};

// GET /fapi/v1/commissionRate. Rates are fractions: 0.0004 = 0.04 % of the notional.
struct CommissionRate
{
    QString symbol;
    core::Decimal maker;
    core::Decimal taker;
};

// One symbol of a GET /fapi/v1/leverageBracket answer.
struct SymbolLeverageBrackets
{
    QString symbol;
    LeverageBrackets brackets;
};

// One slot of a POST /fapi/v1/batchOrders answer, in the order the orders were sent: the order
// as placed, or the exchange's refusal of that one order.
struct BatchOrderResult
{
    std::optional<core::OrderUpdate> order;
    ExchangeError error; // meaningful when order is empty

    bool isPlaced() const { return order.has_value(); }
};

// Pure parsing of REST answers (exchange.md "REST endpoints used"). Filters are read at run
// time from exchangeInfo, never hard-coded. Answers that are lists of rows (trades, income,
// klines, depth) are in RestHistoryParser.
class RestParser
{
public:
    static core::Result<qint64> serverTime(const QByteArray &body);
    static core::Result<ExchangeInfo> exchangeInfo(const QByteArray &body);
    static core::Result<core::PositionSnapshots> positionRisk(const QByteArray &body);
    static core::Result<core::OrderUpdate> order(const QByteArray &body);
    static core::Result<core::OpenOrders> openOrders(const QByteArray &body);
    // GET /fapi/v1/allOrders: every order's latest state, oldest first.
    static core::Result<QList<core::OrderUpdate>> orders(const QByteArray &body);
    static core::Result<QList<BatchOrderResult>> batchOrders(const QByteArray &body);
    static core::Result<Balance> balance(const QByteArray &body, const QString &asset = QStringLiteral("USDT"));
    static core::Result<AccountSummary> account(const QByteArray &body);
    // GET /fapi/v1/positionSide/dual: {"dualSidePosition": true} is hedge mode.
    static core::Result<core::PositionMode> positionMode(const QByteArray &body);
    static core::Result<CommissionRate> commissionRate(const QByteArray &body);
    // One object (a symbol was given) or an array of them. Every symbol needs at least one
    // bracket, floors rising from 0, leverage 1–125 and maintenance rates in [0, 1), rising.
    static core::Result<QList<SymbolLeverageBrackets>> leverageBrackets(const QByteArray &body);
    // One object (a symbol was given) or an array of them; the same records as the markPrice and
    // bookTicker streams send.
    static core::Result<QList<MarkPriceEvent>> premiumIndex(const QByteArray &body);
    static core::Result<QList<BookTickerEvent>> bookTicker(const QByteArray &body);
    static core::Result<QString> listenKey(const QByteArray &body);
};

} // namespace trd::exchange
