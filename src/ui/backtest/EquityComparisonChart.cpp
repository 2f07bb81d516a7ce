// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquityComparisonChart.h"

#include "backtest/VariantComparisonModel.h"
#include "charts/ChartPoints.h"
#include "charts/InteractiveChartView.h"
#include "charts/NiceTicks.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

EquityComparisonChart::EquityComparisonChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"backtestCharts"_s);
    // Side by side: height is what a chart lacks first below the table, and a short chart hides its
    // legend and ticks.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setUpPane(m_equity, tr("Equity: wallet + unrealized (USDT)"), u"backtestEquityChart"_s);
    setUpPane(m_drawdown, tr("Drawdown from the running peak (USDT)"), u"backtestDrawdownChart"_s);
    // The drawdown lines share the equity chart's colours and legend.
    m_drawdown.chart->legend()->hide();
    layout->addWidget(m_equity.view, 1);
    layout->addWidget(m_drawdown.view, 1);
}

void EquityComparisonChart::setUpPane(Pane &pane, const QString &title, const QString &objectName)
{
    pane.chart = new QChart;
    pane.chart->setTitle(title);
    pane.chart->legend()->setAlignment(Qt::AlignBottom);
    pane.chart->setMargins(QMargins(6, 4, 6, 4));
    pane.view = new InteractiveChartView(pane.chart, this);
    pane.view->setObjectName(objectName);
    connect(pane.view, &InteractiveChartView::themeApplied, this, &EquityComparisonChart::restyle);
    // The theme first: set later, it would reset what the axes were given.
    pane.view->followPalette();
    pane.x = new QDateTimeAxis;
    pane.x->setFormat(u"MM-dd hh:mm"_s);
    pane.x->setTickCount(4); // "12-04 16:00" needs its room beside a second chart
    pane.y = new QValueAxis;
    pane.chart->addAxis(pane.x, Qt::AlignBottom);
    pane.chart->addAxis(pane.y, Qt::AlignLeft);
}

void EquityComparisonChart::setResults(const QList<backtest::VariantResult> &results, const QStringList &names)
{
    QList<QList<QPointF>> equity;
    QList<QList<QPointF>> drawdown;
    for (const backtest::VariantResult &r : results) {
        QList<QPointF> e;
        QList<QPointF> d;
        e.reserve(r.equity.size());
        d.reserve(r.equity.size());
        double peak = -std::numeric_limits<double>::infinity();
        for (const backtest::EquityPoint &p : r.equity) {
            const double value = (p.balance + p.unrealized).toDouble();
            peak = std::max(peak, value);
            e.append(QPointF(double(p.time), value));
            d.append(QPointF(double(p.time), value - peak));
        }
        equity.append(ChartPoints::thinned(e));
        drawdown.append(ChartPoints::thinned(d));
    }
    m_highlighted = -1;
    fill(m_equity, equity, names);
    fill(m_drawdown, drawdown, names);
    restyle();
}

void EquityComparisonChart::fill(Pane &pane, const QList<QList<QPointF>> &lines, const QStringList &names)
{
    for (QLineSeries *series : std::as_const(pane.series)) {
        pane.chart->removeSeries(series);
        delete series;
    }
    pane.series.clear();
    pane.view->hideHover();
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(names.value(i));
        series->replace(lines.at(i));
        pane.chart->addSeries(series);
        series->attachAxis(pane.x);
        series->attachAxis(pane.y);
        pane.view->trackHover(series, [series](const QPointF &point) {
            return u"%1\n%2: %3 USDT"_s.arg(
                QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(u"yyyy-MM-dd hh:mm"_s), series->name(),
                QString::number(point.y(), 'f', 2));
        });
        pane.series.append(series);
        for (const QPointF &p : lines.at(i)) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
            first = std::min(first, qint64(p.x()));
            last = std::max(last, qint64(p.x()));
        }
    }
    if (first > last) {
        return;
    }
    last = std::max(last, first + 60'000);
    pane.x->setFormat(last - first > 86'400'000 ? u"MM-dd hh:mm"_s : u"hh:mm:ss"_s);
    pane.x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    // Qt 6.4 leaves a date axis that had no series when the chart was first laid out undrawn
    // (no labels, no grid) until its visibility changes.
    pane.x->setVisible(false);
    pane.x->setVisible(true);
    const double pad = std::max(1.0, (hi - lo) * 0.05);
    // A drawdown is never above zero: no room is kept over its top.
    NiceTicks::apply(pane.y, lo - pad, &pane == &m_drawdown ? 0.0 : hi + pad);
}

void EquityComparisonChart::setHighlighted(int index)
{
    m_highlighted = index;
    restyle();
}

void EquityComparisonChart::restyle()
{
    for (Pane *pane : { &m_equity, &m_drawdown }) {
        for (int i = 0; i < pane->series.size(); ++i) {
            pane->series[i]->setPen(QPen(VariantComparisonModel::colorOf(i), i == m_highlighted ? 3.5 : 1.8));
        }
    }
}

} // namespace trd::ui
