// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcements/AnnouncementListModel.h"

#include "common/UiFormat.h"
#include "tranche/TrancheManager.h"

#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

AnnouncementListModel::AnnouncementListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AnnouncementListModel::watch(core::TrancheManager *manager)
{
    if (!manager) {
        return; // a remote engine's window: no embedded engine to watch
    }
    connect(manager, &core::TrancheManager::eventRecorded, this, [this](const core::TrancheEvent &event) {
        if (const auto announcement = fromEvent(event)) {
            add(*announcement);
        }
    });
}

std::optional<AnnouncementListModel::Announcement> AnnouncementListModel::fromEvent(const core::TrancheEvent &event)
{
    if (event.type != core::EventType::AccountAlert) {
        return std::nullopt;
    }
    const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
    if (details.value(u"kind"_s).toString() != u"announcement"_s) {
        return std::nullopt;
    }
    Announcement a;
    a.time = event.time;
    a.category = details.value(u"category"_s).toString();
    a.title = details.value(u"title"_s).toString();
    a.body = details.value(u"body"_s).toString();
    if (a.title.isEmpty()) {
        a.title = event.reason;
    }
    return a;
}

void AnnouncementListModel::add(const Announcement &announcement)
{
    beginInsertRows({}, 0, 0);
    m_items.prepend(announcement);
    endInsertRows();
    if (!announcement.isRead) {
        Q_EMIT unreadCountChanged(unreadCount());
    }
}

int AnnouncementListModel::unreadCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Announcement &a) { return !a.isRead; }));
}

void AnnouncementListModel::markAllRead()
{
    if (unreadCount() == 0) {
        return;
    }
    for (Announcement &a : m_items) {
        a.isRead = true;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::FontRole });
    Q_EMIT unreadCountChanged(0);
}

int AnnouncementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AnnouncementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnouncementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Announcement &a = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return UiFormat::dateTime(a.time);
        case CategoryColumn:
            return a.category;
        case TitleColumn:
            return a.title;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return a.body.isEmpty() ? a.title : a.body;
    case Qt::FontRole:
        if (!a.isRead) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant AnnouncementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Announcement");
    default:
        return {};
    }
}

} // namespace trd::ui
