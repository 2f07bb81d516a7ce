// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QMenu;
class QModelIndex;
class QTabWidget;
class QTableView;

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

class TrancheTableModel;
class TrancheFilterProxy;
class TrancheDetailPanel;

// The tranche breakdown: Active, Isolated and Closed tables over one model, a detail card for
// the selected row, and "Close this tranche" in the context menu.
class TrancheView : public QWidget
{
    Q_OBJECT
public:
    TrancheView(TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent = nullptr);

    void setSymbol(const QString &symbol);
    void setSide(const QString &side);
    QTableView *table(int tab) const;
    TrancheFilterProxy *proxy(int tab) const;
    TrancheDetailPanel *detail() const { return m_detail; }
    // Asks for confirmation, then sends the manual close (tranche-rules: reduce order tagged to it).
    void closeTranche(const QString &id);
    // The row's context menu ("Close this tranche", "Show details"); the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);

private:
    QTableView *makeTable(TrancheFilterProxy *proxy, const QString &name);
    void updateTabTitles();
    void showContextMenu(QTableView *table, const QPoint &pos);

    TrancheTableModel *m_model;
    core::TrancheManager *m_manager;
    QTabWidget *m_tabs;
    QList<TrancheFilterProxy *> m_proxies;
    QList<QTableView *> m_tables;
    TrancheDetailPanel *m_detail;
};

} // namespace trd::ui
