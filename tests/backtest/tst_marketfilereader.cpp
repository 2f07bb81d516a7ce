// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestFiles.h"
#include "DecimalPrinter.h"
#include "MarketFileReader.h"

using namespace trd::backtest;
using trd::core::Decimal;
using namespace Qt::Literals::StringLiterals;

namespace {
using Kind = MarketFileReader::Kind;
using EventKind = MarketEvent::Kind;

Decimal d(const char16_t *text)
{
    return Decimal::fromString(text);
}
} // namespace

class TestMarketFileReader : public QObject
{
    Q_OBJECT

    BacktestFiles m_files;

    std::unique_ptr<MarketFileReader> open(
        const QString &name, const QByteArray &content, const QString &symbol = {}, const QString &zone = {})
    {
        MarketFileReader::Options options;
        options.defaultSymbol = symbol;
        if (!zone.isEmpty()) {
            options.zone = TimeParser::zoneFromText(zone).value();
        }
        auto reader = MarketFileReader::open(m_files.write(name, content), options);
        if (!reader) {
            qWarning() << reader.error().message;
            return nullptr;
        }
        return std::move(reader).value();
    }

    // The error of the first failing step (opening or reading) of a file.
    QString errorOf(const QString &name, const QByteArray &content, const QString &symbol = u"BTCUSDT"_s)
    {
        MarketFileReader::Options options;
        options.defaultSymbol = symbol;
        auto reader = MarketFileReader::open(m_files.write(name, content), options);
        if (!reader) {
            return reader.error().message;
        }
        QString error;
        drain(*reader.value(), &error);
        return error;
    }

private Q_SLOTS:
    void binanceKlinesWithHeaderBecomeTheCandlePath()
    {
        auto r = open(u"k.csv"_s,
            "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,taker_buy_quote_"
            "volume,"
            "ignore\n1733328000000,95813.00,95831.70,95757.30,95757.30,231.328,1733328059999,1,1,1,1,0\n"_ba,
            u"BTCUSDT"_s);
        QVERIFY(r);
        QVERIFY(r->kind() == Kind::Candles);
        const auto events = drain(*r);
        QCOMPARE(events.size(), 5);
        // Open 95813 is 18.7 from the high and 55.7 from the low: high first.
        const QList<QPair<qint64, Decimal>> path { { 1733328000000, d(u"95813") }, { 1733328015000, d(u"95831.7") },
            { 1733328030000, d(u"95757.3") }, { 1733328045000, d(u"95757.3") } };
        for (int i = 0; i < 4; ++i) {
            QVERIFY(events[i].kind == EventKind::Mark);
            QCOMPARE(events[i].symbol, u"BTCUSDT"_s);
            QCOMPARE(events[i].time, path[i].first);
            QCOMPARE(events[i].price, path[i].second);
        }
        QVERIFY(events[4].kind == EventKind::CandleClosed);
        QCOMPARE(events[4].time, qint64(1733328059999));
        QCOMPARE(events[4].timeframe, u"1m"_s);
        QCOMPARE(events[4].volume, d(u"231.328"));
        QCOMPARE(r->rows(), 1);
    }

    void binanceKlinesWithoutHeader()
    {
        auto r = open(u"k2.csv"_s,
            "1733328000000,100,110,90,105,1,1733328059999,0,0,0,0,0\n1733328060000,105,106,104,104,1,1733328119999,0,0,"
            "0,0,0\n"_ba,
            u"BTCUSDT"_s);
        QVERIFY(r);
        QVERIFY(r->kind() == Kind::Candles);
        const auto events = drain(*r);
        QCOMPARE(events.size(), 10);
        QCOMPARE(r->rows(), 2);
        QCOMPARE(r->firstTime(), qint64(1733328000000));
        QCOMPARE(r->lastTime(), qint64(1733328060000));
    }

