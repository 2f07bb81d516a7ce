// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcements/AnnouncementsDialog.h"

#include "announcements/AnnouncementListModel.h"
#include "common/UiFormat.h"
#include "ui_AnnouncementsDialog.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

AnnouncementsDialog::AnnouncementsDialog(AnnouncementListModel *model, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AnnouncementsDialog>())
    , m_model(model)
{
    m_ui->setupUi(this);
    m_ui->announcementTable->setModel(model);
    m_ui->announcementTable->horizontalHeader()->setSectionResizeMode(
        AnnouncementListModel::TimeColumn, QHeaderView::ResizeToContents);
    m_ui->announcementTable->horizontalHeader()->setSectionResizeMode(
        AnnouncementListModel::CategoryColumn, QHeaderView::ResizeToContents);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->announcementTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AnnouncementsDialog::showSelected);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (isVisible()) {
            m_model->markAllRead();
            m_ui->announcementTable->selectRow(0);
        }
    });
}

AnnouncementsDialog::~AnnouncementsDialog() = default;

void AnnouncementsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_model->markAllRead();
    if (m_model->rowCount() > 0 && !m_ui->announcementTable->currentIndex().isValid()) {
        m_ui->announcementTable->selectRow(0);
    }
    showSelected();
}

void AnnouncementsDialog::showSelected()
{
    const QModelIndex current = m_ui->announcementTable->currentIndex();
    if (!current.isValid()) {
        m_ui->announcementText->setPlainText(
            m_model->rowCount() == 0 ? tr("No announcement from the exchange this session.") : QString());
        return;
    }
    const AnnouncementListModel::Announcement &a = m_model->at(current.row());
    QString text = u"<p><b>%1</b></p>"_s.arg(a.title.toHtmlEscaped());
    if (!a.body.isEmpty()) {
        text += u"<p>%1</p>"_s.arg(a.body.toHtmlEscaped());
    }
    text += u"<p><small>%1</small></p>"_s.arg(
        (a.category.isEmpty() ? UiFormat::dateTime(a.time) : UiFormat::dateTime(a.time) + u" · "_s + a.category)
            .toHtmlEscaped());
    m_ui->announcementText->setHtml(text);
}

} // namespace trd::ui
