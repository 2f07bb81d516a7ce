// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RateLimiter.h"

#include <QStringList>
#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

using P = RateLimiter::Priority;

namespace {
RateLimiter::Limits limits(int weight, int orders, int reservePercent)
{
    RateLimiter::Limits l;
    l.requestWeightPerMinute = weight;
    l.ordersPerMinute = orders;
    l.orderReservePercent = reservePercent;
    return l;
}
} // namespace

// Time is a ManualClock: minutes pass without waiting.
class TestRateLimiter : public QObject
{
    Q_OBJECT

    ManualClock clock { 1'700'000'000'000 };
    QStringList sent;

    std::function<void()> record(const QString &name)
    {
        return [this, name] { sent << name; };
    }

private Q_SLOTS:
    void init() { sent.clear(); }

    void ordersGoBeforeMarketData()
    {
        RateLimiter limiter(&clock);
        limiter.enqueue(P::MarketData, 1, false, record(u"depth"_s));
        limiter.enqueue(P::Account, 5, false, record(u"positions"_s));
        limiter.enqueue(P::Order, 1, true, record(u"order"_s));
        QCOMPARE(limiter.pump(), -1);
        QCOMPARE(sent, (QStringList { u"order"_s, u"positions"_s, u"depth"_s }));
    }

    void marketDataNeverStarvesOrders()
    {
        RateLimiter limiter(&clock, limits(100, 10, 20));
        for (int i = 0; i < 200; ++i) {
            limiter.enqueue(P::MarketData, 1, false, record(u"md"_s));
        }
        limiter.pump();
        QCOMPARE(sent.count(u"md"_s), 80); // the reserve of 20 is left for orders
        for (int i = 0; i < 5; ++i) {
            limiter.enqueue(P::Order, 1, true, record(u"order"_s));
        }
        const qint64 wait = limiter.pump();
        QCOMPARE(sent.count(u"order"_s), 5);
        QVERIFY(wait > 0); // market data is still waiting for the window to roll
        clock.advanceMs(60'000);
        limiter.pump();
        QCOMPARE(sent.count(u"md"_s), 160);
    }

    void theOrdersBudgetIsSeparate()
    {
        RateLimiter limiter(&clock, limits(2400, 3, 20));
        for (int i = 0; i < 5; ++i) {
            limiter.enqueue(P::Order, 1, true, record(u"order"_s));
        }
        limiter.enqueue(P::Account, 1, false, record(u"cancel-all"_s));
        limiter.pump();
        QCOMPARE(sent.count(u"order"_s), 3);
        QCOMPARE(sent.count(u"cancel-all"_s), 1); // not an order: not held back by the order count
        clock.advanceMs(60'000);
        limiter.pump();
        QCOMPARE(sent.count(u"order"_s), 5);
    }

    void theExchangesCountIsBelieved()
    {
        RateLimiter limiter(&clock, limits(100, 10, 0));
        limiter.onResponse(200, 95, -1, 0); // other clients on this IP used most of the minute
        for (int i = 0; i < 10; ++i) {
            limiter.enqueue(P::MarketData, 1, false, record(u"md"_s));
        }
        limiter.pump();
        QCOMPARE(sent.size(), 5);
    }

    void tooManyRequestsBacksOffUntilRetryAfter()
    {
        RateLimiter limiter(&clock);
        limiter.onResponse(429, -1, -1, 30);
        limiter.enqueue(P::Order, 1, true, record(u"order"_s));
        const qint64 wait = limiter.pump();
        QVERIFY(sent.isEmpty());
        QCOMPARE(wait, 30'000);
        QVERIFY(limiter.status().backOffUntil > 0);
        clock.advanceMs(29'999);
        limiter.pump();
        QVERIFY(sent.isEmpty());
        clock.advanceMs(1);
        limiter.pump();
        QCOMPARE(sent, QStringList { u"order"_s });
    }

    void tooManyOrdersHoldsOrdersOnly()
    {
        RateLimiter limiter(&clock);
        limiter.onResponse(429, -1, -1, 10, -1015);
        limiter.enqueue(P::Order, 1, true, record(u"order"_s));
        limiter.enqueue(P::MarketData, 1, false, record(u"md"_s));
        limiter.pump();
        QCOMPARE(sent, QStringList { u"md"_s });
    }

    void aBanStopsEverything()
    {
        RateLimiter limiter(&clock);
        limiter.onResponse(418, -1, -1, 120);
        limiter.enqueue(P::Order, 1, true, record(u"order"_s));
        QCOMPARE(limiter.pump(), -1);
        QVERIFY(sent.isEmpty());
        QVERIFY(limiter.isBanned());
        QVERIFY(limiter.status().text().contains(u"banned"_s));
        // The 418's Retry-After is when the ban ends.
        clock.advanceMs(119'999);
        QCOMPARE(limiter.pump(), -1);
        QVERIFY(sent.isEmpty());
        clock.advanceMs(1);
        QVERIFY(!limiter.isBanned());
        limiter.pump();
        QCOMPARE(sent, QStringList { u"order"_s });
    }

    void statusForTheUi()
    {
        RateLimiter limiter(&clock);
        limiter.enqueue(P::Account, 5, false, record(u"a"_s));
        limiter.pump();
        QCOMPARE(limiter.status().usedWeight, 5);
        QCOMPARE(limiter.status().text(), u"weight 5/2400 · orders 0/1200 · 0 queued"_s);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
