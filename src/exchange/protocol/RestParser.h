// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/OpenOrder.h"
#include "exchange/OrderUpdate.h"
#include "exchange/PositionSnapshot.h"
#include "market/SymbolFilters.h"

#include <QByteArray>
#include <QList>

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

// Pure parsing of REST answers (exchange.md "REST endpoints used"). Filters are read at run
// time from exchangeInfo, never hard-coded.
class RestParser
{
public:
    static core::Result<qint64> serverTime(const QByteArray &body);
    static core::Result<ExchangeInfo> exchangeInfo(const QByteArray &body);
    static core::Result<core::PositionSnapshots> positionRisk(const QByteArray &body);
    static core::Result<core::OrderUpdate> order(const QByteArray &body);
    static core::Result<core::OpenOrders> openOrders(const QByteArray &body);
    static core::Result<Balance> balance(const QByteArray &body, const QString &asset = QStringLiteral("USDT"));
    static core::Result<QString> listenKey(const QByteArray &body);
};

} // namespace trd::exchange
