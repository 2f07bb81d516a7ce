// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace trd::i18n {

// The languages TrancheDesk ships besides English, as the suffix of their catalogue
// (:/i18n/tranchedesk_<name>.qm): "zh_CN", "es".
QStringList shippedLanguages();

// The locale for a language setting: empty (or "system") follows the system, "en" is English,
// anything else a locale name ("zh_CN", "es").
QLocale localeFor(const QString &setting);

// Replaces the translators installed by an earlier call with TrancheDesk's catalogue for the
// locale and Qt's own (qtbase), when present. Returns whether a TrancheDesk catalogue was
// loaded; English needs none.
bool install(const QLocale &locale);

} // namespace trd::i18n
