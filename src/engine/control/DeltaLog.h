// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <deque>
#include <optional>

namespace trd::engine {

// The last deltas the engine sent, each with its sequence number, so a client that reconnects
// gets exactly what it missed. Bounded: a client that was away longer gets a fresh snapshot.
class DeltaLog
{
public:
    explicit DeltaLog(int capacity);

    qint64 lastSeq() const { return m_lastSeq; }
    // The number the next delta will carry.
    qint64 nextSeq() const { return m_lastSeq + 1; }
    void append(qint64 seq, const QByteArray &frame);
    // The frames after seq, in order; nothing when the log no longer reaches back that far or
    // seq is in the future.
    std::optional<QList<QByteArray>> since(qint64 seq) const;
    // A new epoch (a mode switch): nothing before this point can be resumed.
    void clear();

private:
    int m_capacity;
    qint64 m_lastSeq = 0;
    std::deque<std::pair<qint64, QByteArray>> m_frames;
};

} // namespace trd::engine
