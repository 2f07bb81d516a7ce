// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandlePath.h"

namespace trd::backtest {

std::array<CandlePath::Point, 4> CandlePath::path(
    qint64 openTime, qint64 durationMs, core::Decimal open, core::Decimal high, core::Decimal low, core::Decimal close)
{
    const bool isHighNearer = high - open < open - low;
    const core::Decimal nearer = isHighNearer ? high : low;
    const core::Decimal farther = isHighNearer ? low : high;
    const qint64 step = durationMs / 4;
    return { { { openTime, open }, { openTime + step, nearer }, { openTime + 2 * step, farther },
        { openTime + 3 * step, close } } };
}

} // namespace trd::backtest
