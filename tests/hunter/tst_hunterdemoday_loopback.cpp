// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDay.h"
#include "FakeStore.h"
#include "PaperRig.h"
#include "fake/FakeExchangeServer.h"
#include "live/LiveSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <functional>
#include <memory>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kKey = "demo-day-key";
const QByteArray kSecret = "demo-day-secret";
constexpr quint64 kSeed = 1;
// Six simulated hours by default, not the paper test's day: over loopback a simulated hour takes
// about four seconds of a debug build. Seed 1 opens its first tranche after 11 s; the period
// creates, isolates and closes hundreds. TRD_LOOPBACK_HOURS=24 runs the whole day (on demand).
int simulatedSteps()
{
    bool ok = false;
    const int hours = qEnvironmentVariableIntValue("TRD_LOOPBACK_HOURS", &ok);
    return (ok && hours > 0 ? hours : 6) * 3600;
}
constexpr qint64 kKeepAliveMs = 30 * 60 * 1000;

// Runs the event loop until isDone, waking on each event (a frame, an answer), and gives up after
// timeoutMs. QTest::qWaitFor sleeps 10 ms whenever a pass of the event loop leaves its predicate
// false; this test waits tens of thousands of times for round trips well under a millisecond.
bool waitUntil(const std::function<bool()> &isDone, int timeoutMs = 10'000)
{
    QTimer giveUp;
    giveUp.setSingleShot(true);
    giveUp.start(timeoutMs);
    while (!isDone()) {
        if (!giveUp.isActive()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The market streams the app opens for these symbols (DeskApp::marketStreams; no klines, since
// the sample configuration has VWAP protection off).
QStringList marketStreams(const AppConfig &config)
{
    QStringList streams { u"!forceOrder@arr"_s, u"!markPrice@arr@1s"_s };
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        streams << it.key().toLower() + u"@bookTicker"_s;
    }
    return streams;
}

// The live path on one machine: the hunter and a TrancheManager over LiveSession (REST and
// WebSocket on 127.0.0.1), the fake exchange, and the matching engine the demo market moves.
//
// The paper run is synchronous: everything an event of the market causes (fills, protective
// orders, isolations, entries and their fills) has happened before the market emits its next
// event. Here each event of the market is held until the one before has played out over the
// wire — every REST request answered, every frame the fake sent received — so the hunter and the
// manager decide on the same state as in the paper run, at the same virtual time.
struct LoopbackRig : HunterTally
{
    ManualClock clock { demo_day::kStartMs };
    PaperMatchingEngine engine { &clock };
    DemoMarket market { &engine, &clock, { kSeed, 1000 } }; // declares the symbols the fake lists
    FakeExchangeServer server { &engine, &clock, FakeExchangeSettings { kKey, kSecret } };
    std::unique_ptr<LiveSession> session;
    trd::test::FakeStore store;
    std::unique_ptr<TrancheManager> manager;
    std::unique_ptr<LiquidationHunter> hunter;
    qint64 framesReceived = 0;
    qint64 nextKeepAlive = demo_day::kStartMs + kKeepAliveMs;
    bool hasStalled = false;

    bool start(const AppConfig &config)
    {
        if (!server.listen()) {
            return false;
        }
        session = std::make_unique<LiveSession>(LiveSession::Endpoints { server.restBase(), server.streamBase() },
            RestClient::Credentials { kKey, kSecret }, PositionMode::OneWay, &clock);
        for (StreamConnection *stream : { session->userStream(), session->marketStream() }) {
            QObject::connect(stream, &StreamConnection::frameReceived, [this] { ++framesReceived; });
        }
        session->start(marketStreams(config));
        // ready() means the user stream is up; a frame published before the market stream is
        // up would be lost.
        const bool isUp = waitUntil([this] {
            return session->userStream()->state() == StreamConnection::State::Up
                && session->marketStream()->state() == StreamConnection::State::Up;
        });
        if (!isUp) {
            return false;
        }
        LiveExchange *exchange = session->exchange();
        manager = std::make_unique<TrancheManager>(exchange, &store, &clock);
        session->setResyncHandler([this] { manager->resync(); });
        hunter = std::make_unique<LiquidationHunter>(manager.get(), exchange, &clock);
        hunter->setTimersEnabled(false);
        QObject::connect(exchange, &Exchange::markPriceUpdated, hunter.get(), &LiquidationHunter::onMarkPrice);
        QObject::connect(exchange, &LiveExchange::liquidation, hunter.get(), &LiquidationHunter::onLiquidation);
        QObject::connect(exchange, &LiveExchange::bookTicker, hunter.get(), &LiquidationHunter::onBookTicker);
        watch(manager.get(), hunter.get());
        manager->setConfig(config);
        if (!manager->start()) {
            return false;
        }
        hunter->setConfig(config);
        exchange->requestMarkPrices(); // as the app does once live
        feedFromMarket();
        return settle();
    }

    // The market's book tickers and liquidations go out on the fake's market stream. Its
    // candles go to the hunter directly: the fake has no kline stream, and the sample
    // configuration does not use them (VWAP protection off).
    void feedFromMarket()
    {
        QObject::connect(
            &market, &DemoMarket::bookTicker, [this](const QString &symbol, const Decimal &bid, const Decimal &ask) {
                if (settle()) {
                    server.setBookTicker(symbol, bid, ask);
                    settle();
                }
            });
        QObject::connect(&market, &DemoMarket::liquidation, [this](const Liquidation &liquidation) {
            if (settle()) {
                server.publishLiquidation(liquidation);
                settle();
            }
        });
        QObject::connect(&market, &DemoMarket::candleClosed, hunter.get(), &LiquidationHunter::onCandle);
    }

    // What the session's keep-alive timer does every 30 minutes of real time, on the virtual
    // clock: the listenKey lives an hour of server time, and the run is longer.
    void keepListenKeyAlive()
    {
        if (clock.nowMs() >= nextKeepAlive) {
            nextKeepAlive += kKeepAliveMs;
            session->api()->keepAliveListenKey([](const ApiResult<void> &done) { QVERIFY(done.hasValue()); });
        }
    }

    // Nothing on its way: every request answered, every frame received and handled.
    bool isQuiet() const
    {
        return session->rest()->pendingRequestCount() == 0 && framesReceived == server.streamFramesSent();
    }

    bool settle()
    {
        if (!hasStalled && !waitUntil([this] { return isQuiet(); })) {
            hasStalled = true;
            qWarning() << "stalled:" << session->rest()->pendingRequestCount() << "requests unanswered,"
                       << server.streamFramesSent() - framesReceived << "frames on their way";
        }
        return !hasStalled;
    }
};

} // namespace

// issue 4's last condition: the demo-market run of tst_hunterdemoday, made again through the live
// code path (LiveSession, LiveExchange, REST and streams over loopback, the fake exchange) with
// the same seed and configuration, gives the same tranches as the paper run.
class TestHunterDemoDayLoopback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // An hour writes tens of thousands of debug lines; the comparison is what this test reads.
        QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    }

    void theLoopbackRunGivesThePaperRunsTranches()
    {
        QElapsedTimer wall;
        wall.start();
        PaperRig paper(demo_day::kStartMs);
        DemoMarket paperMarket(&paper.engine, &paper.clock, { kSeed, 1000 });
        demo_day::feedHunter(paperMarket, paper.hunter);
        paper.configure(paperMarket.sampleConfig());
        demo_day::run({ &paper.clock, &paperMarket, &paper.engine, &paper.manager, &paper }, simulatedSteps());
        if (QTest::currentTestFailed()) {
            return;
        }
        const qint64 paperMs = wall.restart();

        LoopbackRig live;
        QVERIFY(live.start(live.market.sampleConfig()));
        demo_day::run({ &live.clock, &live.market, &live.engine, live.manager.get(), &live,
                          [&live] {
                              live.keepListenKeyAlive();
                              return live.settle();
                          } },
            simulatedSteps());
        if (QTest::currentTestFailed()) {
            return;
        }
        qWarning() << "paper" << paperMs << "ms, loopback" << wall.elapsed() << "ms: entries" << paper.entriesSent
                   << "created" << paper.created << "isolated" << paper.isolated << "closed" << paper.closed;

        // The period shows what the rules are about.
        QVERIFY(paper.created > 10);
        QVERIFY(paper.isolated > 0);
        QVERIFY(paper.closed > 0);
        // The same tranches in the same order, every exact Decimal of them.
        QCOMPARE(demo_day::describeTranches(live.store), demo_day::describeTranches(paper.store));
        // The same decisions on the way: the hunter saw the same state at every liquidation.
        QCOMPARE(live.entriesSent, paper.entriesSent);
        QCOMPARE(live.refusals, paper.refusals);
        QCOMPARE(live.isolated, paper.isolated);
        QCOMPARE(live.closed, paper.closed);
        QVERIFY2(paper.violations.isEmpty(), qPrintable(paper.violations.join(u'\n')));
        QVERIFY2(live.violations.isEmpty(), qPrintable(live.violations.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestHunterDemoDayLoopback)
#include "tst_hunterdemoday_loopback.moc"
