// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestCli.h"
#include "BacktestFiles.h"
#include "SqliteLiquidationStore.h"
#include "SqliteTrancheStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kConfig = R"({ "symbols": { "BTCUSDT": {
    "enableTrancheManagement": true, "tradeSize": "50", "leverage": 10, "tpPercent": "1", "slPercent": "3",
    "trancheIsolationThreshold": "1.5", "longVolumeThresholdUSDT": "10000", "shortVolumeThresholdUSDT": "10000",
    "orderType": "MARKET" } },
  "global": { "paperMode": true, "positionMode": "ONE_WAY", "maxOpenPositions": 5 } })"_ba;

} // namespace

class TestBacktestCli : public QObject
{
    Q_OBJECT

    BacktestFiles m_files;
    QString m_config;
    QString m_candles = BacktestFiles::data(u"binance-btcusdt-klines-1m-2024-12-04_06.csv"_s);
    QString m_liquidations = BacktestFiles::data(u"binance-btcusdt-liquidations-2024-12-04_06.csv"_s);

    QStringList realData(const QString &out) const
    {
        return { u"--config"_s, m_config, u"--candles"_s, m_candles, u"--symbol"_s, u"BTCUSDT"_s, u"--liquidations"_s,
            m_liquidations, u"--out"_s, out };
    }

private Q_SLOTS:
    void initTestCase() { m_config = m_files.write(u"config.json"_s, kConfig); }

