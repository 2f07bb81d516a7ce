// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/OrderUpdate.h"
#include "exchange/PositionSnapshot.h"
#include "market/Liquidation.h"
#include "money/Decimal.h"

#include <QList>
#include <QString>

#include <optional>
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

// ACCOUNT_CONFIG_UPDATE in its "ai" form: the account's settings changed (Aster's V1 and V3
// documents, "Account Configuration Update"). Each field is there only when the frame has it.
struct AccountSettingsEvent
{
    qint64 time = 0;
    std::optional<bool> isHedgeMode; // "d": dual-side position mode
    std::optional<bool> isMultiAssets; // "j"
    std::optional<bool> isTokenFeeDeduction; // "f"
};

// MARGIN_CALL: the exchange's last warning before a liquidation.
struct MarginCallPosition
{
    QString symbol;
    core::PositionSide positionSide = core::PositionSide::Both;
    core::Decimal amount;
    QString marginType; // CROSSED / ISOLATED as sent
    core::Decimal isolatedWallet;
    core::Decimal markPrice;
    core::Decimal unrealizedPnl;
    core::Decimal maintenanceMargin;
};

struct MarginCallEvent
{
    qint64 time = 0;
    core::Decimal crossWalletBalance; // "cw", only for a crossed margin call
    QList<MarginCallPosition> positions;
};

// "announcement": an exchange notice (listings, maintenance) or one addressed to this account.
struct AnnouncementEvent
{
    qint64 time = 0;
    QString category; // NEW_LISTING, DIRECT, …
    QString title;
    QString subtitle;
    QString link;
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
    QList<core::Liquidation>, QList<MarkPriceEvent>, BookTickerEvent, CandleEvent, SubscriptionAnswer,
    AccountSettingsEvent, MarginCallEvent, AnnouncementEvent>;

} // namespace trd::exchange
