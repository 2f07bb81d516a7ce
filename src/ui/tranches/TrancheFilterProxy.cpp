// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheFilterProxy.h"

#include "common/UiRoles.h"
#include "tranches/TrancheTableModel.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

TrancheFilterProxy::TrancheFilterProxy(View view, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_view(view)
{
    setSortRole(RawRole);
    setDynamicSortFilter(true);
}

void TrancheFilterProxy::setSymbol(const QString &symbol)
{
    if (m_symbol != symbol) {
        m_symbol = symbol;
        invalidateFilter();
    }
}

void TrancheFilterProxy::setSide(const QString &side)
{
    if (m_side != side) {
        m_side = side;
        invalidateFilter();
    }
}

bool TrancheFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The tranche model is read directly: a hundred thousand closed rows are filtered at start.
    if (const auto *model = qobject_cast<const TrancheTableModel *>(sourceModel())) {
        const core::Tranche &t = model->tranche(sourceRow);
        if ((!m_symbol.isEmpty() && t.symbol != m_symbol) || (!m_side.isEmpty() && core::toString(t.side) != m_side)) {
            return false;
        }
        switch (m_view) {
        case View::All:
            return true;
        case View::Active:
            return t.isOpen() && !t.isolated;
        case View::Isolated:
            return t.isOpen() && t.isolated;
        case View::Closed:
            return !t.isOpen();
        case View::Open:
            return t.isOpen();
        }
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_symbol.isEmpty() && index.data(SymbolRole).toString() != m_symbol) {
        return false;
    }
    if (!m_side.isEmpty() && index.data(SideRole).toString() != m_side) {
        return false;
    }
    const QString status = index.data(StatusRole).toString();
    switch (m_view) {
    case View::All:
        return true;
    case View::Active:
        return status == u"ACTIVE";
    case View::Isolated:
        return status == u"ISOLATED";
    case View::Closed:
        return status == u"CLOSED" || status == u"LIQUIDATED";
    case View::Open:
        return status == u"ACTIVE" || status == u"ISOLATED";
    }
    return true;
}

bool TrancheFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const TrancheTableModel *>(sourceModel());
    if (model && !TrancheTableModel::isTextColumn(left.column())) {
        return model->sortKey(left.row(), left.column()) < model->sortKey(right.row(), right.column());
    }
    const QVariant a = left.data(RawRole);
    const QVariant b = right.data(RawRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        return a.toString() < b.toString();
    }
    return a.toDouble() < b.toDouble();
}

} // namespace trd::ui
