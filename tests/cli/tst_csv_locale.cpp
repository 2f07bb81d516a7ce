// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's language reaches the screen, never the files: with Spanish as the default locale and
// its catalogue installed (what the application does for a Spanish desktop), the CSV export still
// writes '.' decimals, and the command-line tool speaks Spanish on stderr only.
#include "CsvExporter.h"
#include "Scenario.h"
#include "SqliteTrancheStore.h"
#include "Translations.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCsvLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(u"es_ES"_s));
        QVERIFY(trd::i18n::install(QLocale(u"es_ES"_s)));
        // The catalogue is in: a message shown to the user is Spanish.
        QCOMPARE(QCoreApplication::translate("tranchedesk-cli", "there is no database at %1"),
            u"no hay ninguna base de datos en %1"_s);
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        trd::i18n::install(QLocale(QLocale::English));
    }

    void theCsvKeepsPointDecimalsUnderSpanish()
    {
        Scenario sc({}, QJsonObject { { u"paperTakerFeePercent"_s, u"0.04"_s } });
        sc.enter(u"LONG"_s, u"1.5"_s, u"100.25"_s).external(u"SELL"_s, u"0.4"_s, u"104.75"_s, u"0.0166"_s);
        sc.mark(u"103.5"_s);
        sc.run();
        QTemporaryDir dir;
        const auto counts = trd::cli::CsvExporter::exportAll(*sc.runner()->store(), dir.path());
        QVERIFY2(counts, qPrintable(counts.error().message));
        for (const QString &name : { u"tranches.csv"_s, u"events.csv"_s }) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(lines.size() >= 2, qPrintable(name));
            // No field is quoted in these rows, so a decimal comma would add a column.
            const qsizetype columns = lines.first().count(u',');
            for (const QString &line : lines) {
                QVERIFY2(line.contains(u'"') || line.count(u',') == columns, qPrintable(name + u": "_s + line));
            }
        }
        QFile tranches(dir.filePath(u"tranches.csv"_s));
        QVERIFY(tranches.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = tranches.readAll().split('\n');
        const QList<QByteArray> header = rows.at(0).split(',');
        const QList<QByteArray> first = rows.at(1).split(',');
        QCOMPARE(first.value(header.indexOf("entry_price")), "100.25"_ba);
        QCOMPARE(first.value(header.indexOf("original_quantity")), "1.5"_ba);
    }

    void theCliSpeaksTheDesktopsLanguageOnStderr()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"es"_s);
        env.insert(u"LC_ALL"_s, u"es_ES.UTF-8"_s);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(TRD_CLI_PATH),
            { u"export"_s, u"--db"_s, u"/nonexistent/store.sqlite"_s, u"--out"_s, u"/nonexistent/out"_s });
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitCode(), 2);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(u"no hay ninguna base de datos en /nonexistent/store.sqlite"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCsvLocale)
#include "tst_csv_locale.moc"
