// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PnlChart.h"

#include "charts/ChartPoints.h"
#include "charts/InteractiveChartView.h"
#include "charts/NiceTicks.h"
#include "common/UiFormat.h"
#include "tranche/TrancheManager.h"
#include "tranches/TrancheTableModel.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

PnlChart::PnlChart(TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_total(new QLineSeries)
    , m_selected(new QLineSeries)
    , m_zero(new QLineSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
    , m_view(new InteractiveChartView(m_chart, this))
{
    setObjectName(u"pnlChart"_s);
    m_view->setObjectName(u"pnlChartView"_s);
    m_chart->setTitle(tr("Cumulative realized P&L (USDT)"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_total->setName(tr("Total"));
    m_selected->setName(tr("Selected symbol"));
    connect(m_view, &InteractiveChartView::themeApplied, this, [this] {
        m_total->setPen(QPen(QColor(0x4e, 0x9a, 0xf1), 2));
        m_selected->setPen(QPen(UiFormat::profitColor(), 2));
        m_zero->setPen(QPen(UiFormat::closedColor(), 1, Qt::DashLine));
    });
    m_view->followPalette();
    m_chart->addSeries(m_total);
    m_chart->addSeries(m_selected);
    m_zero->setName(tr("Zero"));
    m_chart->addSeries(m_zero);
    m_x->setFormat(u"MM-dd hh:mm"_s);
    m_x->setTickCount(6);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_zero->attachAxis(m_x);
    m_zero->attachAxis(m_y);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_zero)) {
        marker->setVisible(false);
    }
    for (auto *series : { m_total, m_selected }) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_view->trackHover(series, [series](const QPointF &point) {
            return u"%1\n%2: %3 USDT"_s.arg(
                QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(u"yyyy-MM-dd hh:mm:ss"_s), series->name(),
                QString::number(point.y(), 'f', 2));
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_timer.setInterval(1000);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PnlChart::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PnlChart::rebuild);
    connect(m_model, &TrancheTableModel::historyRowsLoaded, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            const core::Tranche &t = m_model->tranche(row);
            if (!t.isOpen()) {
                m_closes.push_back({ t.exitTime, t.realizedPnl.toDouble(), t.symbol });
            }
        }
        schedule();
    });
    if (manager) {
        connect(manager, &core::TrancheManager::trancheClosed, this, &PnlChart::addClose);
    }
    rebuild();
}

void PnlChart::addClose(const core::Tranche &tranche)
{
    m_closes.push_back({ tranche.exitTime, tranche.realizedPnl.toDouble(), tranche.symbol });
    schedule();
}

void PnlChart::rebuild()
{
    m_closes.clear();
    for (const core::Tranche &t : m_model->tranches()) {
        if (!t.isOpen()) {
            m_closes.push_back({ t.exitTime, t.realizedPnl.toDouble(), t.symbol });
        }
    }
    refresh();
}

void PnlChart::setSymbol(const QString &symbol)
{
    m_symbol = symbol;
    m_selected->setName(symbol.isEmpty() ? tr("Selected symbol") : symbol);
    refresh();
}

void PnlChart::schedule()
{
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

int PnlChart::totalPointCount() const
{
    return int(m_total->count());
}

void PnlChart::refresh()
{
    // History pages and live closes arrive in any order; the steps need them by time.
    const auto byTime = [](const Close &a, const Close &b) { return a.time < b.time; };
    if (!std::is_sorted(m_closes.begin(), m_closes.end(), byTime)) {
        std::stable_sort(m_closes.begin(), m_closes.end(), byTime);
    }
    // Steps: the sum holds until the next close. The lines start at zero before the first close
    // and run on to now, so one close is already a visible line.
    QList<QPointF> total;
    QList<QPointF> selected;
    total.reserve(qsizetype(m_closes.size()) * 2 + 2);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double start = m_closes.empty() ? double(now - 3'600'000) : double(m_closes.front().time - 60'000);
    total.append(QPointF(start, 0));
    if (!m_symbol.isEmpty()) {
        selected.append(QPointF(start, 0));
    }
    double sum = 0;
    double symbolSum = 0;
    for (const Close &c : m_closes) {
        total.append(QPointF(double(c.time), sum));
        sum += c.pnl;
        total.append(QPointF(double(c.time), sum));
        if (!m_symbol.isEmpty() && c.symbol == m_symbol) {
            selected.append(QPointF(double(c.time), symbolSum));
            symbolSum += c.pnl;
            selected.append(QPointF(double(c.time), symbolSum));
        }
    }
    const double end = std::max(double(now), total.back().x());
    total.append(QPointF(end, sum));
    if (!m_symbol.isEmpty()) {
        selected.append(QPointF(end, symbolSum));
    }
    m_total->replace(ChartPoints::thinned(total));
    m_selected->replace(ChartPoints::thinned(selected));
    m_zero->replace({ QPointF(start, 0), QPointF(end, 0) });
    if (m_view->isZoomed()) {
        return;
    }
    const qint64 first = qint64(start);
    const qint64 last = std::max(qint64(end), first + 60'000);
    m_x->setFormat(last - first > 86'400'000 ? u"MM-dd hh:mm"_s : u"hh:mm:ss"_s);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    double lo = 0;
    double hi = 0;
    for (const auto *series : { &total, &selected }) {
        for (const QPointF &p : *series) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    const double pad = std::max(1.0, (hi - lo) * 0.05);
    NiceTicks::apply(m_y, lo - pad, hi + pad, m_view->valueTickTarget());
}

} // namespace trd::ui
