// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"
#include "Scenario.h"
#include "SqliteTrancheStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(TRD_CLI_PATH), args);
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        qFatal("tranchedesk-cli did not finish");
    }
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Run sqlite(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, { u"-header"_s, u"-csv"_s, db, sql });
    if (!p.waitForStarted(10000)) {
        return { -2, {}, u"the sqlite3 shell is not installed (packaging/setup.sh installs it)"_s };
    }
    p.waitForFinished(30000);
    return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
}

QList<QStringList> parseCsv(const QByteArray &data)
{
    // Enough of RFC 4180 for our files: quoted fields with doubled quotes, CRLF rows.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

Scenario standard()
{
    Scenario sc;
    sc.enter(u"LONG"_s, u"1"_s, u"100"_s).enter(u"LONG"_s, u"1"_s, u"101"_s).mark(u"95.5"_s);
    sc.enter(u"LONG"_s, u"1"_s, u"95.5"_s).external(u"SELL"_s, u"1"_s, u"97"_s);
    return sc;
}

} // namespace

// The command-line contract of formats.md §2–§3: exit codes, messages that name the problem,
// nothing stored lost on bad input, and files other tools read unchanged.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledExamplesRun_data()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(TRD_SOURCE_DIR "/resources/examples"));
        const QStringList files = examples.entryList({ u"*.jsonl"_s }, QDir::Files);
        QVERIFY2(!files.isEmpty(), "resources/examples has no scenario");
        for (const QString &f : files) {
            QTest::newRow(qPrintable(f)) << examples.filePath(f);
        }
    }
    void bundledExamplesRun()
    {
        QFETCH(QString, path);
        const Run r = cli({ u"simulate"_s, path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!out.value(u"tranches"_s).toArray().isEmpty());
        QVERIFY(out.value(u"summary"_s).isObject());
    }

    void realWorldExampleMatchesTheGuide()
    {
        const Run r
            = cli({ u"simulate"_s, QStringLiteral(TRD_SOURCE_DIR "/resources/examples/real-world-example.jsonl") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        QStringList story;
        for (const QJsonValue &v : out.value(u"tranches"_s).toArray()) {
            const QJsonObject t = v.toObject();
            story << u"#%1 %2 %3 %4"_s.arg(t.value(u"index"_s).toInt())
                         .arg(t.value(u"entryPrice"_s).toString(), t.value(u"closeReason"_s).toString(),
                             t.value(u"isolated"_s).toBool() ? u"isolated"_s : u"-"_s);
        }
        QCOMPARE(story.join(u"; "_s), u"#1 50000 recovery isolated; #2 47800 tp -; #3 48200 tp -"_s);
        QCOMPARE(out.value(u"summary"_s).toObject().value(u"realizedPnl"_s).toString(), u"25"_s);
    }

    void badScenarioLines_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"type\": \"mark\",") << u"line 3: not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1,2]") << u"line 3: not valid JSON: expected a JSON object"_s;
        QTest::newRow("time beyond any date") << QByteArray("{\"t\":17361540636154060000,\"type\":\"sync\"}")
                                              << u"line 3: \"t\" must be a whole number of epoch milliseconds"_s;
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"teleport\"}")
                                      << u"line 3: unknown type \"teleport\""_s;
        QTest::newRow("missing price") << QByteArray("{\"type\":\"mark\",\"symbol\":\"TESTUSDT\"}")
                                       << u"line 3: \"price\" must be a decimal number"_s;
        QTest::newRow("bad decimal") << QByteArray("{\"type\":\"mark\",\"symbol\":\"TESTUSDT\",\"price\":\"1.2.3\"}")
                                     << u"line 3: \"price\": \"1.2.3\" is not a decimal number"_s;
        QTest::newRow("negative price") << QByteArray("{\"type\":\"mark\",\"symbol\":\"TESTUSDT\",\"price\":\"-5\"}")
                                        << u"line 3: \"price\" must be greater than 0, got -5"_s;
        QTest::newRow("bad side") << QByteArray(
            "{\"type\":\"enter\",\"symbol\":\"TESTUSDT\",\"side\":\"UP\",\"qty\":\"1\"}")
                                  << u"line 3: \"side\" must be one of LONG, SHORT, got \"UP\""_s;
        QTest::newRow("qty and margin") << QByteArray("{\"type\":\"enter\",\"symbol\":\"TESTUSDT\",\"side\":\"LONG\","
                                                      "\"qty\":\"1\",\"margin\":\"10\"}")
                                        << u"line 3: give exactly one of \"qty\" and \"margin\""_s;
        QTest::newRow("time goes backwards")
            << QByteArray("{\"t\":5,\"type\":\"sync\"}") << u"line 3: \"t\" goes backwards"_s;
        QTest::newRow("out-of-range config")
            << QByteArray("{\"type\":\"config\",\"config\":{\"symbols\":{\"TESTUSDT\":{\"maxTranches\":0}}}}")
            << u"line 3: invalid configuration: symbols.TESTUSDT.maxTranches: 0 is out of range 1–10"_s;
        // Issue 10 item 1: values that parse but that no exchange can hold abort nothing.
        QTest::newRow("position beyond any exchange, then sync")
            << QByteArray("{\"type\":\"exchange_position\",\"symbol\":\"TESTUSDT\",\"positionSide\":\"BOTH\","
                          "\"amount\":\"100000000000000000000\",\"entryPrice\":\"50000\"}\n{\"type\":\"sync\"}")
            << u"line 3: \"amount\": 100000000000000000000 is out of range (a quantity is at most 1000000000)"_s;
        QTest::newRow("external fill of 1e17")
            << QByteArray("{\"type\":\"external_fill\",\"symbol\":\"TESTUSDT\",\"side\":\"BUY\",\"qty\":1e17,"
                          "\"price\":\"50000\"}\n{\"type\":\"sync\"}")
            << u"line 3: \"qty\": 100000000000000000 is out of range"_s;
        QTest::newRow("mark beyond any price")
            << QByteArray("{\"type\":\"mark\",\"symbol\":\"TESTUSDT\",\"price\":\"99999999999999999999\"}")
            << u"line 3: \"price\": 99999999999999999999 is out of range (a price is at most 1000000000)"_s;
        // Item 5: negative values that used to pass silently.
        QTest::newRow("negative minNotional")
            << QByteArray("{\"type\":\"symbol\",\"symbol\":\"TESTUSDT\",\"tickSize\":\"0.01\",\"stepSize\":\"0.001\","
                          "\"minQty\":\"0.001\",\"minNotional\":\"-5\"}")
            << u"line 3: \"minNotional\" must be 0 or more, got -5"_s;
        QTest::newRow("negative entry price")
            << QByteArray("{\"type\":\"exchange_position\",\"symbol\":\"TESTUSDT\",\"positionSide\":\"BOTH\","
                          "\"amount\":\"1\",\"entryPrice\":\"-100\"}")
            << u"line 3: \"entryPrice\": -100 is out of range (a price is never negative)"_s;
    }
    void badScenarioLines()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, message);
        QTemporaryDir dir;
        // A store with history already in it: a bad scenario must not touch it.
        const QString db = dir.filePath(u"store.sqlite"_s);
        Scenario first = standard();
        QVERIFY(cli({ u"simulate"_s, writeFile(dir, u"first.jsonl"_s, first.text().toUtf8()), u"--db"_s, db }).exitCode
            == 0);
        const QByteArray before = digest(db);
        const QByteArray scenario = "{\"t\":1000,\"type\":\"mark\",\"symbol\":\"TESTUSDT\",\"price\":\"100\"}\n"
                                    "{\"type\":\"enter\",\"symbol\":\"TESTUSDT\",\"side\":\"LONG\",\"qty\":\"1\"}\n"
            + badLine + "\n";
        const Run r = cli({ u"simulate"_s, writeFile(dir, u"bad.jsonl"_s, scenario), u"--db"_s, db });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(digest(db), before);
    }

    void aHugeBadValueIsNotEchoedWhole()
    {
        QTemporaryDir dir;
        const QByteArray huge(10 * 1024 * 1024, 'x');
        const QByteArray scenario = "{\"type\":\"mark\",\"symbol\":\"TESTUSDT\",\"price\":\"" + huge + "\"}\n";
        const Run r = cli({ u"simulate"_s, writeFile(dir, u"huge.jsonl"_s, scenario) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"line 1: \"price\": \""_s), qPrintable(r.err.left(300)));
        QVERIFY2(r.err.contains(QString(80, u'x') + u"…\""_s), qPrintable(r.err.left(300)));
        QVERIFY2(r.err.size() < 400, qPrintable(u"%1 characters on stderr"_s.arg(r.err.size())));
        for (const QByteArray &line : QList<QByteArray> { "{\"type\":\"" + huge + "\"}\n",
                 "{\"type\":\"enter\",\"symbol\":\"TESTUSDT\",\"side\":\"" + huge + "\",\"qty\":\"1\"}\n" }) {
            const Run other = cli({ u"simulate"_s, writeFile(dir, u"other.jsonl"_s, line) });
            QCOMPARE(other.exitCode, 2);
            QVERIFY2(other.err.size() < 400, qPrintable(u"%1 characters on stderr"_s.arg(other.err.size())));
        }
    }

    void corruptOrForeignDatabasesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i) {
            garbage.append(char((i * 7919) % 251));
        }
        QTest::newRow("random bytes") << garbage << u"is not a TrancheDesk database"_s;
        QTest::newRow("a text file") << QByteArray("hello, I am a spreadsheet\n") << u"is not a TrancheDesk database"_s;
    }
    void corruptOrForeignDatabasesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = writeFile(dir, u"x.sqlite"_s, content);
        const QString scenario = writeFile(dir, u"s.jsonl"_s, standard().text().toUtf8());
        for (const QStringList &args : { QStringList { u"simulate"_s, scenario, u"--db"_s, db },
                 QStringList { u"export"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"csv"_s) } }) {
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message) && r.err.contains(db), qPrintable(r.err));
            QCOMPARE(digest(db), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        }
    }

    void aForeignSqliteDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"other.sqlite"_s);
        QVERIFY(sqlite(db, u"CREATE TABLE customers(id INTEGER, name TEXT); INSERT INTO customers VALUES (1, 'x');"_s)
                    .exitCode
            == 0);
        const QByteArray before = digest(db);
        const Run r = cli({ u"simulate"_s, writeFile(dir, u"s.jsonl"_s, standard().text().toUtf8()), u"--db"_s, db });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not a TrancheDesk database"_s), qPrintable(r.err));
        QCOMPARE(digest(db), before);
        QCOMPARE(sqlite(db, u"SELECT name FROM customers;"_s).out.replace('\r', "").trimmed(), QByteArray("name\nx"));
    }

    void case26_aSecondProcessIsRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"store.sqlite"_s);
        Scenario sc = standard();
        QJsonObject firstOut = sc.run(db); // this process holds the store open
        const Run r = cli({ u"simulate"_s, writeFile(dir, u"s.jsonl"_s, standard().text().toUtf8()), u"--db"_s, db });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"already in use by another TrancheDesk process"_s), qPrintable(r.err));
        // The first process is unaffected: it keeps trading and storing.
        sc.mark(u"110"_s);
        const QJsonObject later = sc.run();
        QVERIFY(Scenario::count(later, u"events"_s) > Scenario::count(firstOut, u"events"_s));
        QCOMPARE(later.value(u"summary"_s).toObject().value(u"openTranches"_s).toInt(), 0); // TPs fired at 110
    }

    void exportReadsWhileTheStoreIsInUseAndWritesNothing()
    {
        // Issue 10 item 7: export needed the lock and write access.
        QTemporaryDir dir;
        const QString db = dir.filePath(u"store.sqlite"_s);
        Scenario sc = standard();
        const QJsonObject out = sc.run(db); // this process holds the store open, and its lock
        const QByteArray before = digest(db);
        const Run exported = cli({ u"export"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"csv"_s) });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains("exported %1 tranches"_ba.replace(
                     "%1", QByteArray::number(out.value(u"tranches"_s).toArray().size()))),
            exported.out.constData());
        QCOMPARE(digest(db), before);
        // The running process is unaffected and keeps storing.
        sc.mark(u"110"_s);
        QVERIFY(Scenario::count(sc.run(), u"events"_s) > Scenario::count(out, u"events"_s));
    }

    void case25_theGuidesQueriesRunInTheSqliteShell()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"store.sqlite"_s);
        const Run run = cli({ u"simulate"_s, writeFile(dir, u"s.jsonl"_s, standard().text().toUtf8()), u"--db"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        const auto rows = [&](const QString &sql) {
            const Run r = sqlite(db, sql);
            if (r.exitCode != 0) {
                qWarning().noquote() << sql << r.err;
                return qsizetype(-1);
            }
            // The shell prints the header only above rows.
            return r.out.trimmed().isEmpty() ? qsizetype(0) : parseCsv(r.out).size() - 1;
        };
        const int open = out.value(u"summary"_s).toObject().value(u"openTranches"_s).toInt();
        const int isolated = out.value(u"summary"_s).toObject().value(u"isolatedTranches"_s).toInt();
        QCOMPARE(open, 2);
        QCOMPARE(isolated, 1);
        QCOMPARE(rows(u"SELECT * FROM tranches WHERE status = 'active';"_s), qsizetype(open));
        QCOMPARE(rows(u"SELECT * FROM tranches WHERE isolated = 1;"_s), qsizetype(isolated));
        QCOMPARE(rows(u"SELECT * FROM tranche_events ORDER BY event_time DESC LIMIT 20;"_s),
            qMin<qsizetype>(20, Scenario::count(out, u"events"_s)));
        QCOMPARE(rows(u"SELECT * FROM tranches WHERE symbol = 'BTCUSDT' ORDER BY entry_time DESC;"_s), qsizetype(0));
        QCOMPARE(rows(u"SELECT * FROM tranches WHERE symbol = 'TESTUSDT' ORDER BY entry_time DESC;"_s), qsizetype(3));
        const Run del = sqlite(db, u"DELETE FROM tranches WHERE status = 'closed' AND exit_time < 99999999999999;"_s);
        QVERIFY2(del.exitCode == 0, qPrintable(del.err));
        QCOMPARE(rows(u"SELECT * FROM tranches;"_s), qsizetype(open));
        QCOMPARE(rows(u"SELECT * FROM tranches WHERE status = 'active';"_s), qsizetype(open));
        // Foreign keys are off in the shell: a trigger takes the deleted tranches' events along.
        QCOMPARE(rows(u"SELECT * FROM tranche_events WHERE tranche_id IS NOT NULL AND tranche_id NOT IN "
                      u"(SELECT id FROM tranches);"_s),
            qsizetype(0));
        QCOMPARE(sqlite(db, u"PRAGMA foreign_key_check;"_s).out.trimmed(), QByteArray());
        // The database still opens afterwards.
        QVERIFY(cli({ u"export"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"csv"_s) }).exitCode == 0);
    }

    void exportWritesWhatSimulateStored()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"store.sqlite"_s);
        Scenario sc({}, QJsonObject { { u"paperTakerFeePercent"_s, u"0.04"_s }, { u"positionMode"_s, u"HEDGE"_s } });
        sc.enter(u"LONG"_s, u"0.001"_s, u"50000.1"_s).enter(u"SHORT"_s, u"0.003"_s, u"50000.1"_s).mark(u"47000"_s);
        sc.add({ { u"type"_s, u"close_tranche"_s }, { u"symbol"_s, u"TESTUSDT"_s }, { u"side"_s, u"LONG"_s },
            { u"index"_s, 1 } });
        const Run run = cli({ u"simulate"_s, writeFile(dir, u"s.jsonl"_s, sc.text().toUtf8()), u"--db"_s, db });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        const QString csvDir = dir.filePath(u"csv"_s);
        const Run exported = cli({ u"export"_s, u"--db"_s, db, u"--out"_s, csvDir });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        QFile tranchesFile(csvDir + u"/tranches.csv"_s);
        QVERIFY(tranchesFile.open(QIODevice::ReadOnly));
        const auto tranches = parseCsv(tranchesFile.readAll());
        const QStringList header = tranches.first();
        QCOMPARE(header.join(u','),
            u"id,symbol,side,position_side,origin,status,isolated,entry_time,entry_time_ms,entry_price,"
            "original_quantity,quantity,margin_used,leverage,tp_price,sl_price,isolation_time,isolation_price,"
            "exit_time,exit_time_ms,exit_price,realized_pnl,fees,unrealized_pnl,number,close_reason,funding_fee"_s);
        const QJsonArray jsonTranches = out.value(u"tranches"_s).toArray();
        QCOMPARE(tranches.size() - 1, jsonTranches.size());
        for (qsizetype i = 0; i < jsonTranches.size(); ++i) {
            const QJsonObject t = jsonTranches[i].toObject();
            const QStringList row = tranches[i + 1];
            const auto col = [&](const QString &name) { return row.value(header.indexOf(name)); };
            QCOMPARE(col(u"id"_s), t.value(u"id"_s).toString());
            QCOMPARE(col(u"entry_price"_s), t.value(u"entryPrice"_s).toString());
            QCOMPARE(col(u"realized_pnl"_s), t.value(u"realizedPnl"_s).toString());
            QCOMPARE(col(u"fees"_s), t.value(u"feesPaid"_s).toString());
            QCOMPARE(col(u"entry_time_ms"_s).toLongLong(), qint64(t.value(u"entryTime"_s).toDouble()));
            QCOMPARE(QDateTime::fromString(col(u"entry_time"_s), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                col(u"entry_time_ms"_s).toLongLong());
            QVERIFY(col(u"entry_time"_s).endsWith(u'Z'));
            QCOMPARE(col(u"number"_s).toLongLong(), qint64(t.value(u"number"_s).toDouble()));
            QVERIFY(col(u"number"_s).toLongLong() > 0);
            QCOMPARE(col(u"funding_fee"_s), t.value(u"fundingFee"_s).toString());
            QCOMPARE(col(u"close_reason"_s).isEmpty(), t.value(u"status"_s).toString() != u"closed"_s);
        }
        QFile eventsFile(csvDir + u"/events.csv"_s);
        QVERIFY(eventsFile.open(QIODevice::ReadOnly));
        const auto events = parseCsv(eventsFile.readAll());
        QCOMPARE(events.first().join(u','),
            u"time,time_ms,type,symbol,side,tranche_id,price,quantity,pnl,reason,tranche_number"_s);
        for (qsizetype i = 1; i < events.size(); ++i) {
            // Every event of a tranche names its # too, so the CSV can be searched as the window is.
            QCOMPARE(events[i].value(5).isEmpty(), events[i].value(10).isEmpty());
        }
        QCOMPARE(events.size() - 1, out.value(u"events"_s).toArray().size());
    }

    void configurationWarningsAreShownOnStandardError()
    {
        // Issue 10 item 7: max isolated = max tranches, a stop inside the isolation threshold.
        QTemporaryDir dir;
        Scenario sc(QJsonObject { { u"maxTranches"_s, 3 }, { u"maxIsolatedTranches"_s, 3 }, { u"slPercent"_s, 2 } });
        sc.enter(u"LONG"_s, u"1"_s, u"100"_s);
        const Run r = cli({ u"simulate"_s, writeFile(dir, u"w.jsonl"_s, sc.text().toUtf8()) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"line 1: warning: symbols.TESTUSDT.maxIsolatedTranches"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"line 1: warning: symbols.TESTUSDT.slPercent"_s), qPrintable(r.err));
        QVERIFY(!r.out.isEmpty());
    }

    void apiKeysInAConfigurationAreNamedNeverShown()
    {
        // Issue 10 item 7: keys in a configuration are said (file, line and key), never echoed.
        QTemporaryDir dir;
        const QJsonObject config {
            { u"api"_s,
                QJsonObject { { u"apiKey"_s, u"AK-VISIBLE-NOWHERE"_s }, { u"secretKey"_s, u"SK-VISIBLE-NOWHERE"_s } } },
            { u"symbols"_s, QJsonObject { { u"TESTUSDT"_s, QJsonObject { { u"slPercent"_s, 5 } } } } }
        };
        const QByteArray text = QJsonDocument(QJsonObject { { u"type"_s, u"config"_s }, { u"config"_s, config } })
                                    .toJson(QJsonDocument::Compact);
        const QString path = writeFile(dir, u"keys.jsonl"_s, text + "\n");
        const Run r = cli({ u"simulate"_s, path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(path + u": line 1: warning: api.apiKey: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(path + u": line 1: warning: api.secretKey: "_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"plain text"_s));
        QVERIFY(!r.err.contains(u"VISIBLE-NOWHERE"_s));
        QVERIFY(!r.out.contains("VISIBLE-NOWHERE"));
    }

    void theCsvPnlColumnAddsUpToRealized()
    {
        // Issue 10 item 7: a partial close, then the close of the rest. The closed row used to
        // carry the tranche's whole P&L, so the rows counted the partial close twice.
        Scenario sc({}, QJsonObject { { u"paperTakerFeePercent"_s, u"0.04"_s } });
        sc.enter(u"LONG"_s, u"1"_s, u"100"_s).external(u"SELL"_s, u"0.4"_s, u"104"_s, u"0.0166"_s).mark(u"103"_s);
        sc.closeTranche(u"LONG"_s, 1);
        const QJsonObject out = sc.run();
        QTemporaryDir dir;
        const auto counts = trd::cli::CsvExporter::exportAll(*sc.runner()->store(), dir.path());
        QVERIFY2(counts, qPrintable(counts.error().message));
        QFile eventsFile(dir.filePath(u"events.csv"_s));
        QVERIFY(eventsFile.open(QIODevice::ReadOnly));
        const auto rows = parseCsv(eventsFile.readAll());
        const QStringList header = rows.first();
        const QString trancheId = Scenario::tranche(out, 1).value(u"id"_s).toString();
        trd::core::Decimal sum;
        int parts = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QString type = rows[i].value(header.indexOf(u"type"_s));
            if (rows[i].value(header.indexOf(u"tranche_id"_s)) == trancheId
                && (type == u"partial_close"_s || type == u"closed"_s)) {
                sum += trd::core::Decimal::fromString(rows[i].value(header.indexOf(u"pnl"_s)));
                ++parts;
            }
        }
        QCOMPARE(parts, 2);
        QCOMPARE(sum.toString(), Scenario::tranche(out, 1).value(u"realizedPnl"_s).toString());
    }

    void aSecondRunOnTheSameStoreCarriesOn()
    {
        // Paper mode keeps its exchange with the store: a later run (an application restart)
        // finds the same positions and orders instead of reconciling everything away.
        QTemporaryDir dir;
        const QString db = dir.filePath(u"store.sqlite"_s);
        const Run first
            = cli({ u"simulate"_s, writeFile(dir, u"a.jsonl"_s, standard().text().toUtf8()), u"--db"_s, db });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject a = QJsonDocument::fromJson(first.out).object();
        const QByteArray next = "{\"type\":\"sync\"}\n";
        const Run second = cli({ u"simulate"_s, writeFile(dir, u"b.jsonl"_s, next), u"--db"_s, db });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QJsonObject b = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(b.value(u"tranches"_s), a.value(u"tranches"_s));
        QCOMPARE(b.value(u"positions"_s), a.value(u"positions"_s));
        QCOMPARE(b.value(u"openOrders"_s), a.value(u"openOrders"_s));
        QCOMPARE(Scenario::events(b, u"recovery_created"_s).size(), 0);
        QCOMPARE(Scenario::events(b, u"closed"_s).size(), Scenario::events(a, u"closed"_s).size());
    }

    void closeTrancheCountsOnlyThisScenariosTranches()
    {
        // Issue 10 item 7: on a reused store, index 1 named the store's first tranche.
        QTemporaryDir dir;
        const QString db = dir.filePath(u"store.sqlite"_s);
        {
            Scenario first = standard();
            first.run(db);
        }
        Scenario second;
        second.enter(u"LONG"_s, u"1"_s, u"96"_s).closeTranche(u"LONG"_s, 1);
        const QJsonObject out = second.run(db);
        QCOMPARE(Scenario::tranche(out, 1).value(u"status"_s).toString(), u"active"_s); // the first run's
        QCOMPARE(Scenario::tranche(out, 4).value(u"status"_s).toString(), u"closed"_s); // this run's first
        QCOMPARE(Scenario::tranche(out, 4).value(u"closeReason"_s).toString(), u"manual"_s);
    }

    void csvFieldsAreQuotedPerRfc4180()
    {
        QCOMPARE(trd::cli::CsvExporter::field(u"plain"_s), u"plain"_s);
        QCOMPARE(trd::cli::CsvExporter::field(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(trd::cli::CsvExporter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(trd::cli::CsvExporter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(trd::cli::CsvExporter::isoTime(1735689600123), u"2025-01-01T00:00:00.123Z"_s);
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({ u"frobnicate"_s }).exitCode, 2);
        QCOMPARE(cli({ u"simulate"_s }).exitCode, 2);
        const Run missing = cli({ u"simulate"_s, u"/nonexistent/scenario.jsonl"_s });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"/nonexistent/scenario.jsonl"_s));
        const Run noDb = cli({ u"export"_s, u"--db"_s, u"/nonexistent/x.sqlite"_s, u"--out"_s, u"/tmp/x"_s });
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(noDb.err.contains(u"no database"_s));
        QCOMPARE(cli({ u"--help"_s }).exitCode, 0);
    }

    void scenarioFromStandardInput()
    {
        const Run r = cli({ u"simulate"_s, u"-"_s }, standard().text().toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"tranches"_s).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
