// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace trd::ui {

// The timeline's filters: event types, symbol and a free-text search over type, symbol,
// tranche, reason and details. It filters the rows loaded so far; scrolling loads older pages.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    // Empty: every type.
    void setTypes(const QSet<QString> &types);
    void setSymbol(const QString &symbol);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_types;
    QString m_symbol;
    QString m_search;
};

} // namespace trd::ui
