// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RateLimiter.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {
constexpr qint64 kWindowMs = 60'000;
// Without Retry-After, wait out the rest of the minute window.
constexpr int kDefaultRetryAfterSeconds = 60;
} // namespace

QString RateLimiter::Status::text() const
{
    if (isBanned) {
        return bannedUntil > 0 ? u"banned by the exchange (HTTP 418) until %1: requests stopped"_s.arg(
                   QDateTime::fromMSecsSinceEpoch(bannedUntil).toString(u"HH:mm:ss"_s))
                               : u"banned by the exchange (HTTP 418): requests stopped"_s;
    }
    QString s = u"weight %1/%2 · orders %3/%4 · %5 queued"_s.arg(usedWeight)
                    .arg(weightLimit)
                    .arg(usedOrders)
                    .arg(ordersLimit)
                    .arg(queued);
    if (backOffUntil > 0) {
        s += u" · backing off"_s;
    }
    return s;
}

RateLimiter::RateLimiter(const core::Clock *clock)
    : RateLimiter(clock, Limits {})
{ }

RateLimiter::RateLimiter(const core::Clock *clock, Limits limits)
    : m_clock(clock)
    , m_limits(limits)
{ }

quint64 RateLimiter::enqueue(Priority priority, int weight, bool countsAsOrder, std::function<void()> send)
{
    const quint64 id = m_nextId++;
    m_queue.emplace(std::pair { int(priority), id }, Pending { id, priority, weight, countsAsOrder, std::move(send) });
    return id;
}

void RateLimiter::expire(qint64 now)
{
    while (!m_sentWeights.empty() && now - m_sentWeights.front().first >= kWindowMs) {
        m_sentWeights.pop_front();
    }
    while (!m_sentOrders.empty() && now - m_sentOrders.front() >= kWindowMs) {
        m_sentOrders.pop_front();
    }
    if (now - m_reportedWeightAt >= kWindowMs) {
        m_reportedWeight = 0;
        m_weightSinceReport = 0;
    }
    if (now - m_reportedOrdersAt >= kWindowMs) {
        m_reportedOrders = 0;
        m_ordersSinceReport = 0;
    }
}

int RateLimiter::usedWeight() const
{
    int local = 0;
    for (const auto &[time, weight] : m_sentWeights) {
        local += weight;
    }
    // The exchange counts every client on this IP: its last count plus what we sent since.
    return std::max(local, m_reportedWeight + m_weightSinceReport);
}

int RateLimiter::usedOrders() const
{
    return std::max(int(m_sentOrders.size()), m_reportedOrders + m_ordersSinceReport);
}

bool RateLimiter::isBanned() const
{
    return m_isBanned && (m_bannedUntil == 0 || m_clock->nowMs() < m_bannedUntil);
}

qint64 RateLimiter::pump()
{
    if (isBanned()) {
        return -1;
    }
    m_isBanned = false;
    const qint64 now = m_clock->nowMs();
    expire(now);
    qint64 wait = -1;
    const auto waitFor = [&](qint64 ms) { wait = wait < 0 ? ms : std::min(wait, ms); };
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        Pending &p = it->second;
        const bool isOrderClass = p.priority != Priority::MarketData;
        const int weightLimit = isOrderClass
            ? m_limits.requestWeightPerMinute
            : m_limits.requestWeightPerMinute * (100 - m_limits.orderReservePercent) / 100;
        if (now < m_weightBackOffUntil || (p.countsAsOrder && now < m_orderBackOffUntil)) {
            waitFor(std::max(p.countsAsOrder ? m_orderBackOffUntil : 0, m_weightBackOffUntil) - now);
            ++it;
            continue;
        }
        const bool fitsWeight = usedWeight() + p.weight <= weightLimit;
        const bool fitsOrders = !p.countsAsOrder || usedOrders() < m_limits.ordersPerMinute;
        if (!fitsWeight || !fitsOrders) {
            // The oldest entry leaves the window first.
            const qint64 oldest = std::min(m_sentWeights.empty() ? now : m_sentWeights.front().first,
                m_sentOrders.empty() ? now : m_sentOrders.front());
            waitFor(std::max<qint64>(1, oldest + kWindowMs - now));
            ++it;
            continue;
        }
        m_sentWeights.emplace_back(now, p.weight);
        m_weightSinceReport += p.weight;
        if (p.countsAsOrder) {
            m_sentOrders.push_back(now);
            ++m_ordersSinceReport;
        }
        auto send = std::move(p.send);
        it = m_queue.erase(it);
        send();
    }
    return m_queue.empty() ? -1 : std::max<qint64>(wait, 1);
}

void RateLimiter::onResponse(
    int httpStatus, int usedWeightHeader, int orderCountHeader, int retryAfterSeconds, int errorCode)
{
    const qint64 now = m_clock->nowMs();
    if (usedWeightHeader >= 0) {
        m_reportedWeight = usedWeightHeader;
        m_reportedWeightAt = now;
        m_weightSinceReport = 0;
    }
    if (orderCountHeader >= 0) {
        m_reportedOrders = orderCountHeader;
        m_reportedOrdersAt = now;
        m_ordersSinceReport = 0;
    }
    if (httpStatus == 418) {
        m_isBanned = true;
        m_bannedUntil = retryAfterSeconds > 0 ? now + qint64(retryAfterSeconds) * 1000 : 0;
        return;
    }
    if (httpStatus == 429 || errorCode == -1003 || errorCode == -1015) {
        const qint64 until = now + qint64(retryAfterSeconds > 0 ? retryAfterSeconds : kDefaultRetryAfterSeconds) * 1000;
        // -1015 is the ORDERS limit: only orders wait. Otherwise the weight limit: everything waits.
        (errorCode == -1015 ? m_orderBackOffUntil : m_weightBackOffUntil) = until;
    }
}

RateLimiter::Status RateLimiter::status() const
{
    const qint64 now = m_clock->nowMs();
    Status s;
    s.usedWeight = usedWeight();
    s.weightLimit = m_limits.requestWeightPerMinute;
    s.usedOrders = usedOrders();
    s.ordersLimit = m_limits.ordersPerMinute;
    s.queued = int(m_queue.size());
    const qint64 until = std::max(m_weightBackOffUntil, m_orderBackOffUntil);
    s.backOffUntil = until > now ? until : 0;
    s.isBanned = isBanned();
    s.bannedUntil = s.isBanned ? m_bannedUntil : 0;
    return s;
}

} // namespace trd::exchange
