// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "PaperTestHelpers.h"
#include "common/Clock.h"
#include "paper/PaperMatchingEngine.h"

#include <QTest>

#include <memory>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto Buy = OrderSide::Buy;
constexpr auto Sell = OrderSide::Sell;
constexpr auto Tp = OrderType::TakeProfitMarket;
constexpr auto Sl = OrderType::StopMarket;
constexpr qint64 kStartMs = 1'700'000'000'000;

PaperMatchingEngine::Settings noFees()
{
    PaperMatchingEngine::Settings settings;
    settings.takerFeePercent = Decimal();
    settings.makerFeePercent = Decimal();
    return settings;
}

} // namespace

class TestPaperMatchingEngine : public QObject
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
    // A long of `quantity` opened at `price` by a market order, the log cleared afterwards.
    void openLong(const char16_t *quantity, const char16_t *price)
    {
        m_engine->setMarkPrice(kSymbol, d(price));
        m_engine->placeOrder(market(Buy, d(quantity), u"open"_s));
        m_log.clear();
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(kStartMs);
        m_log.clear();
        makeEngine(PaperMatchingEngine::Settings());
    }

    void marketFillsAtTheMarkWithSlippage_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<Decimal>("mark");
        QTest::addColumn<Decimal>("slippageBps");
        QTest::addColumn<Decimal>("fillPrice");
        QTest::newRow("no slippage: BUY at the mark") << int(Buy) << d(u"100") << d(u"0") << d(u"100");
        QTest::newRow("no slippage: SELL at the mark") << int(Sell) << d(u"100") << d(u"0") << d(u"100");
        QTest::newRow("10 bps: BUY pays more") << int(Buy) << d(u"50000") << d(u"10") << d(u"50050");
        QTest::newRow("10 bps: SELL gets less") << int(Sell) << d(u"50000") << d(u"10") << d(u"49950");
        QTest::newRow("BUY slippage rounds up to the tick") << int(Buy) << d(u"100.01") << d(u"5") << d(u"100.07");
        QTest::newRow("SELL slippage rounds down to the tick") << int(Sell) << d(u"100.01") << d(u"5") << d(u"99.95");
    }
    void marketFillsAtTheMarkWithSlippage()
    {
        QFETCH(int, side);
        QFETCH(Decimal, mark);
        QFETCH(Decimal, slippageBps);
        QFETCH(Decimal, fillPrice);
        auto settings = PaperMatchingEngine::Settings();
        settings.slippageBps = slippageBps;
        makeEngine(settings);
        m_engine->setMarkPrice(kSymbol, mark);
        m_log.clear();
        m_engine->placeOrder(market(OrderSide(side), d(u"1"), u"m1"_s));

        const QString sign = side == int(Buy) ? QString() : u"-"_s;
        QCOMPARE(m_log.trace(),
            QStringList({ u"NEW m1"_s, u"TRADE FILLED m1 1@"_s + fillPrice.toString(),
                u"ACCOUNT BOTH "_s + sign + u"1@"_s + fillPrice.toString() }));
        const OrderUpdate fill = m_log.fills().first();
        QVERIFY(!fill.isMaker);
        QCOMPARE(fill.averagePrice, fillPrice);
        QCOMPARE(fill.cumulativeQuantity, d(u"1"));
        QCOMPARE(fill.quantity, d(u"1"));
        QCOMPARE(fill.time, kStartMs);
        QCOMPARE(fill.orderId, qint64(1));
        QCOMPARE(fill.tradeId, qint64(1));
    }

    void limitOrdersTakeOrRestAndFillAsMaker_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<Decimal>("price");
        QTest::addColumn<Decimal>("nextMark"); // after placement at mark 100
        QTest::addColumn<QString>("fill"); // empty: still resting after nextMark
        QTest::addColumn<bool>("isMaker");
        QTest::newRow("BUY above the mark fills at once at the mark as taker")
            << int(Buy) << d(u"101") << d(u"100") << u"1@100"_s << false;
        QTest::newRow("BUY at the mark is marketable") << int(Buy) << d(u"100") << d(u"100") << u"1@100"_s << false;
        QTest::newRow("SELL below the mark fills at once at the mark as taker")
            << int(Sell) << d(u"99") << d(u"100") << u"1@100"_s << false;
        QTest::newRow("resting BUY fills at its price as maker when the mark touches it")
            << int(Buy) << d(u"95") << d(u"95") << u"1@95"_s << true;
        QTest::newRow("resting BUY fills at its price when the mark gaps through")
            << int(Buy) << d(u"95") << d(u"90") << u"1@95"_s << true;
        QTest::newRow("resting BUY waits while the mark stays above")
            << int(Buy) << d(u"95") << d(u"95.01") << QString() << true;
        QTest::newRow("resting SELL fills at its price as maker")
            << int(Sell) << d(u"105") << d(u"106") << u"1@105"_s << true;
        QTest::newRow("resting SELL waits below its price")
            << int(Sell) << d(u"105") << d(u"104.99") << QString() << true;
    }
    void limitOrdersTakeOrRestAndFillAsMaker()
    {
        QFETCH(int, side);
        QFETCH(Decimal, price);
        QFETCH(Decimal, nextMark);
        QFETCH(QString, fill);
        QFETCH(bool, isMaker);
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_log.clear();
        m_engine->placeOrder(limit(OrderSide(side), d(u"1"), price, u"l1"_s));
        if (isMaker) {
            QCOMPARE(m_log.trace(), QStringList { u"NEW l1"_s });
            QCOMPARE(m_engine->openOrders(kSymbol).size(), 1);
            m_engine->setMarkPrice(kSymbol, nextMark);
        }
        if (fill.isEmpty()) {
            QVERIFY(m_log.fills().isEmpty());
            QCOMPARE(m_engine->openOrders().size(), 1);
            QCOMPARE(m_engine->openOrders().first().price, price);
            return;
        }
        QCOMPARE(m_log.fills().size(), 1);
        QCOMPARE(describe(m_log.fills().first()), u"TRADE FILLED l1 "_s + fill);
        QCOMPARE(m_log.fills().first().isMaker, isMaker);
        QVERIFY(m_engine->openOrders().isEmpty());
        if (isMaker) {
            // Resting orders are matched before the mark itself is published.
            QCOMPARE(m_log.trace().last(), u"MARK "_s + nextMark.toString());
        }
    }

    void postOnlyIsRejectedWhenItWouldTake()
    {
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_log.clear();
        m_engine->placeOrder(limit(Buy, d(u"1"), d(u"100"), u"gtx1"_s, TimeInForce::Gtx));
        m_engine->placeOrder(limit(Buy, d(u"1"), d(u"99"), u"gtx2"_s, TimeInForce::Gtx));
        QCOMPARE(m_log.trace(), QStringList({ u"REJECTED gtx1 -5022"_s, u"NEW gtx2"_s }));
        QCOMPARE(m_engine->openOrders().size(), 1);
    }

    void immediateOrCancelLimitExpiresUnlessMarketable()
    {
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_log.clear();
        m_engine->placeOrder(limit(Buy, d(u"1"), d(u"99"), u"ioc"_s, TimeInForce::Ioc));
        QCOMPARE(m_log.trace(), QStringList({ u"NEW ioc"_s, u"EXPIRED EXPIRED ioc"_s }));
        QVERIFY(m_engine->openOrders().isEmpty());
    }

    void stopsTriggerOnTheMark_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("side");
        QTest::addColumn<Decimal>("stopPrice");
        QTest::addColumn<Decimal>("nextMark"); // after placement at mark 100
        QTest::addColumn<Decimal>("slippageBps");
        QTest::addColumn<QString>("fill"); // empty: still resting
        const int tp = int(Tp), sl = int(Sl), buy = int(Buy), sell = int(Sell);
        QTest::newRow("TP SELL triggers when the mark reaches the stop exactly")
            << tp << sell << d(u"110") << d(u"110") << d(u"0") << u"1@110"_s;
        QTest::newRow("TP SELL fills at the mark that passed the stop")
            << tp << sell << d(u"110") << d(u"112.5") << d(u"0") << u"1@112.5"_s;
        QTest::newRow("TP SELL waits a tick below") << tp << sell << d(u"110") << d(u"109.99") << d(u"0") << QString();
        QTest::newRow("TP BUY triggers when the mark falls to the stop")
            << tp << buy << d(u"90") << d(u"90") << d(u"0") << u"1@90"_s;
        QTest::newRow("TP BUY waits a tick above") << tp << buy << d(u"90") << d(u"90.01") << d(u"0") << QString();
        QTest::newRow("STOP SELL triggers when the mark falls to the stop")
            << sl << sell << d(u"90") << d(u"90") << d(u"0") << u"1@90"_s;
        QTest::newRow("STOP SELL waits a tick above") << sl << sell << d(u"90") << d(u"90.01") << d(u"0") << QString();
        QTest::newRow("STOP BUY triggers when the mark rises to the stop")
            << sl << buy << d(u"110") << d(u"110") << d(u"0") << u"1@110"_s;
        QTest::newRow("STOP BUY waits a tick below") << sl << buy << d(u"110") << d(u"109.99") << d(u"0") << QString();
        QTest::newRow("triggered STOP SELL slips like a market order")
            << sl << sell << d(u"90") << d(u"90") << d(u"10") << u"1@89.91"_s;
        QTest::newRow("triggered STOP BUY slips like a market order")
            << sl << buy << d(u"110") << d(u"110") << d(u"10") << u"1@110.11"_s;
    }
    void stopsTriggerOnTheMark()
    {
        QFETCH(int, type);
        QFETCH(int, side);
        QFETCH(Decimal, stopPrice);
        QFETCH(Decimal, nextMark);
        QFETCH(Decimal, slippageBps);
        QFETCH(QString, fill);
        auto settings = PaperMatchingEngine::Settings();
        settings.slippageBps = slippageBps;
        makeEngine(settings);
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->placeOrder(stop(OrderType(type), OrderSide(side), d(u"1"), stopPrice, u"s1"_s));
        QCOMPARE(toString(m_log.lastOrderUpdate().status), u"NEW"_s);
        m_log.clear();
        m_engine->setMarkPrice(kSymbol, nextMark);
        if (fill.isEmpty()) {
            QCOMPARE(m_log.trace(), QStringList { u"MARK "_s + nextMark.toString() });
            QCOMPARE(m_engine->openOrders().size(), 1);
            return;
        }
        QCOMPARE(m_log.trace().first(), u"TRADE FILLED s1 "_s + fill);
        QCOMPARE(m_log.trace().last(), u"MARK "_s + nextMark.toString());
        QVERIFY(!m_log.fills().first().isMaker);
        QCOMPARE(m_log.fills().first().stopPrice, stopPrice);
        QVERIFY(m_engine->openOrders().isEmpty());
    }

    void feesAreChargedOnNotional_data()
    {
        QTest::addColumn<bool>("isMaker");
        QTest::addColumn<Decimal>("fee");
        QTest::newRow("taker 0.04% of a notional of 100 is 0.04") << false << d(u"0.04");
        QTest::newRow("maker 0.02% of a notional of 100 is 0.02") << true << d(u"0.02");
    }
    void feesAreChargedOnNotional()
    {
        QFETCH(bool, isMaker);
        QFETCH(Decimal, fee);
        if (isMaker) {
            m_engine->setMarkPrice(kSymbol, d(u"101"));
            m_engine->placeOrder(limit(Buy, d(u"1"), d(u"100"), u"f"_s));
            m_engine->setMarkPrice(kSymbol, d(u"100"));
        } else {
            m_engine->setMarkPrice(kSymbol, d(u"100"));
            m_engine->placeOrder(market(Buy, d(u"1"), u"f"_s));
        }
        QCOMPARE(m_log.fills().size(), 1);
        QCOMPARE(m_log.fills().first().isMaker, isMaker);
        QCOMPARE(m_log.fills().first().fee, fee);
        QCOMPARE(m_engine->walletBalance(), d(u"10000") - fee);
    }

    void realizedProfitAndWalletFollowEveryFill()
    {
        openLong(u"2", u"100");
        m_engine->setMarkPrice(kSymbol, d(u"120"));
        m_engine->placeOrder(market(Sell, d(u"0.5"), u"c1"_s));
        const OrderUpdate fill = m_log.fills().first();
        QCOMPARE(fill.realizedProfit, d(u"10"));
        QCOMPARE(fill.fee, d(u"0.024"));
        // Opening fee 0.08, closing fee 0.024, profit 10.
        QCOMPARE(m_engine->walletBalance(), d(u"10009.896"));
        QCOMPARE(m_engine->positions().first().entryPrice, d(u"100"));
        QCOMPARE(m_engine->positions().first().amount, d(u"1.5"));
        QCOMPARE(m_log.events.last().walletBalance, d(u"10009.896"));
    }

    void oneWayNetsAndFlips()
    {
        makeEngine(noFees());
        openLong(u"1", u"100");
        m_engine->setMarkPrice(kSymbol, d(u"90"));
        m_engine->placeOrder(market(Sell, d(u"3"), u"flip"_s));
        QCOMPARE(m_log.trace(),
            QStringList({ u"MARK 90"_s, u"NEW flip"_s, u"TRADE FILLED flip 3@90"_s, u"ACCOUNT BOTH -2@90"_s }));
        QCOMPARE(m_log.fills().first().realizedProfit, d(u"-10"));
        const PositionSnapshots positions = m_engine->positions();
        QCOMPARE(positions.size(), 1);
        QCOMPARE(positions.first().amount, d(u"-2"));
        QCOMPARE(positions.first().entryPrice, d(u"90"));
        QCOMPARE(m_engine->walletBalance(), d(u"9990"));
    }

    void tenthsLeaveExactlyZero()
    {
        makeEngine(noFees());
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->placeOrder(market(Buy, d(u"0.1"), u"a"_s));
        m_engine->placeOrder(market(Buy, d(u"0.2"), u"b"_s));
        m_log.clear();
        m_engine->placeOrder(market(Sell, d(u"0.3"), u"c"_s));
        QCOMPARE(m_log.trace(), QStringList({ u"NEW c"_s, u"TRADE FILLED c 0.3@100"_s, u"ACCOUNT BOTH 0@0"_s }));
        QVERIFY(m_engine->positions().isEmpty());
        QCOMPARE(m_log.events.last().positions.first().amount, Decimal());
        QCOMPARE(m_engine->walletBalance(), d(u"10000"));
    }

    void hedgeModeKeepsLongAndShortApart()
    {
        auto settings = noFees();
        settings.positionMode = PositionMode::Hedge;
        makeEngine(settings);
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->placeOrder(withPositionSide(market(Buy, d(u"1"), u"L"_s), PositionSide::Long));
        m_engine->placeOrder(withPositionSide(market(Sell, d(u"2"), u"S"_s), PositionSide::Short));
        m_engine->setMarkPrice(kSymbol, d(u"90"));
        m_log.clear();
        m_engine->placeOrder(withPositionSide(market(Buy, d(u"1"), u"CS"_s), PositionSide::Short));
        QCOMPARE(m_log.trace(),
            QStringList({ u"NEW CS"_s, u"TRADE FILLED CS 1@90"_s, u"ACCOUNT LONG 1@100, SHORT -1@100"_s }));
        QCOMPARE(m_log.fills().first().realizedProfit, d(u"10"));
        QCOMPARE(toString(m_log.fills().first().positionSide), u"SHORT"_s);

        const PositionSnapshots positions = m_engine->positions();
        QCOMPARE(positions.size(), 2);
        QCOMPARE(toString(positions[0].positionSide), u"LONG"_s);
        QCOMPARE(positions[0].amount, d(u"1"));
        QCOMPARE(toString(positions[1].positionSide), u"SHORT"_s);
        QCOMPARE(positions[1].amount, d(u"-1"));
    }

    void rejectionsReflectEngineState_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("clientOrderId of a resting order: -4116") << 0 << -4116 << u"ClientOrderId is duplicated."_s;
        QTest::newRow("reduce-only after the position was closed outside: -2022")
            << 1 << -2022 << u"ReduceOnly Order is rejected."_s;
        QTest::newRow("margin already committed to a resting order: -2019")
            << 2 << -2019 << u"Margin is insufficient."_s;
        QTest::newRow("market order on a symbol without a mark: -1") << 3 << -1
                                                                     << u"No mark price for ETHUSDT yet: the paper "
                                                                        u"exchange cannot fill a market order."_s;
        QTest::newRow("undeclared symbol uses tick 0.01: -4014")
            << 4 << -4014 << u"Price not increased by tick size."_s;
    }
    void rejectionsReflectEngineState()
    {
        QFETCH(int, scenario);
        QFETCH(int, code);
        QFETCH(QString, message);
        m_engine->setMarkPrice(kSymbol, d(u"50000"));
        OrderRequest request;
        switch (scenario) {
        case 0:
            m_engine->placeOrder(limit(Buy, d(u"0.01"), d(u"40000"), u"dup"_s));
            request = limit(Buy, d(u"0.02"), d(u"39000"), u"dup"_s);
            break;
        case 1:
            openLong(u"0.1", u"50000");
            m_engine->applyExternalFill(kSymbol, Sell, d(u"0.1"), d(u"50000"), PositionSide::Both, Decimal());
            request = stop(Sl, Sell, d(u"0.1"), d(u"45000"), u"sl"_s, true);
            break;
        case 2:
            m_engine->placeOrder(limit(Buy, d(u"1.5"), d(u"40000"), u"big"_s)); // 6000 of 10000
            request = limit(Buy, d(u"1.1"), d(u"40000"), u"more"_s); // 4400 more
            break;
        case 3:
            request = market(Buy, d(u"1"), u"eth"_s);
            request.symbol = u"ETHUSDT"_s;
            break;
        case 4:
            request = limit(Buy, d(u"1"), d(u"100.005"), u"tick"_s);
            request.symbol = u"NEWUSDT"_s;
            break;
        }
        const auto positionsBefore = m_engine->positions().size();
        const auto openBefore = m_engine->openOrders().size();
        m_log.clear();
        m_engine->placeOrder(request);
        QCOMPARE(m_log.events.size(), 1);
        const OrderUpdate update = m_log.lastOrderUpdate();
        QCOMPARE(toString(update.status), u"REJECTED"_s);
        QCOMPARE(toString(update.execution), u"REJECTED"_s);
        QCOMPARE(update.errorCode, code);
        QCOMPARE(update.errorMessage, message);
        QCOMPARE(update.clientOrderId, request.clientOrderId);
        QCOMPARE(update.symbol, request.symbol);
        QCOMPARE(update.orderId, qint64(0));
        QCOMPARE(m_engine->positions().size(), positionsBefore);
        QCOMPARE(m_engine->openOrders().size(), openBefore);
    }

    void reduceOnlyFillIsCappedToThePosition_data()
    {
        QTest::addColumn<bool>("isHedge");
        QTest::addColumn<int>("type");
        QTest::newRow("one-way reduce-only market") << false << int(OrderType::Market);
        QTest::newRow("one-way reduce-only stop") << false << int(Sl);
        QTest::newRow("one-way reduce-only take-profit") << false << int(Tp);
        QTest::newRow("hedge SELL LONG stop") << true << int(Sl);
    }
    void reduceOnlyFillIsCappedToThePosition()
    {
        QFETCH(bool, isHedge);
        QFETCH(int, type);
        auto settings = noFees();
        settings.positionMode = isHedge ? PositionMode::Hedge : PositionMode::OneWay;
        makeEngine(settings);
        const PositionSide side = isHedge ? PositionSide::Long : PositionSide::Both;
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->placeOrder(withPositionSide(market(Buy, d(u"1"), u"open"_s), side));

        OrderRequest exit = withPositionSide(market(Sell, d(u"1"), u"exit"_s), side);
        exit.type = OrderType(type);
        exit.reduceOnly = !isHedge;
        exit.stopPrice = exit.type == Tp ? d(u"110") : (exit.type == Sl ? d(u"90") : Decimal());
        if (exit.type != OrderType::Market) {
            m_engine->placeOrder(exit);
        }
        // The position shrinks outside the app before the exit fills.
        m_engine->applyExternalFill(kSymbol, Sell, d(u"0.6"), d(u"100"), side, Decimal());
        m_log.clear();
        if (exit.type != OrderType::Market) {
            m_engine->setMarkPrice(kSymbol, exit.stopPrice);
        } else {
            m_engine->placeOrder(exit);
        }
        const QStringList trace = m_log.trace();
        const QString account = isHedge ? u"ACCOUNT LONG 0@0"_s : u"ACCOUNT BOTH 0@0"_s;
        const Decimal fillPrice = exit.type == OrderType::Market ? d(u"100") : exit.stopPrice;
        const qsizetype fillAt = trace.indexOf(u"TRADE PARTIALLY_FILLED exit 0.4@"_s + fillPrice.toString());
        QVERIFY2(fillAt >= 0, qPrintable(trace.join(u" | "_s)));
        QCOMPARE(trace.at(fillAt + 1), account);
        QCOMPARE(trace.at(fillAt + 2), u"EXPIRED EXPIRED exit"_s);
        QVERIFY(m_engine->positions().isEmpty());
        QVERIFY(m_engine->openOrders().isEmpty());
    }

    void triggeredReduceOnlyWithoutPositionExpires()
    {
        openLong(u"1", u"100");
        m_engine->placeOrder(stop(Sl, Sell, d(u"1"), d(u"90"), u"sl"_s, true));
        m_engine->applyExternalFill(kSymbol, Sell, d(u"1"), d(u"95"), PositionSide::Both, Decimal());
        m_log.clear();
        m_engine->setMarkPrice(kSymbol, d(u"89"));
        QCOMPARE(m_log.trace(), QStringList({ u"EXPIRED EXPIRED sl"_s, u"MARK 89"_s }));
        QVERIFY(m_engine->positions().isEmpty());
        QVERIFY(m_engine->openOrders().isEmpty());
    }

    void cancelAndCancelAll()
    {
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->placeOrder(limit(Buy, d(u"1"), d(u"90"), u"a"_s));
        m_engine->placeOrder(limit(Buy, d(u"1"), d(u"80"), u"b"_s));
        auto eth = limit(Buy, d(u"1"), d(u"80"), u"e"_s);
        eth.symbol = u"ETHUSDT"_s;
        m_engine->placeOrder(eth);
        m_engine->placeOrder(market(Buy, d(u"0.1"), u"done"_s));
        m_engine->placeOrder(limit(Buy, d(u"1"), d(u"70"), u"c"_s));
        m_log.clear();

        m_engine->cancelOrder(kSymbol, u"b"_s);
        m_engine->cancelOrder(kSymbol, u"b"_s);
        m_engine->cancelOrder(kSymbol, u"done"_s);
        m_engine->cancelOrder(kSymbol, u"never"_s);
        m_engine->cancelOrder(u"ETHUSDT"_s, u"a"_s);
        m_engine->cancelAllOrders(kSymbol);
        QCOMPARE(m_log.trace(),
            QStringList(
                { u"CANCELED CANCELED b"_s, u"REJECTED b -2011"_s, u"REJECTED done -2011"_s, u"REJECTED never -2011"_s,
                    u"REJECTED a -2011"_s, u"CANCELED CANCELED a"_s, u"CANCELED CANCELED c"_s }));
        QCOMPARE(m_log.orderUpdates().at(1).errorMessage, u"Unknown order sent."_s);
        QCOMPARE(m_engine->openOrders().size(), 1);
        QCOMPARE(m_engine->openOrders(u"ETHUSDT"_s).size(), 1);
        QVERIFY(m_engine->openOrders(kSymbol).isEmpty());
    }

    void queryAnswersWithTheLatestState()
    {
        openLong(u"1", u"100");
        m_engine->placeOrder(stop(Tp, Sell, d(u"1"), d(u"110"), u"tp"_s, true));
        m_clock->advanceMs(5000);
        m_engine->setMarkPrice(kSymbol, d(u"111"));
        m_log.clear();
        m_engine->queryOrder(kSymbol, u"open"_s);
        m_engine->queryOrder(kSymbol, u"tp"_s);
        m_engine->queryOrder(kSymbol, u"nothing"_s);
        m_engine->queryOrder(u"ETHUSDT"_s, u"tp"_s);
        QCOMPARE(m_log.trace(),
            QStringList({ u"TRADE FILLED open 1@100"_s, u"TRADE FILLED tp 1@111"_s, u"REJECTED nothing -2013"_s,
                u"REJECTED tp -2013"_s }));
        const auto updates = m_log.orderUpdates();
        QCOMPARE(updates[1].orderId, qint64(2));
        QCOMPARE(updates[1].cumulativeQuantity, d(u"1"));
        QCOMPARE(updates[1].averagePrice, d(u"111"));
        QCOMPARE(updates[1].time, kStartMs + 5000);
        QCOMPARE(updates[2].errorMessage, u"Order does not exist."_s);

        m_engine->placeOrder(limit(Buy, d(u"1"), d(u"50"), u"rest"_s));
        m_log.clear();
        m_engine->queryOrder(kSymbol, u"rest"_s);
        QCOMPARE(m_log.trace(), QStringList { u"NEW rest"_s });
        QCOMPARE(m_log.lastOrderUpdate().orderId, qint64(3));
    }

    void leverageIsValidated_data()
    {
        QTest::addColumn<int>("leverage");
        QTest::addColumn<bool>("isValid");
        QTest::newRow("1x is the minimum") << 1 << true;
        QTest::newRow("125x is the maximum") << 125 << true;
        QTest::newRow("0x: -4028") << 0 << false;
        QTest::newRow("126x: -4028") << 126 << false;
    }
    void leverageIsValidated()
    {
        QFETCH(int, leverage);
        QFETCH(bool, isValid);
        const auto result = m_engine->setLeverage(kSymbol, leverage);
        QCOMPARE(result.hasValue(), isValid);
        QCOMPARE(m_engine->leverage(kSymbol), isValid ? leverage : 10);
        QCOMPARE(m_engine->leverage(u"ETHUSDT"_s), 10);
        if (isValid) {
            QCOMPARE(m_log.trace(), QStringList { u"LEVERAGE "_s + QString::number(leverage) });
        } else {
            QVERIFY(m_log.events.isEmpty());
            QCOMPARE(result.error().code, -4028);
            QCOMPARE(result.error().message, u"Leverage %1 is not valid"_s.arg(leverage));
        }
    }

    void availableBalanceCountsMarginAndUnrealized()
    {
        makeEngine(noFees());
        openLong(u"1", u"100");
        QCOMPARE(m_engine->availableBalance(), d(u"9990"));
        m_engine->setMarkPrice(kSymbol, d(u"110"));
        QCOMPARE(m_engine->availableBalance(), d(u"10000"));
        m_engine->placeOrder(limit(Buy, d(u"2"), d(u"100"), u"rest"_s));
        QCOMPARE(m_engine->availableBalance(), d(u"9980"));
        QVERIFY(m_engine->setLeverage(kSymbol, 20).hasValue());
        QCOMPARE(m_engine->availableBalance(), d(u"9995"));
        QCOMPARE(m_engine->walletBalance(), d(u"10000"));
    }

    void externalFillIsReportedUntagged()
    {
        openLong(u"1", u"100");
        m_clock->advanceMs(1000);
        m_engine->applyExternalFill(kSymbol, Sell, d(u"0.4"), d(u"110"), PositionSide::Both, d(u"0.1"));
        m_engine->applyExternalFill(kSymbol, Sell, d(u"0.6"), d(u"90"), PositionSide::Both, Decimal());
        QCOMPARE(m_log.trace(),
            QStringList({ u"TRADE FILLED web_1 0.4@110"_s, u"ACCOUNT BOTH 0.6@100"_s, u"TRADE FILLED web_2 0.6@90"_s,
                u"ACCOUNT BOTH 0@0"_s }));
        const OrderUpdate first = m_log.fills().first();
        QCOMPARE(first.realizedProfit, d(u"4"));
        QCOMPARE(first.fee, d(u"0.1"));
        QCOMPARE(first.time, kStartMs + 1000);
        QCOMPARE(toString(first.type), u"MARKET"_s);
        QVERIFY(first.orderId > 1);
        // Opening fee 0.04; +4 −0.1; −6.
        QCOMPARE(m_engine->walletBalance(), d(u"9997.86"));
    }

    void externalFillInHedgeModeReducesTheSideItCan()
    {
        auto settings = noFees();
        settings.positionMode = PositionMode::Hedge;
        makeEngine(settings);
        m_engine->setPosition(kSymbol, PositionSide::Long, d(u"1"), d(u"100"));
        m_engine->applyExternalFill(kSymbol, Sell, d(u"1"), d(u"105"), PositionSide::Both, Decimal());
        m_engine->applyExternalFill(kSymbol, Sell, d(u"2"), d(u"105"), PositionSide::Both, Decimal());
        QCOMPARE(m_log.trace(),
            QStringList({ u"TRADE FILLED web_1 1@105"_s, u"ACCOUNT LONG 0@0"_s, u"TRADE FILLED web_2 2@105"_s,
                u"ACCOUNT SHORT -2@105"_s }));
    }

    void setPositionIsSilent()
    {
        m_engine->setPosition(kSymbol, PositionSide::Both, d(u"-0.5"), d(u"30000"));
        QVERIFY(m_log.events.isEmpty());
        QCOMPARE(m_engine->positions().size(), 1);
        QCOMPARE(m_engine->positions().first().amount, d(u"-0.5"));
        QCOMPARE(m_engine->positions().first().entryPrice, d(u"30000"));
        m_engine->setMarkPrice(kSymbol, d(u"29000"));
        m_engine->placeOrder(market(Buy, d(u"0.5"), u"close"_s));
        QCOMPARE(m_log.fills().first().realizedProfit, d(u"500"));
        QVERIFY(m_engine->positions().isEmpty());
    }

    void snapshotsAreEvents()
    {
        openLong(u"1", u"100");
        m_engine->placeOrder(limit(Buy, d(u"1"), d(u"90"), u"r"_s));
        m_log.clear();
        m_engine->requestPositions();
        m_engine->requestOpenOrders();
        m_engine->requestOpenOrders(u"ETHUSDT"_s);
        QCOMPARE(m_log.trace(), QStringList({ u"POSITIONS 1"_s, u"OPEN ORDERS 1"_s, u"OPEN ORDERS 0"_s }));
        const OpenOrder open = m_log.events.at(1).openOrders.first();
        QCOMPARE(open.clientOrderId, u"r"_s);
        QCOMPARE(open.orderId, qint64(2));
        QCOMPARE(open.time, kStartMs);
    }

    void filtersDefaultForUndeclaredSymbols()
    {
        const SymbolFilters defaults = m_engine->filters(u"NEWUSDT"_s);
        QCOMPARE(defaults.symbol, u"NEWUSDT"_s);
        QCOMPARE(defaults.tickSize, d(u"0.01"));
        QCOMPARE(defaults.stepSize, d(u"0.001"));
        QCOMPARE(defaults.minQty, d(u"0.001"));
        QCOMPARE(defaults.minNotional, Decimal());
        SymbolFilters declared;
        declared.symbol = kSymbol;
        declared.tickSize = d(u"0.1");
        m_engine->setSymbol(declared);
        QCOMPARE(m_engine->filters(kSymbol).tickSize, d(u"0.1"));
    }

    void listenerCancellingFromAFillSeesEventsInOrder()
    {
        openLong(u"1", u"100");
        m_engine->placeOrder(stop(Tp, Sell, d(u"1"), d(u"110"), u"tp"_s, true));
        m_engine->placeOrder(stop(Sl, Sell, d(u"1"), d(u"90"), u"sl"_s, true));
        int depth = 0;
        int maxDepth = 0;
        m_engine->addListener([&](const PaperEvent &event) {
            ++depth;
            maxDepth = std::max(maxDepth, depth);
            if (event.kind == PaperEvent::Kind::OrderUpdate && event.order.clientOrderId == u"tp"_s
                && event.order.status == OrderStatus::Filled) {
                m_engine->cancelOrder(kSymbol, u"sl"_s);
            }
            --depth;
        });
        m_log.clear();
        m_engine->setMarkPrice(kSymbol, d(u"110"));
        QCOMPARE(m_log.trace(),
            QStringList(
                { u"TRADE FILLED tp 1@110"_s, u"ACCOUNT BOTH 0@0"_s, u"MARK 110"_s, u"CANCELED CANCELED sl"_s }));
        QCOMPARE(maxDepth, 1);
        QVERIFY(m_engine->openOrders().isEmpty());
    }

    void listenerPlacingFromAMarkEventIsServedAfterIt()
    {
        makeEngine(noFees());
        bool placed = false;
        m_engine->addListener([&](const PaperEvent &event) {
            if (event.kind == PaperEvent::Kind::MarkPrice && !placed) {
                placed = true;
                m_engine->placeOrder(market(Buy, d(u"1"), u"m"_s));
                m_engine->setMarkPrice(kSymbol, d(u"101"));
            }
        });
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        QCOMPARE(m_log.trace(),
            QStringList(
                { u"MARK 100"_s, u"NEW m"_s, u"TRADE FILLED m 1@100"_s, u"ACCOUNT BOTH 1@100"_s, u"MARK 101"_s }));
    }

    void listenerRemovedDuringDeliveryHearsNoMore()
    {
        int heard = 0;
        int id = 0;
        id = m_engine->addListener([&](const PaperEvent &) {
            ++heard;
            m_engine->removeListener(id);
        });
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->placeOrder(market(Buy, d(u"0.1"), u"m"_s));
        QCOMPARE(heard, 1);
        QCOMPARE(m_log.events.size(), 4);
    }

    void orderIdsAndTradeIdsIncreaseFromOne()
    {
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->placeOrder(market(Buy, d(u"0"), u"bad"_s));
        m_engine->placeOrder(market(Buy, d(u"0.1"), u"a"_s));
        m_engine->placeOrder(limit(Buy, d(u"0.1"), d(u"90"), u"b"_s));
        m_engine->placeOrder(market(Buy, d(u"0.1"), u"c"_s));
        m_engine->placeOrder(market(Buy, d(u"0.1"), QString()));
        const auto fills = m_log.fills();
        QCOMPARE(fills.size(), 3);
        QCOMPARE(fills[0].orderId, qint64(1));
        QCOMPARE(fills[1].orderId, qint64(3));
        QCOMPARE(fills[1].tradeId, qint64(2));
        QCOMPARE(fills[2].clientOrderId, u"paper_4"_s);
    }

    void startingBalanceChangeMovesTheWallet()
    {
        auto settings = m_engine->settings();
        settings.startingBalance = d(u"15000");
        m_engine->setSettings(settings);
        QCOMPARE(m_engine->walletBalance(), d(u"15000"));
        QCOMPARE(m_engine->availableBalance(), d(u"15000"));
    }
};

QTEST_GUILESS_MAIN(TestPaperMatchingEngine)
#include "tst_papermatchingengine.moc"
