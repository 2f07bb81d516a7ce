// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace trd::ui {

// Roles shared by the models and their proxies. Sorting always reads RawRole (numbers as double,
// times as epoch ms, texts as themselves), never the formatted DisplayRole.
enum UiRole
{
    RawRole = Qt::UserRole + 1,
    IdRole, // tranche id / event id
    SymbolRole,
    SideRole, // "LONG" / "SHORT"
    StatusRole, // "ACTIVE" / "ISOLATED" / "CLOSED"
    IsBestRole,
    TypeRole, // event type text
    SearchTextRole, // everything a text search looks at
};

} // namespace trd::ui
