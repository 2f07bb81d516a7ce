// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VariantResult.h"

#include <QWidget>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace trd::ui {

class InteractiveChartView;

// The variants of a backtest side by side: each one's equity (paper wallet plus unrealized P&L)
// over time in one chart, and its drawdown (equity below its running peak) in a second beside it,
// one line per variant in the same colour in both and beside its row in the comparison table,
// styled like the dashboard's charts.
class EquityComparisonChart : public QWidget
{
    Q_OBJECT
public:
    explicit EquityComparisonChart(QWidget *parent = nullptr);

    void setResults(const QList<backtest::VariantResult> &results, const QStringList &names);
    // Draws the selected variant's lines thicker (-1: none).
    void setHighlighted(int index);
    InteractiveChartView *equityView() const { return m_equity.view; }
    InteractiveChartView *drawdownView() const { return m_drawdown.view; }
    QList<QLineSeries *> equitySeries() const { return m_equity.series; }
    QList<QLineSeries *> drawdownSeries() const { return m_drawdown.series; }

private:
    struct Pane
    {
        QChart *chart = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        InteractiveChartView *view = nullptr;
        QList<QLineSeries *> series;
    };
    void setUpPane(Pane &pane, const QString &title, const QString &objectName);
    void fill(Pane &pane, const QList<QList<QPointF>> &lines, const QStringList &names);
    void restyle();

    Pane m_equity;
    Pane m_drawdown;
    int m_highlighted = -1;
};

} // namespace trd::ui
