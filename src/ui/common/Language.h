// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace trd::ui::Language {

// The choice made in View → Language, kept in QSettings: "system" (none made: the desktop's
// language), "en", "zh_CN" or "es". The application reads it once, at start, before it builds the
// window; a change takes effect at the next start.
QString saved();
void save(const QString &name);

// Installs the translators for the saved choice (or `name` when not empty) and makes the chosen
// locale the default, so that numbers and dates on screen follow it. Files (CSV, JSON, the store)
// never use the default locale.
void apply(const QString &name = {});

} // namespace trd::ui::Language
