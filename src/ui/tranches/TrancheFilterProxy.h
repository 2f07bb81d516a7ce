// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace trd::ui {

// One of the breakdown's views (Active, Isolated, Closed) for a symbol and side, sorted on the
// source's raw values.
class TrancheFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class View
    {
        All,
        Active, // open and not isolated
        Isolated, // open and isolated
        Closed, // closed or liquidated
        Open // active and isolated
    };

    explicit TrancheFilterProxy(View view, QObject *parent = nullptr);

    View view() const { return m_view; }
    // Empty symbol: every symbol. Empty side: both sides.
    void setSymbol(const QString &symbol);
    void setSide(const QString &side);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    View m_view;
    QString m_symbol;
    QString m_side;
};

} // namespace trd::ui
