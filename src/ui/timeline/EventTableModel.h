// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranche/TrancheEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QTimer>

#include <deque>
#include <functional>

namespace trd::core {
class TrancheManager;
class TrancheStore;
} // namespace trd::core

namespace trd::ui {

// The audit trail, newest first. The store is read a page at a time from the newest event
// backwards (fetchMore as the user scrolls), so a store of a million events opens at once; new
// events from the engine are inserted at the top in batches on a timer.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TypeColumn,
        TimeColumn,
        SymbolColumn,
        SideColumn,
        TrancheColumn,
        PriceColumn,
        QuantityColumn,
        PnlColumn,
        ReasonColumn,
        ColumnCount
    };

    EventTableModel(core::TrancheManager *manager, core::TrancheStore *store, QObject *parent = nullptr);

    // Reads the newest page (call once the window is up).
    void load();
    void setPageSize(int size) { m_pageSize = size; }
    void setUpdateInterval(int ms) { m_flushTimer.setInterval(ms); }
    // Inserts the pending live events now (the timer does it otherwise).
    void flush();
    void append(const core::TrancheEvent &event);
    // For a store that holds only the newest part of the trail and fetches older events when asked
    // (a remote engine's mirror): called when the view scrolls past all the store holds. True while
    // older events may come (asked, or asked again on the next scroll); they are appended by the
    // next fetchMore, which the store's owner calls once they are in. False: the trail starts here.
    using OlderEventsRequest = std::function<bool()>;
    void setOlderEventsRequest(OlderEventsRequest request) { m_requestOlder = std::move(request); }

    const core::TrancheEvent &event(int row) const { return m_rows[size_t(row)]; }
    // How many events the row stands for: entries refused while paused are counted in one row
    // per minute instead of one row per liquidation signal.
    int eventCount(int row) const { return m_counts[size_t(row)]; }
    // The tranche's number (#seq) for its id, as the table shows it (0: not known).
    using TrancheNumbers = std::function<qint64(const QString &trancheId)>;
    void setTrancheNumbers(TrancheNumbers numbers);
    QString trancheLabel(const QString &trancheId) const;
    static QString typeLabel(core::EventType type);
    static QIcon typeIcon(core::EventType type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static bool isPausedRefusal(const core::TrancheEvent &e);
    // Counts a paused refusal into a row of the same minute among rows [first, last) (scanning at
    // most a few rows): the row index, or -1.
    int pausedRowOfMinute(const core::TrancheEvent &e, int from, int step) const;
    void mergeInto(int row, const core::TrancheEvent &e);
    qint64 newestStoredId() const;
    qint64 firstStoredId() const;
    QList<core::TrancheEvent> olderPage(qint64 beforeId) const;

    core::TrancheStore *m_store;
    std::deque<core::TrancheEvent> m_rows;
    std::deque<int> m_counts; // parallel to m_rows
    TrancheNumbers m_numbers;
    OlderEventsRequest m_requestOlder;
    bool m_mayOlderCome = true; // with m_requestOlder: the trail's start not reached yet
    QList<core::TrancheEvent> m_pending;
    qint64 m_newestId = 0;
    qint64 m_oldestId = 0;
    qint64 m_firstStoredId = 0;
    int m_pageSize = 500;
    bool m_isFetching = false;
    QTimer m_flushTimer;
};

} // namespace trd::ui
