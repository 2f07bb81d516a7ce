// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "config/AppConfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace trd::backtest {

// One configuration of a backtest: its id ("v0", "v1", …), what it changes and the result.
struct Variant
{
    QString id;
    QList<QPair<QString, QString>> overrides; // KEY → VALUE, in the order of the --vary options
    core::AppConfig config;
};

// One --vary option: a configuration key and the values it takes.
struct Vary
{
    QString key;
    QStringList values;
};

// The variants of a backtest (backtest.md §3): every combination of the --vary values, the first
// option varying slowest. A key is a global key ("paperSlippageBps"), a per-symbol key that then
// applies to every symbol ("closingStrategy"), or a full path ("symbols.BTCUSDT.maxTranches").
// Every variant's configuration goes through the same loader and validator as the file, so a bad
// value is refused with the key path and the allowed range.
class VariantGrid
{
public:
    static core::Result<Vary> parseVary(const QString &option); // "KEY=V1,V2,…"
    static core::Result<QList<Variant>> build(const core::AppConfig &base, const QList<Vary> &varies);
    static core::Result<core::AppConfig> withOverride(
        const core::AppConfig &config, const QString &key, const QString &value);
};

} // namespace trd::backtest
