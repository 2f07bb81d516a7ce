// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace trd::cli {

// `tranchedesk-cli backtest` (backtest.md §3): reads the options, checks every input, runs the
// variants and writes the report. Returns the exit status: 0 done, 2 bad input (the message
// names the file, line or key), 1 an internal error.
class BacktestCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace trd::cli
