// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranche/Tranche.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class TrancheDetailPanel;
}

namespace trd::ui {

class TrancheTableModel;

// The guide's tranche card for the selected row, with everything the table abbreviates. The
// layout and captions are forms/tranches/TrancheDetailPanel.ui; fields are named by fixed keys
// ("Entry", "Stop loss", …) that are never shown, so translated captions do not change them.
class TrancheDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrancheDetailPanel(TrancheTableModel *model, QWidget *parent = nullptr);
    ~TrancheDetailPanel() override;

    void showTranche(const QString &id);
    QString trancheId() const { return m_id; }
    QString fieldText(const QString &name) const;

protected:
    // A theme switch: the P&L and status colours are the new theme's.
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void setField(const QString &name, const QString &text, const QColor &color = {});

    std::unique_ptr<Ui::TrancheDetailPanel> m_ui;
    TrancheTableModel *m_model;
    QString m_id;
    QHash<QString, QLabel *> m_fields;
};

} // namespace trd::ui
