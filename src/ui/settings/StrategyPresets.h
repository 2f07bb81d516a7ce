// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace trd::ui {

// The user guide's four "Trading Strategies" as one-click presets: each sets the four tranche
// keys the guide gives, nothing else.
struct StrategyPreset
{
    QString id; // "aggressiveScalping"
    QString name; // "Aggressive Scalping"
    QString goal;
    QList<QPair<QString, QString>> values; // key → value text
};

class StrategyPresets
{
public:
    static QList<StrategyPreset> all();
};

} // namespace trd::ui
