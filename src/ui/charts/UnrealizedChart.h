// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace trd::ui {

class InteractiveChartView;
class PriceHistory;

// One bar per open tranche of the selection: its unrealized P&L, green above zero, red below.
class UnrealizedChart : public QWidget
{
    Q_OBJECT
public:
    UnrealizedChart(PriceHistory *history, QWidget *parent = nullptr);
    void setSelection(const QString &symbol, const QString &side);
    int barCount() const;
    // The dashed line at 0 USDT between the bars in profit and those under water.
    QLineSeries *zeroLine() const { return m_zero; }
    void refresh();

private:
    PriceHistory *m_history;
    QString m_symbol;
    QString m_side;
    QChart *m_chart;
    QStackedBarSeries *m_series;
    QBarSet *m_profit;
    QBarSet *m_loss;
    QLineSeries *m_zero;
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
    InteractiveChartView *m_view;
    QStringList m_labels;
    QTimer m_timer;
};

} // namespace trd::ui
