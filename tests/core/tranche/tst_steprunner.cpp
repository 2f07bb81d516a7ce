// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's step rule on its own: requests leave only after the commit, work that arrives
// during a step runs after it, and a failed write or commit sends nothing and stops the runner.
#include "FakeStore.h"
#include "tranche/StepRunner.h"

#include <QStringList>
#include <QTest>

using namespace trd::core;
using trd::test::FakeStore;
using namespace Qt::Literals::StringLiterals;

class TestStepRunner : public QObject
{
    Q_OBJECT

    // One step that writes (an event), queues a request and, from inside, more work.
    static void writeAndSend(StepRunner &runner, FakeStore &store, QStringList &log, const QString &name)
    {
        StepRunner::Scope step(runner);
        if (runner.prepareWrite()) {
            TrancheEvent e;
            e.reason = name;
            if (auto id = store.appendEvent(e); !id) {
                runner.writeFailed(id.error().message);
            }
        }
        runner.send([&log, name] { log.append(u"sent "_s + name); });
        log.append(u"step "_s + name);
    }

private Q_SLOTS:
    void requestsLeaveAfterTheCommitAndQueuedWorkRunsAfterTheStep()
    {
        FakeStore store;
        QStringList log;
        store.journal = &log;
        StepRunner runner(&store);
        {
            StepRunner::Scope step(runner);
            runner.post([&] { writeAndSend(runner, store, log, u"b"_s); });
            writeAndSend(runner, store, log, u"a"_s); // nested: part of the outer step
        }
        QCOMPARE(log, (QStringList { u"step a"_s, u"commit"_s, u"sent a"_s, u"step b"_s, u"commit"_s, u"sent b"_s }));
        QVERIFY(!runner.isBusy());
        QVERIFY(!runner.isHalted());
    }

    void aFailedCommitSendsNothingAndHalts_data()
    {
        QTest::addColumn<bool>("isCommitFailing");
        QTest::newRow("the COMMIT fails") << true;
        QTest::newRow("a write fails") << false;
    }
    void aFailedCommitSendsNothingAndHalts()
    {
        QFETCH(bool, isCommitFailing);
        FakeStore store;
        QStringList log;
        StepRunner runner(&store);
        QStringList halts;
        runner.setHaltHandler([&](const QString &reason) { halts.append(reason); });
        (isCommitFailing ? store.failCommits : store.failWrites) = true;
        {
            StepRunner::Scope step(runner);
            runner.post([&] { writeAndSend(runner, store, log, u"later"_s); });
            writeAndSend(runner, store, log, u"a"_s);
        }
        QCOMPARE(log, QStringList { u"step a"_s });
        QCOMPARE(store.rollbacks, 1);
        QCOMPARE(halts.size(), 1);
        QVERIFY2(halts.first().contains(u"full"_s), qPrintable(halts.first()));
        QVERIFY(runner.isHalted());
        // Stopped for good: a healthy store again changes nothing.
        store.failCommits = store.failWrites = false;
        writeAndSend(runner, store, log, u"b"_s);
        QCOMPARE(log, (QStringList { u"step a"_s, u"step b"_s }));
        QCOMPARE(store.commits, 0);
        QCOMPARE(halts.size(), 1);
    }

    // Issue 10 item 5: what the step changed outside the store (the paper exchange's state) is
    // written in the step's own transaction, after its writes and before its commit; a step that
    // wrote nothing opens no transaction for it.
    void theBeforeCommitWriteJoinsTheStepsTransaction()
    {
        FakeStore store;
        QStringList log;
        store.journal = &log;
        StepRunner runner(&store);
        runner.setBeforeCommitHandler([&] {
            log.append(u"document"_s);
            if (auto saved = store.saveDocument(u"paper"_s, "state"); !saved) {
                runner.writeFailed(saved.error().message);
            }
        });
        writeAndSend(runner, store, log, u"a"_s);
        {
            StepRunner::Scope quiet(runner); // writes nothing
        }
        QCOMPARE(log, (QStringList { u"step a"_s, u"document"_s, u"commit"_s, u"sent a"_s }));
        QCOMPARE(store.documents.value(u"paper"_s), QByteArray("state"));
    }

    void aFailedBeforeCommitWriteSendsNothingAndHalts()
    {
        FakeStore store;
        QStringList log;
        StepRunner runner(&store);
        QStringList halts;
        runner.setHaltHandler([&](const QString &reason) { halts.append(reason); });
        runner.setBeforeCommitHandler([&] {
            store.failWrites = true;
            if (auto saved = store.saveDocument(u"paper"_s, "state"); !saved) {
                runner.writeFailed(saved.error().message);
            }
        });
        writeAndSend(runner, store, log, u"a"_s);
        QCOMPARE(log, QStringList { u"step a"_s });
        QCOMPARE(store.rollbacks, 1);
        QCOMPARE(store.commits, 0);
        QCOMPARE(halts.size(), 1);
        QVERIFY(runner.isHalted());
    }
};

QTEST_GUILESS_MAIN(TestStepRunner)
#include "tst_steprunner.moc"
