// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NiceTicks.h"

#include <QString>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui::NiceTicks {

namespace {

// Rounds away the binary noise of floor(x / step) * step (96499.99999 → 96500).
double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

int Scale::tickCount() const
{
    return int(std::lround((max - min) / step)) + 1;
}

double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw)) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalized = raw / magnitude;
    // A tolerance, so 2.0000000001 (a float's 2) stays 2.
    const double factor = normalized <= 1.000001 ? 1 : normalized <= 2.000001 ? 2 : normalized <= 5.000001 ? 5 : 10;
    return factor * magnitude;
}

Scale compute(double lo, double hi, int ticks)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        return {};
    }
    if (lo > hi) {
        std::swap(lo, hi);
    }
    if (hi - lo < std::max(std::abs(hi), 1.0) * 1e-12) {
        const double half = std::max(std::abs(hi) * 0.01, 0.5);
        lo -= half;
        hi += half;
    }
    Scale scale;
    scale.step = niceStep((hi - lo) / std::max(1, ticks));
    scale.decimals = std::max(0, int(-std::floor(std::log10(scale.step) + 1e-9)));
    scale.min = roundTo(std::floor(lo / scale.step + 1e-9) * scale.step, scale.decimals);
    scale.max = roundTo(std::ceil(hi / scale.step - 1e-9) * scale.step, scale.decimals);
    return scale;
}

void apply(QValueAxis *axis, double lo, double hi, int ticks)
{
    const Scale scale = compute(lo, hi, ticks);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(scale.step);
    axis->setLabelFormat(u"%.%1f"_s.arg(scale.decimals));
    axis->setRange(scale.min, scale.max);
}

} // namespace trd::ui::NiceTicks
