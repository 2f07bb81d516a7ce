// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketSource.h"

#include <limits>
#include <memory>
#include <vector>

namespace trd::backtest {

// Interleaves any number of time-ordered sources into one stream by time (a k-way merge that
// holds one event per source). Events of the same millisecond come in MarketEvent::Kind order,
// then in the order the sources were added, then in each source's own order, so that the same
// inputs always give the same stream. Events before `from` or at or after `to` are skipped.
class MarketMerger final : public MarketSource
{
public:
    MarketMerger(qint64 from = std::numeric_limits<qint64>::min(), qint64 to = std::numeric_limits<qint64>::max());
    ~MarketMerger() override;
    void add(std::unique_ptr<MarketSource> source);

    core::Result<bool> next(MarketEvent &event) override;
    qint64 position() const override;
    qint64 size() const override;

private:
    struct Head
    {
        MarketEvent event;
        int source = 0;
    };
    core::Result<void> refill(int source);
    bool isBefore(int a, int b) const;

    std::vector<std::unique_ptr<MarketSource>> m_sources;
    std::vector<Head> m_heads; // one per source with events left
    std::vector<int> m_heap; // indices into m_heads, earliest first (a binary min-heap)
    bool m_isPrimed = false;
    qint64 m_from;
    qint64 m_to;
};

} // namespace trd::backtest
