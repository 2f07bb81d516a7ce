// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StrategyPresets.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

const QList<StrategyPreset> &StrategyPresets::all()
{
    static const QList<StrategyPreset> kPresets {
        { u"aggressiveScalping"_s, u"Aggressive Scalping"_s, u"Fast in-and-out trades with minimal isolation time"_s,
            { { u"trancheIsolationThreshold"_s, u"3"_s }, { u"maxTranches"_s, u"5"_s },
                { u"maxIsolatedTranches"_s, u"2"_s }, { u"allowTrancheWhileIsolated"_s, u"true"_s } } },
        { u"holdAndRecover"_s, u"Hold & Recover"_s, u"Hold losing positions long-term while scalping profits"_s,
            { { u"trancheIsolationThreshold"_s, u"10"_s }, { u"maxTranches"_s, u"3"_s },
                { u"maxIsolatedTranches"_s, u"2"_s }, { u"allowTrancheWhileIsolated"_s, u"true"_s } } },
        { u"balanced"_s, u"Balanced"_s, u"Balance between quick profits and position recovery"_s,
            { { u"trancheIsolationThreshold"_s, u"5"_s }, { u"maxTranches"_s, u"4"_s },
                { u"maxIsolatedTranches"_s, u"2"_s }, { u"allowTrancheWhileIsolated"_s, u"true"_s } } },
        { u"conservative"_s, u"Conservative"_s, u"Minimal complexity, tight risk control"_s,
            { { u"trancheIsolationThreshold"_s, u"7"_s }, { u"maxTranches"_s, u"2"_s },
                { u"maxIsolatedTranches"_s, u"1"_s }, { u"allowTrancheWhileIsolated"_s, u"false"_s } } },
    };
    return kPresets;
}

} // namespace trd::ui
