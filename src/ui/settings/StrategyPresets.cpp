// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategyPresets.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

// Built on each call so that the names and goals are in the language installed at the time.
QList<StrategyPreset> StrategyPresets::all()
{
    return {
        { u"aggressiveScalping"_s, QCoreApplication::translate("trd::ui::StrategyPresets", "Aggressive Scalping"),
            QCoreApplication::translate(
                "trd::ui::StrategyPresets", "Fast in-and-out trades with minimal isolation time"),
            { { u"trancheIsolationThreshold"_s, u"3"_s }, { u"maxTranches"_s, u"5"_s },
                { u"maxIsolatedTranches"_s, u"2"_s }, { u"allowTrancheWhileIsolated"_s, u"true"_s } } },
        { u"holdAndRecover"_s, QCoreApplication::translate("trd::ui::StrategyPresets", "Hold & Recover"),
            QCoreApplication::translate(
                "trd::ui::StrategyPresets", "Hold losing positions long-term while scalping profits"),
            { { u"trancheIsolationThreshold"_s, u"10"_s }, { u"maxTranches"_s, u"3"_s },
                { u"maxIsolatedTranches"_s, u"2"_s }, { u"allowTrancheWhileIsolated"_s, u"true"_s } } },
        { u"balanced"_s, QCoreApplication::translate("trd::ui::StrategyPresets", "Balanced"),
            QCoreApplication::translate(
                "trd::ui::StrategyPresets", "Balance between quick profits and position recovery"),
            { { u"trancheIsolationThreshold"_s, u"5"_s }, { u"maxTranches"_s, u"4"_s },
                { u"maxIsolatedTranches"_s, u"2"_s }, { u"allowTrancheWhileIsolated"_s, u"true"_s } } },
        { u"conservative"_s, QCoreApplication::translate("trd::ui::StrategyPresets", "Conservative"),
            QCoreApplication::translate("trd::ui::StrategyPresets", "Minimal complexity, tight risk control"),
            { { u"trancheIsolationThreshold"_s, u"7"_s }, { u"maxTranches"_s, u"2"_s },
                { u"maxIsolatedTranches"_s, u"1"_s }, { u"allowTrancheWhileIsolated"_s, u"false"_s } } },
    };
}

} // namespace trd::ui
