// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeltaLog.h"

namespace trd::engine {

DeltaLog::DeltaLog(int capacity)
    : m_capacity(capacity)
{ }

void DeltaLog::append(qint64 seq, const QByteArray &frame)
{
    m_lastSeq = seq;
    m_frames.emplace_back(seq, frame);
    while (int(m_frames.size()) > m_capacity) {
        m_frames.pop_front();
    }
}

std::optional<QList<QByteArray>> DeltaLog::since(qint64 seq) const
{
    if (seq > m_lastSeq || seq < 0) {
        return std::nullopt;
    }
    if (seq < m_lastSeq && (m_frames.empty() || m_frames.front().first > seq + 1)) {
        return std::nullopt;
    }
    QList<QByteArray> frames;
    for (const auto &[frameSeq, frame] : m_frames) {
        if (frameSeq > seq) {
            frames << frame;
        }
    }
    return frames;
}

void DeltaLog::clear()
{
    m_frames.clear();
}

} // namespace trd::engine
