// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/InteractiveChartView.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

using namespace trd::ui;
using namespace Qt::Literals::StringLiterals;

// Issue 14: a chart's value shows when the pointer is a few pixels off its 1-px line, not only
// exactly on it: the nearest point by x, marked and labelled.
class TestChartHover : public QObject
{
    Q_OBJECT

    struct Chart
    {
        QChart *chart = new QChart;
        QLineSeries *price = new QLineSeries;
        QLineSeries *level = new QLineSeries; // a TP line: two points across the whole chart
        QScatterSeries *marks = new QScatterSeries;
        InteractiveChartView view { chart };

        Chart()
        {
            for (int x = 0; x <= 20; ++x) {
                price->append(x, 2 + (x % 2) * 0.2); // a zig-zag around 2
            }
            level->append(0, 8);
            level->append(20, 8);
            marks->append(15, 5);
            auto *x = new QValueAxis;
            auto *y = new QValueAxis;
            y->setTickType(QValueAxis::TicksDynamic); // as NiceTicks::apply sets it
            x->setRange(0, 20);
            y->setRange(0, 10);
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            for (QXYSeries *series : std::initializer_list<QXYSeries *> { price, level, marks }) {
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
                view.trackHover(series, [series](const QPointF &p) {
                    return u"%1 x=%2 y=%3"_s.arg(series->objectName()).arg(p.x()).arg(p.y());
                });
            }
            price->setObjectName(u"price"_s);
            level->setObjectName(u"level"_s);
            marks->setObjectName(u"marks"_s);
            view.resize(600, 400);
            view.show();
        }
        // Where a value is drawn, in the view's viewport coordinates.
        QPoint pixel(const QPointF &value, QAbstractSeries *series) const
        {
            return view.mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
        }
        void moveTo(const QPoint &at) { QTest::mouseMove(view.viewport(), at); }
    };

private Q_SLOTS:
    void aFewPixelsOffTheLineShowTheNearestPointByX()
    {
        Chart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.view));
        // 4 px under the price line, a little right of the point at x = 7.
        const QPoint at = c.pixel(QPointF(7.2, 2.2), c.price) + QPoint(0, 4);
        c.moveTo(at);
        QTRY_COMPARE(c.view.hoverText(), u"price x=7 y=2.2"_s);
        QCOMPARE(c.view.hoverValue(), QPointF(7, 2.2));
    }

    void aLongStraightLineIsLabelledWhereThePointerIs()
    {
        Chart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.view));
        const QPoint at = c.pixel(QPointF(12, 8), c.level) + QPoint(0, -3);
        c.moveTo(at);
        QTRY_VERIFY(c.view.hoverText().startsWith(u"level x="_s));
        QVERIFY(c.view.hoverText().endsWith(u" y=8"_s));
        QVERIFY(std::abs(c.view.hoverValue().x() - 12) < 0.2);
    }

    void aScatteredMarkIsHitOnItsMarker()
    {
        Chart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.view));
        c.moveTo(c.pixel(QPointF(15, 5), c.marks) + QPoint(3, 3));
        QTRY_COMPARE(c.view.hoverText(), u"marks x=15 y=5"_s);
    }

    void farFromEveryLineNothingIsShown()
    {
        Chart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.view));
        c.moveTo(c.pixel(QPointF(7, 2.2), c.price) + QPoint(0, 4));
        QTRY_VERIFY(!c.view.hoverText().isEmpty());
        // 30 px off: the label goes.
        c.moveTo(c.pixel(QPointF(7, 2.2), c.price) + QPoint(0, -30));
        QTRY_VERIFY(c.view.hoverText().isEmpty());
        QCOMPARE(c.view.hoverValue(), QPointF());
    }

    // A dock at 150 % on a 768-pixel screen leaves ~150 px: the plot keeps most of it.
    void aShortChartDropsItsLegendAndMargins()
    {
        Chart c;
        c.chart->setTitle(u"ETHUSDT mark price"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&c.view));
        QVERIFY(!c.view.isCompact());
        QVERIFY(c.chart->legend()->isVisible());
        c.view.resize(600, 150);
        QTRY_VERIFY(c.view.isCompact());
        QVERIFY(!c.chart->legend()->isVisible());
        QTRY_VERIFY2(c.chart->plotArea().height() >= 0.4 * c.view.height(),
            qPrintable(QString::number(c.chart->plotArea().height())));
        // Shorter still: fewer value ticks, so the chart fits its view instead of being cut.
        c.view.resize(600, 100);
        QTRY_COMPARE(c.chart->size().height(), 100.0);
        QVERIFY(c.view.valueTickTarget() <= 2);
        c.view.resize(600, 400);
        QTRY_VERIFY(!c.view.isCompact());
        QVERIFY(c.chart->legend()->isVisible());
    }

    void aDeletedSeriesIsDropped()
    {
        Chart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.view));
        c.chart->removeSeries(c.level);
        delete c.level;
        c.moveTo(c.pixel(QPointF(12, 8), c.price) + QPoint(0, -2));
        QTest::qWait(0);
        QVERIFY(c.view.hoverText().isEmpty());
    }
};

QTEST_MAIN(TestChartHover)
#include "tst_chart_hover.moc"
