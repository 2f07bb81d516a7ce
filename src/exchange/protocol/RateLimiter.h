// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QString>

#include <deque>
#include <functional>
#include <map>

namespace trd::exchange {

// Keeps REST traffic inside the exchange's per-minute budgets (REQUEST_WEIGHT, ORDERS).
// Orders and cancellations go first and have a reserve that market data may not touch, so a
// burst of market-data requests never starves them. 429 stops the class that was limited until
// Retry-After; 418 (banned) stops everything and says so.
class RateLimiter
{
public:
    enum class Priority
    {
        Order = 0,
        Account = 1,
        MarketData = 2
    };
    struct Limits
    {
        int requestWeightPerMinute = 2400;
        int ordersPerMinute = 1200;
        int orderReservePercent = 20; // of the weight, kept for orders and account requests
    };
    struct Status
    {
        int usedWeight = 0;
        int weightLimit = 0;
        int usedOrders = 0;
        int ordersLimit = 0;
        int queued = 0;
        qint64 backOffUntil = 0; // epoch ms; 0 when not backing off
        bool isBanned = false;
        qint64 bannedUntil = 0; // epoch ms from the 418's Retry-After; 0: until the client is rebuilt
        QString text() const; // "weight 120/2400 · orders 3/1200 · 0 queued"
    };

    explicit RateLimiter(const core::Clock *clock);
    RateLimiter(const core::Clock *clock, Limits limits);

    void setLimits(Limits limits) { m_limits = limits; }
    // Queues a request; send() runs when the budget allows (from pump()).
    quint64 enqueue(Priority priority, int weight, bool countsAsOrder, std::function<void()> send);
    // Sends every queued request the budget allows now, best priority first. Returns the ms to
    // wait before calling again, or -1 when nothing is queued (or banned).
    qint64 pump();
    // Forgets every queued request without sending it (after a ban, whose owner answers them).
    void clearQueue() { m_queue.clear(); }
    // What an answer says: its status and the X-MBX-USED-WEIGHT-1M / X-MBX-ORDER-COUNT-1M headers
    // (-1 when absent), the Retry-After seconds and the error code.
    void onResponse(
        int httpStatus, int usedWeightHeader, int orderCountHeader, int retryAfterSeconds, int errorCode = 0);
    Status status() const;
    // A 418 bans for its Retry-After (Binance: "until the ban is over"); without one, for good.
    bool isBanned() const;

private:
    struct Pending
    {
        quint64 id;
        Priority priority;
        int weight;
        bool countsAsOrder;
        std::function<void()> send;
    };
    void expire(qint64 now);
    int usedWeight() const;
    int usedOrders() const;

    const core::Clock *m_clock;
    Limits m_limits;
    std::map<std::pair<int, quint64>, Pending> m_queue; // (priority, id): priority order, FIFO within
    std::deque<std::pair<qint64, int>> m_sentWeights; // (time, weight) in the last minute
    std::deque<qint64> m_sentOrders;
    int m_reportedWeight = 0;
    int m_weightSinceReport = 0; // sent after the exchange last told us its count
    int m_ordersSinceReport = 0;
    qint64 m_reportedWeightAt = 0;
    int m_reportedOrders = 0;
    qint64 m_reportedOrdersAt = 0;
    qint64 m_weightBackOffUntil = 0;
    qint64 m_orderBackOffUntil = 0;
    bool m_isBanned = false;
    qint64 m_bannedUntil = 0;
    quint64 m_nextId = 1;
};

} // namespace trd::exchange
