// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QValueAxis;

namespace trd::ui::NiceTicks {

// An axis scale whose ticks a trader reads at a glance: steps of 1, 2 or 5 × 10^n, the ends on a
// step, so 96,725–99,550 reads 96,000 · 97,000 · 98,000 · 99,000 · 100,000 and never 96,723.4.
struct Scale
{
    double min = 0;
    double max = 1;
    double step = 1;
    int decimals = 0; // enough to tell one tick from the next, no more
    int tickCount() const;
};

// The nice step nearest above `raw` (raw > 0): 0.13 → 0.2, 3 → 5, 7,000 → 10,000.
double niceStep(double raw);
// The smallest nice scale covering [lo, hi] with at most about `ticks` intervals. An empty range
// (lo == hi) is widened around its value.
Scale compute(double lo, double hi, int ticks = 5);
// Sets the axis's range, tick interval (anchored at 0, so 0 is a tick when in range) and label
// format from compute(lo, hi, ticks).
void apply(QValueAxis *axis, double lo, double hi, int ticks = 5);

} // namespace trd::ui::NiceTicks
