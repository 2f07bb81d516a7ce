// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "hunter/EntrySizer.h"

#include <QTest>

using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

// hunter.md "Sizing": margin × leverage → quantity on the symbol's filters.
class TestEntrySizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void size_data()
    {
        QTest::addColumn<QString>("margin");
        QTest::addColumn<int>("leverage");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("minQty");
        QTest::addColumn<QString>("minNotional");
        QTest::addColumn<QString>("maxQty");
        QTest::addColumn<QString>("quantity"); // empty: refused
        QTest::addColumn<QString>("usedMargin"); // or, when refused, the margin that would work
        QTest::addColumn<bool>("raised");
        QTest::newRow("notional divided by price")
            << u"10"_s << 10 << u"50"_s << u"0.001"_s << u"0.001"_s << u"5"_s << u"0"_s << u"2"_s << u"10"_s << false;
        QTest::newRow("the quantity is rounded down to the step")
            << u"10"_s << 10 << u"30"_s << u"0.01"_s << u"0.01"_s << u"5"_s << u"0"_s << u"3.33"_s << u"9.99"_s
            << false;
        QTest::newRow("below minNotional: raised to minNotional × 1.01, rounded up to the step")
            << u"0.1"_s << 1 << u"100"_s << u"0.001"_s << u"0.001"_s << u"5"_s << u"0"_s << u"0.051"_s << u"5.1"_s
            << true;
        QTest::newRow("exactly minNotional is not raised") << u"0.5"_s << 10 << u"100"_s << u"0.001"_s << u"0.001"_s
                                                           << u"5"_s << u"0"_s << u"0.05"_s << u"0.5"_s << false;
        QTest::newRow("above maxQty: cut to maxQty")
            << u"1000"_s << 10 << u"1"_s << u"1"_s << u"1"_s << u"5"_s << u"5000"_s << u"5000"_s << u"500"_s << false;
        QTest::newRow("below minQty: refused with the margin that reaches it")
            << u"10"_s << 10 << u"110965.7"_s << u"0.001"_s << u"0.001"_s << u"5"_s << u"0"_s << u""_s << u"11.1"_s
            << false;
        QTest::newRow("a whole-unit step below one unit: refused")
            << u"1"_s << 1 << u"20"_s << u"1"_s << u"1"_s << u"0"_s << u"0"_s << u""_s << u"20"_s << false;
    }

    void size()
    {
        QFETCH(QString, margin);
        QFETCH(int, leverage);
        QFETCH(QString, price);
        QFETCH(QString, step);
        QFETCH(QString, minQty);
        QFETCH(QString, minNotional);
        QFETCH(QString, maxQty);
        QFETCH(QString, quantity);
        QFETCH(QString, usedMargin);
        QFETCH(bool, raised);
        SymbolFilters f;
        f.stepSize = Decimal::fromString(step);
        f.minQty = Decimal::fromString(minQty);
        f.minNotional = Decimal::fromString(minNotional);
        f.maxQty = Decimal::fromString(maxQty);
        const EntrySize s = EntrySizer::size(f, Decimal::fromString(margin), leverage, Decimal::fromString(price));
        if (quantity.isEmpty()) {
            QVERIFY(!s.isValid);
            QCOMPARE(s.refusal, u"quantity below minQty"_s);
            QCOMPARE(s.marginNeeded, Decimal::fromString(usedMargin));
            return;
        }
        QVERIFY(s.isValid);
        QCOMPARE(s.quantity, Decimal::fromString(quantity));
        QCOMPARE(s.margin, Decimal::fromString(usedMargin));
        QCOMPARE(s.isRaisedToMinNotional, raised);
    }

    void noPriceIsNoSize()
    {
        const EntrySize s = EntrySizer::size(SymbolFilters {}, Decimal::fromInt(10), 10, Decimal());
        QVERIFY(!s.isValid);
    }
};

QTEST_GUILESS_MAIN(TestEntrySizer)
#include "tst_entrysizer.moc"
