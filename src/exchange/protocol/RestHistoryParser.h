// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/Types.h"
#include "money/Decimal.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace trd::exchange {

// One fill of the account (GET /fapi/v1/userTrades).
struct UserTrade
{
    QString symbol;
    qint64 id = 0; // the trade id
    qint64 orderId = 0;
    core::OrderSide side = core::OrderSide::Buy;
    core::PositionSide positionSide = core::PositionSide::Both;
    core::Decimal price;
    core::Decimal quantity;
    core::Decimal quoteQuantity;
    core::Decimal realizedPnl;
    // As the exchange states it: the fee paid, in commissionAsset (real answers give it positive;
    // the published example shows a negative one, so nothing here assumes a sign).
    core::Decimal commission;
    QString commissionAsset;
    bool isMaker = false;
    bool isBuyer = false;
    qint64 time = 0;
};

// One row of the account's income history (GET /fapi/v1/income). The type stays text because
// the exchange adds kinds (WELCOME_BONUS, MARKET_MERCHANT_RETURN_REWARD, …) a client must pass on.
struct IncomeRecord
{
    QString symbol; // empty for account-wide rows (TRANSFER)
    QString incomeType; // REALIZED_PNL, COMMISSION, FUNDING_FEE, TRANSFER, …
    core::Decimal income; // signed: a commission is negative
    QString asset;
    QString info;
    qint64 time = 0;
    QString tranId; // a number on Binance, a string on Aster
    QString tradeId; // empty when the row has no trade
};

// One candle (GET /fapi/v1/klines).
struct Kline
{
    qint64 openTime = 0;
    core::Decimal open;
    core::Decimal high;
    core::Decimal low;
    core::Decimal close;
    core::Decimal volume;
    qint64 closeTime = 0;
    core::Decimal quoteVolume;
    qint64 trades = 0;
    core::Decimal takerBuyVolume;
    core::Decimal takerBuyQuoteVolume;
};

struct DepthLevel
{
    core::Decimal price;
    core::Decimal quantity;
};

// An order-book snapshot (GET /fapi/v1/depth): bids best (highest) first, asks best (lowest) first.
struct DepthBook
{
    qint64 lastUpdateId = 0;
    qint64 eventTime = 0; // E
    qint64 transactionTime = 0; // T
    QList<DepthLevel> bids;
    QList<DepthLevel> asks;
};

// Pure parsing of the REST answers that are lists of rows: the account's trades and income,
// klines and order-book depth. Every price, quantity and amount is an exact decimal; a malformed
// row fails the whole answer with an error naming the row's field.
class RestHistoryParser
{
public:
    static core::Result<QList<UserTrade>> userTrades(const QByteArray &body);
    static core::Result<QList<IncomeRecord>> income(const QByteArray &body);
    static core::Result<QList<Kline>> klines(const QByteArray &body);
    static core::Result<DepthBook> depth(const QByteArray &body);
};

} // namespace trd::exchange
