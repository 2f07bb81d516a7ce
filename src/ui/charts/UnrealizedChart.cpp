// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnrealizedChart.h"

#include "charts/InteractiveChartView.h"
#include "charts/NiceTicks.h"
#include "charts/PriceHistory.h"
#include "common/UiFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

UnrealizedChart::UnrealizedChart(PriceHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries)
    , m_profit(new QBarSet(tr("In profit")))
    , m_loss(new QBarSet(tr("Under water")))
    , m_zero(new QLineSeries)
    , m_x(new QBarCategoryAxis)
    , m_y(new QValueAxis)
    , m_view(new InteractiveChartView(m_chart, this))
{
    setObjectName(u"unrealizedChart"_s);
    m_view->setObjectName(u"unrealizedChartView"_s);
    m_chart->setTitle(tr("Unrealized P&L per open tranche (USDT)"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    connect(m_view, &InteractiveChartView::themeApplied, this, [this] {
        m_profit->setColor(UiFormat::profitColor());
        m_loss->setColor(UiFormat::lossColor());
        m_profit->setBorderColor(UiFormat::profitColor());
        m_loss->setBorderColor(UiFormat::lossColor());
        m_zero->setPen(QPen(UiFormat::closedColor(), 1, Qt::DashLine));
    });
    m_view->followPalette();
    m_series->append(m_profit);
    m_series->append(m_loss);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_zero->setName(tr("Zero"));
    m_chart->addSeries(m_zero);
    m_zero->attachAxis(m_x);
    m_zero->attachAxis(m_y);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_zero)) {
        marker->setVisible(false);
    }
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
        if (!state || index < 0 || index >= m_labels.size()) {
            m_view->hideHover();
            return;
        }
        const double value = set->at(index);
        m_view->showHover(
            QPointF(index, value), u"%1\n%2 USDT"_s.arg(m_labels.at(index)).arg(value, 0, 'f', 2), m_series);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    m_timer.start();
}

void UnrealizedChart::setSelection(const QString &symbol, const QString &side)
{
    m_symbol = symbol;
    m_side = side;
    refresh();
}

int UnrealizedChart::barCount() const
{
    return int(m_labels.size());
}

void UnrealizedChart::refresh()
{
    const QList<core::Tranche> tranches = m_history->openTranches(m_symbol, core::sideFromString(m_side));
    QStringList labels;
    QList<qreal> profit;
    QList<qreal> loss;
    double lo = 0;
    double hi = 0;
    for (const core::Tranche &t : tranches) {
        const double value = t.unrealizedPnl.toDouble();
        labels << (m_symbol.isEmpty() ? u"#%1 %2"_s.arg(t.seq).arg(t.symbol) : u"#%1"_s.arg(t.seq))
                + (t.isolated ? u" ⚠"_s : QString());
        profit << (value > 0 ? value : 0);
        loss << (value < 0 ? value : 0);
        lo = std::min(lo, value);
        hi = std::max(hi, value);
    }
    if (labels != m_labels) {
        m_labels = labels;
        m_x->clear();
        m_x->append(labels.isEmpty() ? QStringList { tr("no open tranche") } : labels);
    }
    m_profit->remove(0, m_profit->count());
    m_loss->remove(0, m_loss->count());
    m_profit->append(profit);
    m_loss->append(loss);
    // Across every bar: category i is centred on x = i.
    m_zero->replace({ QPointF(-0.5, 0), QPointF(std::max<qsizetype>(1, labels.size()) - 0.5, 0) });
    if (!m_view->isZoomed()) {
        const double pad = std::max(0.5, (hi - lo) * 0.1);
        NiceTicks::apply(m_y, lo - pad, hi + pad, m_view->valueTickTarget());
    }
}

} // namespace trd::ui
