// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QColor>
#include <QString>

namespace trd::ui::UiFormat {

// Display texts only: stored and exported values are never formatted through here.
// Numbers in the default locale's decimal point and minus sign ("+12,34" in Spanish): on screen only.
QString money(core::Decimal value, int decimals = 2); // "+12.34" / "-5.00"
QString price(core::Decimal value); // trailing zeros dropped, at least 2 decimals
QString quantity(core::Decimal value);
QString number(core::Decimal value); // as stored, in the locale's decimal point: "0,5"
QString amount(core::Decimal value, int decimals = 2); // "196.69": money without its sign
QString percent(core::Decimal value, int decimals = 2); // "+1.25%"
// A book's reconciliation state in words of the user's language ("synced").
QString syncState(core::SyncState state);
QString time(qint64 ms); // local "hh:mm:ss"
QString dateTime(qint64 ms); // local "yyyy-MM-dd hh:mm:ss" in English, else the locale's short date
QString shortId(const QString &id); // first 8 characters

// Status and P&L colours for the palette in use (a darker set on light palettes), readable as
// text at WCAG AA (4.5:1) on the window, the table rows and a status pill's tint; lossColor() is
// also the colour of error messages.
QColor profitColor();
QColor lossColor();
QColor closedColor();
QColor pnlColor(core::Decimal value);
// Banners and the PAPER badge: dark text on amber, in every theme.
QColor bannerColor();
QColor bannerTextColor();
// The LIVE badge: white text on red, in every theme.
QColor liveColor();
// The desktop's colour scheme: charts pick their dark or light theme from it.
bool isDarkPalette();

} // namespace trd::ui::UiFormat
