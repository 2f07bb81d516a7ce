// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceChart.h"

#include "charts/InteractiveChartView.h"
#include "charts/NiceTicks.h"
#include "charts/PriceHistory.h"
#include "common/UiFormat.h"
#include "tranche/TrancheManager.h"
#include "tranches/TrancheTableModel.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
constexpr int kMaxTranchesDrawn = 12;
} // namespace

PriceChart::PriceChart(PriceHistory *history, TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(model)
    , m_manager(manager)
    , m_chart(new QChart)
    , m_price(new QLineSeries)
    , m_isolations(new QScatterSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
    , m_view(new InteractiveChartView(m_chart, this))
{
    setObjectName(u"priceChart"_s);
    m_view->setObjectName(u"priceChartView"_s);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_price->setName(tr("Mark price"));
    m_isolations->setName(tr("Isolation"));
    m_isolations->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_isolations->setMarkerSize(11);
    connect(m_view, &InteractiveChartView::themeApplied, this, [this] {
        m_price->setPen(QPen(QColor(0x4e, 0x9a, 0xf1), 2));
        m_isolations->setColor(UiFormat::lossColor());
        m_isolations->setBorderColor(Qt::white);
        // The entry/TP/SL lines got the theme's colours too: draw them again.
        m_levelsValid = false;
        if (isVisible()) {
            refresh();
        }
    });
    m_view->followPalette();
    m_chart->addSeries(m_price);
    m_chart->addSeries(m_isolations);
    m_x->setFormat(u"hh:mm:ss"_s);
    m_x->setTickCount(6);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QXYSeries *series : std::initializer_list<QXYSeries *> { m_price, m_isolations }) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_view->trackHover(series, [series](const QPointF &point) {
            return u"%1\n%2: %3"_s.arg(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(u"hh:mm:ss"_s),
                series->name(), QString::number(point.y(), 'f', 4));
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // Isolation points are collected once from the history and then as they happen, so the
    // chart's refresh never walks the whole table.
    auto collect = [this] {
        m_isolationPoints.clear();
        for (const core::Tranche &t : m_model->tranches()) {
            if (t.isolationTime > 0) {
                m_isolationPoints[t.symbol].append(QPointF(double(t.isolationTime), t.isolationPrice.toDouble()));
            }
        }
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, collect);
    if (m_manager) {
        connect(m_manager, &core::TrancheManager::trancheIsolated, this, [this](const core::Tranche &t) {
            m_isolationPoints[t.symbol].append(QPointF(double(t.isolationTime), t.isolationPrice.toDouble()));
        });
        // A closed tranche's levels leave the chart (and its axis) at once, not at the next tick:
        // queued, because the engine signals before its step has finished.
        const auto redrawIfShown = [this](const core::Tranche &t) {
            if (t.symbol == m_shownSymbol) {
                QMetaObject::invokeMethod(this, &PriceChart::refresh, Qt::QueuedConnection);
            }
        };
        connect(m_manager, &core::TrancheManager::trancheClosed, this, redrawIfShown);
        connect(m_manager, &core::TrancheManager::trancheCreated, this, redrawIfShown);
        connect(m_manager, &core::TrancheManager::trancheChanged, this, redrawIfShown);
    }
    collect();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    m_timer.start();
}

void PriceChart::setSelection(const QString &symbol, const QString &side)
{
    m_symbol = symbol;
    m_side = side;
    refresh();
}

void PriceChart::setFocusSymbol(const QString &symbol)
{
    if (m_focusSymbol != symbol) {
        m_focusSymbol = symbol;
        refresh();
    }
}

QList<double> PriceChart::levelPrices() const
{
    QList<double> prices;
    for (const QLineSeries *s : m_levels) {
        if (s->count() > 0) {
            prices << s->at(0).y();
        }
    }
    return prices;
}

std::pair<double, double> PriceChart::priceRange() const
{
    return { m_y->min(), m_y->max() };
}

QString PriceChart::title() const
{
    return m_chart->title();
}

int PriceChart::pricePointCount() const
{
    return int(m_price->count());
}

void PriceChart::rebuildLevels(qint64 from, qint64 to)
{
    QList<core::Tranche> tranches;
    if (!m_shownSymbol.isEmpty()) {
        tranches = m_history->openTranches(m_shownSymbol, core::sideFromString(m_side));
    }
    if (tranches.size() > kMaxTranchesDrawn) {
        tranches = tranches.mid(tranches.size() - kMaxTranchesDrawn);
    }
    QString key;
    for (const core::Tranche &t : tranches) {
        key += t.id + t.entryPrice.toString() + t.tpPrice.toString() + t.slPrice.toString() + u';';
    }
    if (!m_levelsValid || key != m_levelsKey) {
        m_levelsValid = true;
        m_levelsKey = key;
        for (QLineSeries *s : std::as_const(m_levels)) {
            m_chart->removeSeries(s);
            delete s;
        }
        m_levels.clear();
        for (const core::Tranche &t : tranches) {
            const struct
            {
                core::Decimal price;
                QString label;
                QColor color;
                Qt::PenStyle style;
            } levels[] = { { t.entryPrice, tr("#%1 entry").arg(t.seq), QColor(0xc8, 0xc8, 0xd0), Qt::SolidLine },
                { t.tpPrice, tr("#%1 TP").arg(t.seq), UiFormat::profitColor(), Qt::DashLine },
                { t.slPrice, tr("#%1 SL").arg(t.seq), UiFormat::lossColor(), Qt::DashLine } };
            for (const auto &level : levels) {
                if (level.price.isZero()) {
                    continue;
                }
                auto *line = new QLineSeries;
                line->setName(level.label);
                line->setPen(QPen(level.color, 1.2, level.style));
                m_chart->addSeries(line);
                line->attachAxis(m_x);
                line->attachAxis(m_y);
                m_levels << line;
                m_view->trackHover(line,
                    [line](const QPointF &point) { return u"%1: %2"_s.arg(line->name()).arg(point.y(), 0, 'f', 4); });
                // Only the first tranche's three lines carry legend entries; the rest would crowd it.
                if (m_levels.size() > 3) {
                    for (QLegendMarker *marker : m_chart->legend()->markers(line)) {
                        marker->setVisible(false);
                    }
                }
            }
        }
    }
    int i = 0;
    for (const core::Tranche &t : tranches) {
        for (core::Decimal p : { t.entryPrice, t.tpPrice, t.slPrice }) {
            if (p.isZero() || i >= m_levels.size()) {
                continue;
            }
            m_levels[i++]->replace({ QPointF(double(from), p.toDouble()), QPointF(double(to), p.toDouble()) });
        }
    }
}

QString PriceChart::symbolToShow() const
{
    if (!m_symbol.isEmpty()) {
        return m_symbol;
    }
    // All symbols selected: the symbol of the row the trader selected, else the first configured
    // one. Never "the newest tranche's": the chart would change symbol by itself.
    if (!m_focusSymbol.isEmpty() || !m_manager) {
        return m_focusSymbol;
    }
    // Nothing picked: the first configured symbol (in order) that has open tranches, else the first
    // with prices — it changes only when a symbol's first tranche opens or its last one closes.
    const auto symbols = m_manager->config().symbols.keys();
    for (const QString &symbol : symbols) {
        if (!m_history->openTranches(symbol, std::nullopt).isEmpty()) {
            return symbol;
        }
    }
    for (const QString &symbol : symbols) {
        if (!m_history->points(symbol).empty()) {
            return symbol;
        }
    }
    return symbols.isEmpty() ? QString() : symbols.front();
}

void PriceChart::refresh()
{
    const QString symbol = symbolToShow();
    if (symbol != m_shownSymbol || m_chart->title().isEmpty()) {
        m_shownSymbol = symbol;
        m_levelsValid = false;
        m_chart->setTitle(symbol.isEmpty() ? tr("Mark price (select a symbol)") : tr("%1 mark price").arg(symbol));
    }
    const auto &points = m_history->points(symbol);
    // At most ~800 points are drawn: more are invisible at any dock width and cost paint time.
    QList<QPointF> line;
    const size_t stride = std::max<size_t>(1, points.size() / 800);
    line.reserve(qsizetype(points.size() / stride + 2));
    for (size_t i = 0; i < points.size(); i += stride) {
        line.append(points[i]);
    }
    if (!points.empty() && line.back() != points.back()) {
        line.append(points.back());
    }
    m_price->replace(line);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = line.isEmpty() ? now - 60'000 : qint64(line.front().x());
    const qint64 to = std::max(now, from + 10'000);
    rebuildLevels(from, to);

    QList<QPointF> isolations;
    for (const QPointF &p : m_isolationPoints.value(symbol)) {
        if (p.x() >= double(from)) {
            isolations.append(p);
        }
    }
    // The hover finds points by time.
    std::sort(isolations.begin(), isolations.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    m_isolations->replace(isolations);
    if (m_view->isZoomed()) {
        return;
    }
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    auto extend = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (const QPointF &p : line) {
        extend(p.y());
    }
    for (const QLineSeries *s : std::as_const(m_levels)) {
        if (s->count() > 0) {
            extend(s->at(0).y());
        }
    }
    for (const QPointF &p : isolations) {
        extend(p.y());
    }
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    const double pad = std::max((hi - lo) * 0.08, hi * 0.0005 + 1e-9);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    NiceTicks::apply(m_y, lo - pad, hi + pad, m_view->valueTickTarget());
}

} // namespace trd::ui
