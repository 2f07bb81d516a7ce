// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AnnouncementsDialog;
}

namespace trd::ui {

class AnnouncementListModel;

// The exchange's announcements of this session (Help → Exchange announcements, or the status
// bar's unread count): a list, newest first, and the selected one in full. Whatever is listed
// while the dialog is open counts as read.
class AnnouncementsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AnnouncementsDialog(AnnouncementListModel *model, QWidget *parent = nullptr);
    ~AnnouncementsDialog() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();

    std::unique_ptr<Ui::AnnouncementsDialog> m_ui;
    AnnouncementListModel *m_model;
};

} // namespace trd::ui
