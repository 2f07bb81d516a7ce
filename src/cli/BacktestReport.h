// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BacktestRunner.h"
#include "common/Result.h"

#include <QJsonObject>

namespace trd::cli {

// The files of a backtest (backtest.md §4) in DIR: summary.json, one folder per variant with
// tranches.csv and events.csv (formats.md §3, by the CsvExporter), equity.csv, and whatif.csv
// when asked. Money is written as exact decimal strings; every file goes through QSaveFile, so a
// failed run leaves no half-written file.
class BacktestReport
{
public:
    struct Context
    {
        QList<backtest::InputSummary> inputs;
        QList<core::SymbolFilters> filters;
        core::Decimal startingBalance;
        bool hasWhatIf = false;
    };
    static core::Result<void> write(
        const QString &directory, const Context &context, const QList<backtest::VariantResult> &results);
    static QJsonObject summary(const Context &context, const QList<backtest::VariantResult> &results);

private:
    static core::Result<void> writeEquity(const QString &path, const backtest::VariantResult &result);
    static core::Result<void> writeWhatIf(const QString &path, const QList<backtest::VariantResult> &results);
};

} // namespace trd::cli
