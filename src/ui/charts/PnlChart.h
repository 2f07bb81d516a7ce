// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranche/Tranche.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

class InteractiveChartView;
class TrancheTableModel;

// Cumulative realized P&L over time: the whole account and the selected symbol. Closes are
// kept in time order as they happen; the series are thinned to at most ~1,500 points.
class PnlChart : public QWidget
{
    Q_OBJECT
public:
    PnlChart(TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent = nullptr);
    void setSymbol(const QString &symbol);
    // A tranche closed after the history was read: the embedded manager's trancheClosed, or a
    // remote engine's (RemoteEngine::trancheClosed). Once per tranche.
    void addClose(const core::Tranche &tranche);
    int totalPointCount() const;
    InteractiveChartView *view() const { return m_view; }
    // The dashed line at 0 USDT: above it the desk made money, below it lost.
    QLineSeries *zeroLine() const { return m_zero; }
    // The account's steps: each close adds its realized P&L, fees and funding included.
    QLineSeries *totalLine() const { return m_total; }

private:
    struct Close
    {
        qint64 time;
        double pnl;
        QString symbol;
    };
    void rebuild();
    void schedule();
    void refresh();

    TrancheTableModel *m_model;
    std::vector<Close> m_closes;
    QString m_symbol;
    QChart *m_chart;
    QLineSeries *m_total;
    QLineSeries *m_selected;
    QLineSeries *m_zero;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    InteractiveChartView *m_view;
    QTimer m_timer;
};

} // namespace trd::ui
