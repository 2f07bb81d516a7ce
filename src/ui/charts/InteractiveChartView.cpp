// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractiveChartView.h"

#include "common/UiFormat.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QWheelEvent>

namespace trd::ui {

InteractiveChartView::InteractiveChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_hoverBox(new QGraphicsRectItem(chart))
    , m_hoverText(new QGraphicsSimpleTextItem(m_hoverBox))
{
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
