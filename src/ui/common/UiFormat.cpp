// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiFormat.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui::UiFormat {

using core::Decimal;

QString money(Decimal value, int decimals)
{
    const QString text = value.rounded(decimals).toString(decimals);
    return value.isPositive() ? u"+"_s + text : text;
}

QString price(Decimal value)
{
    const int places = std::max(2, std::min(8, value.decimalPlaces()));
    return value.rounded(places).toString(places);
}

QString quantity(Decimal value)
{
    return value.toString();
}

QString percent(Decimal value, int decimals)
{
    const QString text = value.rounded(decimals).toString(decimals) + u"%"_s;
    return value.isPositive() ? u"+"_s + text : text;
}

QString time(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"hh:mm:ss"_s) : QString();
}

QString dateTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd hh:mm:ss"_s) : QString();
}

QString shortId(const QString &id)
{
    return id.left(8);
}

QColor profitColor()
{
    return QColor(0x2e, 0xb8, 0x5c);
}

QColor lossColor()
{
    return QColor(0xe5, 0x48, 0x4d);
}

QColor closedColor()
{
    return QColor(0x8a, 0x8f, 0x98);
}

QColor pnlColor(Decimal value)
{
    if (value.isZero()) {
        return {};
    }
    return value.isPositive() ? profitColor() : lossColor();
}

bool isDarkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace trd::ui::UiFormat
