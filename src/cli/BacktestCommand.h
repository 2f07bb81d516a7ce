// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "config/AppConfig.h"
#include "market/SymbolFilters.h"

#include <QStringList>

namespace trd::cli {

// `tranchedesk-cli backtest` (backtest.md §3): reads the options, checks every input, runs the
// variants and writes the report. Returns the exit status: 0 done, 2 bad input (the message
// names the file, line or key), 1 an internal error.
class BacktestCommand
{
public:
    static int run(const QStringList &arguments);
    // The filters of the configured symbols (backtest.md §1): from the exchange's exchangeInfo
    // file when one is given (a configured symbol missing there is an error), else the defaults.
    // The desktop app's Backtest window reads them the same way.
    static core::Result<QList<core::SymbolFilters>> symbolFilters(
        const core::AppConfig &config, const QString &exchangeInfoPath);
};

} // namespace trd::cli
