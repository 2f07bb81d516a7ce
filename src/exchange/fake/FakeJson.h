// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/OpenOrder.h"
#include "exchange/OrderUpdate.h"
#include "exchange/PositionSnapshot.h"
#include "fake/FakeCandles.h"
#include "market/SymbolFilters.h"
#include "money/Decimal.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace trd::exchange {

// The exchange's JSON shapes (exchange.md), built from the paper engine's types. Numbers that
// are prices, quantities or money are decimal strings, as the real exchange sends them.
class FakeJson
{
public:
    static QByteArray error(int code, const QString &message);
    static QByteArray toBytes(const QJsonObject &object);
    static QByteArray toBytes(const QJsonArray &array);

    // REST order object (POST/GET/DELETE /fapi/v1/order, openOrders).
    static QJsonObject order(const core::OrderUpdate &update);
    static QJsonObject openOrder(const core::OpenOrder &order);
    static QJsonObject symbolInfo(const core::SymbolFilters &filters);
    static QJsonObject positionRisk(
        const core::PositionSnapshot &position, std::optional<core::Decimal> mark, int leverage, qint64 time);

    // User data stream events.
    static QJsonObject orderTradeUpdate(const core::OrderUpdate &update, qint64 eventTime);
    static QJsonObject accountUpdate(const core::PositionSnapshots &positions, core::Decimal walletBalance,
        const QHash<QString, core::Decimal> &marks, qint64 eventTime);
    // ACCOUNT_UPDATE "m":"FUNDING_FEE": the wallet with the payment as its balance change, and the
    // position only when it is isolated (Binance's and Aster's rule; a cross one is not listed).
    static QJsonObject fundingFeeUpdate(const std::optional<core::PositionSnapshot> &isolated, core::Decimal amount,
        core::Decimal walletBalance, const QHash<QString, core::Decimal> &marks, qint64 eventTime);
    static QJsonObject accountSettingsUpdate(
        std::optional<bool> isHedge, std::optional<bool> isMultiAssets, qint64 eventTime);
    // Maintenance margin is the fake's approximation: 0.4 % of the notional at the mark.
    static QJsonObject marginCall(const core::PositionSnapshots &positions, core::Decimal crossWallet,
        const std::function<std::optional<core::Decimal>(const QString &)> &markOf, qint64 eventTime);
    static QJsonObject announcement(
        const QString &title, const QString &body, const QString &category, qint64 eventTime);
    static QJsonObject accountConfigUpdate(const QString &symbol, int leverage, qint64 eventTime);
    static QJsonObject listenKeyExpired(qint64 eventTime);

    // Market stream events.
    static QJsonObject markPriceUpdate(const QString &symbol, core::Decimal mark, qint64 eventTime);
    static QJsonObject bookTicker(
        const QString &symbol, core::Decimal bid, core::Decimal ask, qint64 updateId, qint64 eventTime);
    static QJsonObject premiumIndex(const QString &symbol, core::Decimal mark, qint64 time);
    // A candle as GET /fapi/v1/klines answers it, and as <symbol>@kline_<interval> sends it.
    static QJsonArray klineRow(const FakeCandles::Candle &candle);
    static QJsonObject klineEvent(const QString &symbol, const QString &interval, const FakeCandles::Candle &candle,
        bool isClosed, qint64 eventTime);

    // Funding every 8 h on the hour, as on Aster and Binance.
    static qint64 nextFundingTime(qint64 nowMs);
};

} // namespace trd::exchange
