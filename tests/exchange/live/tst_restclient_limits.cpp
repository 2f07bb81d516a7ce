// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRig.h"

#include <QSignalSpy>
#include <QStringList>

#include <algorithm>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;

namespace {

const QByteArray kKey = "limits-key";
const QByteArray kSecret = "limits-secret";

RequestSigner::Parameters btc()
{
    return { { u"symbol"_s, u"BTCUSDT"_s } };
}

RequestSigner::Parameters cancel(const QString &clientOrderId)
{
    return { { u"symbol"_s, u"BTCUSDT"_s }, { u"origClientOrderId"_s, clientOrderId } };
}

bool allDone(const QList<std::shared_ptr<Answer>> &answers)
{
    return std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a->isDone; });
}

// "GET /fapi/v1/premiumIndex" for each request the client sent, in order.
class SentLog
{
public:
    explicit SentLog(RestClient *client)
        : m_spy(client, &RestClient::requestSent)
    { }
    int size() const { return int(m_spy.size()); }
    QStringList methods(int from, int count = -1) const
    {
        QStringList out;
        for (int i = from; i < size() && (count < 0 || i < from + count); ++i) {
            out << m_spy.at(i).at(0).toString();
        }
        return out;
    }

private:
    QSignalSpy m_spy;
};

} // namespace

