// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace trd::core {

// The enumerations shared by the engine, the exchanges and the store. Their text forms are the
// exchange's and the store's vocabulary (tranche-rules.md, exchange.md), so they are part of the
// file formats: change none of them.

enum class Side
{
    Long,
    Short
};
enum class PositionSide
{
    Both,
    Long,
    Short
};
enum class OrderSide
{
    Buy,
    Sell
};
enum class OrderType
{
    Market,
    Limit,
    StopMarket,
    TakeProfitMarket
};
enum class TimeInForce
{
    Gtc,
    Ioc,
    Gtx,
    Fok, // fill the whole quantity at once or expire
    Hidden // Aster: rests like GTC, kept off the public book
};
enum class OrderStatus
{
    New,
    PartiallyFilled,
    Filled,
    Canceled,
    Expired,
    Rejected
};
enum class ExecutionType
{
    New,
    Trade,
    Canceled,
    Expired,
    Calculated,
    Rejected
};
enum class PositionMode
{
    OneWay,
    Hedge
};
enum class TrancheStatus
{
    Active,
    Closed,
    Liquidated
};
enum class TrancheOrigin
{
    Entry,
    Recovery,
    Imported
};
enum class CloseReason
{
    None,
    Tp,
    Sl,
    Recovery,
    Manual,
    Strategy,
    External,
    Liquidation,
    Partial
};
enum class ClosingStrategy
{
    Lifo,
    Fifo,
    WorstFirst,
    BestFirst
};
enum class IsolationAction
{
    Hold,
    PartialClose,
    ReduceLeverage
};
enum class SyncState
{
    Unknown,
    Synced,
    Drift,
    Conflict
};
// What an order of ours is for; the letter is part of its clientOrderId.
enum class OrderPurpose
{
    Entry,
    TakeProfit,
    StopLoss,
    Close
};
// Where an order of ours stands, as the store keeps it: an intent is written before the order is sent.
enum class OrderState
{
    Intent,
    Open,
    Filled,
    Canceled,
    Rejected
};
enum class EventType
{
    Created,
    EntryFilled,
    Isolated,
    PartialClose,
    Closed,
    RecoveryCreated,
    EntryRefused,
    OrderRejected,
    Sync,
    ProtectiveReplaced,
    ConfigChanged,
    Connection,
    // The exchange warned about the account: a margin call, a position mode changed elsewhere,
    // an announcement addressed to it. Not a tranche event; the trader must see it.
    AccountAlert,
};

int direction(Side side); // +1 LONG, −1 SHORT
Side opposite(Side side);
OrderSide entryOrderSide(Side side);
OrderSide exitOrderSide(Side side);

QString toString(Side v);
QString toString(PositionSide v);
QString toString(OrderSide v);
QString toString(OrderType v);
QString toString(TimeInForce v);
QString toString(OrderStatus v);
QString toString(ExecutionType v);
QString toString(PositionMode v);
QString toString(TrancheStatus v);
QString toString(TrancheOrigin v);
QString toString(CloseReason v);
QString toString(ClosingStrategy v);
QString toString(IsolationAction v);
QString toString(SyncState v);
QString toString(OrderPurpose v);
QString toString(OrderState v);
QString toString(EventType v);

std::optional<Side> sideFromString(QStringView s);
std::optional<PositionSide> positionSideFromString(QStringView s);
std::optional<OrderSide> orderSideFromString(QStringView s);
std::optional<OrderType> orderTypeFromString(QStringView s);
std::optional<TimeInForce> timeInForceFromString(QStringView s);
std::optional<OrderStatus> orderStatusFromString(QStringView s);
std::optional<ExecutionType> executionTypeFromString(QStringView s);
std::optional<PositionMode> positionModeFromString(QStringView s);
std::optional<TrancheStatus> trancheStatusFromString(QStringView s);
std::optional<TrancheOrigin> trancheOriginFromString(QStringView s);
std::optional<CloseReason> closeReasonFromString(QStringView s);
std::optional<ClosingStrategy> closingStrategyFromString(QStringView s);
std::optional<IsolationAction> isolationActionFromString(QStringView s);
std::optional<SyncState> syncStateFromString(QStringView s);
std::optional<OrderPurpose> orderPurposeFromString(QStringView s);
std::optional<OrderState> orderStateFromString(QStringView s);
std::optional<EventType> eventTypeFromString(QStringView s);

} // namespace trd::core
