// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestCli.h"
#include "BacktestFiles.h"
#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"
#include "SqliteTrancheStore.h"
#include "market/MarkRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace trd;
using namespace Qt::Literals::StringLiterals;
using core::Decimal;

namespace {

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

Decimal d(const char16_t *text)
{
    return Decimal::fromString(text);
}

constexpr qint64 kStart = 1'735'689'600'000; // 2025-01-01T00:00:00Z
constexpr qint64 kMinute = 60'000;

// A store as the app leaves it: its liquidation feed, and marks kept by the MarkRecorder in the
// given markRecording mode.
void recordStore(const QString &path, core::MarkRecorder::Mode mode, const QList<std::pair<qint64, Decimal>> &marks,
    bool withLiquidations = true)
{
    auto store = storage::SqliteTrancheStore::open(path);
    QVERIFY2(store.hasValue(), qPrintable(store.error().message));
    auto liquidations = storage::SqliteLiquidationStore::create(store.value()->database());
    QVERIFY(liquidations.hasValue());
    auto markStore = storage::SqliteMarkStore::create(store.value()->database());
    QVERIFY(markStore.hasValue());
    if (withLiquidations) {
        for (const qint64 time : { kStart + 1000, kStart + kMinute + 1000 }) {
            const Decimal price = time < kStart + kMinute ? d(u"100") : d(u"101");
            QVERIFY(liquidations.value()
                        ->appendLiquidation({ u"TESTUSDT"_s, core::OrderSide::Sell, price, price, d(u"20"), time })
                        .hasValue());
        }
    }
    core::MarkRecorder recorder(markStore.value().get());
    recorder.setSymbols({ u"TESTUSDT"_s });
    recorder.setMode(mode);
    for (const auto &[time, price] : marks) {
        recorder.onMarkPrice(u"TESTUSDT"_s, price, time);
    }
    QVERIFY(recorder.flush().hasValue());
}

} // namespace

// `tranchedesk-cli backtest --store DB` alone (issue 12): the liquidations and the prices the app
// recorded in its store, written here by the app's own MarkRecorder and SQLite stores.
class TestBacktestStore : public QObject
{
    Q_OBJECT

    BacktestFiles m_files;
    QString m_config;

    QJsonObject summaryOf(const QString &out) const
    {
        return QJsonDocument::fromJson(fileContent(out + u"/summary.json"_s)).object();
    }

private Q_SLOTS:
    void initTestCase() { m_config = m_files.write(u"config.json"_s, kHandComputedConfig); }

