// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "DbTransaction.h"
#include "Migrations.h"
#include "RawSqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trd;
using namespace trd::storage;
using namespace Qt::Literals::StringLiterals;

namespace {

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
        return {};
    }
    return query.value(0);
}

qint64 metaCount(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM meta"_s) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

core::Result<void> insertMeta(Database &db, const QString &key)
{
    return db.exec(u"INSERT INTO meta (key, value) VALUES ('%1', 'x')"_s.arg(key), u"inserting "_s + key);
}

QString probePath()
{
    return QStringLiteral(TRD_STORE_PROBE);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_path = m_dir.filePath(u"test%1.sqlite"_s.arg(++m_counter));
    }

    void newFileGetsWalForeignKeysAndOurIdentity_data()
    {
        QTest::addColumn<bool>("durable");
        QTest::addColumn<int>("synchronous");
        QTest::newRow("durable: synchronous FULL") << true << 2;
        QTest::newRow("not durable: synchronous NORMAL") << false << 1;
    }
    void newFileGetsWalForeignKeysAndOurIdentity()
    {
        QFETCH(bool, durable);
        QFETCH(int, synchronous);
        auto db = Database::open(path(), { durable });
        QVERIFY2(db, qPrintable(db.error().message));
        Database &database = *db.value();
        QCOMPARE(pragma(database, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(database, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(database, u"synchronous"_s).toInt(), synchronous);
        QCOMPARE(pragma(database, u"application_id"_s).toLongLong(), qint64(Database::kApplicationId));
        QCOMPARE(pragma(database, u"user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        QVERIFY(pragma(database, u"busy_timeout"_s).toInt() > 0);
        const QStringList tables = database.connection().tables();
        for (const QString &table : { u"tranches"_s, u"tranche_events"_s, u"orders"_s, u"meta"_s }) {
            QVERIFY2(tables.contains(table), qPrintable(table));
        }
    }

    void reopeningKeepsDataAndSchema()
    {
        {
            auto db = Database::open(path());
            QVERIFY2(db, qPrintable(db.error().message));
            QVERIFY(insertMeta(*db.value(), u"k"_s));
        }
        QVERIFY2(!QFile::exists(path() + u".lock"_s), "the lock file outlives the database");
        auto db = Database::open(path());
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(metaCount(*db.value()), 1);
    }

    void secondOpenInTheSameProcessIsRefused()
    {
        auto first = Database::open(path());
        QVERIFY2(first, qPrintable(first.error().message));
        auto second = Database::open(path());
        QVERIFY(!second);
        QCOMPARE(second.error().message,
            u"database %1 is already in use by another TrancheDesk process (pid %2)"_s.arg(
                path(), QString::number(QCoreApplication::applicationPid())));
        // The refusal touched nothing of the first.
        QVERIFY(insertMeta(*first.value(), u"after"_s));
        QCOMPARE(metaCount(*first.value()), 1);
        QVERIFY(QFile::exists(path() + u".lock"_s));
    }

    void secondProcessIsRefusedWhileWeHoldTheDatabase()
    {
        auto db = Database::open(path());
        QVERIFY2(db, qPrintable(db.error().message));
        QVERIFY(insertMeta(*db.value(), u"before"_s));

        QProcess probe;
        probe.start(probePath(), { path() });
        QVERIFY2(probe.waitForFinished(30000), qPrintable(probe.errorString()));
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        const QString stderrText = QString::fromUtf8(probe.readAllStandardError()).trimmed();
        QCOMPARE(probe.exitCode(), 2);
        QCOMPARE(stderrText,
            u"database %1 is already in use by another TrancheDesk process (pid %2)"_s.arg(
                path(), QString::number(QCoreApplication::applicationPid())));

        QVERIFY(insertMeta(*db.value(), u"after"_s));
        QCOMPARE(metaCount(*db.value()), 2);
    }

    void weAreRefusedWhileAnotherProcessHoldsTheDatabase()
    {
        QProcess holder;
        holder.start(probePath(), { path(), u"--hold"_s });
        QVERIFY2(holder.waitForStarted(30000), qPrintable(holder.errorString()));
        QByteArray output;
        // QTRY evaluates its expression more than once, so the output is collected, not consumed.
        const auto hasOpened = [&holder, &output] {
            output += holder.readAllStandardOutput();
            return output.contains("opened");
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasOpened(), 30000);

        auto refused = Database::open(path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
            u"database %1 is already in use by another TrancheDesk process (pid %2)"_s.arg(
                path(), QString::number(holder.processId())));

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        auto db = Database::open(path());
        QVERIFY2(db, qPrintable(db.error().message));
    }

    void lockLeftByACrashedProcessIsTakenOver()
    {
        QProcess crasher;
        crasher.start(probePath(), { path(), u"--crash"_s });
        QVERIFY(crasher.waitForFinished(30000));
        QCOMPARE(crasher.exitCode(), 3);
        QVERIFY2(QFile::exists(path() + u".lock"_s), "the probe was meant to leave its lock file behind");

        auto db = Database::open(path());
        QVERIFY2(db, qPrintable(db.error().message));
        QVERIFY(insertMeta(*db.value(), u"k"_s));
    }

    void refusesFilesThatAreNotOursWithoutTouchingThem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("random bytes") << u"garbage"_s << u"%1 is not a TrancheDesk database (not an SQLite file)"_s;
        QTest::newRow("short text file") << u"text"_s << u"%1 is not a TrancheDesk database (not an SQLite file)"_s;
        QTest::newRow("SQLite file of another application")
            << u"foreign"_s << u"%1 is not a TrancheDesk database (it belongs to another application)"_s;
        QTest::newRow("SQLite file with another application id and no tables")
            << u"foreign-id"_s << u"%1 is not a TrancheDesk database (it belongs to another application)"_s;
        QTest::newRow("our file written by a newer build")
            << u"newer"_s
            << u"%1 was written by a newer TrancheDesk (schema 99, this build knows %2)"_s.arg(
                   u"%1"_s, QString::number(Migrations::latestVersion()));
    }
    void refusesFilesThatAreNotOursWithoutTouchingThem()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        if (kind == u"garbage") {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator generator(42);
            generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        } else if (kind == u"text") {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"symbols\": {}}\n");
        } else if (kind == u"foreign" || kind == u"foreign-id") {
            RawSqlite raw(path());
            QVERIFY(raw.isOpen());
            QString error;
            if (kind == u"foreign") {
                raw.exec(u"CREATE TABLE foo (x INTEGER)"_s, &error);
                raw.exec(u"INSERT INTO foo VALUES (1)"_s, &error);
            } else {
                raw.exec(u"PRAGMA application_id = 1234"_s, &error);
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
            raw.close();
        } else {
            {
                auto db = Database::open(path());
                QVERIFY2(db, qPrintable(db.error().message));
            }
            RawSqlite raw(path());
            QString error;
            raw.exec(u"PRAGMA user_version = 99"_s, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            raw.close();
        }
        const QByteArray before = fileBytes(path());
        QVERIFY(!before.isEmpty());

        auto db = Database::open(path());
        QVERIFY(!db);
        QCOMPARE(db.error().message, message.arg(path()));
        QCOMPARE(fileBytes(path()), before);
        QVERIFY2(!QFile::exists(path() + u"-wal"_s), "a WAL file was created next to a refused file");
        QVERIFY2(!QFile::exists(path() + u".lock"_s), "the lock of a refused file was not released");
    }

    void emptyFileIsInitialised()
    {
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto db = Database::open(path());
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    }

    void nestedCommitWritesOnlyAtTheOutermost()
    {
        auto opened = Database::open(path());
        QVERIFY2(opened, qPrintable(opened.error().message));
        Database &db = *opened.value();
        QVERIFY(db.begin());
        QVERIFY(db.begin());
        QVERIFY(insertMeta(db, u"a"_s));
        QVERIFY(db.commit());
        QCOMPARE(db.transactionDepth(), 1);
        {
            RawSqlite reader(path());
            QCOMPARE(reader.exec(u"SELECT count(*) FROM meta"_s).toInt(), 0); // not yet visible outside
        }
        QVERIFY(db.commit());
        QCOMPARE(db.transactionDepth(), 0);
        RawSqlite reader(path());
        QCOMPARE(reader.exec(u"SELECT count(*) FROM meta"_s).toInt(), 1);
    }

    void innerRollbackLeavesNothing()
    {
        auto opened = Database::open(path());
        QVERIFY2(opened, qPrintable(opened.error().message));
        Database &db = *opened.value();
        QVERIFY(db.begin());
        QVERIFY(insertMeta(db, u"outer"_s));
        {
            DbTransaction inner(db);
            QVERIFY(inner.isActive());
            QVERIFY(insertMeta(db, u"inner"_s));
        } // not committed: rolls back, which dooms the outer transaction too
        QVERIFY(insertMeta(db, u"later"_s));
        const auto committed = db.commit();
        QVERIFY(!committed);
        QVERIFY2(committed.error().message.contains(u"nothing of this transaction was written"_s),
            qPrintable(committed.error().message));
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(metaCount(db), 0);

        // The next transaction is a fresh one.
        DbTransaction next(db);
        QVERIFY(insertMeta(db, u"next"_s));
        QVERIFY(next.commit());
        QCOMPARE(metaCount(db), 1);
    }

    void commitWithoutBeginIsAnError()
    {
        auto opened = Database::open(path());
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY(!opened.value()->commit());
    }

    void sqlErrorsSayWhatWasBeingDone()
    {
        auto opened = Database::open(path());
        QVERIFY2(opened, qPrintable(opened.error().message));
        const auto done = opened.value()->exec(u"SELECT * FROM nowhere"_s, u"reading nowhere"_s);
        QVERIFY(!done);
        QVERIFY2(done.error().message.startsWith(u"reading nowhere: "_s), qPrintable(done.error().message));
        QVERIFY2(done.error().message.contains(u"no such table: nowhere"_s), qPrintable(done.error().message));
    }

    void inMemoryDatabaseNeedsNoFile()
    {
        auto opened = Database::open(Database::kInMemoryPath.toString());
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY(insertMeta(*opened.value(), u"k"_s));
        QCOMPARE(metaCount(*opened.value()), 1);
    }

private:
    const QString &path() const { return m_path; }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
