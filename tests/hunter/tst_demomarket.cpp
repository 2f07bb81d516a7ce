// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "common/Clock.h"
#include "config/ConfigValidator.h"
#include "demo/DemoMarket.h"
#include "paper/PaperMatchingEngine.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace trd::core;
using trd::exchange::DemoMarket;
using trd::exchange::PaperMatchingEngine;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kStart = 1'760'000'000'000;

// Everything a market emits over `steps` one-second steps, as text.
QStringList record(quint64 seed, int steps)
{
    ManualClock clock(kStart);
    PaperMatchingEngine engine(&clock);
    DemoMarket market(&engine, &clock, { seed, 1000 });
    QStringList out;
    QObject::connect(&market, &DemoMarket::liquidation, [&out](const Liquidation &l) {
        out.append(u"L %1 %2 %3 %4"_s.arg(l.symbol, toString(l.side), l.price.toString(), l.quantity.toString()));
    });
    for (int i = 0; i < steps; ++i) {
        clock.advanceMs(1000);
        market.step();
        for (const SymbolFilters &f : market.symbols()) {
            out.append(u"M %1 %2"_s.arg(f.symbol, engine.markPrice(f.symbol)->toString()));
        }
    }
    return out;
}

} // namespace

class TestDemoMarket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSeedGivesTheSameRunEveryTime()
    {
        const QStringList first = record(7, 1800);
        QCOMPARE(record(7, 1800), first);
        QVERIFY(record(8, 1800) != first);
    }

    void theSymbolsAreDeclaredOnTheEngineWithAMark()
    {
        ManualClock clock(kStart);
        PaperMatchingEngine engine(&clock);
        DemoMarket market(&engine, &clock);
        QVERIFY(market.symbols().size() >= 4);
        for (const SymbolFilters &f : market.symbols()) {
            QCOMPARE(engine.filters(f.symbol).tickSize, f.tickSize);
            QCOMPARE(engine.filters(f.symbol).stepSize, f.stepSize);
            QVERIFY(f.minNotional.isPositive());
            QVERIFY(engine.markPrice(f.symbol).has_value());
        }
    }

    void everyPriceIsOnTheTickGridAndEveryQuantityOnTheStep()
    {
        ManualClock clock(kStart);
        PaperMatchingEngine engine(&clock);
        DemoMarket market(&engine, &clock, { 3, 1000 });
        QHash<QString, SymbolFilters> filters;
        for (const SymbolFilters &f : market.symbols()) {
            filters.insert(f.symbol, f);
        }
        int liquidations = 0;
        int candles = 0;
        bool ok = true;
        QObject::connect(&market, &DemoMarket::liquidation, [&](const Liquidation &l) {
            const SymbolFilters &f = filters[l.symbol];
            ok = ok && l.price.isMultipleOf(f.tickSize) && l.quantity.isMultipleOf(f.stepSize)
                && l.quantity.isPositive() && l.time == clock.nowMs();
            ++liquidations;
        });
        QObject::connect(
            &market, &DemoMarket::bookTicker, [&](const QString &symbol, const Decimal &bid, const Decimal &ask) {
                const SymbolFilters &f = filters[symbol];
                ok = ok && bid.isMultipleOf(f.tickSize) && ask.isMultipleOf(f.tickSize) && bid < ask;
            });
        QObject::connect(&market, &DemoMarket::candleClosed,
            [&](const QString &symbol, const QString &timeframe, const Decimal &high, const Decimal &low,
                const Decimal &close, const Decimal &volume, qint64 closeTime) {
                const SymbolFilters &f = filters[symbol];
                ok = ok && low <= close && close <= high && high.isMultipleOf(f.tickSize) && volume.isPositive();
                if (timeframe == u"1m"_s) {
                    ok = ok && (closeTime + 1) % 60'000 == 0;
                    ++candles;
                }
            });
        for (int i = 0; i < 3600; ++i) {
            clock.advanceMs(1000);
            market.step();
            for (const SymbolFilters &f : market.symbols()) {
                ok = ok && engine.markPrice(f.symbol)->isMultipleOf(f.tickSize);
            }
        }
        QVERIFY(ok);
        QVERIFY(liquidations > 50);
        const qint64 minutesClosed = clock.nowMs() / 60'000 - (kStart + 1000) / 60'000;
        QCOMPARE(candles, int(minutesClosed) * int(filters.size()));
    }

    void bigLiquidationsFollowSharpMovesTheirWay()
    {
        // A cascade of forced SELLs comes after a fall, of forced BUYs after a rise.
        ManualClock clock(kStart);
        PaperMatchingEngine engine(&clock);
        DemoMarket market(&engine, &clock, { 11, 1000 });
        QHash<QString, QList<Decimal>> marks;
        int big = 0;
        int withTheMove = 0;
        QObject::connect(&market, &DemoMarket::liquidation, [&](const Liquidation &l) {
            const QList<Decimal> &history = marks[l.symbol];
            if (l.volumeUsdt() < Decimal::fromInt(1000) || history.size() < 10) {
                return;
            }
            ++big;
            const Decimal before = history.at(history.size() - 10);
            const Decimal now = *engine.markPrice(l.symbol);
            withTheMove += (l.side == OrderSide::Sell ? now < before : now > before) ? 1 : 0;
        });
        for (int i = 0; i < 7200; ++i) {
            clock.advanceMs(1000);
            market.step();
            for (const SymbolFilters &f : market.symbols()) {
                marks[f.symbol].append(*engine.markPrice(f.symbol));
            }
        }
        QVERIFY(big > 20);
        QVERIFY2(withTheMove * 10 >= big * 9, qPrintable(u"%1 of %2"_s.arg(withTheMove).arg(big)));
    }

    void theSampleConfigurationIsValidAndManagesTranches()
    {
        ManualClock clock(kStart);
        PaperMatchingEngine engine(&clock);
        DemoMarket market(&engine, &clock);
        const AppConfig config = market.sampleConfig();
        QVERIFY(!ConfigValidator::hasErrors(ConfigValidator::validate(config)));
        QCOMPARE(config.symbols.size(), market.symbols().size());
        for (const SymbolConfig &s : config.symbols) {
            QVERIFY(s.enableTrancheManagement);
            QVERIFY(s.slPercent > s.trancheIsolationThreshold);
        }
    }

    // An engine restarted on its store must not see its marks jump back to the start prices (an
    // open tranche's TP or SL would fill in the first second): the demo market goes on from the
    // restored paper exchange's marks.
    void aRestoredExchangeKeepsItsMarks()
    {
        ManualClock clock(kStart);
        PaperMatchingEngine before(&clock);
        DemoMarket first(&before, &clock, { 5, 1000 });
        for (int i = 0; i < 600; ++i) {
            clock.advanceMs(1000);
            first.step();
        }
        const Decimal startBtc = Decimal::fromString(u"97000"_s);
        QVERIFY(before.markPrice(u"BTCUSDT"_s).value() != startBtc); // ten minutes moved it

        PaperMatchingEngine after(&clock);
        QVERIFY(after.restoreState(before.saveState()));
        DemoMarket second(&after, &clock, { 6, 1000 });
        for (const SymbolFilters &f : second.symbols()) {
            QCOMPARE(after.markPrice(f.symbol).value(), before.markPrice(f.symbol).value());
        }
        // A fresh exchange still starts at the start prices.
        PaperMatchingEngine fresh(&clock);
        DemoMarket third(&fresh, &clock, { 5, 1000 });
        QCOMPARE(fresh.markPrice(u"BTCUSDT"_s).value(), startBtc);
    }

    void aSymbolCountWidensTheMarketAndEverySymbolTicks()
    {
        ManualClock clock(kStart);
        PaperMatchingEngine engine(&clock);
        DemoMarket::Settings settings;
        settings.symbolCount = 50;
        DemoMarket market(&engine, &clock, settings);
        const QList<SymbolFilters> symbols = market.symbols();
        QCOMPARE(symbols.size(), 50);
        // The five real-looking symbols first and unchanged, then DEMO06USDT … DEMO50USDT.
        QCOMPARE(symbols.at(0).symbol, u"BTCUSDT"_s);
        QCOMPARE(symbols.at(4).symbol, u"DOGEUSDT"_s);
        QCOMPARE(symbols.at(5).symbol, u"DEMO06USDT"_s);
        QCOMPARE(symbols.at(49).symbol, u"DEMO50USDT"_s);
        QCOMPARE(symbols.at(5).tickSize, symbols.at(0).tickSize);
        QSet<QString> ticked;
        QObject::connect(&market, &DemoMarket::bookTicker, [&ticked](const QString &symbol) { ticked.insert(symbol); });
        clock.advanceMs(1000);
        market.step();
        QCOMPARE(ticked.size(), 50);
        QCOMPARE(market.sampleConfig().symbols.size(), 50);
        QVERIFY(!ConfigValidator::hasErrors(ConfigValidator::validate(market.sampleConfig())));
    }
};

QTEST_GUILESS_MAIN(TestDemoMarket)
#include "tst_demomarket.moc"