    void simpleCandlesTakeTheirLengthFromTheFile()
    {
        // Five-minute candles without close_time or volume, a symbol column, ISO times.
        auto r = open(u"c.csv"_s,
            "time,symbol,open,high,low,close\n2025-01-01T00:00:00Z,ethusdt,10,11,9,10\n2025-01-01T00:05:00Z,ethusdt,10,"
            "12,10,12\n"_ba);
        QVERIFY(r);
        const auto events = drain(*r);
        QCOMPARE(events.size(), 8); // no volume: no closed candle for the VWAP
        QCOMPARE(events[0].symbol, u"ETHUSDT"_s);
        QCOMPARE(events[1].time - events[0].time, qint64(75'000));
        // Open 10 is as near 11 as 9: the low first.
        QCOMPARE(events[1].price, d(u"9"));
        QCOMPARE(events[2].price, d(u"11"));
    }

    void ticks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("time,price") << "time,price\n1735689600000,100.5\n1735689601000,100.6\n"_ba;
        QTest::newRow("Datetime,Price")
            << "Datetime,Price\n2025-01-01T00:00:00Z,100.5\n2025-01-01 00:00:01Z,100.6\n"_ba;
        QTest::newRow("recorded marks with a symbol") << "time,symbol,markPrice\n1735689600,BTCUSDT,100.5\n1735689601,"
                                                         "BTCUSDT,100.6\n"_ba;
    }
    void ticks()
    {
        QFETCH(QByteArray, content);
        auto r = open(u"t.csv"_s, content, u"BTCUSDT"_s);
        QVERIFY(r);
        QVERIFY(r->kind() == Kind::Ticks);
        const auto events = drain(*r);
        QCOMPARE(events.size(), 2);
        QVERIFY(events[0].kind == EventKind::Mark);
        QCOMPARE(events[0].time, qint64(1735689600000));
        QCOMPARE(events[1].price, d(u"100.6"));
        QCOMPARE(events[1].symbol, u"BTCUSDT"_s);
    }

    void binanceForceOrderRecording()
    {
        MarketFileReader::Options options;
        auto opened
            = MarketFileReader::open(BacktestFiles::data(u"binance-btcusdt-liquidations-2024-12-04_06.csv"_s), options);
        QVERIFY2(opened.hasValue(), qPrintable(opened.error().message));
        MarketFileReader &r = *opened.value();
        QVERIFY(r.kind() == Kind::Liquidations);
        const auto events = drain(r);
        QCOMPARE(events.size(), 1844);
        // The first row: SELL 0.013 at 94434.91, average 94809.6, trade time 22:16:25.584 IST.
        QVERIFY(events[0].kind == EventKind::Liquidation);
        QCOMPARE(events[0].symbol, u"BTCUSDT"_s);
        QCOMPARE(trd::core::toString(events[0].side), u"SELL"_s);
        QCOMPARE(events[0].price, d(u"94434.91"));
        QCOMPARE(events[0].averagePrice, d(u"94809.6"));
        QCOMPARE(events[0].quantity, d(u"0.013"));
        QCOMPARE(events[0].time, qint64(1733330785584));
        QCOMPARE(r.lastTime(), qint64(1733508729262));
    }

    void asterSampleReadsItsTimestampNotItsTimeOfDay()
    {
        MarketFileReader::Options options;
        auto opened = MarketFileReader::open(BacktestFiles::data(u"aster-liquidations-sample.csv"_s), options);
        QVERIFY2(opened.hasValue(), qPrintable(opened.error().message));
        const auto events = drain(*opened.value());
        QCOMPARE(events.size(), 21);
        QCOMPARE(events[0].symbol, u"METUSDT"_s);
        QCOMPARE(events[0].price, d(u"1.1754"));
        QCOMPARE(events[0].quantity, d(u"56.0"));
        // 2025-10-16T10:59:57.387908+00:00
        QCOMPARE(events[0].time, qint64(1760612397387));
    }

    void simpleLiquidationsAndFunding()
    {
        auto l = open(u"l.csv"_s, "time,symbol,side,price,qty\n1735689600000,BTCUSDT,buy,100,2\n"_ba);
        QVERIFY(l);
        QCOMPARE(l->kind(), Kind::Liquidations);
        const auto liquidations = drain(*l);
        QCOMPARE(liquidations.size(), 1);
        QCOMPARE(trd::core::toString(liquidations[0].side), u"BUY"_s);
        QCOMPARE(liquidations[0].averagePrice, d(u"100"));
        auto f = open(u"f.csv"_s, "time,symbol,rate\n2025-01-01T08:00:00Z,BTCUSDT,-0.0001\n"_ba);
        QVERIFY(f);
        QCOMPARE(f->kind(), Kind::Funding);
        const auto funding = drain(*f);
        QCOMPARE(funding.size(), 1);
        QVERIFY(funding[0].kind == EventKind::Funding);
        QCOMPARE(funding[0].rate, d(u"-0.0001"));
        QCOMPARE(funding[0].time, qint64(1735718400000));
    }

    void naiveTimesNeedAZone()
    {
        const QByteArray content = "time,price\n2024-12-04 22:16:25.584,100\n"_ba;
        const QString error = errorOf(u"naive.csv"_s, content);
        QVERIFY2(error.contains(u"naive.csv: line 2: "_s) && error.contains(u"--tz"_s), qPrintable(error));
        auto r = open(u"naive.csv"_s, content, u"BTCUSDT"_s, u"+05:30"_s);
        QVERIFY(r);
        QCOMPARE(drain(*r).first().time, qint64(1733330785584));
    }

    void errorsNameTheFileAndTheLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown header") << "when,what\n1,2\n"_ba << u"BTCUSDT"_s
                                        << u"bad.csv: line 1: unknown header"_s;
        QTest::newRow("empty file") << ""_ba << u"BTCUSDT"_s << u"bad.csv: the file is empty"_s;
        QTest::newRow("no time column") << "symbol,price\nBTCUSDT,1\n"_ba << u""_s
                                        << u"bad.csv: line 1: the ticks "
                                           "header"_s;
        QTest::newRow("no symbol anywhere") << "time,price\n1735689600000,1\n"_ba << u""_s
                                            << u"bad.csv: the file has no "
                                               "symbol column"_s;
        QTest::newRow("not a number") << "time,price\n1735689600000,1\n1735689601000,abc\n"_ba << u"BTCUSDT"_s
                                      << u"bad.csv: line 3: column price: \"abc\" is not a decimal number"_s;
        QTest::newRow("a zero price") << "time,price\n1735689600000,0\n"_ba << u"BTCUSDT"_s
                                      << u"bad.csv: line 2: column price: 0 must be greater than 0"_s;
        QTest::newRow("too few fields") << "time,price\n1735689600000\n"_ba << u"BTCUSDT"_s
                                        << u"bad.csv: line 2: expected 2 fields, found 1"_s;
        QTest::newRow("bad time") << "time,price\nnoon,1\n"_ba << u"BTCUSDT"_s
                                  << u"bad.csv: line 2: bad time \"noon\""_s;
        QTest::newRow("time goes backwards") << "time,price\n1735689601000,1\n1735689600000,1\n"_ba << u"BTCUSDT"_s
                                             << u"bad.csv: line 3: the time goes backwards"_s;
        QTest::newRow("bad side") << "time,symbol,side,price,qty\n1735689600000,BTCUSDT,LONG,1,1\n"_ba << u""_s
                                  << u"bad.csv: line 2: column side: \"LONG\" is neither BUY nor SELL"_s;
        QTest::newRow("candle low above open") << "time,open,high,low,close\n1735689600000,10,12,11,11\n"_ba
                                               << u"BTCUSDT"_s << u"bad.csv: line 2: low 11 and high 12 do not hold"_s;
    }
    void errorsNameTheFileAndTheLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, symbol);
        QFETCH(QString, expected);
        const QString error = errorOf(u"bad.csv"_s, content, symbol);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void quotedFieldsAndCrlf()
    {
        auto r = open(u"q.csv"_s, "\xEF\xBB\xBF\"time\",\"price\"\r\n\"1735689600000\",\"1.5\"\r\n"_ba, u"BTCUSDT"_s);
        QVERIFY(r);
        const auto events = drain(*r);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].price, d(u"1.5"));
        // "1,5" is one field (a decimal comma), and it is refused as a number, on line 2.
        const QString error = errorOf(u"q2.csv"_s, "time,price\r\n1735689600000,\"1,5\"\r\n"_ba);
        QVERIFY2(error.contains(u"q2.csv: line 2: column price: \"1,5\""_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMarketFileReader)
#include "tst_marketfilereader.moc"
