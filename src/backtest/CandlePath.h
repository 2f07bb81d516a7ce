// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <array>

namespace trd::backtest {

// The mark inside a candle (backtest.md §2): open → the nearer extreme → the farther extreme →
// close, in four equal time steps from the candle's open. When the open is as near the high as
// the low, the low comes first (a long bot's stop is met before its take-profit: the cautious
// reading of a candle that says nothing of its order).
class CandlePath
{
public:
    struct Point
    {
        qint64 time = 0;
        core::Decimal price;
    };
    static std::array<Point, 4> path(qint64 openTime, qint64 durationMs, core::Decimal open, core::Decimal high,
        core::Decimal low, core::Decimal close);
};

} // namespace trd::backtest
