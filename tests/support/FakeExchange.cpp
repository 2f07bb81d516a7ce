// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeExchange.h"

namespace trd::test {

using namespace core;

std::optional<SymbolFilters> FakeExchange::symbolFilters(const QString &symbol) const
{
    const auto it = m_filters.constFind(symbol);
    return it == m_filters.constEnd() ? std::nullopt : std::optional<SymbolFilters>(*it);
}

void FakeExchange::placeOrder(const OrderRequest &request)
{
    if (journal) {
        journal->append(QStringLiteral("send ") + request.clientOrderId);
    }
    placed.append(request);
}

void FakeExchange::cancelOrder(const QString &symbol, const QString &clientOrderId)
{
    Q_UNUSED(symbol)
    cancelled.append(clientOrderId);
}

void FakeExchange::queryOrder(const QString &symbol, const QString &clientOrderId)
{
    Q_UNUSED(symbol)
    queried.append(clientOrderId);
}

const OrderRequest *FakeExchange::find(const QString &clientOrderId) const
{
    for (const OrderRequest &r : placed) {
        if (r.clientOrderId == clientOrderId) {
            return &r;
        }
    }
    return nullptr;
}

OrderUpdate FakeExchange::updateFor(const OrderRequest &request) const
{
    OrderUpdate u;
    u.symbol = request.symbol;
    u.clientOrderId = request.clientOrderId;
    u.side = request.side;
    u.positionSide = request.positionSide;
    u.type = request.type;
    u.quantity = request.quantity;
    u.price = request.price;
    u.stopPrice = request.stopPrice;
    u.reduceOnly = request.reduceOnly;
    u.cumulativeQuantity = m_filled.value(request.clientOrderId);
    return u;
}

void FakeExchange::acknowledge(const QString &clientOrderId)
{
    const OrderRequest *r = find(clientOrderId);
    Q_ASSERT(r);
    OrderUpdate u = updateFor(*r);
    u.orderId = m_nextOrderId++;
    Q_EMIT orderUpdated(u);
}

void FakeExchange::fill(const QString &clientOrderId, Decimal quantity, Decimal price, Decimal fee)
{
    const OrderRequest *r = find(clientOrderId);
    Q_ASSERT(r);
    OrderUpdate u = updateFor(*r);
    const Decimal cumulative = m_filled.value(clientOrderId) + quantity;
    m_filled.insert(clientOrderId, cumulative);
    u.execution = ExecutionType::Trade;
    u.status = cumulative >= r->quantity ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
    u.lastQuantity = quantity;
    u.lastPrice = price;
    u.cumulativeQuantity = cumulative;
    u.averagePrice = price;
    u.fee = fee;
    Q_EMIT orderUpdated(u);
}

void FakeExchange::reject(const QString &clientOrderId, int code, const QString &message)
{
    const OrderRequest *r = find(clientOrderId);
    Q_ASSERT(r);
    OrderUpdate u = updateFor(*r);
    u.execution = ExecutionType::Rejected;
    u.status = OrderStatus::Rejected;
    u.errorCode = code;
    u.errorMessage = message;
    Q_EMIT orderUpdated(u);
}

void FakeExchange::confirmCancel(const QString &clientOrderId)
{
    const OrderRequest *r = find(clientOrderId);
    Q_ASSERT(r);
    OrderUpdate u = updateFor(*r);
    u.execution = ExecutionType::Canceled;
    u.status = OrderStatus::Canceled;
    Q_EMIT orderUpdated(u);
}

} // namespace trd::test
