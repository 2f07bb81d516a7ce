// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QToolButton;

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

class AnnouncementListModel;
class AnnouncementsDialog;

// Where the exchange's announcements surface in the main window: the Help menu's "Exchange
// announcements…" action and, while some are unread, a status-bar button with their count; both
// open the announcements dialog.
class AnnouncementsController : public QObject
{
    Q_OBJECT
public:
    AnnouncementsController(core::TrancheManager *manager, QMainWindow *window);

    AnnouncementListModel *model() const { return m_model; }
    QAction *action() const { return m_action; }
    void open();

private:
    void showUnread(int count);

    QMainWindow *m_window;
    AnnouncementListModel *m_model;
    QAction *m_action;
    QToolButton *m_badge;
    QPointer<AnnouncementsDialog> m_dialog;
};

} // namespace trd::ui
