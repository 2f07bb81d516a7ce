// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HunterFixture.h"
#include "store/LiquidationStore.h"

#include <functional>

using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

using Setup = std::function<void(HunterFixture &)>;
Q_DECLARE_METATYPE(Setup)

namespace {

Decimal d(const char16_t *text)
{
    return Decimal::fromString(text);
}

SymbolConfig &test(HunterFixture &f)
{
    return f.config.symbols[u"TESTUSDT"_s];
}

// Candles of one price each: the VWAP is that price.
void candles(HunterFixture &f, const char16_t *price, qint64 lastCloseTime)
{
    for (int i = 0; i < 10; ++i) {
        f.hunter->onCandle(
            u"TESTUSDT"_s, u"1m"_s, d(price), d(price), d(price), d(u"5"), lastCloseTime - (9 - i) * 60'000);
    }
}

class MemoryLiquidationStore : public LiquidationStore
{
public:
    Result<void> appendLiquidation(const Liquidation &liquidation) override
    {
        rows.append(liquidation);
        return {};
    }
    Result<QList<Liquidation>> liquidations(qint64, qint64, const QString &, int) override { return rows; }
    Result<int> removeLiquidationsBefore(qint64 cutoffMs) override
    {
        cutoffs.append(cutoffMs);
        return 0;
    }
    QList<Liquidation> rows;
    QList<qint64> cutoffs;
};

} // namespace

// Every trigger, gate and sizing rule of hunter.md, from a liquidation to an order or a refusal.
class TestLiquidationHunter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triggersAndGates_data()
    {
        QTest::addColumn<Setup>("configure"); // before the engine starts
        QTest::addColumn<Setup>("prepare"); // after it started
        QTest::addColumn<QString>("side"); // of the liquidation
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("expected"); // "LONG"/"SHORT" entry sent, "" nothing, else the refusal
        const Setup none = [](HunterFixture &) {};
        const auto row = [&](const char *name, Setup configure, Setup prepare, const char *side, const char *price,
                             const char *quantity, const char *expected) {
            QTest::newRow(name) << configure << prepare << QString::fromLatin1(side) << QString::fromLatin1(price)
                                << QString::fromLatin1(quantity) << QString::fromLatin1(expected);
        };
        // Signals and direction
        row("a SELL liquidation at the long threshold enters LONG (contrarian)", none, none, "SELL", "100", "10",
            "LONG");
        row("a BUY liquidation at the short threshold enters SHORT", none, none, "BUY", "100", "25", "SHORT");
        row(
            "tradeSide SAME turns a SELL liquidation into a SHORT entry",
            [](HunterFixture &f) { test(f).tradeSide = TradeSide::Same; }, none, "SELL", "100", "25", "SHORT");
        row("below the instant threshold nothing happens", none, none, "SELL", "100", "9.99", "");
        row("the short threshold (2500) guards SHORT entries", none, none, "BUY", "100", "24.99", "");
        row(
            "an unconfigured symbol is shown, never traded",
            [](HunterFixture &f) { f.config.symbols.remove(u"TESTUSDT"_s); }, none, "SELL", "100", "1000", "");
        // Cumulative mode
        row(
            "cumulative mode: the window's sum reaches the threshold",
            [](HunterFixture &f) { test(f).useThreshold = true; },
            [](HunterFixture &f) {
                f.feed(f.liquidation(u"SELL"_s, u"100", u"6"));
                f.clock->advanceMs(59'000);
            },
            "SELL", "100", "4", "LONG");
        row(
            "cumulative mode: a liquidation older than the window no longer counts",
            [](HunterFixture &f) { test(f).useThreshold = true; },
            [](HunterFixture &f) {
                f.feed(f.liquidation(u"SELL"_s, u"100", u"6"));
                f.clock->advanceMs(60'000);
            },
            "SELL", "100", "4", "");
        row(
            "cumulative mode: the other side's liquidations do not count",
            [](HunterFixture &f) { test(f).useThreshold = true; },
            [](HunterFixture &f) { f.feed(f.liquidation(u"BUY"_s, u"100", u"6")); }, "SELL", "100", "4", "");
        // Proximity to the mark (100)
        row("LONG: a liquidation price just under 1.01 × mark passes", none, none, "SELL", "100.99", "10", "LONG");
        row("LONG: a liquidation price at 1.01 × mark is refused", none, none, "SELL", "101", "10",
            "price far from mark");
        row("SHORT: a liquidation price at 0.99 × mark is refused", none, none, "BUY", "99", "30",
            "price far from mark");
        // VWAP protection
        const Setup vwapOn = [](HunterFixture &f) { test(f).vwapProtection = true; };
        row(
            "VWAP: LONG below the VWAP enters", vwapOn,
            [](HunterFixture &f) { candles(f, u"101", f.clock->nowMs() - 1); }, "SELL", "100", "10", "LONG");
        row(
            "VWAP: LONG above the VWAP is refused", vwapOn,
            [](HunterFixture &f) { candles(f, u"99", f.clock->nowMs() - 1); }, "SELL", "100", "10", "price above VWAP");
        row(
            "VWAP: SHORT above the VWAP enters", vwapOn,
            [](HunterFixture &f) { candles(f, u"99", f.clock->nowMs() - 1); }, "BUY", "100", "30", "SHORT");
        row(
            "VWAP: SHORT below the VWAP is refused", vwapOn,
            [](HunterFixture &f) { candles(f, u"101", f.clock->nowMs() - 1); }, "BUY", "100", "30", "price below VWAP");
        row("VWAP: no candles refuses instead of entering blindly", vwapOn, none, "SELL", "100", "10", "VWAP unknown");
        row(
            "VWAP: candles older than two timeframes (stream down) refuse", vwapOn,
            [](HunterFixture &f) { candles(f, u"101", f.clock->nowMs() - 121'000); }, "SELL", "100", "10",
            "VWAP unknown");
        row(
            "VWAP: only the configured timeframe counts",
            [](HunterFixture &f) {
                test(f).vwapProtection = true;
                test(f).vwapTimeframe = u"5m"_s;
            },
            [](HunterFixture &f) { candles(f, u"101", f.clock->nowMs() - 1); }, "SELL", "100", "10", "VWAP unknown");
        // Gates
        row(
            "paused refuses", none, [](HunterFixture &f) { f.hunter->setPaused(true); }, "SELL", "100", "10", "paused");
        row(
            "an entry in flight for the symbol and side refuses", none,
            [](HunterFixture &f) {
                EntryRequest r { u"TESTUSDT"_s, Side::Long, d(u"1"), OrderType::Limit, d(u"90"), TimeInForce::Gtc };
                QVERIFY(f.tm->enter(r).isAccepted);
            },
            "SELL", "100", "10", "entry in flight");
        row(
            "tranche limits: maxTranches open refuses",
            [](HunterFixture &f) {
                test(f).enableTrancheManagement = true;
                test(f).maxTranches = 1;
                test(f).maxIsolatedTranches = 1;
            },
            [](HunterFixture &f) { f.openTranche(u"TESTUSDT"_s, Side::Long, u"1", u"100"); }, "SELL", "100", "10",
            "max tranches");
        row(
            "tranche limits: isolated tranches with allowTrancheWhileIsolated off refuse",
            [](HunterFixture &f) {
                test(f).enableTrancheManagement = true;
                test(f).allowTrancheWhileIsolated = false;
            },
            [](HunterFixture &f) {
                f.openTranche(u"TESTUSDT"_s, Side::Long, u"1", u"110");
                f.mark(u"TESTUSDT"_s, d(u"100"));
            },
            "SELL", "100", "10", "isolated tranches open");
        row(
            "maxOpenPositions counts the other symbols' positions",
            [](HunterFixture &f) { f.config.global.maxOpenPositions = 1; },
            [](HunterFixture &f) { f.openTranche(u"OTHERUSDT"_s, Side::Long, u"1", u"100"); }, "SELL", "100", "10",
            "max open positions");
        row(
            "maxOpenPositions: the symbol's own position takes no new slot",
            [](HunterFixture &f) { f.config.global.maxOpenPositions = 1; },
            [](HunterFixture &f) { f.openTranche(u"TESTUSDT"_s, Side::Long, u"0.5", u"100"); }, "SELL", "100", "10",
            "LONG");
        row(
            "maxPositionMarginUSDT counts the open tranches' margin",
            [](HunterFixture &f) { test(f).maxPositionMarginUSDT = d(u"14.99"); },
            [](HunterFixture &f) { f.openTranche(u"TESTUSDT"_s, Side::Long, u"0.5", u"100"); }, "SELL", "100", "10",
            "max position margin");
        row(
            "maxPositionMarginUSDT with room left enters",
            [](HunterFixture &f) { test(f).maxPositionMarginUSDT = d(u"20"); },
            [](HunterFixture &f) { f.openTranche(u"TESTUSDT"_s, Side::Long, u"0.5", u"100"); }, "SELL", "100", "10",
            "LONG");
        row(
            "the available balance must cover the margin", none, [](HunterFixture &f) { f.balance(d(u"9.99")); },
            "SELL", "100", "10", "insufficient balance");
    }

    void triggersAndGates()
    {
        QFETCH(Setup, configure);
        QFETCH(Setup, prepare);
        QFETCH(QString, side);
        QFETCH(QString, price);
        QFETCH(QString, quantity);
        QFETCH(QString, expected);
        HunterFixture f;
        configure(f);
        f.start();
        prepare(f);
        const qsizetype entriesBefore = f.entries().size();
        QSignalSpy seen(f.hunter.get(), &LiquidationHunter::liquidationSeen);
        QSignalSpy sent(f.hunter.get(), &LiquidationHunter::entrySent);
        QSignalSpy refused(f.hunter.get(), &LiquidationHunter::entryRefused);
        Liquidation l = HunterFixture::liquidation(side, price, quantity);
        f.feed(l);
        QCOMPARE(seen.size(), 1);
        if (expected == u"LONG"_s || expected == u"SHORT"_s) {
            QCOMPARE(refused.size(), 0);
            QCOMPARE(sent.size(), 1);
            QCOMPARE(toString(sent.first().at(1).value<Side>()), expected);
            QCOMPARE(f.entries().size(), entriesBefore + 1);
        } else if (expected.isEmpty()) {
            QCOMPARE(sent.size(), 0);
            QCOMPARE(f.entries().size(), entriesBefore);
        } else {
            QCOMPARE(sent.size(), 0);
            QCOMPARE(refused.size(), 1);
            QCOMPARE(refused.first().at(2).toString(), expected);
            QCOMPARE(f.lastRefusalEvent(), expected);
            QCOMPARE(f.entries().size(), entriesBefore);
        }
    }

    void aSizeBelowMinQtyNamesTheMarginThatWouldWork()
    {
        HunterFixture f;
        test(f).tradeSize = d(u"0.00001");
        test(f).leverage = 1;
        f.config.symbols[u"TESTUSDT"_s].longVolumeThresholdUSDT = d(u"0");
        f.start();
        // minNotional 0 here so that the minQty rule, not the minNotional raise, decides.
        SymbolFilters filters = HunterFixture::filters(u"TESTUSDT"_s);
        filters.minNotional = Decimal();
        filters.minQty = d(u"0.01");
        f.ex->setFilters(filters);
        QSignalSpy refused(f.hunter.get(), &LiquidationHunter::entryRefused);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"1"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(2).toString(), u"quantity below minQty"_s);
        QVERIFY(f.store->eventLog.last().details.contains(u"\"marginNeeded\":\"1.01\""_s));
    }

    void theCooldownCountsOnlyEntriesSent_data()
    {
        QTest::addColumn<Setup>("refuseFirst");
        QTest::addColumn<Setup>("allowAgain");
        QTest::newRow("a paused attempt does not start the cooldown")
            << Setup([](HunterFixture &f) { f.hunter->setPaused(true); })
            << Setup([](HunterFixture &f) { f.hunter->setPaused(false); });
        QTest::newRow("an attempt refused for balance does not start the cooldown") << Setup(
            [](HunterFixture &f) { f.balance(d(u"1")); }) << Setup([](HunterFixture &f) { f.balance(d(u"10000")); });
        QTest::newRow("an entry the exchange rejected does not start the cooldown") << Setup([](HunterFixture &f) {
            f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"10"));
            QCOMPARE(f.entries().size(), 1);
            f.ex->reject(f.entries().last().clientOrderId, -2010, u"rejected"_s);
        }) << Setup([](HunterFixture &) {});
    }

