// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowMapping.h"

#include "RowReader.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace trd::storage {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A NOT NULL text column: an empty value is stored as '' (Qt binds a null QString as NULL).
QVariant nonNullText(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

QVariant decimalText(core::Decimal value)
{
    return value.toString();
}

QVariant optionalDecimalText(const std::optional<core::Decimal> &value)
{
    return value ? QVariant(value->toString()) : QVariant();
}

QVariant timeOrNull(qint64 ms)
{
    return ms == 0 ? QVariant() : QVariant(ms);
}

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

// Each visitor lists a table's columns once, with the value each takes from the struct.
template<typename Visit>
void visitTranche(const core::Tranche &t, Visit &&visit)
{
    visit(u"id", textOrNull(t.id));
    visit(u"seq", t.seq);
    visit(u"symbol", nonNullText(t.symbol));
    visit(u"side", core::toString(t.side));
    visit(u"position_side", core::toString(t.positionSide));
    visit(u"origin", core::toString(t.origin));
    visit(u"status", core::toString(t.status));
    visit(u"isolated", flag(t.isolated));
    visit(u"entry_price", decimalText(t.entryPrice));
    visit(u"quantity", decimalText(t.quantity));
    visit(u"original_quantity", decimalText(t.originalQuantity));
    visit(u"margin_used", decimalText(t.marginUsed));
    visit(u"leverage", t.leverage);
    visit(u"entry_time", timeOrNull(t.entryTime));
    visit(u"entry_order_id", textOrNull(t.entryOrderId));
    visit(u"tp_percent", decimalText(t.tpPercent));
    visit(u"sl_percent", decimalText(t.slPercent));
    visit(u"tp_price", decimalText(t.tpPrice));
    visit(u"sl_price", decimalText(t.slPrice));
    visit(u"isolation_time", timeOrNull(t.isolationTime));
    visit(u"isolation_price", decimalText(t.isolationPrice));
    visit(u"exit_price", decimalText(t.exitPrice));
    visit(u"exit_time", timeOrNull(t.exitTime));
    visit(u"exit_order_id", textOrNull(t.exitOrderId));
    visit(u"realized_pnl", decimalText(t.realizedPnl));
    visit(u"fees_paid", decimalText(t.feesPaid));
    visit(u"funding_fee", decimalText(t.fundingFee));
    visit(u"unrealized_pnl", decimalText(t.unrealizedPnl));
    visit(u"close_reason", textOrNull(core::toString(t.closeReason)));
    visit(u"notes", textOrNull(t.notes));
    visit(u"entry_fee_unallocated", decimalText(t.entryFeeUnallocated));
    visit(u"closed_quantity", decimalText(t.closedQuantity));
    visit(u"exit_notional", decimalText(t.exitNotional));
    visit(u"updated_time", timeOrNull(t.updatedTime));
}

template<typename Visit>
void visitOrder(const core::OrderRecord &o, Visit &&visit)
{
    visit(u"client_order_id", textOrNull(o.clientOrderId));
    visit(u"tranche_id", textOrNull(o.trancheId));
    visit(u"symbol", nonNullText(o.symbol));
    visit(u"side", core::toString(o.side));
    visit(u"purpose", core::toString(o.purpose));
    visit(u"close_reason", textOrNull(core::toString(o.closeReason)));
    visit(u"order_side", core::toString(o.orderSide));
    visit(u"position_side", core::toString(o.positionSide));
    visit(u"type", core::toString(o.type));
    visit(u"quantity", decimalText(o.quantity));
    visit(u"price", decimalText(o.price));
    visit(u"stop_price", decimalText(o.stopPrice));
    visit(u"reduce_only", flag(o.reduceOnly));
    visit(u"state", core::toString(o.state));
    visit(u"exchange_order_id", o.exchangeOrderId == 0 ? QVariant() : QVariant(o.exchangeOrderId));
    visit(u"filled_quantity", decimalText(o.filledQuantity));
    visit(u"leverage", o.leverage);
    visit(u"created_time", timeOrNull(o.createdTime));
    visit(u"updated_time", timeOrNull(o.updatedTime));
    visit(u"error_code", o.errorCode == 0 ? QVariant() : QVariant(o.errorCode));
    visit(u"error_message", textOrNull(o.errorMessage));
}

template<typename Visit>
void visitEvent(const core::TrancheEvent &e, Visit &&visit)
{
    visit(u"event_time", e.time);
    visit(u"type", core::toString(e.type));
    visit(u"symbol", textOrNull(e.symbol));
    visit(u"side", e.side ? QVariant(core::toString(*e.side)) : QVariant());
    visit(u"tranche_id", textOrNull(e.trancheId));
    visit(u"price", optionalDecimalText(e.price));
    visit(u"quantity", optionalDecimalText(e.quantity));
    visit(u"pnl", optionalDecimalText(e.pnl));
    visit(u"reason", textOrNull(e.reason));
    visit(u"details", textOrNull(e.details));
}

constexpr QStringView kTrancheIndexedColumns[] = { u"id", u"seq", u"symbol", u"status", u"entry_time", u"exit_time" };

bool isIndexedTrancheColumn(QStringView column)
{
    return std::find(std::begin(kTrancheIndexedColumns), std::end(kTrancheIndexedColumns), column)
        != std::end(kTrancheIndexedColumns);
}

template<typename T, typename Visitor>
QStringList columnsOf(Visitor visitor)
{
    QStringList names;
    visitor(T {}, [&names](QStringView name, const QVariant &) { names.append(name.toString()); });
    return names;
}

template<typename T, typename Visitor>
void bindAll(QSqlQuery &query, const T &value, Visitor visitor)
{
    int position = 0;
    visitor(value, [&query, &position](QStringView, const QVariant &v) { query.bindValue(position++, v); });
}

} // namespace

