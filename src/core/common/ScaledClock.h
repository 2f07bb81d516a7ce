// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QElapsedTimer>

namespace trd::core {

// The system clock, or a clock that runs `speed` times faster than it from the moment it is made:
// a long run on the demo market (a simulated day in a quarter of an hour) without a backtest's
// replay. At speed 1 it is the system clock itself.
class ScaledClock final : public Clock
{
public:
    explicit ScaledClock(double speed = 1.0);
    qint64 nowMs() const override;
    double speed() const { return m_speed; }

private:
    double m_speed;
    qint64 m_originMs;
    QElapsedTimer m_elapsed;
};

} // namespace trd::core
