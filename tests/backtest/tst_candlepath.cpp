// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandlePath.h"

#include <QTest>

using namespace trd::backtest;
using trd::core::Decimal;

class TestCandlePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void path_data()
    {
        QTest::addColumn<QString>("ohlc");
        QTest::addColumn<QString>("expected");
        QTest::newRow("open near the high: high, then low") << "100 103 90 95"
                                                            << "100 103 90 95";
        QTest::newRow("open near the low: low, then high") << "100 110 98 105"
                                                           << "100 98 110 105";
        QTest::newRow("equally near: the low first") << "100 105 95 101"
                                                     << "100 95 105 101";
        QTest::newRow("a flat candle") << "7 7 7 7"
                                       << "7 7 7 7";
        QTest::newRow("open at the high") << "10 10 8 9"
                                          << "10 10 8 9";
    }
    void path()
    {
        QFETCH(QString, ohlc);
        QFETCH(QString, expected);
        const QStringList v = ohlc.split(u' ');
        const auto points = CandlePath::path(1'000'000, 60'000, Decimal::fromString(v[0]), Decimal::fromString(v[1]),
            Decimal::fromString(v[2]), Decimal::fromString(v[3]));
        QStringList prices;
        for (int i = 0; i < 4; ++i) {
            prices.append(points[i].price.toString());
            // Four equal steps from the open: 0, 15, 30 and 45 s of a one-minute candle.
            QCOMPARE(points[i].time, 1'000'000 + i * 15'000);
        }
        QCOMPARE(prices.join(u' '), expected);
    }
};

QTEST_GUILESS_MAIN(TestCandlePath)
#include "tst_candlepath.moc"
