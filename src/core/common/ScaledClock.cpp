// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ScaledClock.h"

#include <QDateTime>

namespace trd::core {

ScaledClock::ScaledClock(double speed)
    : m_speed(speed > 0 ? speed : 1.0)
    , m_originMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

qint64 ScaledClock::nowMs() const
{
    if (m_speed == 1.0) {
        return QDateTime::currentMSecsSinceEpoch();
    }
    // Monotonic underneath: an NTP step on the host does not make simulated time jump.
    return m_originMs + qint64(double(m_elapsed.nsecsElapsed()) * m_speed / 1e6);
}

} // namespace trd::core
