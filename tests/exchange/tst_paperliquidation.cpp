// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10 item 6: the paper exchange liquidates and charges funding as the real one does.
#include "DecimalPrinter.h"
#include "FakeStore.h"
#include "PaperTestHelpers.h"
#include "common/Clock.h"
#include "demo/DemoMarket.h"
#include "paper/LeverageBrackets.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto Buy = OrderSide::Buy;
constexpr auto Sell = OrderSide::Sell;
constexpr qint64 kHourMs = 3'600'000;
// 2023-11-15 07:00:00 UTC: an hour before a funding time.
constexpr qint64 kSevenUtcMs = 1'700'031'600'000;
const QString kEth = u"ETHUSDT"_s;

PaperMatchingEngine::Settings noFees(const char16_t *balance = u"10000")
{
    PaperMatchingEngine::Settings settings;
    settings.takerFeePercent = Decimal();
    settings.makerFeePercent = Decimal();
    settings.startingBalance = d(balance);
    return settings;
}

QStringList fundingTrace(const QList<PaperEvent> &events)
{
    QStringList lines;
    for (const PaperEvent &e : events) {
        if (e.kind == PaperEvent::Kind::AccountUpdate && e.reason == u"FUNDING_FEE") {
            lines.append(u"FUNDING %1 %2 %3 at %4"_s.arg(
                e.symbol, toString(e.positions.first().positionSide), e.amount.toString(), QString::number(e.time)));
        }
    }
    return lines;
}

} // namespace