QStringList trancheColumns()
{
    return columnsOf<core::Tranche>(
        [](const core::Tranche &t, auto &&visit) { visitTranche(t, std::forward<decltype(visit)>(visit)); });
}

void bindTranche(QSqlQuery &query, const core::Tranche &tranche)
{
    bindAll(query, tranche, [](const core::Tranche &t, auto &&visit) { visitTranche(t, visit); });
}

QString trancheInPlaceUpdateSql()
{
    QStringList assignments;
    QStringList conditions;
    for (const QString &column : trancheColumns()) {
        if (!isIndexedTrancheColumn(column)) {
            assignments.append(column + u" = ?"_s);
        } else {
            // IS: NULL (an unset time) equals NULL.
            conditions.append(column + (column == u"id"_s ? u" = ?"_s : u" IS ?"_s));
        }
    }
    return u"UPDATE tranches SET %1 WHERE %2"_s.arg(assignments.join(u", "_s), conditions.join(u" AND "_s));
}

void bindTrancheInPlaceUpdate(QSqlQuery &query, const core::Tranche &tranche)
{
    static const int assignmentCount = [] {
        const QStringList columns = trancheColumns();
        return int(std::count_if(
            columns.begin(), columns.end(), [](const QString &column) { return !isIndexedTrancheColumn(column); }));
    }();
    int assignment = 0;
    int condition = assignmentCount;
    visitTranche(tranche, [&](QStringView name, const QVariant &value) {
        query.bindValue(isIndexedTrancheColumn(name) ? condition++ : assignment++, value);
    });
}

core::Tranche readTranche(RowReader &row)
{
    core::Tranche t;
    t.id = row.text(u"id");
    t.seq = row.integer(u"seq");
    t.symbol = row.text(u"symbol");
    t.side = row.enumeration(u"side", core::sideFromString, core::Side::Long);
    t.positionSide = row.enumeration(u"position_side", core::positionSideFromString, core::PositionSide::Both);
    t.origin = row.enumeration(u"origin", core::trancheOriginFromString, core::TrancheOrigin::Entry);
    t.status = row.enumeration(u"status", core::trancheStatusFromString, core::TrancheStatus::Active);
    t.isolated = row.flag(u"isolated");
    t.entryPrice = row.decimal(u"entry_price");
    t.quantity = row.decimal(u"quantity");
    t.originalQuantity = row.decimal(u"original_quantity");
    t.marginUsed = row.decimal(u"margin_used");
    t.leverage = int(row.integer(u"leverage"));
    t.entryTime = row.time(u"entry_time");
    t.entryOrderId = row.text(u"entry_order_id");
    t.tpPercent = row.decimal(u"tp_percent");
    t.slPercent = row.decimal(u"sl_percent");
    t.tpPrice = row.decimal(u"tp_price");
    t.slPrice = row.decimal(u"sl_price");
    t.isolationTime = row.time(u"isolation_time");
    t.isolationPrice = row.decimal(u"isolation_price");
    t.exitPrice = row.decimal(u"exit_price");
    t.exitTime = row.time(u"exit_time");
    t.exitOrderId = row.text(u"exit_order_id");
    t.realizedPnl = row.decimal(u"realized_pnl");
    t.feesPaid = row.decimal(u"fees_paid");
    t.fundingFee = row.decimal(u"funding_fee");
    t.unrealizedPnl = row.decimal(u"unrealized_pnl");
    t.closeReason = row.enumeration(u"close_reason", core::closeReasonFromString, core::CloseReason::None);
    t.notes = row.text(u"notes");
    t.entryFeeUnallocated = row.decimal(u"entry_fee_unallocated");
    t.closedQuantity = row.decimal(u"closed_quantity");
    t.exitNotional = row.decimal(u"exit_notional");
    t.updatedTime = row.time(u"updated_time");
    return t;
}

