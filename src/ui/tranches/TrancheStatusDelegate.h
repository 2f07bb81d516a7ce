// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace trd::ui {

// Draws the status column as a coloured pill (green active, red isolated, grey closed), as the
// guide's tranche card shows it.
class TrancheStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct PillColors
    {
        QColor fill; // opaque: what the label is read against
        QColor text;
        QColor outline;
    };
    // A pill on a row of `rowBackground`: the status colour's light tint with the status colour as
    // text; on a selected row the row's base colour with the status colour, so the pill reads on
    // the highlight (a solid green pill with white text read at 2.6:1).
    static PillColors pillColors(
        const QString &status, const QPalette &palette, const QColor &rowBackground, bool isSelected);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace trd::ui
