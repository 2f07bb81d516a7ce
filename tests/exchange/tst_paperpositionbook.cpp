// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "PaperTestHelpers.h"
#include "paper/PaperPositionBook.h"

#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

class TestPaperPositionBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each fill is "<signed quantity>@<price>", applied in order to one BOTH position.
    void accountsLikeTheExchange_data()
    {
        QTest::addColumn<QStringList>("fills");
        QTest::addColumn<Decimal>("amount");
        QTest::addColumn<Decimal>("entryPrice");
        QTest::addColumn<Decimal>("realizedProfit");
        QTest::newRow("opening sets the entry at the fill price")
            << QStringList { u"1@100"_s } << d(u"1") << d(u"100") << d(u"0");
        QTest::newRow("increasing averages the entry by volume")
            << QStringList { u"1@100"_s, u"3@120"_s } << d(u"4") << d(u"115") << d(u"0");
        QTest::newRow("reducing a long keeps the entry and realizes the reduced part")
            << QStringList { u"2@100"_s, u"-0.5@120"_s } << d(u"1.5") << d(u"100") << d(u"10");
        QTest::newRow("reducing a long at a loss realizes a negative profit")
            << QStringList { u"2@100"_s, u"-1@90"_s } << d(u"1") << d(u"100") << d(u"-10");
        QTest::newRow("reducing a short profits when the price fell")
            << QStringList { u"-2@100"_s, u"1@90"_s } << d(u"-1") << d(u"100") << d(u"10");
        QTest::newRow("growing a short averages its entry")
            << QStringList { u"-1@100"_s, u"-1@110"_s } << d(u"-2") << d(u"105") << d(u"0");
        QTest::newRow("closing to zero clears the entry")
            << QStringList { u"1@100"_s, u"-1@105"_s } << d(u"0") << d(u"0") << d(u"5");
        QTest::newRow("flipping through zero opens the rest at the fill price")
            << QStringList { u"1@100"_s, u"-3@90"_s } << d(u"-2") << d(u"90") << d(u"-10");
        QTest::newRow("0.1 then 0.2 then reducing 0.3 leaves exactly zero")
            << QStringList { u"0.1@100"_s, u"0.2@100"_s, u"-0.3@100"_s } << d(u"0") << d(u"0") << d(u"0");
        QTest::newRow("uneven volume weighting keeps 18 decimals")
            << QStringList { u"1@100"_s, u"2@101"_s } << d(u"3") << d(u"100.666666666666666667") << d(u"0");
    }
    void accountsLikeTheExchange()
    {
        QFETCH(QStringList, fills);
        QFETCH(Decimal, amount);
        QFETCH(Decimal, entryPrice);
        QFETCH(Decimal, realizedProfit);

        PaperPositionBook book;
        Decimal realized;
        qint64 time = 1000;
        for (const QString &fill : std::as_const(fills)) {
            const QStringList parts = fill.split(u'@');
            realized += book.apply(kSymbol, PositionSide::Both, Decimal::fromString(parts[0]),
                                Decimal::fromString(parts[1]), ++time)
                            .realizedProfit;
        }
        QCOMPARE(book.amount(kSymbol, PositionSide::Both), amount);
        QCOMPARE(book.snapshot(kSymbol, PositionSide::Both).entryPrice, entryPrice);
        QCOMPARE(realized, realizedProfit);
        QCOMPARE(book.snapshot(kSymbol, PositionSide::Both).time, time);
        QCOMPARE(book.positions().size(), amount.isZero() ? 0 : 1);
    }

    void hedgeSidesAreSeparateEntries()
    {
        PaperPositionBook book;
        book.apply(kSymbol, PositionSide::Long, d(u"1"), d(u"100"), 1);
        book.apply(kSymbol, PositionSide::Short, d(u"-2"), d(u"110"), 2);
        const auto result = book.apply(kSymbol, PositionSide::Short, d(u"0.5"), d(u"100"), 3);
        QCOMPARE(result.realizedProfit, d(u"5"));
        QCOMPARE(result.closedQuantity, d(u"0.5"));

        const PositionSnapshots positions = book.positions();
        QCOMPARE(positions.size(), 2);
        QCOMPARE(toString(positions[0].positionSide), u"LONG"_s);
        QCOMPARE(positions[0].amount, d(u"1"));
        QCOMPARE(positions[0].entryPrice, d(u"100"));
        QCOMPARE(toString(positions[1].positionSide), u"SHORT"_s);
        QCOMPARE(positions[1].amount, d(u"-1.5"));
        QCOMPARE(positions[1].entryPrice, d(u"110"));
    }

    void listsNonZeroPositionsBySymbol()
    {
        PaperPositionBook book;
        book.set(u"ETHUSDT"_s, PositionSide::Both, d(u"-2"), d(u"3000"), 1);
        book.set(kSymbol, PositionSide::Both, d(u"1"), d(u"50000"), 1);
        book.set(u"XRPUSDT"_s, PositionSide::Both, d(u"0"), d(u"1"), 1);
        const PositionSnapshots all = book.positions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].symbol, kSymbol);
        QCOMPARE(all[1].symbol, u"ETHUSDT"_s);
        QCOMPARE(book.positions(u"ETHUSDT"_s).size(), 1);
        QCOMPARE(book.snapshot(u"XRPUSDT"_s, PositionSide::Both).entryPrice, d(u"0"));
        QCOMPARE(book.snapshot(u"NOPE"_s, PositionSide::Long).amount, d(u"0"));
    }
};

QTEST_GUILESS_MAIN(TestPaperPositionBook)
#include "tst_paperpositionbook.moc"
