// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace trd::core {

// Time is injected so that cooldowns, intervals and throttles are tested without waiting.
class Clock
{
public:
    virtual ~Clock();
    virtual qint64 nowMs() const = 0; // epoch milliseconds
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock that moves only when told: scenarios, backtests and tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_now(startMs)
    { }
    qint64 nowMs() const override { return m_now; }
    void setMs(qint64 ms) { m_now = ms; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace trd::core
