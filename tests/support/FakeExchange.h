// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Exchange.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace trd::test {

// A scripted exchange for engine unit tests: it records every request and answers only when the
// test tells it to, so in-flight states, rejections, duplicates and reordering can be staged.
class FakeExchange : public core::Exchange
{
    Q_OBJECT
public:
    using core::Exchange::Exchange;

    QString name() const override { return QStringLiteral("fake"); }
    std::optional<core::SymbolFilters> symbolFilters(const QString &symbol) const override;
    void placeOrder(const core::OrderRequest &request) override;
    void cancelOrder(const QString &symbol, const QString &clientOrderId) override;
    void queryOrder(const QString &symbol, const QString &clientOrderId) override;
    void requestPositions() override { ++positionRequests; }
    void requestOpenOrders() override { ++openOrderRequests; }
    void setLeverage(const QString &symbol, int leverage) override { leverageRequests.append({ symbol, leverage }); }
    void requestMarkPrices() override { ++markRequests; }

    // Scripting
    void setFilters(const core::SymbolFilters &filters) { m_filters.insert(filters.symbol, filters); }
    const core::OrderRequest *find(const QString &clientOrderId) const;
    const core::OrderRequest &last() const { return placed.last(); }
    void acknowledge(const QString &clientOrderId);
    void fill(const QString &clientOrderId, core::Decimal quantity, core::Decimal price, core::Decimal fee = {});
    void reject(const QString &clientOrderId, int code, const QString &message);
    void confirmCancel(const QString &clientOrderId);
    void mark(const QString &symbol, core::Decimal price) { Q_EMIT markPriceUpdated(symbol, price, 0); }
    core::OrderUpdate updateFor(const core::OrderRequest &request) const;

    QList<core::OrderRequest> placed;
    QStringList cancelled;
    QStringList queried;
    int positionRequests = 0;
    int openOrderRequests = 0;
    int markRequests = 0;
    QList<QPair<QString, int>> leverageRequests;
    // Shared with a FakeStore's test to see the order of "saved" and "sent".
    QStringList *journal = nullptr;

private:
    QHash<QString, core::SymbolFilters> m_filters;
    QHash<QString, core::Decimal> m_filled;
    qint64 m_nextOrderId = 1;
};

} // namespace trd::test
