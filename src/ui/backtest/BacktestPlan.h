// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VariantGrid.h"
#include "common/Result.h"
#include "config/AppConfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace trd::ui {

// The variants the Backtest window runs: each chosen preset (or the configuration as it is when
// none is chosen) crossed with every combination of the varied keys, built through the same
// VariantGrid the CLI uses, so a bad value is refused with the key and its range.
class BacktestPlan
{
public:
    using Overrides = QList<QPair<QString, QString>>;
    struct Preset
    {
        QString name;
        Overrides values;
    };
    struct Entry
    {
        QString name; // "Balanced · maxTranches=3"
        backtest::Variant variant;
    };

    static core::Result<QList<Entry>> build(
        const core::AppConfig &base, const QList<Preset> &presets, const QList<backtest::Vary> &varies);
    // How many variants build() would make, without building them.
    static qsizetype count(qsizetype presets, const QList<backtest::Vary> &varies);
    // Every configuration key a variant can change: the symbol keys, then the global ones, in the
    // order of the key table the Settings dialog reads.
    static QStringList variableKeys();
    static bool isBooleanKey(const QString &key);
    // `current` with `overrides` applied (the API keys it holds kept), and the changes as
    // "path: old → new" lines for a confirmation.
    static core::Result<core::AppConfig> applied(const core::AppConfig &current, const Overrides &overrides);
    static QStringList changes(const core::AppConfig &before, const core::AppConfig &after);
};

} // namespace trd::ui
