// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcements/AnnouncementsController.h"

#include "announcements/AnnouncementListModel.h"
#include "announcements/AnnouncementsDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

AnnouncementsController::AnnouncementsController(core::TrancheManager *manager, QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_model(new AnnouncementListModel(this))
    , m_action(new QAction(this))
    , m_badge(new QToolButton(window))
{
    m_model->watch(manager);
    m_action->setObjectName(u"announcementsAction"_s);
    connect(m_action, &QAction::triggered, this, &AnnouncementsController::open);
    m_badge->setObjectName(u"announcementsBadge"_s);
    m_badge->setAutoRaise(true);
    m_badge->setToolTip(tr("Announcements from the exchange you have not read: click to read them."));
    connect(m_badge, &QToolButton::clicked, this, &AnnouncementsController::open);
    window->statusBar()->addPermanentWidget(m_badge);
    connect(m_model, &AnnouncementListModel::unreadCountChanged, this, &AnnouncementsController::showUnread);
    showUnread(0);
}

void AnnouncementsController::open()
{
    if (!m_dialog) {
        m_dialog = new AnnouncementsDialog(m_model, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void AnnouncementsController::showUnread(int count)
{
    m_action->setText(
        count == 0 ? tr("Exchange &announcements…") : tr("Exchange &announcements (%n unread)…", "", count));
    m_badge->setText(tr("%n unread announcement(s)", "", count));
    m_badge->setVisible(count > 0);
}

} // namespace trd::ui
