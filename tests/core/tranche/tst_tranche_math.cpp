// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "money/ValueLimits.h"
#include "tranche/TrancheMath.h"

#include <QTest>

using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

namespace {
Decimal d(const QString &s)
{
    return Decimal::fromString(s);
}
} // namespace

// tranche-rules.md §2 and §3: the money formulas and the exact isolation/recovery tests.
class TestTrancheMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pnl_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<int>("leverage");
        QTest::addColumn<QString>("unrealized");
        QTest::addColumn<QString>("pnlPercent");
        QTest::addColumn<QString>("roePercent");
        QTest::newRow("case 3: LONG 0.001 @50000, mark 52000")
            << int(Side::Long) << u"50000"_s << u"52000"_s << u"0.001"_s << 10 << u"2"_s << u"4"_s << u"40"_s;
        QTest::newRow("case 5: SHORT 2 @100, mark 96")
            << int(Side::Short) << u"100"_s << u"96"_s << u"2"_s << 10 << u"8"_s << u"4"_s << u"40"_s;
        QTest::newRow("SHORT mirror: entry 100, mark 105 is -5%")
            << int(Side::Short) << u"100"_s << u"105"_s << u"1"_s << 10 << u"-5"_s << u"-5"_s << u"-50"_s;
        QTest::newRow("LONG loss") << int(Side::Long) << u"50000"_s << u"47500"_s << u"0.001"_s << 20 << u"-2.5"_s
                                   << u"-5"_s << u"-100"_s;
        QTest::newRow("flat") << int(Side::Long) << u"100"_s << u"100"_s << u"1"_s << 10 << u"0"_s << u"0"_s << u"0"_s;
    }
    void pnl()
    {
        QFETCH(int, side);
        QFETCH(QString, entry);
        QFETCH(QString, mark);
        QFETCH(QString, quantity);
        QFETCH(int, leverage);
        const Side s = Side(side);
        QFETCH(QString, unrealized);
        QCOMPARE(TrancheMath::unrealizedPnl(s, d(entry), d(mark), d(quantity)), d(unrealized));
        QFETCH(QString, pnlPercent);
        QFETCH(QString, roePercent);
        QCOMPARE(TrancheMath::pnlPercent(s, d(entry), d(mark)), d(pnlPercent));
        QCOMPARE(TrancheMath::roePercent(s, d(entry), d(mark), d(quantity), leverage), d(roePercent));
    }

    void theMarkAPnlImpliesIsTheMarkThatGaveIt()
    {
        // What a remote window shows from the engine's P&L: long and short, and no quantity.
        Tranche t;
        t.entryPrice = d(u"97000"_s);
        t.quantity = d(u"0.01"_s);
        t.side = Side::Long;
        t.unrealizedPnl = TrancheMath::unrealizedPnl(t, d(u"96926.5"_s));
        QCOMPARE(TrancheMath::impliedMark(t), d(u"96926.5"_s));
        t.side = Side::Short;
        t.unrealizedPnl = TrancheMath::unrealizedPnl(t, d(u"97120"_s));
        QCOMPARE(TrancheMath::impliedMark(t), d(u"97120"_s));
        t.quantity = Decimal();
        QCOMPARE(TrancheMath::impliedMark(t), d(u"97000"_s));
    }

    void percentagesOfDustSaturateInsteadOfAborting()
    {
        // Issue 10: a dust tranche (1.25e-7 at 1e-9, leverage 125, margin 1e-18) marked at 1e9: its ROE
        // of about 1e22 % is beyond Decimal and used to abort the application.
        const Decimal roe
            = TrancheMath::roePercent(Side::Long, d(u"0.000000001"_s), d(u"1000000000"_s), d(u"0.000000125"_s), 125);
        QCOMPARE(roe, ValueLimits::maxAmount());
        const Decimal shortRoe
            = TrancheMath::roePercent(Side::Short, d(u"0.000000001"_s), d(u"1000000000"_s), d(u"0.000000125"_s), 125);
        QCOMPARE(shortRoe, -ValueLimits::maxAmount());
        QCOMPARE(TrancheMath::pnlPercent(Side::Long, d(u"100"_s), d(u"110"_s)), d(u"10"_s));
    }

    void case4ThreeEntriesSumExactly()
    {
        const Decimal mark = d(u"51000"_s);
        Decimal total;
        const QStringList entries { u"50000"_s, u"49500"_s, u"49000"_s };
        const QStringList expected { u"1"_s, u"1.5"_s, u"2"_s };
        for (int i = 0; i < entries.size(); ++i) {
            const Decimal u = TrancheMath::unrealizedPnl(Side::Long, d(entries[i]), mark, d(u"0.001"_s));
            QCOMPARE(u, d(expected[i]));
            total += u;
        }
        QCOMPARE(total, d(u"4.5"_s));
    }

    void protectivePrices_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("tp");
        QTest::addColumn<QString>("sl");
        QTest::addColumn<QString>("tick");
        QTest::addColumn<QString>("tpPrice");
        QTest::addColumn<QString>("slPrice");
        QTest::newRow("case 10: LONG @100, tp 5 sl 20")
            << int(Side::Long) << u"100"_s << u"5"_s << u"20"_s << u"0.01"_s << u"105"_s << u"80"_s;
        QTest::newRow("SHORT mirror") << int(Side::Short) << u"100"_s << u"5"_s << u"20"_s << u"0.01"_s << u"95"_s
                                      << u"120"_s;
        QTest::newRow("rounded to tick, nearest")
            << int(Side::Long) << u"101.37"_s << u"1.5"_s << u"2"_s << u"0.01"_s << u"102.89"_s << u"99.34"_s;
        QTest::newRow("coarse tick 0.5") << int(Side::Long) << u"100.3"_s << u"1"_s << u"1"_s << u"0.5"_s << u"101.5"_s
                                         << u"99.5"_s;
    }
    void protectivePrices()
    {
        QFETCH(int, side);
        QFETCH(QString, entry);
        QFETCH(QString, tp);
        QFETCH(QString, sl);
        QFETCH(QString, tick);
        QFETCH(QString, tpPrice);
        QFETCH(QString, slPrice);
        QCOMPARE(TrancheMath::takeProfitPrice(Side(side), d(entry), d(tp), d(tick)), d(tpPrice));
        QCOMPARE(TrancheMath::stopLossPrice(Side(side), d(entry), d(sl), d(tick)), d(slPrice));
    }

    void isolationIsInclusiveAndExact_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<bool>("isolated");
        QTest::newRow("case 1: 47500.01 is not -5%")
            << int(Side::Long) << u"50000"_s << u"47500.01"_s << u"5"_s << false;
        QTest::newRow("case 1: 47500 is exactly -5%, inclusive")
            << int(Side::Long) << u"50000"_s << u"47500"_s << u"5"_s << true;
        QTest::newRow("case 2: SHORT 104.99 no") << int(Side::Short) << u"100"_s << u"104.99"_s << u"5"_s << false;
        QTest::newRow("case 2: SHORT 105 yes") << int(Side::Short) << u"100"_s << u"105"_s << u"5"_s << true;
        QTest::newRow("below the threshold") << int(Side::Long) << u"100"_s << u"90"_s << u"5"_s << true;
        QTest::newRow("profit never isolates") << int(Side::Long) << u"100"_s << u"110"_s << u"5"_s << false;
        QTest::newRow("threshold 100 only at zero") << int(Side::Long) << u"100"_s << u"0.01"_s << u"100"_s << false;
        QTest::newRow("fractional threshold, awkward entry")
            << int(Side::Long) << u"0.1249658"_s << u"0.118717510"_s << u"5"_s << true;
        QTest::newRow("fractional threshold, one tick above")
            << int(Side::Long) << u"0.1249658"_s << u"0.118717511"_s << u"5"_s << false;
    }
    void isolationIsInclusiveAndExact()
    {
        QFETCH(int, side);
        QFETCH(QString, entry);
        QFETCH(QString, mark);
        QFETCH(QString, threshold);
        QFETCH(bool, isolated);
        QCOMPARE(TrancheMath::isIsolationReached(Side(side), d(entry), d(mark), d(threshold)), isolated);
    }

    void recoveryIsInclusive_data()
    {
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<bool>("recovered");
        QTest::newRow("case 17: 100.49 < 0.5%") << u"100.49"_s << u"0.5"_s << false;
        QTest::newRow("case 17: 100.5 = 0.5%") << u"100.5"_s << u"0.5"_s << true;
        QTest::newRow("case 18: threshold 0 at break-even") << u"100"_s << u"0"_s << true;
        QTest::newRow("case 18: threshold 0 below break-even") << u"99.99"_s << u"0"_s << false;
    }
    void recoveryIsInclusive()
    {
        QFETCH(QString, mark);
        QFETCH(QString, threshold);
        QFETCH(bool, recovered);
        QCOMPARE(TrancheMath::isRecoveryReached(Side::Long, d(u"100"_s), d(mark), d(threshold)), recovered);
    }

    void sharesAddUpExactly()
    {
        // A fee split three ways: two proportional shares and the remainder sum to the total.
        const Decimal fee = d(u"0.1"_s);
        const Decimal whole = d(u"3"_s);
        const Decimal a = TrancheMath::proportionalShare(fee, d(u"1"_s), whole);
        const Decimal b = TrancheMath::proportionalShare(fee - a, d(u"1"_s), whole - d(u"1"_s));
        const Decimal c = fee - a - b;
        QCOMPARE(a + b + c, fee);
        QCOMPARE(TrancheMath::proportionalShare(fee, whole, whole), fee);
        QCOMPARE(TrancheMath::margin(d(u"100"_s), d(u"2"_s), 10), d(u"20"_s));
    }
};

QTEST_GUILESS_MAIN(TestTrancheMath)
#include "tst_tranche_math.moc"
