// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractiveChartView.h"

#include "charts/NiceTicks.h"
#include "common/UiFormat.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace trd::ui {

namespace {

// The point of segment a–b nearest to p.
QPointF projection(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    if (length2 <= 0) {
        return a;
    }
    const qreal t = std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
    return a + t * ab;
}

qreal distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

InteractiveChartView::InteractiveChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_hoverBox(new QGraphicsRectItem(chart))
    , m_hoverText(new QGraphicsSimpleTextItem(m_hoverBox))
    , m_marker(new QGraphicsEllipseItem(chart))
{
    viewport()->setMouseTracking(true);
    m_marker->setZValue(99);
    m_marker->setRect(-4, -4, 8, 8);
    m_marker->setPen(QPen(Qt::white, 1.5));
    m_marker->setBrush(QColor(0x4e, 0x9a, 0xf1));
    m_marker->hide();
    m_margins = chart->margins();
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    m_hoverBox->setZValue(100);
    m_hoverBox->setPen(QPen(QColor(120, 120, 120)));
    m_hoverBox->setBrush(QColor(30, 30, 36, 220));
    m_hoverText->setBrush(Qt::white);
    m_hoverText->setPos(6, 4);
    m_hoverBox->hide();
}

void InteractiveChartView::showHover(const QPointF &value, const QString &text, QAbstractSeries *series)
{
    m_hoverText->setText(text);
    const QRectF textRect = m_hoverText->boundingRect();
    QPointF at = chart()->mapToPosition(value, series) + QPointF(12, -textRect.height() - 12);
    const QRectF area = chart()->plotArea();
    at.setX(std::min(at.x(), area.right() - textRect.width() - 12));
    at.setY(std::max(at.y(), area.top()));
    m_hoverBox->setRect(0, 0, textRect.width() + 12, textRect.height() + 8);
    m_hoverBox->setPos(at);
    m_hoverBox->show();
}

void InteractiveChartView::hideHover()
{
    m_hoverBox->hide();
    m_marker->hide();
    m_hoverValue = {};
    m_isTrackedHover = false;
}

void InteractiveChartView::trackHover(QXYSeries *series, HoverText text)
{
    m_tracked.append({ series, std::move(text) });
}

InteractiveChartView::Nearest InteractiveChartView::nearestPoint(QXYSeries *series, const QPointF &at) const
{
    Nearest best;
    const qsizetype count = series->count();
    if (!series->isVisible() || count == 0) {
        return best;
    }
    // Scattered points are hit on their marker; a line anywhere along it.
    const auto *scatter = qobject_cast<const QScatterSeries *>(series);
    const qreal tolerance = scatter ? std::max(kHoverTolerance, scatter->markerSize() / 2 + 2) : kHoverTolerance;
    // The points within the tolerance sideways, found by x (the points are in ascending x), and one
    // more on each side for the segments that cross that strip.
    const qreal x0 = chart()->mapToValue(at - QPointF(tolerance, 0), series).x();
    const qreal x1 = chart()->mapToValue(at + QPointF(tolerance, 0), series).x();
    const QList<QPointF> points = series->points();
    const auto byX = [](const QPointF &p, qreal x) { return p.x() < x; };
    qsizetype first = std::lower_bound(points.cbegin(), points.cend(), std::min(x0, x1), byX) - points.cbegin();
    qsizetype last = std::lower_bound(points.cbegin(), points.cend(), std::max(x0, x1), byX) - points.cbegin();
    first = std::max<qsizetype>(0, first - 1);
    last = std::min<qsizetype>(count - 1, last);

    // How far the pointer is from the line (the nearest of those points, or of the segments
    // between them), and the data point nearest by x, then by y (a step has two points at one x).
    QList<QPointF> positions;
    positions.reserve(last - first + 1);
    qreal lineDistance = -1;
    QPointF onLine;
    qsizetype nearestIndex = -1;
    qreal nearestDx = 0;
    qreal nearestDy = 0;
    for (qsizetype i = first; i <= last; ++i) {
        const QPointF pos = chart()->mapToPosition(points[i], series);
        const QPointF foot = (scatter || positions.isEmpty()) ? pos : projection(at, positions.back(), pos);
        positions.append(pos);
        if (const qreal d = distance(foot, at); lineDistance < 0 || d < lineDistance) {
            lineDistance = d;
            onLine = foot;
        }
        const qreal dx = std::abs(pos.x() - at.x());
        const qreal dy = std::abs(pos.y() - at.y());
        const bool isCloser = scatter ? distance(pos, at) < std::hypot(nearestDx, nearestDy)
                                      : dx < nearestDx || (dx == nearestDx && dy < nearestDy);
        if (nearestIndex < 0 || isCloser) {
            nearestIndex = i;
            nearestDx = dx;
            nearestDy = dy;
        }
    }
    if (lineDistance < 0 || lineDistance > tolerance) {
        return best;
    }
    best.distance = lineDistance;
    // A data point that close sideways is the value; on a long straight run (a TP or SL level) the
    // point of the line under the pointer.
    best.value = (scatter || nearestDx <= tolerance) ? points[nearestIndex] : chart()->mapToValue(onLine, series);
    return best;
}

void InteractiveChartView::updateHover(const QPointF &at)
{
    m_tracked.removeIf([](const Tracked &t) { return t.series.isNull(); });
    const Tracked *hit = nullptr;
    Nearest nearest;
    if (chart()
            ->plotArea()
            .adjusted(-kHoverTolerance, -kHoverTolerance, kHoverTolerance, kHoverTolerance)
            .contains(at)) {
        for (const Tracked &tracked : std::as_const(m_tracked)) {
            const Nearest candidate = nearestPoint(tracked.series, at);
            if (candidate.distance >= 0 && (nearest.distance < 0 || candidate.distance < nearest.distance)) {
                nearest = candidate;
                hit = &tracked;
            }
        }
    }
    if (!hit) {
        if (m_isTrackedHover) {
            hideHover();
        }
        return;
    }
    showHover(nearest.value, hit->text(nearest.value), hit->series);
    m_isTrackedHover = true;
    m_hoverValue = nearest.value;
    m_marker->setPos(chart()->mapToPosition(nearest.value, hit->series));
    m_marker->setBrush(hit->series->color());
    m_marker->show();
}

void InteractiveChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton) {
        return; // a zoom rectangle is being drawn
    }
    updateHover(chart()->mapFromScene(mapToScene(event->position().toPoint())));
}