class TestPaperLiquidation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PaperMatchingEngine> m_engine;
    EventLog m_log;

    void makeEngine(const PaperMatchingEngine::Settings &settings)
    {
        m_engine = std::make_unique<PaperMatchingEngine>(m_clock.get(), settings);
        m_engine->addListener([this](const PaperEvent &event) { m_log(event); });
    }
    void open(const QString &symbol, OrderSide side, const char16_t *quantity, const char16_t *price)
    {
        m_engine->setMarkPrice(symbol, d(price));
        OrderRequest request = market(side, d(quantity), u"open_"_s + symbol);
        request.symbol = symbol;
        m_engine->placeOrder(request);
        QCOMPARE(m_log.fills().size(), 1);
        m_log.clear();
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(kSevenUtcMs);
        m_log.clear();
        makeEngine(noFees());
    }

    void bracketsFollowBinancesMaintenanceAmounts()
    {
        const LeverageBrackets majors = LeverageBrackets::majors();
        QCOMPARE(majors.brackets().size(), 10);
        QCOMPARE(majors.brackets()[1].maintenanceAmount, d(u"50"));
        QCOMPARE(majors.brackets()[2].maintenanceAmount, d(u"2550"));
        QCOMPARE(majors.brackets()[3].maintenanceAmount, d(u"122550"));
        QCOMPARE(majors.maintenanceMargin(d(u"100")), d(u"0.4"));
        // Continuous at a tier floor: 50,000 × 0.4 % = 50,000 × 0.5 % − 50.
        QCOMPARE(majors.maintenanceMargin(d(u"50000")), d(u"200"));
        QCOMPARE(majors.maintenanceMargin(d(u"60000")), d(u"250"));
        QCOMPARE(LeverageBrackets::largeAlts().maintenanceMargin(d(u"1000")), d(u"5"));
        QCOMPARE(LeverageBrackets::smallAlts().maintenanceMargin(d(u"1000")), d(u"10"));
        // A symbol without a table of its own gets the majors'.
        QCOMPARE(m_engine->leverageBrackets(u"NEWUSDT"_s).brackets().size(), 10);
    }

    // The demo market hands the paper exchange a table per symbol: a thinner market needs more
    // maintenance margin, so the same isolated long at 10x is liquidated sooner.
    void demoSymbolsHaveTheirOwnBrackets()
    {
        DemoMarket demo(m_engine.get(), m_clock.get());
        QCOMPARE(m_engine->leverageBrackets(u"BTCUSDT"_s).brackets().first().maintenanceMarginRate, d(u"0.004"));
        QCOMPARE(m_engine->leverageBrackets(u"SOLUSDT"_s).brackets().first().maintenanceMarginRate, d(u"0.005"));
        QCOMPARE(m_engine->leverageBrackets(u"ASTERUSDT"_s).brackets().first().maintenanceMarginRate, d(u"0.01"));
        for (const QString &symbol : { u"BTCUSDT"_s, u"ASTERUSDT"_s }) {
            QVERIFY(m_engine->setMarginType(symbol, MarginType::Isolated));
            m_engine->setMarkPrice(symbol, d(u"100"));
            OrderRequest request = market(Buy, d(u"1"), u"open_"_s + symbol);
            request.symbol = symbol;
            m_engine->placeOrder(request);
        }
        // (100 − 10) / (1 − mmr): 90.36 with 0.4 %, 90.91 with 1 %.
        QCOMPARE(m_engine->liquidationPrice(u"BTCUSDT"_s, PositionSide::Both)->toString(2), u"90.36"_s);
        QCOMPARE(m_engine->liquidationPrice(u"ASTERUSDT"_s, PositionSide::Both)->toString(2), u"90.91"_s);
    }

    void isolatedPositionIsLiquidatedAtItsLiquidationPrice_data()
    {
        QTest::addColumn<int>("sideValue");
        QTest::addColumn<Decimal>("liquidationPrice");
        QTest::addColumn<Decimal>("survivingMark");
        QTest::addColumn<Decimal>("fatalMark");
        QTest::addColumn<QString>("fill");
        QTest::addColumn<Decimal>("realized");
        // (entry·Q − margin − cum) / (Q·(1 − mmr)) with margin 10, mmr 0.4 %, cum 0.
        QTest::newRow("LONG 1 @ 100 at 10x: 85 is past 90.36 (the issue's example)")
            << int(Buy) << d(u"90.361445783132530120") << d(u"90.37") << d(u"85") << u"1@90.36"_s << d(u"-9.64");
        QTest::newRow("SHORT 1 @ 100 at 10x: 112 is past 109.57")
            << int(Sell) << d(u"109.561752988047808765") << d(u"109.56") << d(u"112") << u"1@109.57"_s << d(u"-9.57");
    }
    void isolatedPositionIsLiquidatedAtItsLiquidationPrice()
    {
        QFETCH(int, sideValue);
        const auto side = OrderSide(sideValue);
        QFETCH(Decimal, liquidationPrice);
        QFETCH(Decimal, survivingMark);
        QFETCH(Decimal, fatalMark);
        QFETCH(QString, fill);
        QFETCH(Decimal, realized);
        QVERIFY(m_engine->setMarginType(kSymbol, MarginType::Isolated));
        open(kSymbol, side, u"1", u"100");
        QCOMPARE(m_engine->liquidationPrice(kSymbol, PositionSide::Both), std::optional(liquidationPrice));

        m_engine->setMarkPrice(kSymbol, survivingMark);
        QCOMPARE(m_log.trace(), QStringList { u"MARK "_s + survivingMark.toString() });
        m_log.clear();

        m_engine->setMarkPrice(kSymbol, fatalMark);
        QCOMPARE(m_log.trace(),
            (QStringList { u"CALCULATED FILLED autoclose-2 "_s + fill, u"ACCOUNT BOTH 0@0"_s,
                u"MARK "_s + fatalMark.toString() }));
        const OrderUpdate liquidation = m_log.fills().first();
        QCOMPARE(toString(liquidation.execution), u"CALCULATED"_s);
        QVERIFY(liquidation.side == (side == Buy ? Sell : Buy));
        QVERIFY(liquidation.reduceOnly);
        QCOMPARE(liquidation.realizedProfit, realized);
        QCOMPARE(m_engine->walletBalance(), d(u"10000") + realized);
        QVERIFY(m_engine->positions().isEmpty());
    }

    void crossMarginIsBackedByTheWallet()
    {
        // The same LONG at 10x under cross margin: a wallet of 10,000 carries it far past 85.
        open(kSymbol, Buy, u"1", u"100");
        m_engine->setMarkPrice(kSymbol, d(u"85"));
        m_engine->setMarkPrice(kSymbol, d(u"5"));
        QCOMPARE(m_log.fills().size(), 0);
        QCOMPARE(m_engine->positions().size(), 1);
    }

    void crossMarginLiquidatesTheAccountWhenTwoPositionsSinkIt()
    {
        makeEngine(noFees(u"100"));
        open(kSymbol, Buy, u"1", u"100");
        open(kEth, Buy, u"10", u"10");
        // ETH halves: −50 of the 100 wallet, still far above the maintenance margins (0.4 + 0.2).
        m_engine->setMarkPrice(kEth, d(u"5"));
        QCOMPARE(m_log.fills().size(), 0);
        // BTC's liquidation price counts ETH's loss and maintenance (Binance's UPNL1 and TMM1):
        // (100 − 100 − (−50 − 0.2)) / (1 − 0.004).
        QCOMPARE(m_engine->liquidationPrice(kSymbol, PositionSide::Both), std::optional(d(u"50.401606425702811245")));
        m_engine->setMarkPrice(kSymbol, d(u"50.5"));
        QCOMPARE(m_log.fills().size(), 0);
        m_log.clear();

        m_engine->setMarkPrice(kSymbol, d(u"50"));
        QCOMPARE(m_log.trace(),
            (QStringList { u"CALCULATED FILLED autoclose-3 1@50.4"_s, u"ACCOUNT BOTH 0@0"_s,
                u"CALCULATED FILLED autoclose-4 10@5"_s, u"ACCOUNT BOTH 0@0"_s, u"MARK 50"_s }));
        QCOMPARE(m_log.fills()[1].symbol, kEth);
        QVERIFY(m_engine->positions().isEmpty());
        QCOMPARE(m_engine->walletBalance(), d(u"0.4")); // 100 − 49.6 − 50
    }

    void crossMarginWithOnePositionSurvivesTheSameMark()
    {
        makeEngine(noFees(u"100"));
        open(kSymbol, Buy, u"1", u"100");
        m_engine->setMarkPrice(kSymbol, d(u"50"));
        QCOMPARE(m_log.fills().size(), 0);
        // Alone it goes at (100 − 100) / 0.996: never at a positive price it can reach first.
        QCOMPARE(m_engine->liquidationPrice(kSymbol, PositionSide::Both), std::nullopt);
    }

    void isolatedLossLeavesCrossPositionsAlone()
    {
        makeEngine(noFees(u"100"));
        QVERIFY(m_engine->setMarginType(kEth, MarginType::Isolated));
        open(kSymbol, Buy, u"1", u"100");
        open(kEth, Buy, u"10", u"10");
        m_engine->setMarkPrice(kEth, d(u"5"));
        // Only the isolated ETH position went, at (100 − 10) / (10 · 0.996) = 9.036…
        QCOMPARE(m_log.fills().size(), 1);
        QCOMPARE(describe(m_log.fills().first()), u"CALCULATED FILLED autoclose-3 10@9.03"_s);
        QCOMPARE(m_engine->positions().size(), 1);
        QCOMPARE(m_engine->positions().first().symbol, kSymbol);
    }

    void stopReachedBeforeLiquidationFiresFirst()
    {
        QVERIFY(m_engine->setMarginType(kSymbol, MarginType::Isolated));
        open(kSymbol, Buy, u"1", u"100");
        m_engine->placeOrder(stop(OrderType::StopMarket, Sell, d(u"1"), d(u"95"), u"sl"_s, true));
        m_log.clear();
        m_engine->setMarkPrice(kSymbol, d(u"85"));
        QCOMPARE(m_log.fills().size(), 1);
        QCOMPARE(describe(m_log.fills().first()), u"TRADE FILLED sl 1@85"_s);
    }

    void hedgeModeLiquidatesOneSide()
    {
        PaperMatchingEngine::Settings settings = noFees();
        settings.positionMode = PositionMode::Hedge;
        makeEngine(settings);
        QVERIFY(m_engine->setMarginType(kSymbol, MarginType::Isolated));
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->placeOrder(withPositionSide(market(Buy, d(u"1"), u"long"_s), PositionSide::Long));
        m_engine->placeOrder(withPositionSide(market(Sell, d(u"1"), u"short"_s), PositionSide::Short));
        m_log.clear();
        m_engine->setMarkPrice(kSymbol, d(u"85"));
        QCOMPARE(m_log.fills().size(), 1);
        QVERIFY(m_log.fills().first().positionSide == PositionSide::Long);
        QVERIFY(!m_log.fills().first().reduceOnly); // reduceOnly is not sent in hedge mode
        QCOMPARE(m_engine->positions().size(), 1);
        QVERIFY(m_engine->positions().first().positionSide == PositionSide::Short);
    }

    void marginTypeCannotChangeUnderAPosition()
    {
        QVERIFY(m_engine->marginType(kSymbol) == MarginType::Crossed);
        open(kSymbol, Buy, u"1", u"100");
        const auto refused = m_engine->setMarginType(kSymbol, MarginType::Isolated);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, -4048);
        QVERIFY(m_engine->setMarginType(kSymbol, MarginType::Crossed)); // -4046: already so
        QVERIFY(m_engine->setMarginType(kEth, MarginType::Isolated));
        QVERIFY(m_engine->marginType(kEth) == MarginType::Isolated);
    }

    void fundingIsPaidEveryEightHoursUtc_data()
    {
        QTest::addColumn<int>("sideValue");
        QTest::addColumn<Decimal>("ratePercent");
        QTest::addColumn<Decimal>("atEight"); // mark 100 stood at 08:00
        QTest::addColumn<Decimal>("atSixteen"); // mark 110 stood at 16:00
        // notional × rate: 2 × 100 × 0.01 % = 0.02; 2 × 110 × 0.01 % = 0.022.
        QTest::newRow("a long pays a positive rate") << int(Buy) << d(u"0.01") << d(u"-0.02") << d(u"-0.022");
        QTest::newRow("a short receives it") << int(Sell) << d(u"0.01") << d(u"0.02") << d(u"0.022");
        QTest::newRow("a long receives a negative rate") << int(Buy) << d(u"-0.05") << d(u"0.1") << d(u"0.11");
        QTest::newRow("a short pays it") << int(Sell) << d(u"-0.05") << d(u"-0.1") << d(u"-0.11");
    }
    void fundingIsPaidEveryEightHoursUtc()
    {
        QFETCH(int, sideValue);
        const auto side = OrderSide(sideValue);
        QFETCH(Decimal, ratePercent);
        QFETCH(Decimal, atEight);
        QFETCH(Decimal, atSixteen);
        PaperMatchingEngine::Settings settings = noFees();
        settings.fundingRatePercent = ratePercent;
        makeEngine(settings);
        QCOMPARE(m_engine->lastFundingTime(), kSevenUtcMs - 7 * kHourMs); // 00:00 UTC that day
        open(kSymbol, side, u"2", u"100");

        m_clock->setMs(kSevenUtcMs + kHourMs - 1); // 07:59:59.999
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        QCOMPARE(fundingTrace(m_log.events), QStringList());
        m_log.clear();

        m_clock->setMs(kSevenUtcMs + kHourMs); // 08:00:00.000
        m_engine->setMarkPrice(kSymbol, d(u"110"));
        const qint64 eight = kSevenUtcMs + kHourMs;
        QCOMPARE(fundingTrace(m_log.events),
            QStringList { u"FUNDING BTCUSDT BOTH %1 at %2"_s.arg(atEight.toString()).arg(eight) });
        QCOMPARE(m_engine->walletBalance(), d(u"10000") + atEight);
        QCOMPARE(m_log.events.first().walletBalance, d(u"10000") + atEight);
        m_log.clear();

        m_clock->setMs(eight + 8 * kHourMs - 1);
        m_engine->setMarkPrice(kSymbol, d(u"110"));
        QCOMPARE(fundingTrace(m_log.events), QStringList());
        m_clock->setMs(eight + 8 * kHourMs + 5000);
        m_engine->setMarkPrice(kSymbol, d(u"110"));
        QCOMPARE(fundingTrace(m_log.events),
            QStringList { u"FUNDING BTCUSDT BOTH %1 at %2"_s.arg(atSixteen.toString()).arg(eight + 8 * kHourMs) });
        QCOMPARE(m_engine->walletBalance(), d(u"10000") + atEight + atSixteen);
        QCOMPARE(m_engine->lastFundingTime(), eight + 8 * kHourMs);
    }

    void fundingMissedWhileAwayIsPaidForEveryPeriod()
    {
        open(kSymbol, Buy, u"1", u"100");
        m_clock->setMs(kSevenUtcMs + 25 * kHourMs); // 08:00 today → 16:00, 00:00, 08:00 tomorrow
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        QCOMPARE(fundingTrace(m_log.events).size(), 4);
        QCOMPARE(m_engine->walletBalance(), d(u"9999.96"));
    }

    void noPositionNoFunding()
    {
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_clock->setMs(kSevenUtcMs + 2 * kHourMs);
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        QCOMPARE(fundingTrace(m_log.events), QStringList());
        QCOMPARE(m_engine->lastFundingTime(), kSevenUtcMs + kHourMs);
    }

    void fundingReachesTheAppAsAFundingFee()
    {
        PaperExchange exchange(m_engine.get());
        QSignalSpy funding(&exchange, &Exchange::fundingFeeReceived);
        QSignalSpy balance(&exchange, &Exchange::balanceUpdated);
        QSignalSpy account(&exchange, &Exchange::accountUpdated);
        open(kSymbol, Sell, u"2", u"100");
        account.clear();
        m_clock->setMs(kSevenUtcMs + kHourMs);
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        QCOMPARE(funding.size(), 1);
        const auto position = funding.first().at(0).value<PositionSnapshot>();
        QCOMPARE(position.symbol, kSymbol);
        QCOMPARE(position.amount, d(u"-2"));
        QCOMPARE(funding.first().at(1).value<Decimal>(), d(u"0.02"));
        QCOMPARE(funding.first().at(2).toLongLong(), kSevenUtcMs + kHourMs);
        QCOMPARE(balance.size(), 1);
        QCOMPARE(balance.first().at(1).value<Decimal>(), d(u"10000.02"));
        QCOMPARE(account.size(), 0); // no position changed: nothing to reconcile
    }

    void marginTypesAndFundingTimeSurviveARestart()
    {
        QVERIFY(m_engine->setMarginType(kEth, MarginType::Isolated));
        m_clock->setMs(kSevenUtcMs + 2 * kHourMs);
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        const QJsonObject state = m_engine->saveState();
        makeEngine(noFees());
        QVERIFY(m_engine->marginType(kEth) == MarginType::Crossed);
        QVERIFY(m_engine->restoreState(state));
        QVERIFY(m_engine->marginType(kEth) == MarginType::Isolated);
        QCOMPARE(m_engine->lastFundingTime(), kSevenUtcMs + kHourMs);

        QJsonObject damaged = state;
        damaged.insert(u"marginTypes"_s, QJsonObject { { kEth, u"CROSS"_s } });
        const auto refused = m_engine->restoreState(damaged);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"marginTypes.ETHUSDT"_s));
    }

    // The example end to end: the tranche engine sees Binance's liquidation order and
    // records a liquidated close with the loss in realized P&L.
    void trancheEngineRecordsTheLiquidation()
    {
        PaperExchange exchange(m_engine.get());
        trd::test::FakeStore store;
        TrancheManager manager(&exchange, &store, m_clock.get());
        manager.setTimersEnabled(false);
        AppConfig config;
        SymbolConfig symbol;
        symbol.marginType = MarginType::Isolated;
        symbol.leverage = 10;
        symbol.slPercent = d(u"20");
        config.symbols.insert(kSymbol, symbol);
        m_engine->applyConfig(config);
        manager.setConfig(config);
        QVERIFY(manager.start());
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        EntryRequest entry;
        entry.symbol = kSymbol;
        entry.side = Side::Long;
        entry.quantity = d(u"1");
        QVERIFY(manager.enter(entry).isAccepted);
        QTRY_COMPARE(manager.openTranches(kSymbol).size(), 1);
        QCOMPARE(manager.openTranches(kSymbol).first().slPrice, d(u"80"));

        QSignalSpy closed(&manager, &TrancheManager::trancheClosed);
        QSignalSpy events(&manager, &TrancheManager::eventRecorded);
        m_engine->setMarkPrice(kSymbol, d(u"85"));
        QTRY_COMPARE(closed.size(), 1);
        const auto tranche = closed.first().first().value<Tranche>();
        QCOMPARE(toString(tranche.status), u"liquidated"_s);
        QCOMPARE(toString(tranche.closeReason), u"liquidation"_s);
        QCOMPARE(tranche.exitPrice, d(u"90.36"));
        // −9.64 of price, the 0.04 % taker fee of the entry (0.04) and of the liquidation (0.036144).
        QCOMPARE(tranche.realizedPnl, d(u"-9.716144"));
        QVERIFY(tranche.exitOrderId.startsWith(u"autoclose-"_s));
        bool hasClosedEvent = false;
        for (const QList<QVariant> &args : std::as_const(events)) {
            const auto e = args.first().value<TrancheEvent>();
            hasClosedEvent = hasClosedEvent || (e.type == EventType::Closed && e.reason == u"liquidation"_s);
        }
        QVERIFY(hasClosedEvent);
        QVERIFY(manager.openTranches(kSymbol).isEmpty());
        QVERIFY(m_engine->positions().isEmpty());
        // Its stop and take-profit are cancelled with it.
        QTRY_VERIFY(m_engine->openOrders(kSymbol).isEmpty());
    }

    // Funding reaches the tranches: shared by quantity, in fundingFee and in realized P&L.
    void trancheEngineSharesFundingByQuantity()
    {
        PaperMatchingEngine::Settings settings = noFees();
        settings.positionMode = PositionMode::Hedge;
        makeEngine(settings);
        PaperExchange exchange(m_engine.get());
        trd::test::FakeStore store;
        TrancheManager manager(&exchange, &store, m_clock.get());
        manager.setTimersEnabled(false);
        AppConfig config;
        config.global.positionMode = PositionMode::Hedge;
        config.global.paperTakerFeePercent = Decimal();
        config.global.paperMakerFeePercent = Decimal();
        SymbolConfig symbol;
        symbol.enableTrancheManagement = true; // one tranche per entry
        symbol.slPercent = d(u"5");
        config.symbols.insert(kSymbol, symbol);
        m_engine->applyConfig(config);
        manager.setConfig(config);
        QVERIFY(manager.start());
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        const auto enter = [&](Side side, const char16_t *quantity) {
            EntryRequest entry;
            entry.symbol = kSymbol;
            entry.side = side;
            entry.quantity = d(quantity);
            QVERIFY(manager.enter(entry).isAccepted);
        };
        enter(Side::Long, u"1");
        enter(Side::Long, u"3");
        enter(Side::Short, u"2");
        QTRY_COMPARE(manager.openTranches(kSymbol).size(), 3);

        m_clock->setMs(kSevenUtcMs + kHourMs); // 08:00 UTC, mark 100, rate 0.01 %
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        // LONG 4 pays 0.04: 0.01 and 0.03; SHORT 2 receives 0.02.
        QTRY_COMPARE(manager.openTranches(kSymbol, Side::Short).first().fundingFee, d(u"0.02"));
        QStringList longs;
        for (const Tranche &t : manager.openTranches(kSymbol, Side::Long)) {
            longs.append(
                t.quantity.toString() + u": "_s + t.fundingFee.toString() + u" / "_s + t.realizedPnl.toString());
        }
        longs.sort();
        QCOMPARE(longs, (QStringList { u"1: -0.01 / -0.01"_s, u"3: -0.03 / -0.03"_s }));
        QCOMPARE(manager.openTranches(kSymbol, Side::Short).first().realizedPnl, d(u"0.02"));
        QCOMPARE(m_engine->walletBalance(), d(u"9999.98"));
    }

    // The app restores the saved state and then applies the configuration at every start: the
    // starting balance must move the wallet once, when it changes, not at every start.
    void startingBalanceMovesTheWalletOnceAcrossRestarts()
    {
        AppConfig config;
        config.global.paperStartingBalanceUSDT = d(u"2500");
        m_engine->applyConfig(config);
        QCOMPARE(m_engine->walletBalance(), d(u"2500"));
        for (int start = 0; start < 2; ++start) {
            const QJsonObject state = m_engine->saveState();
            makeEngine(noFees());
            QVERIFY(m_engine->restoreState(state));
            m_engine->applyConfig(config);
            QCOMPARE(m_engine->walletBalance(), d(u"2500"));
        }
        config.global.paperStartingBalanceUSDT = d(u"3000");
        m_engine->applyConfig(config);
        QCOMPARE(m_engine->walletBalance(), d(u"3000"));
    }

    void configurationSetsThePaperKeys()
    {
        AppConfig config;
        config.global.paperStartingBalanceUSDT = d(u"2500");
        config.global.paperFundingRatePercent = d(u"-0.02");
        config.global.paperTakerFeePercent = d(u"0.05");
        SymbolConfig isolated;
        isolated.marginType = MarginType::Isolated;
        isolated.leverage = 20;
        config.symbols.insert(kEth, isolated);
        m_engine->applyConfig(config);
        QCOMPARE(m_engine->walletBalance(), d(u"2500"));
        QCOMPARE(m_engine->settings().fundingRatePercent, d(u"-0.02"));
        QCOMPARE(m_engine->settings().takerFeePercent, d(u"0.05"));
        QVERIFY(m_engine->marginType(kEth) == MarginType::Isolated);
        QCOMPARE(m_engine->leverage(kEth), 20);
    }
};

QTEST_GUILESS_MAIN(TestPaperLiquidation)
#include "tst_paperliquidation.moc"