// The rate limiter proven through RestClient against the fake exchange: priorities, 429 with
// Retry-After, 418 and the used-weight header. The clock is a ManualClock and the client is
// pumped by hand after it moves, so no assertion depends on how fast this machine is.
class TestRestClientLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>(FakeExchangeSettings { kKey, kSecret, 60000 });
        QVERIFY(m_rig->start());
        m_client = std::make_unique<RestClient>(m_rig->server.restBase(), &m_rig->clock);
        m_client->setCredentials({ kKey, kSecret });
    }
    void cleanup()
    {
        m_client.reset();
        m_rig.reset();
    }

    void ordersAndCancelsGoBeforeQueuedMarketData()
    {
        // 10 weight a minute, 2 of it kept for orders and account requests.
        m_client->limiter().setLimits({ 10, 5, 20 });
        SentLog sent(m_client.get());
        QList<std::shared_ptr<Answer>> answers;
        for (int i = 0; i < 12; ++i) {
            answers << callLater(*m_client, kMarkPrice, btc());
        }
        QCOMPARE(sent.size(), 8); // the other 4 wait for the next minute
        // The reserve lets orders past market data that queued before them.
        answers << callLater(*m_client, kPlace, marketBuy(u"o-1"_s));
        answers << callLater(*m_client, kPlace, marketBuy(u"o-2"_s));
        QCOMPARE(sent.size(), 10);
        QCOMPARE(sent.methods(8), QStringList({ u"POST"_s, u"POST"_s }));
        // The minute is used up: these queue behind the market data, by time.
        answers << callLater(*m_client, kCancel, cancel(u"o-1"_s));
        answers << callLater(*m_client, kCancel, cancel(u"o-2"_s));
        answers << callLater(*m_client, kPlace, marketBuy(u"o-3"_s));
        QCOMPARE(sent.size(), 10);
        QCOMPARE(m_client->limiter().status().queued, 7);
        // Everything sent has its answer (and its used-weight header) before the minute passes.
        QTRY_VERIFY(allDone(answers.mid(0, 8) + answers.mid(12, 2)));

        m_rig->clock.advanceMs(60'000);
        m_client->pump();
        // ...and leave first when the window opens.
        QCOMPARE(sent.methods(10),
            QStringList({ u"DELETE"_s, u"DELETE"_s, u"POST"_s, u"GET"_s, u"GET"_s, u"GET"_s, u"GET"_s }));
        QTRY_VERIFY(allDone(answers));
        QCOMPARE(m_client->limiter().status().queued, 0);
    }

    void pendingRequestsAreTheQueuedAndTheUnanswered()
    {
        // Two weight a minute, all of it for market data: the third request waits.
        m_client->limiter().setLimits({ 2, 5, 0 });
        QCOMPARE(m_client->pendingRequestCount(), 0);
        QList<std::shared_ptr<Answer>> answers;
        for (int i = 0; i < 3; ++i) {
            answers << callLater(*m_client, kMarkPrice, btc());
        }
        QCOMPARE(m_client->pendingRequestCount(), 3);
        QTRY_VERIFY(answers[0]->isDone && answers[1]->isDone);
        QCOMPARE(m_client->pendingRequestCount(), 1);
        m_rig->clock.advanceMs(60'000);
        m_client->pump();
        QCOMPARE(m_client->pendingRequestCount(), 1);
        QTRY_VERIFY(answers[2]->isDone);
        QCOMPARE(m_client->pendingRequestCount(), 0);
    }

    void aTooManyRequestsAnswerHoldsEverythingUntilRetryAfter()
    {
        m_rig->server.failNextRequests(429, 1, 7);
        SentLog sent(m_client.get());
        QSignalSpy status(m_client.get(), &RestClient::rateLimitChanged);
        const Answer limited = call(*m_client, kMarkPrice, btc());
        QVERIFY(limited.error);
        QCOMPARE(limited.error->code, -1003);
        QCOMPARE(limited.error->retryAfterSeconds, 7);
        QVERIFY(status.last().at(0).toString().contains(u"backing off"_s));
        // -1003 is the weight limit: orders wait too.
        const auto market = callLater(*m_client, kMarkPrice, btc());
        const auto order = callLater(*m_client, kPlace, marketBuy(u"after-429"_s));
        QCOMPARE(sent.size(), 1);
        m_rig->clock.advanceMs(6'999);
        m_client->pump();
        QCOMPARE(sent.size(), 1);
        m_rig->clock.advanceMs(1);
        m_client->pump();
        QCOMPARE(sent.methods(1), QStringList({ u"POST"_s, u"GET"_s }));
        QTRY_VERIFY(market->isDone && order->isDone);
        QVERIFY(!market->error);
        QVERIFY(!order->error);
    }

    void tooManyOrdersHoldsOnlyOrders()
    {
        FakeExchangeServer::Failure failure;
        failure.httpStatus = 429;
        failure.code = -1015;
        failure.retryAfterSeconds = 30;
        failure.path = u"/fapi/v1/order"_s;
        m_rig->server.failNext(failure);
        SentLog sent(m_client.get());
        const Answer limited = call(*m_client, kPlace, marketBuy(u"first"_s));
        QVERIFY(limited.error);
        QCOMPARE(limited.error->code, -1015);
        const auto order = callLater(*m_client, kPlace, marketBuy(u"second"_s));
        const auto cancelled = callLater(*m_client, kCancel, cancel(u"first"_s));
        const auto market = callLater(*m_client, kMarkPrice, btc());
        // Cancels and market data do not count as orders: they go at once.
        QCOMPARE(sent.methods(1), QStringList({ u"DELETE"_s, u"GET"_s }));
        m_rig->clock.advanceMs(30'000);
        m_client->pump();
        QCOMPARE(sent.methods(3), QStringList({ u"POST"_s }));
        QTRY_VERIFY(order->isDone && cancelled->isDone && market->isDone);
        QVERIFY(!order->error);
    }

    void aBanStopsEverything()
    {
        // One weight a minute, none kept back: the second request has to queue.
        m_client->limiter().setLimits({ 1, 1200, 0 });
        m_rig->server.failNextRequests(418, 1, 120);
        SentLog sent(m_client.get());
        QSignalSpy banned(m_client.get(), &RestClient::banned);
        QSignalSpy status(m_client.get(), &RestClient::rateLimitChanged);
        const auto first = callLater(*m_client, kMarkPrice, btc());
        const auto queued = callLater(*m_client, kPlace, marketBuy(u"queued"_s));
        QCOMPARE(sent.size(), 1);
        QTRY_VERIFY(first->isDone && queued->isDone);
        QCOMPARE(banned.size(), 1);
        QVERIFY(banned.first().at(0).toString().contains(u"banned"_s));
        QVERIFY(status.last().at(0).toString().startsWith(u"banned"_s));
        QCOMPARE(int(first->error->action), int(ExchangeError::Action::Banned));
        // The queued order was never sent: its caller hears of the ban instead.
        QVERIFY(queued->error);
        QCOMPARE(int(queued->error->action), int(ExchangeError::Action::Banned));
        // Nothing leaves while the ban lasts (its Retry-After, 120 s)…
        const Answer later = call(*m_client, kMarkPrice, btc());
        QCOMPARE(int(later.error->action), int(ExchangeError::Action::Banned));
        m_rig->clock.advanceMs(119'000);
        m_client->pump();
        QCOMPARE(sent.size(), 1);
        QVERIFY(m_client->limiter().status().text().startsWith(u"banned"_s));
        QVERIFY(m_client->limiter().status().text().contains(u"until"_s));
        QCOMPARE(int(call(*m_client, kMarkPrice, btc()).error->action), int(ExchangeError::Action::Banned));
        QCOMPARE(sent.size(), 1);
        // …and requests go again once it is over, as the exchange says it will be.
        m_rig->clock.advanceMs(61'000);
        const Answer after = call(*m_client, kMarkPrice, btc());
        QVERIFY(!after.error);
        QCOMPARE(sent.size(), 2);
        QVERIFY(m_client->limiter().status().text().startsWith(u"weight"_s));
    }

    void aBanWithoutRetryAfterLastsUntilTheClientIsRebuilt()
    {
        m_rig->server.failNextRequests(418, 1, 0);
        SentLog sent(m_client.get());
        QCOMPARE(int(call(*m_client, kMarkPrice, btc()).error->action), int(ExchangeError::Action::Banned));
        m_rig->clock.advanceMs(3 * 86'400'000LL);
        QCOMPARE(int(call(*m_client, kMarkPrice, btc()).error->action), int(ExchangeError::Action::Banned));
        QCOMPARE(sent.size(), 1);
        QVERIFY(m_client->limiter().isBanned());
    }

    void theUsedWeightHeaderSetsTheStatus()
    {
        QSignalSpy status(m_client.get(), &RestClient::rateLimitChanged);
        QVERIFY(!call(*m_client, kMarkPrice, btc()).error);
        QVERIFY(status.last().at(0).toString().startsWith(u"weight 1/2400"_s));
        // Another client on this IP spends weight the exchange counts for both.
        RestClient other(m_rig->server.restBase(), &m_rig->clock);
        QList<std::shared_ptr<Answer>> answers;
        for (int i = 0; i < 5; ++i) {
            answers << callLater(other, kMarkPrice, btc());
        }
        QTRY_VERIFY(allDone(answers));
        QVERIFY(!call(*m_client, kMarkPrice, btc()).error);
        QVERIFY2(
            status.last().at(0).toString().startsWith(u"weight 7/2400"_s), qPrintable(status.last().at(0).toString()));
        // Orders report their count too.
        QVERIFY(!call(*m_client, kPlace, marketBuy(u"counted"_s)).error);
        QVERIFY2(status.last().at(0).toString().startsWith(u"weight 8/2400 · orders 1/1200"_s),
            qPrintable(status.last().at(0).toString()));
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
    std::unique_ptr<RestClient> m_client;
};

QTEST_GUILESS_MAIN(TestRestClientLimits)
#include "tst_restclient_limits.moc"
