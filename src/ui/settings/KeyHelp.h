// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace trd::ui::KeyHelp {

// The label a settings form shows for a key ("Isolation threshold (%)").
QString label(const QString &key);
// The user guide's explanation of the key, for its tooltip (the allowed range is added by the form).
QString text(const QString &key);

} // namespace trd::ui::KeyHelp