    void recordedMarksReplayComputedByHand()
    {
        // Each second's last mark is kept; the second still in progress (00:03:01) is not.
        const QString db = m_files.dir.filePath(u"ticks.sqlite"_s);
        recordStore(db, core::MarkRecorder::Mode::Ticks,
            { { kStart, d(u"100") }, { kStart + kMinute, d(u"101") }, { kStart + 2 * kMinute, d(u"102.5") },
                { kStart + 3 * kMinute, d(u"90") }, { kStart + 3 * kMinute + 1000, d(u"90") } });
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString out = m_files.dir.filePath(u"ticks-out"_s);
        const BacktestCliRun run = runBacktestCli({ u"--config"_s, m_config, u"--store"_s, db, u"--out"_s, out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        const QJsonObject v = summaryOf(out).value(u"variants"_s).toArray().first().toObject();
        // Long 10 at 100 (fee 0.4), TP at 102: 20 − 0.408 − 0.4 = 19.192. Long 9.9 at 101 (fee
        // 0.39996), SL at 90.9: −99.99 − 0.359964 − 0.39996 = −100.749924.
        QCOMPARE(v.value(u"liquidations"_s).toInt(), 2);
        QCOMPARE(v.value(u"tranchesCreated"_s).toInt(), 2);
        QCOMPARE(v.value(u"marketEvents"_s).toInt(), 6);
        QCOMPARE(Decimal::fromString(v.value(u"realizedPnl"_s).toString()), d(u"-81.557924"));
        QCOMPARE(Decimal::fromString(v.value(u"fees"_s).toString()), d(u"1.567924"));
        QCOMPARE(Decimal::fromString(v.value(u"netPnl"_s).toString()), d(u"-81.557924"));
        const QByteArray tranches = fileContent(out + u"/v0/tranches.csv"_s);
        QVERIFY2(tranches.contains(",102,") && tranches.contains(",90.9,"), tranches.constData());
    }

    void recordedCandlesReplayLikeTheSameCandlesInAFile()
    {
        // markRecording "candles": marks every 15 s, kept as 1-minute candles (open, high, low, last).
        QList<std::pair<qint64, Decimal>> marks;
        const QList<QList<const char16_t *>> minutes { { u"100", u"100.4", u"99.6", u"100" },
            { u"101", u"101.2", u"100.8", u"101" }, { u"101", u"102.5", u"101", u"102.2" },
            { u"102", u"102", u"89", u"90" }, { u"90", u"90", u"90", u"90" } };
        for (qsizetype m = 0; m < minutes.size(); ++m) {
            for (qsizetype q = 0; q < 4; ++q) {
                marks.append({ kStart + m * kMinute + q * 15'000, d(minutes[m][q]) });
            }
        }
        const QString db = m_files.dir.filePath(u"candles.sqlite"_s);
        recordStore(db, core::MarkRecorder::Mode::Candles, marks);
        if (QTest::currentTestFailed()) {
            return;
        }
        // The four complete minutes as a candle file, and the same liquidations as a file.
        const QString candles = m_files.write(u"candles.csv"_s,
            "time,symbol,open,high,low,close\n"
            "1735689600000,TESTUSDT,100,100.4,99.6,100\n1735689660000,TESTUSDT,101,101.2,100.8,101\n"
            "1735689720000,TESTUSDT,101,102.5,101,102.2\n1735689780000,TESTUSDT,102,102,89,90\n"_ba);
        const QString liquidations = m_files.write(u"liquidations.csv"_s,
            "time,symbol,side,price,qty\n1735689601000,TESTUSDT,SELL,100,20\n1735689661000,TESTUSDT,SELL,101,20\n"_ba);
        const QString fromFiles = m_files.dir.filePath(u"candle-files"_s);
        const QString fromStore = m_files.dir.filePath(u"candle-store"_s);
        const BacktestCliRun files = runBacktestCli({ u"--config"_s, m_config, u"--candles"_s, candles,
            u"--liquidations"_s, liquidations, u"--out"_s, fromFiles });
        QVERIFY2(files.exitCode == 0, qPrintable(files.standardError));
        const BacktestCliRun store
            = runBacktestCli({ u"--config"_s, m_config, u"--store"_s, db, u"--out"_s, fromStore });
        QVERIFY2(store.exitCode == 0, qPrintable(store.standardError));
        QCOMPARE(fileContent(fromStore + u"/v0/tranches.csv"_s), fileContent(fromFiles + u"/v0/tranches.csv"_s));
        QCOMPARE(fileContent(fromStore + u"/v0/events.csv"_s), fileContent(fromFiles + u"/v0/events.csv"_s));
        const QJsonObject a = summaryOf(fromFiles).value(u"variants"_s).toArray().first().toObject();
        const QJsonObject b = summaryOf(fromStore).value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(b.value(u"tranchesCreated"_s).toInt(), 2);
        QCOMPARE(b.value(u"realizedPnl"_s).toString(), a.value(u"realizedPnl"_s).toString());
        QCOMPARE(b.value(u"endBalance"_s).toString(), a.value(u"endBalance"_s).toString());
    }

    void aStoreThatCannotBeReplayedExitsTwoNamingIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString garbage = m_files.write(u"garbage.sqlite"_s, QByteArray(4096, 'x'));
        const QString empty = m_files.write(u"empty.sqlite"_s, QByteArray());
        const QString noPrices = m_files.dir.filePath(u"no-prices.sqlite"_s);
        recordStore(noPrices, core::MarkRecorder::Mode::Ticks, {});
        const QString ticks = m_files.dir.filePath(u"ticks-only.sqlite"_s);
        recordStore(ticks, core::MarkRecorder::Mode::Ticks, { { kStart, d(u"100") }, { kStart + 1000, d(u"100") } });
        const QString out = m_files.dir.filePath(u"bad-out"_s);
        const auto with = [this, out](const QStringList &extra) {
            return QStringList { u"--config"_s, m_config, u"--out"_s, out } + extra;
        };
        QTest::newRow("not an SQLite file") << with({ u"--store"_s, garbage }) << garbage + u" is not a TrancheDesk"_s;
        QTest::newRow("an empty file") << with({ u"--store"_s, empty })
                                       << empty + u" is not a TrancheDesk database (it is empty)"_s;
        QTest::newRow("no prices recorded") << with({ u"--store"_s, noPrices })
                                            << noPrices + u": no recorded prices (marks or candles) in this store"_s;
        QTest::newRow("no prices in the range")
            << with({ u"--store"_s, ticks, u"--from"_s, u"2025-01-02T00:00:00Z"_s })
            << ticks + u": no recorded prices (marks or candles) from 2025-01-02T00:00:00.000Z to the end"_s;
        QTest::newRow("no prices of the kind asked")
            << with({ u"--store"_s, ticks, u"--store-prices"_s, u"klines"_s }) << ticks + u": no downloaded klines"_s;
        QTest::newRow("unknown kind") << with({ u"--store"_s, ticks, u"--store-prices"_s, u"bars"_s })
                                      << u"--store-prices must be ticks, candles, klines or none, not \"bars\""_s;
        QTest::newRow("none and no price file")
            << with({ u"--store"_s, ticks, u"--store-prices"_s, u"none"_s }) << u"--store-prices none needs prices"_s;
    }
    void aStoreThatCannotBeReplayedExitsTwoNamingIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const BacktestCliRun run = runBacktestCli(arguments);
        QVERIFY2(run.standardError.contains(expected), qPrintable(run.standardError));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(m_files.dir.filePath(u"bad-out/summary.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestBacktestStore)
#include "tst_backtest_store.moc"
