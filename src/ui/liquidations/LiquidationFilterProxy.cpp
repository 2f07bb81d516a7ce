// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiquidationFilterProxy.h"

#include "common/UiRoles.h"
#include "liquidations/LiquidationTableModel.h"

namespace trd::ui {

LiquidationFilterProxy::LiquidationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
    setDynamicSortFilter(true);
}

void LiquidationFilterProxy::setTradedOnly(bool isTradedOnly)
{
    m_isTradedOnly = isTradedOnly;
    invalidateFilter();
}

void LiquidationFilterProxy::setMinimumVolume(double usdt)
{
    m_minimumVolume = usdt;
    invalidateFilter();
}

void LiquidationFilterProxy::setSymbolText(const QString &text)
{
    m_symbolText = text.trimmed();
    invalidateFilter();
}

bool LiquidationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, LiquidationTableModel::VolumeColumn, sourceParent);
    if (m_isTradedOnly && !row.data(LiquidationTableModel::IsTradedRole).toBool()) {
        return false;
    }
    if (m_minimumVolume > 0 && row.data(RawRole).toDouble() < m_minimumVolume) {
        return false;
    }
    return m_symbolText.isEmpty() || row.data(SymbolRole).toString().contains(m_symbolText, Qt::CaseInsensitive);
}

} // namespace trd::ui
