// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestFiles.h"
#include "BacktestRunner.h"
#include "DecimalPrinter.h"
#include "MemoryTrancheStore.h"
#include "config/ConfigLoader.h"

#include <QLoggingCategory>

using namespace trd::backtest;
using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

namespace {

Decimal d(const char16_t *text)
{
    return Decimal::fromString(text);
}

const QByteArray kConfig = kHandComputedConfig;

SymbolFilters testFilters()
{
    SymbolFilters f;
    f.symbol = u"TESTUSDT"_s;
    f.tickSize = d(u"0.01");
    f.stepSize = d(u"0.001");
    f.minQty = d(u"0.001");
    f.minNotional = d(u"5");
    return f;
}

} // namespace

class TestBacktestRunner : public QObject
{
    Q_OBJECT

    BacktestFiles m_files;

    BacktestSpec spec(const QByteArray &config, const QStringList &files)
    {
        auto loaded = ConfigLoader::fromJson(config);
        if (!loaded) {
            qFatal("%s", qPrintable(loaded.error().message));
        }
        BacktestSpec s;
        s.files = files;
        s.defaultSymbol = u"TESTUSDT"_s;
        s.variants = { Variant { u"v0"_s, {}, loaded.value() } };
        s.filters = { testFilters() };
        s.recordsWhatIf = true;
        s.jobs = 1;
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s); }

    void everyFillOfASmallDayIsComputedByHand()
    {
        const QString ticks = m_files.write(u"ticks.csv"_s,
            "time,price\n2025-01-01T00:00:00Z,100\n2025-01-01T00:01:00Z,101\n2025-01-01T00:02:00Z,102.5\n"
            "2025-01-01T00:03:00Z,90\n"_ba);
        const QString liquidations = m_files.write(u"liq.csv"_s,
            "time,symbol,side,price,qty\n2025-01-01T00:00:01Z,TESTUSDT,SELL,100,20\n"
            "2025-01-01T00:01:01Z,TESTUSDT,SELL,101,20\n"_ba);
        const QString funding
            = m_files.write(u"funding.csv"_s, "time,symbol,rate\n2025-01-01T00:01:30Z,TESTUSDT,0.0001\n"_ba);
        BacktestRunner runner(spec(kConfig, { ticks, liquidations, funding }));
        auto inputs = runner.check();
        QVERIFY2(inputs.hasValue(), qPrintable(inputs.error().message));
        QCOMPARE(inputs->size(), 3);
        QCOMPARE(inputs->at(0).rows, 4);
        QVERIFY(runner.hasRecordedFunding());
        const QList<VariantResult> results = runner.run();
        QCOMPARE(results.size(), 1);
        const VariantResult &r = results.first();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

        auto tranches = r.store->allTranches();
        QVERIFY(tranches.hasValue());
        QCOMPARE(tranches->size(), 2);
        // 00:00:01, SELL liquidation of 20 × 100 = 2,000 USDT ≥ 1,000: a LONG entry. 100 USDT × 10 / 100
        // = 10 at the mark 100; fee 100 × 10 × 0.04 % = 0.4. TP 100 × 1.02 = 102, SL 100 × 0.9 = 90.
        const Tranche &t1 = tranches->at(0);
        QCOMPARE(t1.entryPrice, d(u"100"));
        QCOMPARE(t1.originalQuantity, d(u"10"));
        QCOMPARE(t1.tpPrice, d(u"102"));
        QCOMPARE(t1.slPrice, d(u"90"));
        // 00:01:01, the second liquidation (2,020 USDT) after the 30 s cooldown: 1,000 / 101 = 9.90099…
        // rounded down to the step: 9.9 at 101; fee 101 × 9.9 × 0.04 % = 0.39996. TP 103.02, SL 90.9.
        const Tranche &t2 = tranches->at(1);
        QCOMPARE(t2.entryPrice, d(u"101"));
        QCOMPARE(t2.originalQuantity, d(u"9.9"));
        QCOMPARE(t2.tpPrice, d(u"103.02"));
        QCOMPARE(t2.slPrice, d(u"90.9"));
        // 00:01:30, funding 0.01 % of the position's 19.9 × 101 at the mark: 0.20099 paid, shared by
        // quantity: 0.101 and 0.09999.
        QCOMPARE(t1.fundingFee, d(u"-0.101"));
        QCOMPARE(t2.fundingFee, d(u"-0.09999"));
        // 00:02:00, the mark goes 101 → 102.5 and passes 102: the TP fills at its trigger, 102.
        // (102 − 100) × 10 − 102 × 10 × 0.04 % − 0.4 = 20 − 0.408 − 0.4 = 19.192, with funding 19.091.
        QCOMPARE(toString(t1.status), toString(TrancheStatus::Closed));
        QCOMPARE(toString(t1.closeReason), toString(CloseReason::Tp));
        QCOMPARE(t1.exitPrice, d(u"102"));
        QCOMPARE(t1.feesPaid, d(u"0.808"));
        QCOMPARE(t1.realizedPnl, d(u"19.091"));
        // 00:03:00, the mark goes 102.5 → 90 and passes 90.9: the SL fills there.
        // (90.9 − 101) × 9.9 − 90.9 × 9.9 × 0.04 % − 0.39996 = −99.99 − 0.359964 − 0.39996
        // = −100.749924, with funding −100.849914.
        QCOMPARE(toString(t2.closeReason), toString(CloseReason::Sl));
        QCOMPARE(t2.exitPrice, d(u"90.9"));
        QCOMPARE(t2.feesPaid, d(u"0.759924"));
        QCOMPARE(t2.realizedPnl, d(u"-100.849914"));

        QCOMPARE(r.liquidations, 2);
        QCOMPARE(r.entries, 2);
        QCOMPARE(r.tranchesCreated, 2);
        QCOMPARE(r.tranchesIsolated, 0);
        QCOMPARE(r.tranchesLiquidated, 0);
        QCOMPARE(r.maxOpenTranches, 2);
        QCOMPARE(r.marketEvents, 7);
        QCOMPARE(r.realizedPnl, d(u"-81.557924")); // 19.192 − 100.749924, funding apart
        QCOMPARE(r.fees, d(u"1.567924"));
        QCOMPARE(r.funding, d(u"-0.20099"));
        QCOMPARE(r.netPnl, d(u"-81.758914"));
        // The paper wallet books the closes against the position's average entry, 100.4974…, to 18
        // places: it is off by a few 1e-18 from the tranches' exact sum.
        QCOMPARE(r.endBalance.roundedToStep(d(u"0.00000001"), RoundingMode::HalfUp), d(u"9918.241086"));
        QCOMPARE(r.openTranches, 0);
        // Equity (wallet + unrealized) is sampled at each new minute before its events: 10,000 at
        // the start; 9,999.6 at 00:01; 9,998.99905 + 10 at 00:02; 10,018.59105 + 14.85 = 10,033.44105
        // at 00:03 (the peak); 9,918.241086 at the end: a drawdown of 115.199964.
        QCOMPARE(r.maxDrawdown.roundedToStep(d(u"0.00000001"), RoundingMode::HalfUp), d(u"115.199964"));
        QCOMPARE(r.equity.size(), 2);
        QCOMPARE(r.equity.last().realized, d(u"-81.758914"));
        QCOMPARE(r.equity.last().balance, r.endBalance);
        // Both closes named their tranche: nothing for the what-if.
        QVERIFY(r.whatIf.isEmpty());
    }

    void aLiquidationIsSpreadUnderEveryStrategy()
    {
        // 50x isolated: the paper exchange liquidates both tranches when the mark falls from 101 to
        // 50, at its liquidation price, before the path reaches the stops at 60 and 60.6.
        QByteArray config = kConfig;
        config.replace(R"("leverage": 10)", R"("leverage": 50, "marginType": "ISOLATED")");
        config.replace(R"("slPercent": "10")", R"("slPercent": "40")");
        config.replace(R"("trancheIsolationThreshold": "5")", R"("trancheIsolationThreshold": "50")");
        const QString ticks = m_files.write(u"ticks2.csv"_s,
            "time,price\n2025-01-01T00:00:00Z,100\n2025-01-01T00:01:00Z,101\n2025-01-01T00:02:00Z,50\n"_ba);
        const QString liquidations = m_files.write(u"liq2.csv"_s,
            "time,symbol,side,price,qty\n2025-01-01T00:00:01Z,TESTUSDT,SELL,100,20\n"
            "2025-01-01T00:01:01Z,TESTUSDT,SELL,101,20\n"_ba);
        BacktestRunner runner(spec(config, { ticks, liquidations }));
        QVERIFY(runner.check().hasValue());
        const VariantResult r = runner.run().first();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.tranchesCreated, 2);
        QCOMPARE(r.tranchesLiquidated, 2);
        QCOMPARE(r.whatIf.size(), 1);
        const WhatIfFill &fill = r.whatIf.first();
        QCOMPARE(fill.reason, u"liquidation"_s);
        QCOMPARE(fill.side, u"LONG"_s);
        QVERIFY(fill.price > d(u"60.6"));
        QCOMPARE(fill.shares.size(), 2);
        // 50 × 100 / 100 = 50 at 100 and 5,000 / 101 = 49.504 at 101; the whole position goes.
        QCOMPARE(fill.quantity, d(u"99.504"));
        Decimal actual;
        for (const WhatIfFill::Share &s : fill.shares) {
            QCOMPARE(s.actualQuantity, s.openQuantity);
            // LIFO is the configured strategy: the engine's spread is the LIFO column.
            QCOMPARE(s.quantity[int(ClosingStrategy::Lifo)], s.actualQuantity);
            QCOMPARE(s.pnl[int(ClosingStrategy::Lifo)], s.actualPnl);
            actual += s.actualPnl;
        }
        // By hand from the fill price X: fee X × 99.504 × 0.04 %, split by quantity, and each
        // tranche's own entry fee.
        const Decimal x = fill.price;
        const Decimal fee = (x * d(u"99.504") * d(u"0.04")).dividedBy(100);
        const Decimal fee1 = (fee * d(u"50")).divided(d(u"99.504"));
        const Decimal pnl1 = (x - d(u"100")) * d(u"50") - fee1 - d(u"2");
        const Decimal pnl2
            = (x - d(u"101")) * d(u"49.504") - (fee - fee1) - (d(u"101") * d(u"49.504") * d(u"0.04")).dividedBy(100);
        QCOMPARE(fill.shares[0].pnl[int(ClosingStrategy::Fifo)], pnl1);
        QCOMPARE(fill.shares[1].pnl[int(ClosingStrategy::Fifo)], pnl2);
        // All of the position closes, so one combined position realizes the same in total.
        QCOMPARE(fill.combinedPnl, actual);
    }
};

QTEST_GUILESS_MAIN(TestBacktestRunner)
#include "tst_backtestrunner.moc"
