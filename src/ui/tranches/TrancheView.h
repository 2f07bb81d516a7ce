// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranches/TrancheAdjustDialog.h"

#include <QWidget>

#include <functional>

class QAction;
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

// The tranche breakdown: Active, Isolated, Closed and All open tables over one model, a detail
// card for the selected row, and "Close this tranche" in the context menu and on Delete.
//
// The current tranche is the visible table's current row and nothing else: the card shows it, or
// says that nothing is selected. When that row leaves the table (closed, filtered out) the card
// empties instead of moving to a neighbour the trader did not pick.
class TrancheView : public QWidget
{
    Q_OBJECT
public:
    TrancheView(TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent = nullptr);

    enum Tab
    {
        ActiveTab,
        IsolatedTab,
        ClosedTab,
        AllOpenTab
    };

    void setSymbol(const QString &symbol);
    void setSide(const QString &side);
    QTableView *table(int tab) const;
    TrancheFilterProxy *proxy(int tab) const;
    QTableView *currentTable() const;
    // The tranche of the visible table's current row (empty: none).
    QString currentTrancheId() const { return m_currentId; }
    // "Close selected tranche" (Delete): asks to close the current tranche.
    QAction *closeSelectedAction() const { return m_closeSelected; }
    TrancheDetailPanel *detail() const { return m_detail; }
    // Asks for confirmation, then sends the manual close (tranche-rules: reduce order tagged to it).
    void closeTranche(const QString &id);
    // Close part… and Move TP/SL… of one tranche (TrancheAdjustDialog, then the engine).
    void adjustTranche(const QString &id, TrancheAdjustDialog::Kind kind);
    void saveColumns(QTableView *table);
    void restoreColumns(QTableView *table);
    // The row's context menu ("Close this tranche", "Show details"); the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);
    // The column chooser (right-click on a table's header): one checkable entry per column, the
    // choice kept per table in QSettings. The caller owns the menu.
    QMenu *createColumnMenu(QTableView *table, QWidget *parent);
    // A remote engine (no manager): closing a tranche is a command sent to it, after the same
    // question; its refusal comes back in the engine's words.
    using RemoteCloser = std::function<void(const QString &trancheId)>;
    void setRemoteCloser(RemoteCloser closer) { m_remoteCloser = std::move(closer); }
    // Close part… and Move TP/SL… to a remote engine: the same dialog, which waits for its reply
    // (the mark it shows is the one the engine's P&L implies, as the table's).
    void setRemoteAdjuster(TrancheAdjustDialog::Adjuster adjuster) { m_remoteAdjuster = std::move(adjuster); }
    // Whether the window may steer the engine now (a remote engine: link up, control token); the
    // row menu's commands are greyed otherwise. Unset: always.
    void setMayControl(std::function<bool()> mayControl) { m_mayControl = std::move(mayControl); }

Q_SIGNALS:
    // The current tranche changed (empty id and symbol: none).
    void currentTrancheChanged(const QString &id, const QString &symbol);

private:
    QTableView *makeTable(TrancheFilterProxy *proxy, const QString &name);
    void updateTabTitles();
    // After the column chooser hid or showed columns: the frozen # / symbol part follows.
    static void syncFrozen(QTableView *table);
    void showContextMenu(QTableView *table, const QPoint &pos);
    void setCurrentTranche(const QString &id);
    // After rows left or entered a table: keeps the current tranche on its row, or lets it go.
    void followCurrent();

    TrancheTableModel *m_model;
    core::TrancheManager *m_manager;
    RemoteCloser m_remoteCloser;
    TrancheAdjustDialog::Adjuster m_remoteAdjuster;
    std::function<bool()> m_mayControl;
    QTabWidget *m_tabs;
    QList<TrancheFilterProxy *> m_proxies;
    QList<QTableView *> m_tables;
    TrancheDetailPanel *m_detail;
    QAction *m_closeSelected;
    QString m_currentId;
    bool m_isAdjusting = false; // the models move rows: current-row changes are not the trader's
};

} // namespace trd::ui