QStringList orderColumns()
{
    return columnsOf<core::OrderRecord>(
        [](const core::OrderRecord &o, auto &&visit) { visitOrder(o, std::forward<decltype(visit)>(visit)); });
}

void bindOrder(QSqlQuery &query, const core::OrderRecord &order)
{
    bindAll(query, order, [](const core::OrderRecord &o, auto &&visit) { visitOrder(o, visit); });
}

core::OrderRecord readOrder(RowReader &row)
{
    core::OrderRecord o;
    o.clientOrderId = row.text(u"client_order_id");
    o.trancheId = row.text(u"tranche_id");
    o.symbol = row.text(u"symbol");
    o.side = row.enumeration(u"side", core::sideFromString, core::Side::Long);
    o.purpose = row.enumeration(u"purpose", core::orderPurposeFromString, core::OrderPurpose::Entry);
    o.closeReason = row.enumeration(u"close_reason", core::closeReasonFromString, core::CloseReason::None);
    o.orderSide = row.enumeration(u"order_side", core::orderSideFromString, core::OrderSide::Buy);
    o.positionSide = row.enumeration(u"position_side", core::positionSideFromString, core::PositionSide::Both);
    o.type = row.enumeration(u"type", core::orderTypeFromString, core::OrderType::Market);
    o.quantity = row.decimal(u"quantity");
    o.price = row.decimal(u"price");
    o.stopPrice = row.decimal(u"stop_price");
    o.reduceOnly = row.flag(u"reduce_only");
    o.state = row.enumeration(u"state", core::orderStateFromString, core::OrderState::Intent);
    o.exchangeOrderId = row.integer(u"exchange_order_id");
    o.filledQuantity = row.decimal(u"filled_quantity");
    o.leverage = int(row.integer(u"leverage"));
    o.createdTime = row.time(u"created_time");
    o.updatedTime = row.time(u"updated_time");
    o.errorCode = int(row.integer(u"error_code"));
    o.errorMessage = row.text(u"error_message");
    return o;
}

QStringList eventColumns()
{
    return columnsOf<core::TrancheEvent>(
        [](const core::TrancheEvent &e, auto &&visit) { visitEvent(e, std::forward<decltype(visit)>(visit)); });
}

void bindEvent(QSqlQuery &query, const core::TrancheEvent &event)
{
    bindAll(query, event, [](const core::TrancheEvent &e, auto &&visit) { visitEvent(e, visit); });
}

core::TrancheEvent readEvent(RowReader &row)
{
    core::TrancheEvent e;
    e.id = row.integer(u"id");
    e.time = row.time(u"event_time");
    e.type = row.enumeration(u"type", core::eventTypeFromString, core::EventType::Created);
    e.symbol = row.text(u"symbol");
    e.side = row.optionalEnumeration(u"side", core::sideFromString);
    e.trancheId = row.text(u"tranche_id");
    e.price = row.optionalDecimal(u"price");
    e.quantity = row.optionalDecimal(u"quantity");
    e.pnl = row.optionalDecimal(u"pnl");
    e.reason = row.text(u"reason");
    e.details = row.text(u"details");
    return e;
}

} // namespace trd::storage
