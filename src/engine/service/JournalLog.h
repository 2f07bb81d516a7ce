// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace trd::engine {

// Every Qt message to standard error, one line each, prefixed with its syslog priority as
// journald reads it from a service's stderr ("<4>trd.engine.control: refused a client ..."):
// journalctl -p warning then shows exactly the warnings.
class JournalLog
{
public:
    static void install();
    static QString line(QtMsgType type, const char *category, const QString &message);
};

} // namespace trd::engine
