// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace trd::ui::Theme {

// "system" keeps the platform's style and palette (dark or light as the desktop is); "dark" and
// "light" use Fusion with TrancheDesk's palettes. Switching back to "system" restores what the
// platform gave at the first switch.
void apply(const QString &name);
QString current();
// The choice made in View → Theme, kept in QSettings ("system" when none was made).
QString saved();
void save(const QString &name);

} // namespace trd::ui::Theme
