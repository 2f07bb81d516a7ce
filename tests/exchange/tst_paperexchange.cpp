// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "PaperTestHelpers.h"
#include "common/Clock.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"

#include <QPointer>
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
constexpr auto Tp = OrderType::TakeProfitMarket;
constexpr auto Sl = OrderType::StopMarket;
constexpr qint64 kStartMs = 1'700'000'000'000;

// Every signal of one adaptor as a line, in the order they were emitted.
class SignalTrace
{
public:
    explicit SignalTrace(Exchange *exchange)
    {
        QObject::connect(exchange, &Exchange::orderUpdated, exchange,
            [this](const OrderUpdate &update) { lines.append(describe(update)); });
        QObject::connect(exchange, &Exchange::accountUpdated, exchange,
            [this](const PositionSnapshots &changed) { lines.append(describe(changed)); });
        QObject::connect(exchange, &Exchange::markPriceUpdated, exchange,
            [this](const QString &, const Decimal &price, qint64) { lines.append(u"MARK "_s + price.toString()); });
        QObject::connect(exchange, &Exchange::positionsReceived, exchange,
            [this](const PositionSnapshots &all) { lines.append(u"POSITIONS "_s + QString::number(all.size())); });
        QObject::connect(exchange, &Exchange::openOrdersReceived, exchange,
            [this](const OpenOrders &orders) { lines.append(u"OPEN ORDERS "_s + QString::number(orders.size())); });
    }
    QStringList lines;
};

} // namespace