int InteractiveChartView::valueTickTarget() const
{
    return std::clamp(height() / 50, 2, 5);
}

void InteractiveChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // QChartView raises its minimum to the chart's at every resize and never lowers it: the size
    // the chart needed with its legend and five ticks would keep a short dock from shrinking it,
    // and the plot would be cut at the dock's edge.
    setMinimumSize(kMinimumSize);
    if (!m_zoomed) {
        // The data's range on the steps this height allows; the chart's next refresh does the same.
        for (QAbstractAxis *axis : chart()->axes(Qt::Vertical)) {
            auto *values = qobject_cast<QValueAxis *>(axis);
            if (values && values->tickType() == QValueAxis::TicksDynamic
                && NiceTicks::compute(values->min(), values->max(), valueTickTarget()).step != values->tickInterval()) {
                NiceTicks::apply(values, values->min(), values->max(), valueTickTarget());
            }
        }
    }
    const bool compact = height() < kCompactHeight;
    if (compact == m_isCompact) {
        return;
    }
    m_isCompact = compact;
    chart()->legend()->setVisible(!compact);
    chart()->setMargins(compact ? QMargins(2, 0, 8, 0) : m_margins);
    chart()->setBackgroundRoundness(compact ? 0 : 5);
    chart()->layout()->setContentsMargins(compact ? 0 : 9, compact ? 0 : 9, compact ? 0 : 9, compact ? 0 : 9);
}

void InteractiveChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    if (m_isTrackedHover) {
        hideHover();
    }
}

QString InteractiveChartView::hoverText() const
{
    return m_hoverBox->isVisible() ? m_hoverText->text() : QString();
}

void InteractiveChartView::followPalette()
{
    m_followsPalette = true;
    const auto theme = UiFormat::isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme) {
        chart()->setTheme(theme);
    }
    Q_EMIT themeApplied();
}

void InteractiveChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (m_followsPalette && event->type() == QEvent::PaletteChange) {
        followPalette();
    }
}

void InteractiveChartView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    chart()->zoom(factor);
    m_zoomed = true;
    event->accept();
}

void InteractiveChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        chart()->zoomReset();
        m_zoomed = false;
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) {
        m_zoomed = chart()->isZoomed();
    }
}

void InteractiveChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    chart()->zoomReset();
    m_zoomed = false;
    event->accept();
}

} // namespace trd::ui
