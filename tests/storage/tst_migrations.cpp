// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include <QFile>
#include <QTest>

using namespace trd::storage;
using namespace Qt::Literals::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migrationsAreCompiledInAndNumberedWithoutGaps()
    {
        const QList<Migrations::Migration> migrations = Migrations::available();
        QVERIFY2(!migrations.isEmpty(), "no migration resources: is the qt_add_resources call linked in?");
        QCOMPARE(migrations.first().resourcePath, u":/trd/storage/migrations/0001_initial.sql"_s);
        for (int i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, i + 1);
            QVERIFY2(QFile::exists(migrations.at(i).resourcePath), qPrintable(migrations.at(i).resourcePath));
        }
        QCOMPARE(Migrations::latestVersion(), migrations.last().version);
    }

    void splitsStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two statements") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);"_s
                                        << QStringList { u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s };
        QTest::newRow("last statement without semicolon")
            << u"SELECT 1; SELECT 2"_s << QStringList { u"SELECT 1"_s, u"SELECT 2"_s };
        QTest::newRow("semicolon in a line comment") << u"-- a; b\nSELECT 1;"_s << QStringList { u"SELECT 1"_s };
        QTest::newRow("semicolon in a block comment") << u"SELECT /* ; */ 1;"_s << QStringList { u"SELECT   1"_s };
        QTest::newRow("semicolon and doubled quote in a string")
            << u"INSERT INTO t VALUES ('a;''b');SELECT 2;"_s
            << QStringList { u"INSERT INTO t VALUES ('a;''b')"_s, u"SELECT 2"_s };
        QTest::newRow("quoted identifier") << u"SELECT \"x;y\" FROM t;"_s << QStringList { u"SELECT \"x;y\" FROM t"_s };
        QTest::newRow("trigger body")
            << u"CREATE TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; DELETE FROM c; END;\nSELECT 1;"_s
            << QStringList { u"CREATE TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; DELETE FROM c; END"_s,
                   u"SELECT 1"_s };
        QTest::newRow("only comments and blanks") << u"-- nothing\n;\n  ;"_s << QStringList {};
    }
    void splitsStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(Migrations::splitStatements(script), statements);
    }

    void initialMigrationSplitsIntoCreateStatements()
    {
        QFile file(u":/trd/storage/migrations/0001_initial.sql"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList statements = Migrations::splitStatements(QString::fromUtf8(file.readAll()));
        QVERIFY(!statements.isEmpty());
        for (const QString &statement : statements) {
            QVERIFY2(statement.startsWith(u"CREATE "_s), qPrintable(statement));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
