// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeParser.h"

#include <QTest>

using namespace trd::backtest;
using namespace Qt::Literals::StringLiterals;

class TestTimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        // 2024-12-04T16:46:25.584Z
        const qint64 t = 1733330785584;
        QTest::newRow("epoch ms") << QString() << "1733330785584"_ba << t;
        QTest::newRow("epoch s") << QString() << "1733330785"_ba << t - 584;
        QTest::newRow("epoch s with a fraction") << QString() << "1733330785.584"_ba << t;
        QTest::newRow("epoch µs (Binance's newer archives)") << QString() << "1733330785584123"_ba << t;
        QTest::newRow("ISO Z") << QString() << "2024-12-04T16:46:25.584Z"_ba << t;
        QTest::newRow("ISO with a space and six fraction digits and +05:30 (the recording)")
            << QString() << "2024-12-04 22:16:25.584000+05:30"_ba << t;
        QTest::newRow("ISO +0530") << QString() << "2024-12-04T22:16:25.584+0530"_ba << t;
        QTest::newRow("ISO +00:00 (Aster)") << QString() << "2024-12-04T16:46:25.584000+00:00"_ba << t;
        QTest::newRow("ISO negative offset") << QString() << "2024-12-04T13:46:25.584-03:00"_ba << t;
        QTest::newRow("naive with --tz +05:30") << u"+05:30"_s << "2024-12-04 22:16:25.584"_ba << t;
        QTest::newRow("naive with --tz UTC") << u"UTC"_s << "2024-12-04T16:46:25.584"_ba << t;
        QTest::newRow("naive with an IANA zone") << u"Asia/Kolkata"_s << "2024-12-04T22:16:25.584"_ba << t;
        // Berlin is UTC+2 in July (summer time) and UTC+1 in December.
        QTest::newRow("IANA zone in summer time")
            << u"Europe/Berlin"_s << "2024-07-01T02:00:00"_ba << qint64(1719792000000);
        QTest::newRow("IANA zone in winter") << u"Europe/Berlin"_s << "2024-12-04T17:46:25.584"_ba << t;
        QTest::newRow("an offset in the text wins over --tz") << u"+05:30"_s << "2024-12-04T16:46:25.584Z"_ba << t;
        QTest::newRow("date and minutes only") << u"UTC"_s << "2024-12-04T16:46"_ba << qint64(1733330760000);
    }
    void parses()
    {
        QFETCH(QString, zone);
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        std::optional<QTimeZone> tz;
        if (!zone.isEmpty()) {
            auto z = TimeParser::zoneFromText(zone);
            QVERIFY2(z.hasValue(), qPrintable(z.error().message));
            tz = z.value();
        }
        const auto parsed = TimeParser(tz).parse(text);
        QVERIFY2(parsed.hasValue(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), ms);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("naive without --tz") << "2024-12-04 22:16:25"_ba << u"has no offset"_s;
        QTest::newRow("not a time") << "yesterday"_ba << u"expected epoch ms"_s;
        QTest::newRow("month 13") << "2024-13-04T00:00:00Z"_ba << u"no such date"_s;
        QTest::newRow("garbage after the time") << "2024-12-04T00:00:00 UTC"_ba << u"expected epoch ms"_s;
        QTest::newRow("empty") << ""_ba << u"expected epoch ms"_s;
    }
    void refuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto parsed = TimeParser().parse(text);
        QVERIFY(!parsed.hasValue());
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(QString::fromUtf8(text)), qPrintable(parsed.error().message));
    }

    void zones()
    {
        QVERIFY(TimeParser::zoneFromText(u"+05:30"_s).hasValue());
        QCOMPARE(
            TimeParser::zoneFromText(u"-0300"_s).value().offsetFromUtc(QDateTime::currentDateTimeUtc()), -3 * 3600);
        QVERIFY(TimeParser::zoneFromText(u"Europe/Berlin"_s).hasValue());
        const auto bad = TimeParser::zoneFromText(u"Mars/Olympus"_s);
        QVERIFY(!bad.hasValue());
        QVERIFY2(bad.error().message.contains(u"--tz Mars/Olympus"_s), qPrintable(bad.error().message));
        QVERIFY(!TimeParser::zoneFromText(u"+25:00"_s).hasValue());
    }
};

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
