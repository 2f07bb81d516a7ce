// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventFilterProxy.h"

#include "common/UiRoles.h"

namespace trd::ui {

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
    setDynamicSortFilter(true);
}

void EventFilterProxy::setTypes(const QSet<QString> &types)
{
    m_types = types;
    invalidateFilter();
}

void EventFilterProxy::setSymbol(const QString &symbol)
{
    m_symbol = symbol;
    invalidateFilter();
}

void EventFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_types.isEmpty() && !m_types.contains(index.data(TypeRole).toString())) {
        return false;
    }
    if (!m_symbol.isEmpty() && index.data(SymbolRole).toString() != m_symbol) {
        return false;
    }
    if (!m_search.isEmpty() && !index.data(SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive)) {
        return false;
    }
    return true;
}

} // namespace trd::ui