    void theCooldownCountsOnlyEntriesSent()
    {
        QFETCH(Setup, refuseFirst);
        QFETCH(Setup, allowAgain);
        HunterFixture f;
        f.start();
        refuseFirst(f);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"10"));
        const qsizetype before = f.entries().size();
        allowAgain(f);
        f.clock->advanceMs(1000);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"11"));
        QCOMPARE(f.entries().size(), before + 1);
    }

    void theCooldownHoldsPerSymbolAndDirection()
    {
        HunterFixture f;
        f.config.global.positionMode = PositionMode::Hedge;
        f.start();
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"10"));
        QCOMPARE(f.entries().size(), 1);
        f.ex->acknowledge(f.entries().last().clientOrderId);
        f.ex->fill(f.entries().last().clientOrderId, f.entries().last().quantity, f.entries().last().price);
        QSignalSpy refused(f.hunter.get(), &LiquidationHunter::entryRefused);
        f.clock->advanceMs(29'999);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"12"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.last().at(2).toString(), u"cooldown"_s);
        // The other direction has its own cooldown.
        f.feed(HunterFixture::liquidation(u"BUY"_s, u"100", u"30"));
        QCOMPARE(f.entries().size(), 2);
        f.clock->advanceMs(1);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"13"));
        QCOMPARE(f.entries().size(), 3);
    }

    void theOrderTypeAndPrice_data()
    {
        QTest::addColumn<Setup>("configure");
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("liquidationPrice");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("timeInForce");
        QTest::addColumn<QString>("quantity");
        const Setup none = [](HunterFixture &) {};
        // Book 99.99 / 100.01: 2 bps of 99.99 is 0.019998 → 100.01; 2 bps of 100.01 → 99.99.
        QTest::newRow("LIMIT BUY at the bid plus the offset, sized at that price")
            << none << u"SELL"_s << u"100"_s << u"LIMIT"_s << u"100.01"_s << u"GTC"_s << u"0.999"_s;
        QTest::newRow("LIMIT SELL at the ask minus the offset")
            << none << u"BUY"_s << u"100"_s << u"LIMIT"_s << u"99.99"_s << u"GTC"_s << u"1"_s;
        QTest::newRow("an offset below one tick is one tick")
            << Setup([](HunterFixture &f) { test(f).priceOffsetBps = Decimal(); }) << u"SELL"_s << u"100"_s
            << u"LIMIT"_s << u"100"_s << u"GTC"_s << u"1"_s;
        QTest::newRow("post-only sends time in force GTX")
            << Setup([](HunterFixture &f) { test(f).usePostOnly = true; }) << u"SELL"_s << u"100"_s << u"LIMIT"_s
            << u"100.01"_s << u"GTX"_s << u"0.999"_s;
        QTest::newRow("orderType MARKET sends MARKET, sized at the ask")
            << Setup([](HunterFixture &f) { test(f).orderType = OrderType::Market; }) << u"SELL"_s << u"100"_s
            << u"MARKET"_s << u"0"_s << u"GTC"_s << u"0.999"_s;
        QTest::newRow("forceMarketEntry sends MARKET")
            << Setup([](HunterFixture &f) { test(f).forceMarketEntry = true; }) << u"SELL"_s << u"100"_s << u"MARKET"_s
            << u"0"_s << u"GTC"_s << u"0.999"_s;
        QTest::newRow("a LIMIT price more than maxSlippageBps from the liquidation falls back to MARKET")
            << Setup([](HunterFixture &f) { test(f).maxSlippageBps = d(u"1"); }) << u"SELL"_s << u"99.9"_s
            << u"MARKET"_s << u"0"_s << u"GTC"_s << u"0.999"_s;
        QTest::newRow("a LIMIT price exactly maxSlippageBps away stays LIMIT")
            << Setup([](HunterFixture &f) { test(f).maxSlippageBps = d(u"1"); }) << u"SELL"_s << u"100.00"_s
            << u"LIMIT"_s << u"100.01"_s << u"GTC"_s << u"0.999"_s;
        QTest::newRow("a notional below minNotional is raised to minNotional × 1.01") << Setup([](HunterFixture &f) {
            test(f).tradeSize = d(u"0.1");
            test(f).leverage = 1;
        }) << u"SELL"_s << u"100"_s << u"LIMIT"_s << u"100.01"_s << u"GTC"_s << u"0.051"_s;
        QTest::newRow("longTradeSize overrides tradeSize for LONG entries")
            << Setup([](HunterFixture &f) { test(f).longTradeSize = d(u"20"); }) << u"SELL"_s << u"100"_s << u"LIMIT"_s
            << u"100.01"_s << u"GTC"_s << u"1.999"_s;
    }

    void theOrderTypeAndPrice()
    {
        QFETCH(Setup, configure);
        QFETCH(QString, side);
        QFETCH(QString, liquidationPrice);
        QFETCH(QString, type);
        QFETCH(QString, price);
        QFETCH(QString, timeInForce);
        QFETCH(QString, quantity);
        HunterFixture f;
        f.config.symbols[u"TESTUSDT"_s].shortVolumeThresholdUSDT = d(u"0");
        f.config.symbols[u"TESTUSDT"_s].longVolumeThresholdUSDT = d(u"0");
        configure(f);
        f.start();
        f.feed(HunterFixture::liquidation(side, liquidationPrice, u"1"));
        QCOMPARE(f.entries().size(), 1);
        const OrderRequest r = f.entries().first(); // a copy: entries() is a temporary
        QCOMPARE(toString(r.type), type);
        QCOMPARE(r.price, Decimal::fromString(price));
        QCOMPARE(toString(r.timeInForce), timeInForce);
        QCOMPARE(r.quantity, Decimal::fromString(quantity));
    }

    void aMarketFallbackIsATrancheLikeAnyOther()
    {
        HunterFixture f;
        test(f).maxSlippageBps = d(u"1");
        f.start();
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"99.5", u"20"));
        QCOMPARE(f.entries().size(), 1);
        const OrderRequest entry = f.entries().first();
        QCOMPARE(toString(entry.type), u"MARKET"_s);
        f.ex->acknowledge(entry.clientOrderId);
        f.ex->fill(entry.clientOrderId, entry.quantity, d(u"100.01"));
        const auto open = f.tm->openTranches(u"TESTUSDT"_s);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().quantity, entry.quantity);
        int protective = 0;
        for (const OrderRecord &r : f.tm->liveOrders()) {
            protective += r.trancheId == open.first().id ? 1 : 0;
        }
        QCOMPARE(protective, 2);
    }

    void anUnfilledLimitEntryIsCancelledAfterItsTimeout()
    {
        HunterFixture f;
        test(f).entryTimeoutSeconds = 30;
        f.start();
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"10"));
        QCOMPARE(f.entries().size(), 1);
        const QString id = f.entries().first().clientOrderId;
        f.ex->acknowledge(id);
        f.clock->advanceMs(29'999);
        f.hunter->checkEntryTimeouts();
        QVERIFY(f.ex->cancelled.isEmpty());
        f.clock->advanceMs(1);
        f.hunter->onBookTicker(u"TESTUSDT"_s, d(u"99.99"), d(u"100.01"));
        QCOMPARE(f.ex->cancelled, QStringList { id });
        f.hunter->checkEntryTimeouts();
        QCOMPARE(f.ex->cancelled.size(), 1); // asked once
        f.ex->confirmCancel(id);
        QVERIFY(f.tm->openTranches().isEmpty());
        QVERIFY(f.tm->liveOrders().isEmpty());
        // Nothing is left in flight: after the cooldown the next signal enters.
        f.clock->advanceMs(30'000);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"11"));
        QCOMPARE(f.entries().size(), 2);
    }

    void aPartlyFilledEntryKeepsItsTrancheWhenTheRestIsCancelled()
    {
        HunterFixture f;
        f.start();
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"10"));
        const OrderRequest entry = f.entries().first();
        f.ex->acknowledge(entry.clientOrderId);
        f.ex->fill(entry.clientOrderId, d(u"0.5"), entry.price);
        f.clock->advanceMs(30'000);
        f.hunter->checkEntryTimeouts();
        f.ex->confirmCancel(entry.clientOrderId);
        const auto open = f.tm->openTranches();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().quantity, d(u"0.5"));
    }

    void leverageIsSetOncePerSymbolAndAgainAfterARejection()
    {
        HunterFixture f;
        f.start();
        const auto enterAndFill = [&f](const char16_t *quantity) {
            f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", quantity));
            const OrderRequest entry = f.entries().last();
            f.ex->acknowledge(entry.clientOrderId);
            f.ex->fill(entry.clientOrderId, entry.quantity, entry.price);
            f.clock->advanceMs(30'000);
        };
        enterAndFill(u"10");
        enterAndFill(u"11");
        QCOMPARE(f.ex->leverageRequests.size(), 1);
        QCOMPARE(f.ex->leverageRequests.first().second, 10);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"12"));
        f.ex->reject(f.entries().last().clientOrderId, -2019, u"Margin is insufficient."_s);
        f.clock->advanceMs(1000);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"13"));
        QCOMPARE(f.ex->leverageRequests.size(), 2);
    }

    void aRepeatedLiquidationIsShownAndTradedOnce()
    {
        HunterFixture f;
        f.start();
        QSignalSpy seen(f.hunter.get(), &LiquidationHunter::liquidationSeen);
        Liquidation l = HunterFixture::liquidation(u"SELL"_s, u"100", u"10");
        f.feed(l);
        f.feed(l);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(f.entries().size(), 1);
        QCOMPARE(f.hunter->recentLiquidations().size(), 1);
    }

    void theKillSwitchPausesAndClosesEverything()
    {
        HunterFixture f;
        f.start();
        f.openTranche(u"TESTUSDT"_s, Side::Long, u"1", u"100");
        QSignalSpy paused(f.hunter.get(), &LiquidationHunter::pausedChanged);
        f.hunter->closeAll();
        QVERIFY(f.hunter->isPaused());
        QCOMPARE(paused.size(), 1);
        bool hasClose = false;
        for (const OrderRequest &r : f.ex->placed) {
            hasClose = hasClose || r.clientOrderId.startsWith(u"tdC"_s);
        }
        QVERIFY(hasClose);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"10"));
        QCOMPARE(f.lastRefusalEvent(), u"paused"_s);
    }

    void everyLiquidationIsStoredAndOldOnesExpire()
    {
        HunterFixture f;
        f.start();
        MemoryLiquidationStore store;
        f.hunter->setLiquidationStore(&store, 7);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"1", u"1", u"UNLISTEDUSDT"_s));
        f.feed(HunterFixture::liquidation(u"BUY"_s, u"100", u"1"));
        QCOMPARE(store.rows.size(), 2);
        QCOMPARE(f.hunter->recentLiquidations().size(), 2);
        QCOMPARE(store.cutoffs, QList<qint64> { HunterFixture::kStart - 7 * 86'400'000LL });
        f.clock->advanceMs(3'600'000);
        f.feed(HunterFixture::liquidation(u"BUY"_s, u"100", u"2"));
        QCOMPARE(store.cutoffs.size(), 2);
    }

    void cumulativeModeReportsItsProgress()
    {
        HunterFixture f;
        test(f).useThreshold = true;
        f.start();
        QSignalSpy progress(f.hunter.get(), &LiquidationHunter::thresholdProgress);
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"3"));
        f.feed(HunterFixture::liquidation(u"SELL"_s, u"100", u"4"));
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.last().at(2).value<Decimal>(), d(u"700"));
        QCOMPARE(progress.last().at(3).value<Decimal>(), d(u"1000"));
    }
};

QTEST_GUILESS_MAIN(TestLiquidationHunter)
#include "tst_liquidationhunter.moc"
