// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace trd::bench {

// Measures how late a 1 ms precise timer fires: the longest time the UI thread did not get
// back to its event loop.
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_watch.elapsed();
            if (m_last >= 0 && now > m_warmUpMs) {
                const qint64 gap = now - m_last - 1;
                m_worst = std::max(m_worst, gap);
                m_late += gap > 16 ? 1 : 0;
            }
            m_last = now;
        });
    }
    void start(qint64 warmUpMs)
    {
        m_warmUpMs = warmUpMs;
        m_last = -1;
        m_worst = 0;
        m_late = 0;
        m_watch.start();
        m_timer.start(1);
    }
    void stop() { m_timer.stop(); }
    qint64 worst() const { return m_worst; }
    int late() const { return m_late; }

private:
    QTimer m_timer;
    QElapsedTimer m_watch;
    qint64 m_warmUpMs = 0;
    qint64 m_last = -1;
    qint64 m_worst = 0;
    int m_late = 0;
};

} // namespace trd::bench
