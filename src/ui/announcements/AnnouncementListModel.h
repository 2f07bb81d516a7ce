// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranche/TrancheEvent.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

// The exchange's announcements heard this session, newest first, each read or not. They come
// from the engine's account_alert events of kind "announcement" (the store keeps those events:
// the timeline shows every one ever received); this list is the session's reading pile, kept in
// memory, so a restart starts it empty (docs/desktop.md, "Announcements").
class AnnouncementListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        CategoryColumn,
        TitleColumn,
        ColumnCount
    };

    struct Announcement
    {
        qint64 time = 0;
        QString category;
        QString title;
        QString body;
        bool isRead = false;
    };

    explicit AnnouncementListModel(QObject *parent = nullptr);

    // Listens to the engine's recorded events for announcements.
    void watch(core::TrancheManager *manager);
    // An account_alert event of kind "announcement": its details carry title, body and category;
    // an older event without them shows its reason as the title.
    static std::optional<Announcement> fromEvent(const core::TrancheEvent &event);

    void add(const Announcement &announcement);
    const Announcement &at(int row) const { return m_items.at(row); }
    int unreadCount() const;
    void markAllRead();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    QList<Announcement> m_items; // newest first
};

} // namespace trd::ui
