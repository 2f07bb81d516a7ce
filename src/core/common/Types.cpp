// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Types.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

int direction(Side side)
{
    return side == Side::Long ? 1 : -1;
}

Side opposite(Side side)
{
    return side == Side::Long ? Side::Short : Side::Long;
}

OrderSide entryOrderSide(Side side)
{
    return side == Side::Long ? OrderSide::Buy : OrderSide::Sell;
}

OrderSide exitOrderSide(Side side)
{
    return side == Side::Long ? OrderSide::Sell : OrderSide::Buy;
}

QString toString(Side v)
{
    switch (v) {
    case Side::Long:
        return u"LONG"_s;
    case Side::Short:
        return u"SHORT"_s;
    }
    return {};
}

std::optional<Side> sideFromString(QStringView s)
{
    if (s == u"LONG") {
        return Side::Long;
    }
    if (s == u"SHORT") {
        return Side::Short;
    }
    return std::nullopt;
}

QString toString(PositionSide v)
{
    switch (v) {
    case PositionSide::Both:
        return u"BOTH"_s;
    case PositionSide::Long:
        return u"LONG"_s;
    case PositionSide::Short:
        return u"SHORT"_s;
    }
    return {};
}

std::optional<PositionSide> positionSideFromString(QStringView s)
{
    if (s == u"BOTH") {
        return PositionSide::Both;
    }
    if (s == u"LONG") {
        return PositionSide::Long;
    }
    if (s == u"SHORT") {
        return PositionSide::Short;
    }
    return std::nullopt;
}

QString toString(OrderSide v)
{
    switch (v) {
    case OrderSide::Buy:
        return u"BUY"_s;
    case OrderSide::Sell:
        return u"SELL"_s;
    }
    return {};
}

std::optional<OrderSide> orderSideFromString(QStringView s)
{
    if (s == u"BUY") {
        return OrderSide::Buy;
    }
    if (s == u"SELL") {
        return OrderSide::Sell;
    }
    return std::nullopt;
}

QString toString(OrderType v)
{
    switch (v) {
    case OrderType::Market:
        return u"MARKET"_s;
    case OrderType::Limit:
        return u"LIMIT"_s;
    case OrderType::StopMarket:
        return u"STOP_MARKET"_s;
    case OrderType::TakeProfitMarket:
        return u"TAKE_PROFIT_MARKET"_s;
    }
    return {};
}

std::optional<OrderType> orderTypeFromString(QStringView s)
{
    if (s == u"MARKET") {
        return OrderType::Market;
    }
    if (s == u"LIMIT") {
        return OrderType::Limit;
    }
    if (s == u"STOP_MARKET") {
        return OrderType::StopMarket;
    }
    if (s == u"TAKE_PROFIT_MARKET") {
        return OrderType::TakeProfitMarket;
    }
    return std::nullopt;
}

QString toString(TimeInForce v)
{
    switch (v) {
    case TimeInForce::Gtc:
        return u"GTC"_s;
    case TimeInForce::Ioc:
        return u"IOC"_s;
    case TimeInForce::Gtx:
        return u"GTX"_s;
    case TimeInForce::Fok:
        return u"FOK"_s;
    case TimeInForce::Hidden:
        return u"HIDDEN"_s;
    }
    return {};
}

std::optional<TimeInForce> timeInForceFromString(QStringView s)
{
    if (s == u"GTC") {
        return TimeInForce::Gtc;
    }
    if (s == u"IOC") {
        return TimeInForce::Ioc;
    }
    if (s == u"GTX") {
        return TimeInForce::Gtx;
    }
    if (s == u"FOK") {
        return TimeInForce::Fok;
    }
    if (s == u"HIDDEN") {
        return TimeInForce::Hidden;
    }
    return std::nullopt;
}

