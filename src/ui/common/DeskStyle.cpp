// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskStyle.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QPainter>
#include <QPushButton>
#include <QStyleOption>

namespace trd::ui {

namespace {

bool hasFocus(const QStyleOption *option)
{
    return option && option->state.testFlag(QStyle::State_HasFocus) && option->state.testFlag(QStyle::State_Enabled);
}

// A scroll area that takes the keyboard (a table, the guide's text): its frame shows focus.
bool isFocusableScrollArea(const QWidget *widget)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(widget);
    return area && area->focusPolicy() != Qt::NoFocus;
}

} // namespace

DeskStyle::DeskStyle(QStyle *base)
    : QProxyStyle(base)
{ }

void DeskStyle::drawFocusOutline(const QRect &rect, const QStyleOption *option, QPainter *painter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(option->palette.color(QPalette::Active, QPalette::Highlight), kFocusWidth));
    // A 2 px pen is centred on the line: inset by 1 so both pixels fall inside the rectangle.
    painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

void DeskStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element == PE_IndicatorHeaderArrow) {
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
            QStyleOptionHeader flipped = *header;
            if (header->sortIndicator == QStyleOptionHeader::SortUp) {
                flipped.sortIndicator = QStyleOptionHeader::SortDown;
            } else if (header->sortIndicator == QStyleOptionHeader::SortDown) {
                flipped.sortIndicator = QStyleOptionHeader::SortUp;
            }
            QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
            return;
        }
    }
    if (element == PE_FrameFocusRect && !qobject_cast<const QAbstractItemView *>(widget)) {
        // Check boxes, radio buttons, tabs: around the label. (A table's current cell keeps the
        // base style's mark: the table's frame shows focus.)
        if (!qobject_cast<const QPushButton *>(widget)) { // a push button has its own below
            drawFocusOutline(option->rect, option, painter);
        }
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_FrameLineEdit && hasFocus(option)) {
        drawFocusOutline(option->rect, option, painter);
    }
}

void DeskStyle::drawControl(
    ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (!hasFocus(option)) {
        return;
    }
    if ((element == CE_ShapedFrame && isFocusableScrollArea(widget)) || element == CE_PushButton) {
        drawFocusOutline(option->rect, option, painter);
    }
}

void DeskStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_SpinBox) && hasFocus(option)) {
        drawFocusOutline(option->rect, option, painter);
    }
}

int DeskStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    if (metric == PM_DefaultFrameWidth && isFocusableScrollArea(widget)) {
        return std::max(value, kFocusWidth); // room for the whole outline outside the viewport
    }
    return value;
}

} // namespace trd::ui
