// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QGraphicsSimpleTextItem;
class QGraphicsRectItem;

namespace trd::ui {

// A chart view with the interactions every chart of the app shares: drag a rectangle to zoom,
// wheel to zoom, right click or double click to reset, and a hover label with the value.
class InteractiveChartView : public QChartView
{
    Q_OBJECT
public:
    explicit InteractiveChartView(QChart *chart, QWidget *parent = nullptr);

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

private:
    QGraphicsRectItem *m_hoverBox;
    QGraphicsSimpleTextItem *m_hoverText;
    bool m_zoomed = false;
    bool m_followsPalette = false;
};

} // namespace trd::ui
