// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketMerger.h"

#include <algorithm>

namespace trd::backtest {

MarketMerger::MarketMerger(qint64 from, qint64 to)
    : m_from(from)
    , m_to(to)
{ }

MarketMerger::~MarketMerger() = default;

void MarketMerger::add(std::unique_ptr<MarketSource> source)
{
    m_sources.push_back(std::move(source));
}

bool MarketMerger::isBefore(int a, int b) const
{
    const Head &x = m_heads[a];
    const Head &y = m_heads[b];
    if (x.event.time != y.event.time) {
        return x.event.time < y.event.time;
    }
    if (x.event.kind != y.event.kind) {
        return x.event.kind < y.event.kind;
    }
    return x.source < y.source;
}

core::Result<void> MarketMerger::refill(int head)
{
    // Reads the head's source up to its next event inside [from, to); false leaves the head empty.
    MarketSource &source = *m_sources[m_heads[head].source];
    for (;;) {
        auto more = source.next(m_heads[head].event);
        if (!more) {
            return more.error();
        }
        if (!more.value() || m_heads[head].event.time >= m_to) {
            m_heads[head].source = -1 - m_heads[head].source; // exhausted
            return {};
        }
        if (m_heads[head].event.time >= m_from) {
            return {};
        }
    }
}

core::Result<bool> MarketMerger::next(MarketEvent &event)
{
    const auto later = [this](int a, int b) { return isBefore(b, a); };
    if (!m_isPrimed) {
        m_isPrimed = true;
        m_heads.resize(m_sources.size());
        for (int i = 0; i < int(m_sources.size()); ++i) {
            m_heads[i].source = i;
            if (auto r = refill(i); !r) {
                return r.error();
            }
            if (m_heads[i].source >= 0) {
                m_heap.push_back(i);
            }
        }
        std::make_heap(m_heap.begin(), m_heap.end(), later);
    }
    if (m_heap.empty()) {
        return false;
    }
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    const int head = m_heap.back();
    event = std::move(m_heads[head].event);
    if (auto r = refill(head); !r) {
        return r.error();
    }
    if (m_heads[head].source >= 0) {
        std::push_heap(m_heap.begin(), m_heap.end(), later);
    } else {
        m_heap.pop_back();
    }
    return true;
}

qint64 MarketMerger::position() const
{
    qint64 total = 0;
    for (const auto &s : m_sources) {
        total += s->position();
    }
    return total;
}

qint64 MarketMerger::size() const
{
    qint64 total = 0;
    for (const auto &s : m_sources) {
        total += s->size();
    }
    return total;
}

} // namespace trd::backtest
