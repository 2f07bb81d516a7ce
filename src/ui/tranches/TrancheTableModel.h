// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranche/Tranche.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <deque>
#include <vector>

namespace trd::core {
class TrancheManager;
class TrancheStore;
} // namespace trd::core

namespace trd::ui {

// Every tranche the store knows (open and closed), one row each, kept live from the engine's
// signals. Structural changes (a new tranche) are applied at once; ticking unrealized P&L is
// collected per symbol and published on a timer as ranged dataChanged over contiguous rows, so
// fifty symbols ticking every second cost a handful of signals, not a repaint per tick.
class TrancheTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        SymbolColumn,
        SideColumn,
        StatusColumn,
        EntryColumn,
        TimeColumn,
        QuantityColumn,
        MarginColumn,
        LeverageColumn,
        MarkColumn,
        UnrealizedColumn,
        PnlPercentColumn,
        RoePercentColumn,
        TpColumn,
        SlColumn,
        RealizedColumn,
        FeesColumn,
        OriginColumn,
        ExitColumn,
        // Appended, not beside Fees: the column chooser stores hidden columns by number.
        FundingColumn,
        ColumnCount
    };

    explicit TrancheTableModel(core::TrancheManager *manager, QObject *parent = nullptr);

    // Shows the engine's open tranches at once, then reads the stored history (closed tranches)
    // page by page, one page per event-loop turn, so a store of 100,000 closed tranches never
    // freezes the window; historyRowsLoaded() tells what each page added.
    void load(core::TrancheStore *store);
    void setUpdateInterval(int ms) { m_flushTimer.setInterval(ms); }
    void setHistoryPageSize(int rows) { m_historyPageSize = rows; }
    bool isHistoryLoaded() const { return m_isHistoryLoaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::Tranche &tranche(int row) const { return m_rows[size_t(row)]; }
    // The raw value RawRole returns, without a QVariant: what the proxies sort and filter on.
    double sortKey(int row, int column) const;
    static bool isTextColumn(int column);
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    bool isBest(const QString &id) const { return m_bestIds.contains(id); }
    const std::deque<core::Tranche> &tranches() const { return m_rows; }
    // Publishes pending changes now (tests and the benchmark; the timer does it otherwise).
    void flush();
    // A tranche as the engine has it now (created, changed or closed); the embedded engine's
    // signals arrive here, and a remote engine's mirror calls it the same way.
    void upsert(const core::Tranche &tranche);
    // Stored tranches read elsewhere (a remote engine's history pages): one insertion and one
    // historyRowsLoaded for the page, as load() does for each page it reads; rows already shown stay.
    void appendHistory(const QList<core::Tranche> &tranches);

Q_SIGNALS:
    // Rows changed in a batch (after a flush): summaries and charts refresh from here.
    void refreshed();
    // Rows first..last came from the stored history (never from the engine's live signals).
    void historyRowsLoaded(int first, int last);
    void historyLoaded();
    void historyFailed(const QString &message);

private:
    void loadHistoryPage();
    void insertHistoryRows(std::vector<core::Tranche> fresh);
    void markDirty(int row);
    void refreshBest(const QString &symbol, core::Side side);
    QVariant display(const core::Tranche &t, int column) const;
    QVariant raw(const core::Tranche &t, int column) const;
    core::Decimal markOf(const core::Tranche &t) const;

    core::TrancheManager *m_manager;
    // A deque: the history grows by pages to 100,000 rows and more, and a vector would move every
    // row each time it grows (a 30 ms stall at 64k rows).
    std::deque<core::Tranche> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_bestIds;
    QSet<QString> m_dirtySymbols;
    QSet<int> m_dirtyRows;
    QTimer m_flushTimer;
    core::TrancheStore *m_history = nullptr;
    QTimer m_historyTimer;
    qint64 m_historyAfterSeq = 0;
    int m_historyPageSize = 500;
    bool m_isHistoryLoaded = true;
};

} // namespace trd::ui
