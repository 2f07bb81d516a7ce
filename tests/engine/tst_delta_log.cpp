// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/DeltaLog.h"

#include <QTest>

namespace trd::engine {

class TstDeltaLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resumeGivesExactlyWhatWasMissed_data();
    void resumeGivesExactlyWhatWasMissed();
    void aClearedLogResumesNothingOlder();
};

void TstDeltaLog::resumeGivesExactlyWhatWasMissed_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<bool>("isResumable");
    // Ten deltas (1..10) in a log that keeps four (7..10).
    QTest::newRow("up to date: nothing to send") << qint64(10) << QList<QByteArray>() << true;
    QTest::newRow("one behind") << qint64(9) << QList<QByteArray> { "10" } << true;
    QTest::newRow("as far back as it keeps") << qint64(6) << QList<QByteArray> { "7", "8", "9", "10" } << true;
    QTest::newRow("one further: a snapshot instead") << qint64(5) << QList<QByteArray>() << false;
    QTest::newRow("from the future: a snapshot instead") << qint64(11) << QList<QByteArray>() << false;
    QTest::newRow("negative: a snapshot instead") << qint64(-1) << QList<QByteArray>() << false;
}

void TstDeltaLog::resumeGivesExactlyWhatWasMissed()
{
    QFETCH(qint64, from);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(bool, isResumable);
    DeltaLog log(4);
    for (qint64 seq = log.nextSeq(); seq <= 10; seq = log.nextSeq()) {
        log.append(seq, QByteArray::number(seq));
    }
    QCOMPARE(log.lastSeq(), 10);
    const auto missed = log.since(from);
    QCOMPARE(missed.has_value(), isResumable);
    if (missed) {
        QCOMPARE(*missed, expected);
    }
}

void TstDeltaLog::aClearedLogResumesNothingOlder()
{
    DeltaLog log(100);
    log.append(1, "1");
    log.append(2, "2");
    log.clear();
    QCOMPARE(log.lastSeq(), 2);
    QVERIFY(!log.since(1));
    QCOMPARE(log.since(2), QList<QByteArray>());
    log.append(3, "3");
    QCOMPARE(log.since(2), QList<QByteArray> { "3" });
}

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstDeltaLog)
#include "tst_delta_log.moc"