class TestPaperExchange : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PaperMatchingEngine> m_engine;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(kStartMs);
        m_engine = std::make_unique<PaperMatchingEngine>(m_clock.get());
    }

    void identifiesAsPaperWithTheEnginesFilters()
    {
        PaperExchange exchange(m_engine.get());
        QCOMPARE(exchange.name(), u"paper"_s);
        const auto defaults = exchange.symbolFilters(u"NEWUSDT"_s);
        QVERIFY(defaults.has_value());
        QCOMPARE(defaults->tickSize, d(u"0.01"));
        QCOMPARE(defaults->stepSize, d(u"0.001"));
        SymbolFilters declared;
        declared.symbol = kSymbol;
        declared.tickSize = d(u"0.5");
        declared.minNotional = d(u"5");
        m_engine->setSymbol(declared);
        QCOMPARE(exchange.symbolFilters(kSymbol)->tickSize, d(u"0.5"));
        QCOMPARE(exchange.symbolFilters(kSymbol)->minNotional, d(u"5"));
    }

    void fillsBecomeOrderThenAccountSignals()
    {
        PaperExchange exchange(m_engine.get());
        SignalTrace trace(&exchange);
        QSignalSpy orders(&exchange, &Exchange::orderUpdated);
        QSignalSpy accounts(&exchange, &Exchange::accountUpdated);
        QSignalSpy marks(&exchange, &Exchange::markPriceUpdated);

        m_clock->advanceMs(250);
        m_engine->setMarkPrice(kSymbol, d(u"50000"));
        exchange.placeOrder(market(Buy, d(u"0.002"), u"e1"_s));

        QCOMPARE(trace.lines,
            QStringList(
                { u"MARK 50000"_s, u"NEW e1"_s, u"TRADE FILLED e1 0.002@50000"_s, u"ACCOUNT BOTH 0.002@50000"_s }));
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.at(0).at(0).toString(), kSymbol);
        QCOMPARE(marks.at(0).at(1).value<Decimal>(), d(u"50000"));
        QCOMPARE(marks.at(0).at(2).toLongLong(), kStartMs + 250);
        QCOMPARE(orders.size(), 2);
        const auto fill = orders.at(1).at(0).value<OrderUpdate>();
        QCOMPARE(fill.fee, d(u"0.04"));
        QCOMPARE(fill.lastQuantity, d(u"0.002"));
        QCOMPARE(fill.cumulativeQuantity, d(u"0.002"));
        QVERIFY(fill.isFinal());
        QCOMPARE(accounts.size(), 1);
        const auto changed = accounts.at(0).at(0).value<PositionSnapshots>();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().amount, d(u"0.002"));
        QCOMPARE(changed.first().entryPrice, d(u"50000"));
    }

    void requestsAreAnsweredBySignals_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("answer");
        QTest::newRow("requestPositions answers with every position") << u"positions"_s << u"POSITIONS 1"_s;
        QTest::newRow("requestOpenOrders answers with every resting order") << u"openOrders"_s << u"OPEN ORDERS 2"_s;
        QTest::newRow("queryOrder of a filled order answers its fill")
            << u"queryFilled"_s << u"TRADE FILLED open 1@100"_s;
        QTest::newRow("queryOrder of an unknown order: -2013") << u"queryUnknown"_s << u"REJECTED nope -2013"_s;
        QTest::newRow("cancelOrder of a resting order") << u"cancel"_s << u"CANCELED CANCELED r1"_s;
        QTest::newRow("cancelOrder of an unknown order: -2011") << u"cancelUnknown"_s << u"REJECTED nope -2011"_s;
        QTest::newRow("a rejected placement: -4061") << u"placeRejected"_s << u"REJECTED hedge -4061"_s;
    }
    void requestsAreAnsweredBySignals()
    {
        QFETCH(QString, request);
        QFETCH(QString, answer);
        PaperExchange exchange(m_engine.get());
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        exchange.placeOrder(market(Buy, d(u"1"), u"open"_s));
        exchange.placeOrder(limit(Buy, d(u"1"), d(u"90"), u"r1"_s));
        exchange.placeOrder(stop(Tp, Sell, d(u"1"), d(u"120"), u"tp"_s, true));
        SignalTrace trace(&exchange);
        if (request == u"positions") {
            exchange.requestPositions();
        } else if (request == u"openOrders") {
            exchange.requestOpenOrders();
        } else if (request == u"queryFilled") {
            exchange.queryOrder(kSymbol, u"open"_s);
        } else if (request == u"queryUnknown") {
            exchange.queryOrder(kSymbol, u"nope"_s);
        } else if (request == u"cancel") {
            exchange.cancelOrder(kSymbol, u"r1"_s);
        } else if (request == u"cancelUnknown") {
            exchange.cancelOrder(kSymbol, u"nope"_s);
        } else if (request == u"placeRejected") {
            exchange.placeOrder(withPositionSide(market(Buy, d(u"1"), u"hedge"_s), PositionSide::Long));
        }
        QCOMPARE(trace.lines, QStringList { answer });
    }

    void positionsAndOpenOrdersCarryTheirFields()
    {
        PaperExchange exchange(m_engine.get());
        QSignalSpy positions(&exchange, &Exchange::positionsReceived);
        QSignalSpy openOrders(&exchange, &Exchange::openOrdersReceived);
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        exchange.placeOrder(market(Sell, d(u"2"), u"short"_s));
        exchange.placeOrder(stop(Sl, Buy, d(u"2"), d(u"110"), u"sl"_s, true));
        exchange.requestPositions();
        exchange.requestOpenOrders();
        QCOMPARE(positions.size(), 1);
        const auto all = positions.at(0).at(0).value<PositionSnapshots>();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().amount, d(u"-2"));
        QCOMPARE(openOrders.size(), 1);
        const auto resting = openOrders.at(0).at(0).value<OpenOrders>();
        QCOMPARE(resting.size(), 1);
        QCOMPARE(resting.first().clientOrderId, u"sl"_s);
        QCOMPARE(resting.first().stopPrice, d(u"110"));
        QVERIFY(resting.first().reduceOnly);
    }

    void leverageChangesOrFails_data()
    {
        QTest::addColumn<int>("leverage");
        QTest::addColumn<bool>("isValid");
        QTest::newRow("20x is accepted and announced") << 20 << true;
        QTest::newRow("0x fails with -4028") << 0 << false;
        QTest::newRow("126x fails with -4028") << 126 << false;
    }
    void leverageChangesOrFails()
    {
        QFETCH(int, leverage);
        QFETCH(bool, isValid);
        PaperExchange exchange(m_engine.get());
        QSignalSpy changed(&exchange, &Exchange::leverageChanged);
        QSignalSpy failed(&exchange, &Exchange::requestFailed);
        exchange.setLeverage(kSymbol, leverage);
        QCOMPARE(changed.size(), isValid ? 1 : 0);
        QCOMPARE(failed.size(), isValid ? 0 : 1);
        if (isValid) {
            QCOMPARE(changed.at(0).at(0).toString(), kSymbol);
            QCOMPARE(changed.at(0).at(1).toInt(), leverage);
            QCOMPARE(m_engine->leverage(kSymbol), leverage);
        } else {
            QVERIFY(failed.at(0).at(0).toString().contains(kSymbol));
            QCOMPARE(failed.at(0).at(1).toInt(), -4028);
            QCOMPARE(failed.at(0).at(2).toString(), u"Leverage %1 is not valid"_s.arg(leverage));
            QCOMPARE(m_engine->leverage(kSymbol), 10);
        }
    }

    void slotCancellingOnAFillIsServedAfterTheFill()
    {
        PaperExchange exchange(m_engine.get());
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        exchange.placeOrder(market(Buy, d(u"1"), u"open"_s));
        exchange.placeOrder(stop(Tp, Sell, d(u"1"), d(u"110"), u"tp"_s, true));
        exchange.placeOrder(stop(Sl, Sell, d(u"1"), d(u"90"), u"sl"_s, true));
        SignalTrace trace(&exchange);
        // The engine's own client reacts the way TrancheManager does: a filled TP cancels its SL.
        connect(&exchange, &Exchange::orderUpdated, this, [&exchange](const OrderUpdate &update) {
            if (update.clientOrderId == u"tp"_s && update.status == OrderStatus::Filled) {
                exchange.cancelOrder(kSymbol, u"sl"_s);
            }
        });
        m_engine->setMarkPrice(kSymbol, d(u"110"));
        QCOMPARE(trace.lines,
            QStringList(
                { u"TRADE FILLED tp 1@110"_s, u"ACCOUNT BOTH 0@0"_s, u"MARK 110"_s, u"CANCELED CANCELED sl"_s }));
        QVERIFY(m_engine->openOrders().isEmpty());
        QVERIFY(m_engine->positions().isEmpty());
    }

    void slotPlacingOnAMarkIsServedAfterTheMark()
    {
        PaperExchange exchange(m_engine.get());
        SignalTrace trace(&exchange);
        connect(
            &exchange, &Exchange::markPriceUpdated, this, [&exchange](const QString &, const Decimal &price, qint64) {
                if (price == d(u"100")) {
                    exchange.placeOrder(market(Buy, d(u"1"), u"entry"_s));
                    exchange.placeOrder(stop(Sl, Sell, d(u"1"), d(u"95"), u"sl"_s, true));
                }
            });
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        m_engine->setMarkPrice(kSymbol, d(u"95"));
        QCOMPARE(trace.lines,
            QStringList({ u"MARK 100"_s, u"NEW entry"_s, u"TRADE FILLED entry 1@100"_s, u"ACCOUNT BOTH 1@100"_s,
                u"NEW sl"_s, u"TRADE FILLED sl 1@95"_s, u"ACCOUNT BOTH 0@0"_s, u"MARK 95"_s }));
    }

    void restartFindsPositionsAndRestingOrders()
    {
        auto first = std::make_unique<PaperExchange>(m_engine.get());
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        first->placeOrder(market(Buy, d(u"1"), u"entry"_s));
        first->placeOrder(stop(Tp, Sell, d(u"1"), d(u"120"), u"tp"_s, true));
        first->placeOrder(stop(Sl, Sell, d(u"1"), d(u"80"), u"sl"_s, true));
        first.reset();

        // The exchange goes on without the app.
        m_engine->setMarkPrice(kSymbol, d(u"105"));

        PaperExchange second(m_engine.get());
        SignalTrace trace(&second);
        QSignalSpy positions(&second, &Exchange::positionsReceived);
        QSignalSpy openOrders(&second, &Exchange::openOrdersReceived);
        second.requestPositions();
        second.requestOpenOrders();
        QCOMPARE(positions.at(0).at(0).value<PositionSnapshots>().first().amount, d(u"1"));
        const auto resting = openOrders.at(0).at(0).value<OpenOrders>();
        QCOMPARE(resting.size(), 2);
        QCOMPARE(resting.at(0).clientOrderId, u"tp"_s);
        QCOMPARE(resting.at(1).clientOrderId, u"sl"_s);

        m_engine->setMarkPrice(kSymbol, d(u"120"));
        QCOMPARE(trace.lines.mid(2), QStringList({ u"TRADE FILLED tp 1@120"_s, u"ACCOUNT BOTH 0@0"_s, u"MARK 120"_s }));
    }

    void fillsWhileClosedAreFoundByQueryAfterRestart()
    {
        auto first = std::make_unique<PaperExchange>(m_engine.get());
        QSignalSpy firstOrders(first.get(), &Exchange::orderUpdated);
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        first->placeOrder(market(Buy, d(u"1"), u"entry"_s));
        first->placeOrder(stop(Sl, Sell, d(u"1"), d(u"90"), u"sl"_s, true));
        const auto heardBeforeClosing = firstOrders.size();
        first.reset();

        m_engine->setMarkPrice(kSymbol, d(u"89"));

        PaperExchange second(m_engine.get());
        SignalTrace trace(&second);
        second.queryOrder(kSymbol, u"sl"_s);
        second.requestPositions();
        QCOMPARE(heardBeforeClosing, 3);
        QCOMPARE(trace.lines, QStringList({ u"TRADE FILLED sl 1@89"_s, u"POSITIONS 0"_s }));
    }

    void adaptorDestroyedInsideItsOwnSignalHearsNoMore()
    {
        auto doomed = new PaperExchange(m_engine.get());
        QPointer<PaperExchange> guard(doomed);
        PaperExchange survivor(m_engine.get());
        SignalTrace trace(&survivor);
        int heard = 0;
        connect(doomed, &Exchange::orderUpdated, this, [&heard, doomed](const OrderUpdate &) {
            ++heard;
            delete doomed;
        });
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        survivor.placeOrder(market(Buy, d(u"1"), u"entry"_s));
        QVERIFY(guard.isNull());
        QCOMPARE(heard, 1);
        QCOMPARE(trace.lines.size(), 4);
    }

    void externalFillReachesTheAppUntagged()
    {
        PaperExchange exchange(m_engine.get());
        m_engine->setMarkPrice(kSymbol, d(u"100"));
        exchange.placeOrder(market(Buy, d(u"1"), u"entry"_s));
        SignalTrace trace(&exchange);
        QSignalSpy orders(&exchange, &Exchange::orderUpdated);
        m_engine->applyExternalFill(kSymbol, Sell, d(u"1"), d(u"95"), PositionSide::Both, d(u"0.038"));
        QCOMPARE(trace.lines, QStringList({ u"TRADE FILLED web_1 1@95"_s, u"ACCOUNT BOTH 0@0"_s }));
        const auto fill = orders.at(0).at(0).value<OrderUpdate>();
        QCOMPARE(fill.realizedProfit, d(u"-5"));
        QCOMPARE(fill.fee, d(u"0.038"));
    }

    void silentPositionChangeIsOnlySeenBySnapshot()
    {
        PaperExchange exchange(m_engine.get());
        SignalTrace trace(&exchange);
        QSignalSpy positions(&exchange, &Exchange::positionsReceived);
        m_engine->setPosition(kSymbol, PositionSide::Both, d(u"0.7"), d(u"100"));
        QVERIFY(trace.lines.isEmpty());
        exchange.requestPositions();
        QCOMPARE(positions.at(0).at(0).value<PositionSnapshots>().first().amount, d(u"0.7"));
    }
};

QTEST_GUILESS_MAIN(TestPaperExchange)
#include "tst_paperexchange.moc"