QString toString(OrderStatus v)
{
    switch (v) {
    case OrderStatus::New:
        return u"NEW"_s;
    case OrderStatus::PartiallyFilled:
        return u"PARTIALLY_FILLED"_s;
    case OrderStatus::Filled:
        return u"FILLED"_s;
    case OrderStatus::Canceled:
        return u"CANCELED"_s;
    case OrderStatus::Expired:
        return u"EXPIRED"_s;
    case OrderStatus::Rejected:
        return u"REJECTED"_s;
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromString(QStringView s)
{
    if (s == u"NEW") {
        return OrderStatus::New;
    }
    if (s == u"PARTIALLY_FILLED") {
        return OrderStatus::PartiallyFilled;
    }
    if (s == u"FILLED") {
        return OrderStatus::Filled;
    }
    if (s == u"CANCELED") {
        return OrderStatus::Canceled;
    }
    if (s == u"EXPIRED") {
        return OrderStatus::Expired;
    }
    if (s == u"REJECTED") {
        return OrderStatus::Rejected;
    }
    return std::nullopt;
}

QString toString(ExecutionType v)
{
    switch (v) {
    case ExecutionType::New:
        return u"NEW"_s;
    case ExecutionType::Trade:
        return u"TRADE"_s;
    case ExecutionType::Canceled:
        return u"CANCELED"_s;
    case ExecutionType::Expired:
        return u"EXPIRED"_s;
    case ExecutionType::Calculated:
        return u"CALCULATED"_s;
    case ExecutionType::Rejected:
        return u"REJECTED"_s;
    }
    return {};
}

std::optional<ExecutionType> executionTypeFromString(QStringView s)
{
    if (s == u"NEW") {
        return ExecutionType::New;
    }
    if (s == u"TRADE") {
        return ExecutionType::Trade;
    }
    if (s == u"CANCELED") {
        return ExecutionType::Canceled;
    }
    if (s == u"EXPIRED") {
        return ExecutionType::Expired;
    }
    if (s == u"CALCULATED") {
        return ExecutionType::Calculated;
    }
    if (s == u"REJECTED") {
        return ExecutionType::Rejected;
    }
    return std::nullopt;
}

QString toString(PositionMode v)
{
    switch (v) {
    case PositionMode::OneWay:
        return u"ONE_WAY"_s;
    case PositionMode::Hedge:
        return u"HEDGE"_s;
    }
    return {};
}

std::optional<PositionMode> positionModeFromString(QStringView s)
{
    if (s == u"ONE_WAY") {
        return PositionMode::OneWay;
    }
    if (s == u"HEDGE") {
        return PositionMode::Hedge;
    }
    return std::nullopt;
}

QString toString(TrancheStatus v)
{
    switch (v) {
    case TrancheStatus::Active:
        return u"active"_s;
    case TrancheStatus::Closed:
        return u"closed"_s;
    case TrancheStatus::Liquidated:
        return u"liquidated"_s;
    }
    return {};
}

std::optional<TrancheStatus> trancheStatusFromString(QStringView s)
{
    if (s == u"active") {
        return TrancheStatus::Active;
    }
    if (s == u"closed") {
        return TrancheStatus::Closed;
    }
    if (s == u"liquidated") {
        return TrancheStatus::Liquidated;
    }
    return std::nullopt;
}

QString toString(TrancheOrigin v)
{
    switch (v) {
    case TrancheOrigin::Entry:
        return u"ENTRY"_s;
    case TrancheOrigin::Recovery:
        return u"RECOVERY"_s;
    case TrancheOrigin::Imported:
        return u"IMPORTED"_s;
    }
    return {};
}

std::optional<TrancheOrigin> trancheOriginFromString(QStringView s)
{
    if (s == u"ENTRY") {
        return TrancheOrigin::Entry;
    }
    if (s == u"RECOVERY") {
        return TrancheOrigin::Recovery;
    }
    if (s == u"IMPORTED") {
        return TrancheOrigin::Imported;
    }
    return std::nullopt;
}

QString toString(CloseReason v)
{
    switch (v) {
    case CloseReason::None:
        return u""_s;
    case CloseReason::Tp:
        return u"tp"_s;
    case CloseReason::Sl:
        return u"sl"_s;
    case CloseReason::Recovery:
        return u"recovery"_s;
    case CloseReason::Manual:
        return u"manual"_s;
    case CloseReason::Strategy:
        return u"strategy"_s;
    case CloseReason::External:
        return u"external"_s;
    case CloseReason::Liquidation:
        return u"liquidation"_s;
    case CloseReason::Partial:
        return u"partial"_s;
    }
    return {};
}

std::optional<CloseReason> closeReasonFromString(QStringView s)
{
    if (s == u"") {
        return CloseReason::None;
    }
    if (s == u"tp") {
        return CloseReason::Tp;
    }
    if (s == u"sl") {
        return CloseReason::Sl;
    }
    if (s == u"recovery") {
        return CloseReason::Recovery;
    }
    if (s == u"manual") {
        return CloseReason::Manual;
    }
    if (s == u"strategy") {
        return CloseReason::Strategy;
    }
    if (s == u"external") {
        return CloseReason::External;
    }
    if (s == u"liquidation") {
        return CloseReason::Liquidation;
    }
    if (s == u"partial") {
        return CloseReason::Partial;
    }
    return std::nullopt;
}

QString toString(ClosingStrategy v)
{
    switch (v) {
    case ClosingStrategy::Lifo:
        return u"LIFO"_s;
    case ClosingStrategy::Fifo:
        return u"FIFO"_s;
    case ClosingStrategy::WorstFirst:
        return u"WORST_FIRST"_s;
    case ClosingStrategy::BestFirst:
        return u"BEST_FIRST"_s;
    }
    return {};
}

std::optional<ClosingStrategy> closingStrategyFromString(QStringView s)
{
    if (s == u"LIFO") {
        return ClosingStrategy::Lifo;
    }
    if (s == u"FIFO") {
        return ClosingStrategy::Fifo;
    }
    if (s == u"WORST_FIRST") {
        return ClosingStrategy::WorstFirst;
    }
    if (s == u"BEST_FIRST") {
        return ClosingStrategy::BestFirst;
    }
    return std::nullopt;
}

QString toString(IsolationAction v)
{
    switch (v) {
    case IsolationAction::Hold:
        return u"HOLD"_s;
    case IsolationAction::PartialClose:
        return u"PARTIAL_CLOSE"_s;
    case IsolationAction::ReduceLeverage:
        return u"REDUCE_LEVERAGE"_s;
    }
    return {};
}

std::optional<IsolationAction> isolationActionFromString(QStringView s)
{
    if (s == u"HOLD") {
        return IsolationAction::Hold;
    }
    if (s == u"PARTIAL_CLOSE") {
        return IsolationAction::PartialClose;
    }
    if (s == u"REDUCE_LEVERAGE") {
        return IsolationAction::ReduceLeverage;
    }
    return std::nullopt;
}

QString toString(SyncState v)
{
    switch (v) {
    case SyncState::Unknown:
        return u"unknown"_s;
    case SyncState::Synced:
        return u"synced"_s;
    case SyncState::Drift:
        return u"drift"_s;
    case SyncState::Conflict:
        return u"conflict"_s;
    }
    return {};
}

std::optional<SyncState> syncStateFromString(QStringView s)
{
    if (s == u"unknown") {
        return SyncState::Unknown;
    }
    if (s == u"synced") {
        return SyncState::Synced;
    }
    if (s == u"drift") {
        return SyncState::Drift;
    }
    if (s == u"conflict") {
        return SyncState::Conflict;
    }
    return std::nullopt;
}

QString toString(OrderPurpose v)
{
    switch (v) {
    case OrderPurpose::Entry:
        return u"entry"_s;
    case OrderPurpose::TakeProfit:
        return u"tp"_s;
    case OrderPurpose::StopLoss:
        return u"sl"_s;
    case OrderPurpose::Close:
        return u"close"_s;
    }
    return {};
}

std::optional<OrderPurpose> orderPurposeFromString(QStringView s)
{
    if (s == u"entry") {
        return OrderPurpose::Entry;
    }
    if (s == u"tp") {
        return OrderPurpose::TakeProfit;
    }
    if (s == u"sl") {
        return OrderPurpose::StopLoss;
    }
    if (s == u"close") {
        return OrderPurpose::Close;
    }
    return std::nullopt;
}

QString toString(OrderState v)
{
    switch (v) {
    case OrderState::Intent:
        return u"intent"_s;
    case OrderState::Open:
        return u"open"_s;
    case OrderState::Filled:
        return u"filled"_s;
    case OrderState::Canceled:
        return u"canceled"_s;
    case OrderState::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<OrderState> orderStateFromString(QStringView s)
{
    if (s == u"intent") {
        return OrderState::Intent;
    }
    if (s == u"open") {
        return OrderState::Open;
    }
    if (s == u"filled") {
        return OrderState::Filled;
    }
    if (s == u"canceled") {
        return OrderState::Canceled;
    }
    if (s == u"rejected") {
        return OrderState::Rejected;
    }
    return std::nullopt;
}

QString toString(EventType v)
{
    switch (v) {
    case EventType::Created:
        return u"created"_s;
    case EventType::EntryFilled:
        return u"entry_filled"_s;
    case EventType::Isolated:
        return u"isolated"_s;
    case EventType::PartialClose:
        return u"partial_close"_s;
    case EventType::Closed:
        return u"closed"_s;
    case EventType::RecoveryCreated:
        return u"recovery_created"_s;
    case EventType::EntryRefused:
        return u"entry_refused"_s;
    case EventType::OrderRejected:
        return u"order_rejected"_s;
    case EventType::Sync:
        return u"sync"_s;
    case EventType::ProtectiveReplaced:
        return u"protective_replaced"_s;
    case EventType::ConfigChanged:
        return u"config_changed"_s;
    case EventType::Connection:
        return u"connection"_s;
    case EventType::AccountAlert:
        return u"account_alert"_s;
    }
    return {};
}

std::optional<EventType> eventTypeFromString(QStringView s)
{
    if (s == u"created") {
        return EventType::Created;
    }
    if (s == u"entry_filled") {
        return EventType::EntryFilled;
    }
    if (s == u"isolated") {
        return EventType::Isolated;
    }
    if (s == u"partial_close") {
        return EventType::PartialClose;
    }
    if (s == u"closed") {
        return EventType::Closed;
    }
    if (s == u"recovery_created") {
        return EventType::RecoveryCreated;
    }
    if (s == u"entry_refused") {
        return EventType::EntryRefused;
    }
    if (s == u"order_rejected") {
        return EventType::OrderRejected;
    }
    if (s == u"sync") {
        return EventType::Sync;
    }
    if (s == u"protective_replaced") {
        return EventType::ProtectiveReplaced;
    }
    if (s == u"config_changed") {
        return EventType::ConfigChanged;
    }
    if (s == u"connection") {
        return EventType::Connection;
    }
    if (s == u"account_alert") {
        return EventType::AccountAlert;
    }
    return std::nullopt;
}

} // namespace trd::core
