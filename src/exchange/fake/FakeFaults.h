// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "fake/FakeHttp.h"

#include <QList>
#include <QString>

#include <optional>

namespace trd::exchange {

// The REST faults a test has armed: failed answers, a delay, an order rejection and a clock
// offset. Stream faults act at once on the sockets, so they live in FakeStreamHub instead.
class FakeFaults
{
public:
    struct Failure
    {
        int httpStatus = 503;
        int remaining = 1;
        int retryAfterSeconds = 0; // sent as Retry-After on 429 and 418
        int code = 0; // the body's code; 0: the usual one for the status (429: -1003, not -1015)
        // 5xx only: the request takes effect before the failure is answered, so the client
        // faces an outcome it cannot know (exchange.md: 503 means UNKNOWN).
        bool isAppliedFirst = false;
        QString path; // empty: any non-admin request
    };

    void failNext(const Failure &failure);
    // The failure for this request, counted down; nothing if none is armed for the path.
    std::optional<Failure> takeFailure(const QString &path);
    static FakeResponse failureResponse(const Failure &failure);

    void setDelayMs(int ms) { m_delayMs = ms; }
    int delayMs() const { return m_delayMs; }

    void rejectNextOrder(const core::Error &error) { m_orderRejection = error; }
    std::optional<core::Error> takeOrderRejection();

    void advanceClock(qint64 ms) { m_clockOffsetMs += ms; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }

    void clear();

private:
    QList<Failure> m_failures;
    int m_delayMs = 0;
    std::optional<core::Error> m_orderRejection;
    qint64 m_clockOffsetMs = 0;
};

} // namespace trd::exchange
