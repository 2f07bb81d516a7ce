// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioOutput.h"

#include "paper/PaperMatchingEngine.h"
#include "store/TrancheStore.h"
#include "tranche/ClientOrderId.h"
#include "tranche/TrancheManager.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace trd::cli {

using namespace core;

namespace {

QJsonValue time(qint64 ms)
{
    return ms > 0 ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const std::optional<Decimal> &value)
{
    return value ? QJsonValue(value->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QHash<QString, int> ScenarioOutput::indexByTranche(const QList<Tranche> &tranches)
{
    QHash<QString, int> counters;
    QHash<QString, int> result;
    for (const Tranche &t : tranches) {
        result.insert(t.id, ++counters[t.symbol + u'/' + toString(t.side)]);
    }
    return result;
}

QJsonObject ScenarioOutput::trancheJson(const Tranche &t, int index)
{
    const bool isOpen = t.status == TrancheStatus::Active;
    return {
        { u"id"_s, t.id },
        { u"index"_s, index },
        { u"number"_s, t.seq }, // the # the window and the CSV show
        { u"symbol"_s, t.symbol },
        { u"side"_s, toString(t.side) },
        { u"positionSide"_s, toString(t.positionSide) },
        { u"origin"_s, toString(t.origin) },
        { u"status"_s, toString(t.status) },
        { u"isolated"_s, t.isolated },
        { u"entryPrice"_s, t.entryPrice.toString() },
        { u"quantity"_s, t.quantity.toString() },
        { u"originalQuantity"_s, t.originalQuantity.toString() },
        { u"marginUsed"_s, t.marginUsed.toString() },
        { u"leverage"_s, t.leverage },
        { u"entryTime"_s, time(t.entryTime) },
        { u"entryOrderId"_s, text(t.entryOrderId) },
        { u"tpPercent"_s, t.tpPercent.toString() },
        { u"slPercent"_s, t.slPercent.toString() },
        { u"tpPrice"_s, t.tpPrice.toString() },
        { u"slPrice"_s, t.slPrice.toString() },
        { u"isolationTime"_s, time(t.isolationTime) },
        { u"isolationPrice"_s, t.isolated ? QJsonValue(t.isolationPrice.toString()) : QJsonValue(QJsonValue::Null) },
        { u"exitPrice"_s,
            t.closedQuantity.isPositive() ? QJsonValue(t.exitPrice.toString()) : QJsonValue(QJsonValue::Null) },
        { u"exitTime"_s, time(t.exitTime) },
        { u"exitOrderId"_s, text(t.exitOrderId) },
        { u"closeReason"_s, text(toString(t.closeReason)) },
        { u"realizedPnl"_s, t.realizedPnl.toString() },
        { u"feesPaid"_s, t.feesPaid.toString() },
        { u"fundingFee"_s, t.fundingFee.toString() },
        { u"unrealizedPnl"_s, isOpen ? t.unrealizedPnl.toString() : u"0"_s },
        { u"notes"_s, t.notes },
    };
}

QJsonObject ScenarioOutput::eventJson(const TrancheEvent &e, int index)
{
    QJsonObject o {
        { u"time"_s, e.time },
        { u"type"_s, toString(e.type) },
        { u"symbol"_s, text(e.symbol) },
        { u"side"_s, e.side ? QJsonValue(toString(*e.side)) : QJsonValue(QJsonValue::Null) },
        { u"trancheId"_s, text(e.trancheId) },
        { u"index"_s, index > 0 ? QJsonValue(index) : QJsonValue(QJsonValue::Null) },
        { u"price"_s, optional(e.price) },
        { u"quantity"_s, optional(e.quantity) },
        { u"pnl"_s, optional(e.pnl) },
        { u"reason"_s, text(e.reason) },
    };
    const QJsonDocument details = QJsonDocument::fromJson(e.details.toUtf8());
    if (details.isObject()) {
        o.insert(u"details"_s, details.object());
    }
    return o;
}

Result<QJsonObject> ScenarioOutput::build(
    TrancheStore &store, const exchange::PaperMatchingEngine &engine, const TrancheManager &manager)
{
    auto all = store.allTranches();
    if (!all) {
        return all.error();
    }
    const QHash<QString, int> index = indexByTranche(all.value());
    QJsonArray tranches;
    Decimal realized, unrealized, fees;
    int open = 0, isolated = 0, closed = 0;
    for (Tranche t : all.value()) {
        if (auto live = manager.openTranche(t.id)) {
            t = *live; // unrealized P&L at the current mark
        }
        tranches.append(trancheJson(t, index.value(t.id)));
        realized += t.realizedPnl;
        fees += t.feesPaid;
        if (t.status == TrancheStatus::Active) {
            ++open;
            isolated += t.isolated ? 1 : 0;
            unrealized += t.unrealizedPnl;
        } else {
            ++closed;
        }
    }
    QJsonArray events;
    EventQuery page;
    page.limit = 10000;
    for (;;) {
        auto batch = store.events(page);
        if (!batch) {
            return batch.error();
        }
        for (const TrancheEvent &e : batch.value()) {
            events.append(eventJson(e, index.value(e.trancheId)));
            page.afterId = e.id;
        }
        if (batch.value().size() < page.limit) {
            break;
        }
    }
    QJsonArray positions;
    for (const PositionSnapshot &p : engine.positions()) {
        positions.append(QJsonObject { { u"symbol"_s, p.symbol }, { u"positionSide"_s, toString(p.positionSide) },
            { u"amount"_s, p.amount.toString() }, { u"entryPrice"_s, p.entryPrice.toString() } });
    }
    QJsonArray openOrders;
    for (const OpenOrder &o : engine.openOrders()) {
        const auto parts = ClientOrderId::parse(o.clientOrderId);
        const bool hasPrice = o.type == OrderType::Limit;
        const bool hasStop = o.type == OrderType::StopMarket || o.type == OrderType::TakeProfitMarket;
        openOrders.append(QJsonObject {
            { u"symbol"_s, o.symbol },
            { u"side"_s, toString(o.side) },
            { u"positionSide"_s, toString(o.positionSide) },
            { u"type"_s, toString(o.type) },
            { u"price"_s, hasPrice ? QJsonValue(o.price.toString()) : QJsonValue(QJsonValue::Null) },
            { u"stopPrice"_s, hasStop ? QJsonValue(o.stopPrice.toString()) : QJsonValue(QJsonValue::Null) },
            { u"qty"_s, o.quantity.toString() },
            { u"reduceOnly"_s, o.reduceOnly },
            { u"clientOrderId"_s, o.clientOrderId },
            { u"trancheId"_s, parts ? QJsonValue(parts->trancheId) : QJsonValue(QJsonValue::Null) },
        });
    }
    const QJsonObject summary { { u"realizedPnl"_s, realized.toString() },
        { u"unrealizedPnl"_s, unrealized.toString() }, { u"fees"_s, fees.toString() }, { u"openTranches"_s, open },
        { u"isolatedTranches"_s, isolated }, { u"closedTranches"_s, closed } };
    return QJsonObject { { u"tranches"_s, tranches }, { u"events"_s, events }, { u"positions"_s, positions },
        { u"openOrders"_s, openOrders }, { u"summary"_s, summary } };
}

} // namespace trd::cli
