// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranche/Tranche.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace trd::ui {

class TrancheTableModel;

// The guide's tranche card for the selected row, with everything the table abbreviates.
class TrancheDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrancheDetailPanel(TrancheTableModel *model, QWidget *parent = nullptr);

    void showTranche(const QString &id);
    QString trancheId() const { return m_id; }
    QString fieldText(const QString &name) const;

private:
    void refresh();
    void setField(const QString &name, const QString &text, const QColor &color = {});

    TrancheTableModel *m_model;
    QString m_id;
    QLabel *m_title;
    QLabel *m_status;
    QHash<QString, QLabel *> m_fields;
};

} // namespace trd::ui
