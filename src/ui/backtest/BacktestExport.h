// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BacktestReport.h"

#include <QStringList>

namespace trd::ui {

// What the Backtest window writes when asked: the report the CLI writes (backtest.md §4:
// summary.json and, per variant, tranches.csv, events.csv and equity.csv by the same exporter)
// plus comparison.csv, the window's comparison table with exact decimals. Every file is saved
// whole or not at all.
class BacktestExport
{
public:
    static core::Result<void> write(const QString &directory, const cli::BacktestReport::Context &context,
        const QList<backtest::VariantResult> &results, const QStringList &names);
    static QByteArray comparisonCsv(const QList<backtest::VariantResult> &results, const QStringList &names);
};

} // namespace trd::ui
