// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheStatusDelegate.h"

#include "common/UiFormat.h"
#include "common/UiRoles.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

void TrancheStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool isSelected = opt.state.testFlag(QStyle::State_Selected);
    const QColor row = opt.palette.color(
        opt.features.testFlag(QStyleOptionViewItem::Alternate) ? QPalette::AlternateBase : QPalette::Base);
    const PillColors colors = pillColors(index.data(StatusRole).toString(), opt.palette, row, isSelected);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = opt.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics fm(font);
    // StatusRole is the state's English key; the pill shows the translated display text.
    const QString label = index.data(Qt::DisplayRole).toString();
    const int width = fm.horizontalAdvance(label) + 18;
    const int height = std::min(opt.rect.height() - 4, fm.height() + 4);
    const QRect pill(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);
    painter->setPen(QPen(colors.outline, 1));
    painter->setBrush(colors.fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(colors.text);
    painter->drawText(pill, Qt::AlignCenter, label);
    painter->restore();
}

TrancheStatusDelegate::PillColors TrancheStatusDelegate::pillColors(
    const QString &status, const QPalette &palette, const QColor &rowBackground, bool isSelected)
{
    const QColor color = status == u"ACTIVE" ? UiFormat::profitColor()
        : status == u"ISOLATED"              ? UiFormat::lossColor()
                                             : UiFormat::closedColor();
    if (isSelected) {
        return { palette.color(QPalette::Base), color, palette.color(QPalette::HighlightedText) };
    }
    // A 1/8 tint of the status colour over the row, computed opaque so it can be measured.
    constexpr double tint = 32.0 / 255.0;
    const auto mix = [](int over, int under) { return int(std::lround(over * tint + under * (1 - tint))); };
    const QColor fill(mix(color.red(), rowBackground.red()), mix(color.green(), rowBackground.green()),
        mix(color.blue(), rowBackground.blue()));
    return { fill, color, color };
}

QSize TrancheStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    return size;
}

} // namespace trd::ui
