// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/OrderRecord.h"
#include "tranche/Tranche.h"
#include "tranche/TrancheEvent.h"

#include <QStringList>

class QSqlQuery;

namespace trd::storage {

class RowReader;

// How the core's value types map to table rows. Decimals are written in their exact
// Decimal::toString() form, times as epoch ms (0 ↔ NULL), enums as their Types.h text, empty
// optional texts as NULL. bindX() binds positional values 0… in the order of xColumns(), so the
// SQL built from the column list and the values can never drift apart.

QStringList trancheColumns();
void bindTranche(QSqlQuery &query, const core::Tranche &tranche);
// Rewriting a row's indexed columns costs SQLite about twenty times more than the row itself, and
// most saves (fills, P&L, isolation) change none of them. This UPDATE sets the other columns only if
// the indexed ones (id, seq, symbol, status, entry_time, exit_time) still hold the tranche's values;
// when it changes no row, the caller falls back to the full upsert. Which columns count as indexed
// is only a matter of speed: SQLite keeps any index right whatever the list says.
QString trancheInPlaceUpdateSql();
void bindTrancheInPlaceUpdate(QSqlQuery &query, const core::Tranche &tranche);
core::Tranche readTranche(RowReader &row);

QStringList orderColumns();
void bindOrder(QSqlQuery &query, const core::OrderRecord &order);
core::OrderRecord readOrder(RowReader &row);

QStringList eventColumns(); // without id, which the store assigns
void bindEvent(QSqlQuery &query, const core::TrancheEvent &event);
core::TrancheEvent readEvent(RowReader &row); // the query selects id too

} // namespace trd::storage
