// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ScaledClock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using trd::core::ScaledClock;

class TestScaledClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atSpeedOneItIsTheSystemClock()
    {
        const ScaledClock clock;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = clock.nowMs();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(now >= before);
        QVERIFY(now <= after);
    }

    void aFasterClockStartsAtNowAndMovesSpeedTimesAsFar()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer real;
        real.start();
        const ScaledClock clock(100.0);
        const qint64 start = clock.nowMs();
        QVERIFY(start >= before);
        QTest::qWait(50);
        const qint64 realMs = real.elapsed();
        const qint64 moved = clock.nowMs() - start;
        // At least 100 simulated ms for each real one that certainly passed, and at most 100 for
        // each that passed in all (the real time is read after the clock).
        QVERIFY2(moved >= 50 * 100, qPrintable(QString::number(moved)));
        QVERIFY2(moved <= (real.elapsed() + 1) * 100, qPrintable(QStringLiteral("%1 > %2").arg(moved).arg(realMs)));
    }

    void aSpeedThatMakesNoSenseIsTheSystemClock()
    {
        QCOMPARE(ScaledClock(0).speed(), 1.0);
        QCOMPARE(ScaledClock(-3).speed(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestScaledClock)
#include "tst_scaled_clock.moc"
