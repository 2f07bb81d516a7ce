// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/NiceTicks.h"

#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace trd::ui;
using namespace Qt::Literals::StringLiterals;

// Issue 14: chart axes read 96,000 · 97,000 · …, never 96,723.4.
class TestNiceTicks : public QObject
{
    Q_OBJECT

    static bool isNice(double step)
    {
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        return std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9;
    }

private Q_SLOTS:
    void niceStep_data()
    {
        QTest::addColumn<double>("raw");
        QTest::addColumn<double>("step");
        QTest::newRow("a nice step stays") << 2.0 << 2.0;
        QTest::newRow("just above 1 goes to 2") << 1.3 << 2.0;
        QTest::newRow("3 goes to 5") << 3.0 << 5.0;
        QTest::newRow("7 goes to 10") << 7.0 << 10.0;
        QTest::newRow("thousands") << 565.0 << 1000.0;
        QTest::newRow("fractions of a cent") << 0.0013 << 0.002;
        QTest::newRow("a float's 0.2 stays 0.2") << 0.1 + 0.1 << 0.2;
        QTest::newRow("nonsense falls back to 1") << -4.0 << 1.0;
    }
    void niceStep()
    {
        QFETCH(double, raw);
        QFETCH(double, step);
        QCOMPARE(NiceTicks::niceStep(raw), step);
    }

    void compute_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        // The range the issue saw on the BTC price chart.
        QTest::newRow("BTC price 96,725 to 99,550") << 96'725.0 << 99'550.0 << 96'000.0 << 100'000.0 << 1000.0 << 0;
        QTest::newRow("P&L around zero") << -3.7 << 12.2 << -5.0 << 15.0 << 5.0 << 0;
        QTest::newRow("a quiet ASTER price") << 1.2312 << 1.2388 << 1.230 << 1.240 << 0.002 << 3;
        QTest::newRow("reversed ends") << 10.0 << 0.0 << 0.0 << 10.0 << 2.0 << 0;
        QTest::newRow("one value is widened around it") << 50'000.0 << 50'000.0 << 49'400.0 << 50'600.0 << 200.0 << 0;
        QTest::newRow("nothing yet: zero") << 0.0 << 0.0 << -0.6 << 0.6 << 0.2 << 1;
    }
    void compute()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        const NiceTicks::Scale scale = NiceTicks::compute(lo, hi);
        QTEST(scale.min, "min");
        QTEST(scale.max, "max");
        QTEST(scale.step, "step");
        QTEST(scale.decimals, "decimals");
        QVERIFY(scale.min <= std::min(lo, hi) && scale.max >= std::max(lo, hi));
        QVERIFY(scale.tickCount() >= 2 && scale.tickCount() <= 12);
    }

    // Whatever the range, every tick is a whole number of nice steps.
    void everyTickIsAMultipleOfANiceStep_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        double lo = 0.000137;
        for (int i = 0; i < 40; ++i) {
            const double hi = lo * (1.07 + i * 0.31);
            QTest::addRow("%g..%g", lo, hi) << lo << hi;
            lo *= 3.3;
        }
    }
    void everyTickIsAMultipleOfANiceStep()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        const NiceTicks::Scale scale = NiceTicks::compute(lo, hi);
        QVERIFY2(isNice(scale.step), qPrintable(QString::number(scale.step)));
        for (int i = 0; i < scale.tickCount(); ++i) {
            const double tick = scale.min + i * scale.step;
            const double steps = tick / scale.step;
            QVERIFY2(std::abs(steps - std::round(steps)) < 1e-6, qPrintable(QString::number(tick, 'g', 17)));
        }
        // The label shows the step's last digit and nothing after it.
        QCOMPARE(QString::number(scale.step, 'f', scale.decimals).toDouble(), scale.step);
        if (scale.decimals > 0) {
            QVERIFY(QString::number(scale.step, 'f', scale.decimals - 1).toDouble() != scale.step);
        }
    }

    void applySetsAnAnchoredInterval()
    {
        QValueAxis axis;
        NiceTicks::apply(&axis, 96'725, 99'550);
        QCOMPARE(axis.min(), 96'000.0);
        QCOMPARE(axis.max(), 100'000.0);
        QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(axis.tickAnchor(), 0.0);
        QCOMPARE(axis.tickInterval(), 1000.0);
        QCOMPARE(axis.labelFormat(), u"%.0f"_s);
    }
};

QTEST_MAIN(TestNiceTicks)
#include "tst_nice_ticks.moc"
