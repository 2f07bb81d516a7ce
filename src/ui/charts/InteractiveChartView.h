// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QPointer>
#include <QXYSeries>

#include <functional>

class QGraphicsEllipseItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;

namespace trd::ui {

// A chart view with the interactions every chart of the app shares: drag a rectangle to zoom,
// wheel to zoom, right click or double click to reset, and a hover label with the value.
//
// Lines are 1–2 px wide: a pointer a few pixels off still shows the value. The series given to
// trackHover() are followed on every pointer move; within kHoverTolerance pixels of one, its point
// nearest by x is marked and labelled (a long straight run — a TP or SL level — is labelled where
// the pointer is).
class InteractiveChartView : public QChartView
{
    Q_OBJECT
public:
    explicit InteractiveChartView(QChart *chart, QWidget *parent = nullptr);

    static constexpr qreal kHoverTolerance = 6; // pixels from the line
    // Below this height (a dock at 150 % on a 768-pixel screen) the chart drops its legend and
    // most of its margins, so the plot keeps room and the axis labels are not cut to "…".
    static constexpr int kCompactHeight = 260;
    static constexpr QSize kMinimumSize { 160, 90 };
    bool isCompact() const { return m_isCompact; }
    // How many intervals a value axis may have at this height: fewer on a short chart, where five
    // labels would not fit (Qt Charts then cuts them to "…" and keeps the chart taller than its view).
    int valueTickTarget() const;
    using HoverText = std::function<QString(const QPointF &value)>;
    // Shows text(point) while the pointer is near `series` (its points in ascending x). A series
    // deleted later is dropped by itself.
    void trackHover(QXYSeries *series, HoverText text);
    // The value the hover label is at (invalid: none shown).
    QPointF hoverValue() const { return m_hoverValue; }

    // Shows `text` beside the chart position of `value` (in series coordinates).
    void showHover(const QPointF &value, const QString &text, QAbstractSeries *series);
    void hideHover();
    bool isZoomed() const { return m_zoomed; }
    QString hoverText() const;
    // The chart's dark or light theme from the palette, now and whenever the palette changes
    // (the desktop switched between dark and light); themeApplied() lets the chart put back the
    // series colours a theme resets.
    void followPalette();

Q_SIGNALS:
    void themeApplied();

protected:
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Tracked
    {
        QPointer<QXYSeries> series;
        HoverText text;
    };
    struct Nearest
    {
        qreal distance = -1; // pixels from the pointer to the line; < 0: none
        QPointF value;
    };
    // The nearest point of `series` to `at` (chart coordinates), by the rule in the class comment.
    Nearest nearestPoint(QXYSeries *series, const QPointF &at) const;
    void updateHover(const QPointF &at);

    QGraphicsRectItem *m_hoverBox;
    QGraphicsSimpleTextItem *m_hoverText;
    QGraphicsEllipseItem *m_marker;
    QList<Tracked> m_tracked;
    QPointF m_hoverValue;
    bool m_isTrackedHover = false; // the label is the tracker's, not a bar's hovered signal
    bool m_isCompact = false;
    QMargins m_margins; // the chart's own, for when there is room again
    bool m_zoomed = false;
    bool m_followsPalette = false;
};

} // namespace trd::ui
