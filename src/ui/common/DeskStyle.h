// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace trd::ui {

// The platform's or Fusion's look with two things a trader needs in every theme:
// - keyboard focus as a 2 px outline in the accent colour (QPalette::Highlight) on buttons,
//   inputs, combo and spin boxes, check boxes, tabs and tables (a table's frame is 2 px for it);
// - sort arrows drawn the way they read: ▲ ascending, ▼ descending (Qt hands a header an "up"
//   indicator for a descending sort, so a list sorted newest first showed an ascending arrow).
class DeskStyle : public QProxyStyle
{
    Q_OBJECT
public:
    static constexpr int kFocusWidth = 2;

    explicit DeskStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
    int pixelMetric(
        PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;

private:
    static void drawFocusOutline(const QRect &rect, const QStyleOption *option, QPainter *painter);
};

} // namespace trd::ui
