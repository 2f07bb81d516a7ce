// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui::UiFormat {

using core::Decimal;

namespace {

// Decimal::toString writes "-1234.5" in every locale (CSV and the store rely on it); on screen the
// chosen locale's decimal point and minus sign stand in ("-1234,5" in Spanish). No group
// separators: prices are compared digit by digit.
QString localized(const QString &text)
{
    const QLocale locale;
    const QString point = locale.decimalPoint();
    const QString minus = locale.negativeSign();
    if (point == u"." && minus == u"-") {
        return text;
    }
    QString out = text;
    out.replace(u'.', point);
    if (out.startsWith(u'-')) {
        out.replace(0, 1, minus);
    }
    return out;
}

// English keeps ISO dates (12/2/26 reads two ways); other languages their own short date.
bool usesIsoDates()
{
    const QLocale::Language language = QLocale().language();
    return language == QLocale::English || language == QLocale::C;
}

} // namespace

QString money(Decimal value, int decimals)
{
    const QString text = localized(value.rounded(decimals).toString(decimals));
    return value.isPositive() ? u"+"_s + text : text;
}

QString price(Decimal value)
{
    const int places = std::max(2, std::min(8, value.decimalPlaces()));
    return localized(value.rounded(places).toString(places));
}

QString quantity(Decimal value)
{
    return localized(value.toString());
}

QString number(Decimal value)
{
    return localized(value.toString());
}

QString amount(Decimal value, int decimals)
{
    return localized(value.rounded(decimals).toString(decimals));
}

QString syncState(core::SyncState state)
{
    switch (state) {
    case core::SyncState::Synced:
        return QCoreApplication::translate("trd::ui::UiFormat", "synced", "reconciliation state");
    case core::SyncState::Drift:
        return QCoreApplication::translate("trd::ui::UiFormat", "drift", "reconciliation state");
    case core::SyncState::Conflict:
        return QCoreApplication::translate("trd::ui::UiFormat", "conflict", "reconciliation state");
    case core::SyncState::Unknown:
        break;
    }
    return QCoreApplication::translate("trd::ui::UiFormat", "unknown", "reconciliation state");
}

QString percent(Decimal value, int decimals)
{
    const QString text = localized(value.rounded(decimals).toString(decimals)) + QLocale().percent();
    return value.isPositive() ? u"+"_s + text : text;
}

QString time(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"hh:mm:ss"_s) : QString();
}

QString dateTime(qint64 ms)
{
    if (ms <= 0) {
        return {};
    }
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    return usesIsoDates() ? when.toString(u"yyyy-MM-dd hh:mm:ss"_s)
                          : QLocale().toString(when.date(), QLocale::ShortFormat) + u' ' + when.toString(u"hh:mm:ss"_s);
}

QString shortId(const QString &id)
{
    return id.left(8);
}

// The light set was #2eb85c / #e5484d / #8a8f98 in every theme: 2.3 to 3.9:1 on a light window.
QColor profitColor()
{
    return isDarkPalette() ? QColor(0x3f, 0xc4, 0x6a) : QColor(0x11, 0x63, 0x29);
}

QColor lossColor()
{
    return isDarkPalette() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb4, 0x23, 0x18);
}

QColor closedColor()
{
    return isDarkPalette() ? QColor(0xa0, 0xa6, 0xae) : QColor(0x55, 0x5b, 0x64);
}

QColor bannerColor()
{
    return QColor(0xf5, 0xa5, 0x24);
}

QColor bannerTextColor()
{
    return QColor(0x1b, 0x1b, 0x1f);
}

QColor liveColor()
{
    return QColor(0xb4, 0x23, 0x18);
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
