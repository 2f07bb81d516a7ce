// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DecimalPrinter.h"
#include "exchange/OrderRequest.h"
#include "exchange/OrderUpdate.h"
#include "money/Decimal.h"
#include "paper/PaperEvent.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

// Builders and a readable trace of engine events, shared by the paper exchange tests.
namespace trd::exchange::test {

using namespace Qt::Literals::StringLiterals;

inline core::Decimal d(const char16_t *text)
{
    return core::Decimal::fromString(QStringView(text));
}

inline const QString kSymbol = u"BTCUSDT"_s;

inline core::OrderRequest market(core::OrderSide side, core::Decimal quantity, const QString &clientOrderId)
{
    core::OrderRequest request;
    request.symbol = kSymbol;
    request.side = side;
    request.type = core::OrderType::Market;
    request.quantity = quantity;
    request.clientOrderId = clientOrderId;
    return request;
}

inline core::OrderRequest limit(core::OrderSide side, core::Decimal quantity, core::Decimal price,
    const QString &clientOrderId, core::TimeInForce timeInForce = core::TimeInForce::Gtc)
{
    core::OrderRequest request = market(side, quantity, clientOrderId);
    request.type = core::OrderType::Limit;
    request.price = price;
    request.timeInForce = timeInForce;
    return request;
}

inline core::OrderRequest stop(core::OrderType type, core::OrderSide side, core::Decimal quantity,
    core::Decimal stopPrice, const QString &clientOrderId, bool reduceOnly = false)
{
    core::OrderRequest request = market(side, quantity, clientOrderId);
    request.type = type;
    request.stopPrice = stopPrice;
    request.reduceOnly = reduceOnly;
    return request;
}

inline core::OrderRequest withPositionSide(core::OrderRequest request, core::PositionSide side)
{
    request.positionSide = side;
    return request;
}

// "NEW a", "TRADE FILLED a 1@100", "ACCOUNT BOTH 1@100", "MARK 100": enough to compare orders of events.
inline QString describe(const core::OrderUpdate &update)
{
    QString text = core::toString(update.execution);
    if (update.execution != core::ExecutionType::New && update.execution != core::ExecutionType::Rejected) {
        text += u' ' + core::toString(update.status);
    }
    text += u' ' + update.clientOrderId;
    if (update.isFill()) {
        text += u' ' + update.lastQuantity.toString() + u'@' + update.lastPrice.toString();
    }
    if (update.errorCode != 0) {
        text += u' ' + QString::number(update.errorCode);
    }
    return text;
}

inline QString describe(const core::PositionSnapshots &positions)
{
    QStringList parts;
    for (const core::PositionSnapshot &position : positions) {
        parts.append(core::toString(position.positionSide) + u' ' + position.amount.toString() + u'@'
            + position.entryPrice.toString());
    }
    return u"ACCOUNT "_s + parts.join(u", "_s);
}

inline QString describe(const PaperEvent &event)
{
    switch (event.kind) {
    case PaperEvent::Kind::OrderUpdate:
        return describe(event.order);
    case PaperEvent::Kind::AccountUpdate:
        return describe(event.positions);
    case PaperEvent::Kind::MarkPrice:
        return u"MARK "_s + event.price.toString();
    case PaperEvent::Kind::Positions:
        return u"POSITIONS "_s + QString::number(event.positions.size());
    case PaperEvent::Kind::OpenOrders:
        return u"OPEN ORDERS "_s + QString::number(event.openOrders.size());
    case PaperEvent::Kind::LeverageChanged:
        return u"LEVERAGE "_s + QString::number(event.leverage);
    }
    return {};
}

// Collects what the engine publishes.
struct EventLog
{
    QList<PaperEvent> events;

    void operator()(const PaperEvent &event) { events.append(event); }
    void clear() { events.clear(); }
    QStringList trace() const
    {
        QStringList lines;
        for (const PaperEvent &event : events) {
            lines.append(describe(event));
        }
        return lines;
    }
    QList<core::OrderUpdate> orderUpdates() const
    {
        QList<core::OrderUpdate> updates;
        for (const PaperEvent &event : events) {
            if (event.kind == PaperEvent::Kind::OrderUpdate) {
                updates.append(event.order);
            }
        }
        return updates;
    }
    QList<core::OrderUpdate> fills() const
    {
        QList<core::OrderUpdate> result;
        for (const core::OrderUpdate &update : orderUpdates()) {
            if (update.isFill()) {
                result.append(update);
            }
        }
        return result;
    }
    core::OrderUpdate lastOrderUpdate() const
    {
        const auto updates = orderUpdates();
        return updates.isEmpty() ? core::OrderUpdate() : updates.last();
    }
};

} // namespace trd::exchange::test
