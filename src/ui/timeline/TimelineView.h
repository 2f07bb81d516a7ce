// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QCheckBox;
class QToolButton;

namespace trd::ui {

class EventTableModel;
class EventFilterProxy;

// The event timeline: every event of tranche-rules §7 with its icon, newest first, filtered by
// type and symbol and searched by text.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(EventTableModel *model, QWidget *parent = nullptr);

    void setSymbols(const QStringList &symbols);
    EventFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

private:
    void applyTypes();

    EventTableModel *m_model;
    EventFilterProxy *m_proxy;
    QTableView *m_table;
    QToolButton *m_typeButton;
    QComboBox *m_symbolBox;
    QLineEdit *m_search;
    QCheckBox *m_allTypes = nullptr;
    QList<QCheckBox *> m_typeBoxes;
};

} // namespace trd::ui