    void theBundledDaysGiveTheSameFilesWithOneOrTwoJobs()
    {
        const QString one = m_files.dir.filePath(u"jobs1"_s);
        const QString two = m_files.dir.filePath(u"jobs2"_s);
        const QStringList grid { u"--vary"_s, u"closingStrategy=LIFO,WORST_FIRST"_s, u"--vary"_s,
            u"trancheIsolationThreshold=1.5,3"_s, u"--whatif"_s };
        const BacktestCliRun first = runBacktestCli(realData(one) + grid + QStringList { u"--jobs"_s, u"1"_s });
        QVERIFY2(first.exitCode == 0, qPrintable(first.standardError));
        const BacktestCliRun second = runBacktestCli(realData(two) + grid + QStringList { u"--jobs"_s, u"2"_s });
        QVERIFY2(second.exitCode == 0, qPrintable(second.standardError));
        const auto a = folderContents(one);
        const auto b = folderContents(two);
        // summary.json, whatif.csv and tranches, events and equity of four variants.
        QCOMPARE(a.size(), 2 + 4 * 3);
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key() + u" differs between --jobs 1 and 2"_s));
        }

        const QJsonObject summary = QJsonDocument::fromJson(a.value(u"summary.json"_s)).object();
        const QJsonArray inputs = summary.value(u"inputs"_s).toArray();
        QCOMPARE(inputs.size(), 2);
        // The hashes and row counts of tests/data/PROVENANCE.md.
        QCOMPARE(inputs[0].toObject().value(u"sha256"_s).toString(),
            u"f9a1a85747732d04ba4ba3d3780bb171a8ce131fc19e228653312b388971303a"_s);
        QCOMPARE(inputs[0].toObject().value(u"rows"_s).toInt(), 3016);
        QCOMPARE(inputs[1].toObject().value(u"sha256"_s).toString(),
            u"a7a6e6dd47bacc9aad94fd987ec0d76c6c34f78d8b049e6e4cbdaba70210cb25"_s);
        QCOMPARE(inputs[1].toObject().value(u"rows"_s).toInt(), 1844);
        QCOMPARE(inputs[1].toObject().value(u"from"_s).toInteger(), 1733330785584);
        const QJsonArray variants = summary.value(u"variants"_s).toArray();
        QCOMPARE(variants.size(), 4);
        QCOMPARE(variants[3].toObject().value(u"overrides"_s).toObject(),
            QJsonObject({ { u"closingStrategy"_s, u"WORST_FIRST"_s }, { u"trancheIsolationThreshold"_s, u"3"_s } }));
        for (const QJsonValue &v : variants) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"liquidations"_s).toInt(), 1844);
            QVERIFY(o.value(u"tranchesCreated"_s).toInt() > 0);
            // Money is an exact decimal string.
            QVERIFY(o.value(u"netPnl"_s).isString());
            QVERIFY(o.value(u"endBalance"_s).isString());
        }
        // A lower isolation threshold isolates at least as many tranches.
        QVERIFY(variants[0].toObject().value(u"tranchesIsolated"_s).toInt()
            >= variants[1].toObject().value(u"tranchesIsolated"_s).toInt());
        QVERIFY(a.value(u"v0/tranches.csv"_s).startsWith("id,symbol,side,position_side,origin,status"));
        QVERIFY(a.value(u"v0/equity.csv"_s).startsWith("time,time_ms,realized,unrealized,balance\r\n"));
        QVERIFY(summary.value(u"model"_s).toString().contains(u"four equal time steps"_s));
    }

    void badInputExitsTwoNamingTheFileLineOrKey_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString out = m_files.dir.filePath(u"bad-out"_s);
        const QString unknown = m_files.write(u"unknown.csv"_s, "when,what\n1,2\n"_ba);
        const QString badLine
            = m_files.write(u"badline.csv"_s, "time,price\n1735689600000,100\n1735689660000,oops\n"_ba);
        const QString naive = m_files.write(u"naive.csv"_s, "time,price\n2025-01-01 00:00:00,100\n"_ba);
        const QString badConfig
            = m_files.write(u"bad-config.json"_s, R"({"symbols":{"BTCUSDT":{"maxTranches":0}}})"_ba);
        const QString info = m_files.write(u"info.json"_s, R"({"symbols":[]})"_ba);
        const auto with = [this, out](const QStringList &extra) {
            return QStringList { u"--config"_s, m_config, u"--symbol"_s, u"BTCUSDT"_s, u"--out"_s, out } + extra;
        };
        QTest::newRow("unknown header") << with({ u"--candles"_s, unknown })
                                        << u"unknown.csv: line 1: unknown header"_s;
        QTest::newRow("bad number") << with({ u"--ticks"_s, badLine }) << u"badline.csv: line 3: column price"_s;
        QTest::newRow("naive time without --tz") << with({ u"--ticks"_s, naive }) << u"naive.csv: line 2: "_s;
        QTest::newRow("bad liquidations file")
            << with({ u"--candles"_s, m_candles, u"--liquidations"_s, badLine }) << u"badline.csv: line 3"_s;
        QTest::newRow("missing file") << with({ u"--candles"_s, m_files.dir.filePath(u"nope.csv"_s) }) << u"nope.csv"_s;
        QTest::newRow("no prices") << with({ u"--liquidations"_s, m_liquidations }) << u"needs prices"_s;
        QTest::newRow("unknown --vary key") << with({ u"--candles"_s, m_candles, u"--vary"_s, u"maxTranchez=1,2"_s })
                                            << u"--vary maxTranchez: no such configuration key"_s;
        QTest::newRow("--vary value out of range")
            << with({ u"--candles"_s, m_candles, u"--vary"_s, u"maxTranches=2,0"_s })
            << u"symbols.BTCUSDT.maxTranches"_s;
        QTest::newRow("bad config") << QStringList { u"--config"_s, badConfig, u"--candles"_s, m_candles, u"--symbol"_s,
            u"BTCUSDT"_s, u"--out"_s, out }
                                    << u"symbols.BTCUSDT.maxTranches"_s;
        QTest::newRow("bad --tz") << with({ u"--candles"_s, m_candles, u"--tz"_s, u"Nowhere/City"_s })
                                  << u"--tz Nowhere/City"_s;
        QTest::newRow("bad --from") << with({ u"--candles"_s, m_candles, u"--from"_s, u"soon"_s }) << u"--from: "_s;
        QTest::newRow("--from after --to") << with(
            { u"--candles"_s, m_candles, u"--from"_s, u"2025-01-02T00:00:00Z"_s, u"--to"_s, u"2025-01-01T00:00:00Z"_s })
                                           << u"--from must be before --to"_s;
        QTest::newRow("bad --jobs") << with({ u"--candles"_s, m_candles, u"--jobs"_s, u"0"_s }) << u"--jobs"_s;
        QTest::newRow("bad --balance") << with({ u"--candles"_s, m_candles, u"--balance"_s, u"-5"_s })
                                       << u"paperStartingBalanceUSDT"_s;
        QTest::newRow("symbol missing from --exchange-info")
            << with({ u"--candles"_s, m_candles, u"--exchange-info"_s, info })
            << u"info.json: the configured symbol BTCUSDT is not listed"_s;
        QTest::newRow("no --out") << QStringList { u"--config"_s, m_config, u"--candles"_s, m_candles }
                                  << u"--config FILE and --out DIR"_s;
    }
    void badInputExitsTwoNamingTheFileLineOrKey()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const BacktestCliRun run = runBacktestCli(arguments);
        QVERIFY2(run.standardError.contains(expected), qPrintable(run.standardError));
        QCOMPARE(run.exitCode, 2);
        // Bad input is found before anything runs: nothing is written.
        QVERIFY(!QFile::exists(m_files.dir.filePath(u"bad-out/summary.json"_s)));
    }

    void liquidationsRecordedInAStoreReplayLikeAFile()
    {
        // The bundled liquidations, once from the file and once from a store the app recorded.
        const QString db = m_files.dir.filePath(u"recorded.sqlite"_s);
        {
            auto store = trd::storage::SqliteTrancheStore::open(db);
            QVERIFY2(store.hasValue(), qPrintable(store.error().message));
            auto liquidations = trd::storage::SqliteLiquidationStore::create(store.value()->database());
            QVERIFY(liquidations.hasValue());
            QFile file(m_liquidations);
            QVERIFY(file.open(QIODevice::ReadOnly));
            file.readLine();
            while (!file.atEnd()) {
                const QList<QByteArray> f = file.readLine().trimmed().split(',');
                trd::core::Liquidation l;
                l.symbol = QString::fromLatin1(f[0]);
                l.side = f[1] == "BUY" ? trd::core::OrderSide::Buy : trd::core::OrderSide::Sell;
                l.price = trd::core::Decimal::fromString(QString::fromLatin1(f[5]));
                l.averagePrice = trd::core::Decimal::fromString(QString::fromLatin1(f[6]));
                l.quantity = trd::core::Decimal::fromString(QString::fromLatin1(f[9]));
                l.time = QDateTime::fromString(QString::fromLatin1(f[11]).replace(u' ', u'T'), Qt::ISODateWithMs)
                             .toMSecsSinceEpoch();
                QVERIFY(liquidations.value()->appendLiquidation(l).hasValue());
            }
        }
        const QString fromFile = m_files.dir.filePath(u"from-file"_s);
        const QString fromStore = m_files.dir.filePath(u"from-store"_s);
        QCOMPARE(runBacktestCli(realData(fromFile)).exitCode, 0);
        const BacktestCliRun run = runBacktestCli({ u"--config"_s, m_config, u"--candles"_s, m_candles, u"--symbol"_s,
            u"BTCUSDT"_s, u"--store"_s, db, u"--out"_s, fromStore });
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        const auto a = folderContents(fromFile);
        const auto b = folderContents(fromStore);
        QCOMPARE(b.value(u"v0/tranches.csv"_s), a.value(u"v0/tranches.csv"_s));
        QCOMPARE(b.value(u"v0/events.csv"_s), a.value(u"v0/events.csv"_s));
    }

    void naiveTimesRunWithAZone()
    {
        const QString naive = m_files.write(u"naive-ok.csv"_s, "time,price\n2025-01-01 05:30:00,100\n"_ba);
        const QString out = m_files.dir.filePath(u"tz-out"_s);
        const BacktestCliRun run = runBacktestCli({ u"--config"_s, m_config, u"--ticks"_s, naive, u"--symbol"_s,
            u"BTCUSDT"_s, u"--tz"_s, u"+05:30"_s, u"--out"_s, out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        const auto files = folderContents(out);
        const QJsonObject summary = QJsonDocument::fromJson(files.value(u"summary.json"_s)).object();
        QCOMPARE(summary.value(u"inputs"_s).toArray()[0].toObject().value(u"from"_s).toInteger(), 1735689600000);
        // Not a terminal: no progress on standard error.
        QVERIFY2(run.standardError.isEmpty(), qPrintable(run.standardError));
    }
};

QTEST_GUILESS_MAIN(TestBacktestCli)
#include "tst_backtestcli.moc"
