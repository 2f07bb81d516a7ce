// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/OrderUpdate.h"
#include "exchange/PositionSnapshot.h"
#include "market/Liquidation.h"
#include "money/Decimal.h"

#include <QList>
#include <QString>

#include <variant>

namespace trd::exchange {

// Typed events of the market and user-data streams (exchange.md "Streams"). The REST snapshots of
// the same data (premiumIndex, bookTicker) are read into the same types.

struct MarkPriceEvent
{
    QString symbol;
    core::Decimal markPrice;
    core::Decimal indexPrice;
    core::Decimal fundingRate;
    qint64 nextFundingTime = 0;
    qint64 time = 0;
};

struct BookTickerEvent
{
    QString symbol;
    core::Decimal bidPrice;
    core::Decimal bidQuantity;
    core::Decimal askPrice;
    core::Decimal askQuantity;
    qint64 updateId = 0;
};

struct CandleEvent
{
    QString symbol;
    QString interval;
    qint64 openTime = 0;
    qint64 closeTime = 0;
    core::Decimal open;
    core::Decimal high;
    core::Decimal low;
    core::Decimal close;
    core::Decimal volume;
    core::Decimal quoteVolume;
    bool isClosed = false;
};

struct BalanceChange
{
    QString asset;
    core::Decimal walletBalance;
    core::Decimal crossWalletBalance;
    core::Decimal balanceChange;
};

struct AccountUpdateEvent
{
    qint64 time = 0;
    QString reason; // "m": ORDER, FUNDING_FEE, DEPOSIT, …
    QList<BalanceChange> balances;
    core::PositionSnapshots positions; // only those the exchange listed: compare with the last snapshot
};

struct LeverageUpdateEvent
{
    QString symbol;
    int leverage = 0;
    qint64 time = 0;
};

struct ListenKeyExpiredEvent
{
    qint64 time = 0;
};

struct SubscriptionAnswer
{
    qint64 id = 0;
    bool isError = false;
    QString message;
};

using StreamEvent = std::variant<core::OrderUpdate, AccountUpdateEvent, LeverageUpdateEvent, ListenKeyExpiredEvent,
    QList<core::Liquidation>, QList<MarkPriceEvent>, BookTickerEvent, CandleEvent, SubscriptionAnswer>;

} // namespace trd::exchange
