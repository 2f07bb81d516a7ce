// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace trd::ui {

class LiquidationFilterProxy;
class LiquidationTableModel;

// The liquidation feed: a table over the model, with "traded symbols only", a minimum volume and
// a symbol search, and a line that counts what is shown and its volume.
class LiquidationView : public QWidget
{
    Q_OBJECT
public:
    explicit LiquidationView(LiquidationTableModel *model, QWidget *parent = nullptr);

    LiquidationFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

private:
    void updateSummary();

    LiquidationTableModel *m_model;
    LiquidationFilterProxy *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace trd::ui
