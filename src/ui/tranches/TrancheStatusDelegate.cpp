// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheStatusDelegate.h"

#include "common/UiFormat.h"
#include "common/UiRoles.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

void TrancheStatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QString status = index.data(StatusRole).toString();
    const QColor color = status == u"ACTIVE" ? UiFormat::profitColor()
        : status == u"ISOLATED"              ? UiFormat::lossColor()
                                             : UiFormat::closedColor();
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
    const bool isSelected = opt.state.testFlag(QStyle::State_Selected);
    // On a selected row a tinted pill vanishes into the highlight: a solid pill with white text
    // reads on it in both themes.
    QColor fill = color;
    fill.setAlpha(isSelected ? 255 : 48);
    painter->setPen(QPen(isSelected ? opt.palette.color(QPalette::HighlightedText) : color, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(isSelected ? QColor(Qt::white) : color);
    painter->drawText(pill, Qt::AlignCenter, label);
    painter->restore();
}

QSize TrancheStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    return size;
}

} // namespace trd::ui
