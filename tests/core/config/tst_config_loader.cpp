// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTestSupport.h"
#include "DecimalPrinter.h"
#include "config/ConfigLoader.h"
#include "config/ConfigValidator.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace trd::core;
using namespace trd::core::test;
using namespace Qt::Literals::StringLiterals;

class TestConfigLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedDefaultsWhenKeysAreMissing()
    {
        const auto result = ConfigLoader::fromJson(bytes(symbolDoc({})));
        QVERIFY2(result, qPrintable(result.error().message));
        const SymbolConfig s = result->symbols.value(u"TESTUSDT"_s);
        QCOMPARE(s.enableTrancheManagement, false);
        QCOMPARE(s.trancheIsolationThreshold, d(u"5"));
        QCOMPARE(s.maxTranches, 3);
        QCOMPARE(s.maxIsolatedTranches, 2);
        QCOMPARE(s.allowTrancheWhileIsolated, true);
        QCOMPARE(s.trancheAutoCloseIsolated, false);
        QCOMPARE(s.trancheRecoveryThreshold, d(u"0.5"));
        QCOMPARE(toString(s.closingStrategy), u"LIFO"_s);
        QCOMPARE(toString(s.isolationAction), u"HOLD"_s);
        QCOMPARE(s.isolationPartialClosePercent, d(u"50"));
        QCOMPARE(s.longVolumeThresholdUSDT, d(u"1000"));
        QCOMPARE(s.shortVolumeThresholdUSDT, d(u"2500"));
        QCOMPARE(s.longTradeSize.has_value(), false);
        QCOMPARE(s.shortTradeSize.has_value(), false);
        QCOMPARE(s.maxPositionMarginUSDT.has_value(), false);
        QCOMPARE(toString(s.orderType), u"LIMIT"_s);
        QCOMPARE(s.maxSlippageBps, d(u"50"));
        QCOMPARE(s.thresholdTimeWindow, qint64(60000));
        QCOMPARE(s.thresholdCooldown, qint64(30000));
        QCOMPARE(toString(s.tradeSide), u"OPPOSITE"_s);
        QCOMPARE(toString(s.marginType), u"CROSSED"_s);
        const GlobalConfig &g = result->global;
        QCOMPARE(g.paperMode, true);
        QCOMPARE(toString(g.positionMode), u"ONE_WAY"_s);
        QCOMPARE(g.maxOpenPositions, 5);
        QCOMPARE(g.syncIntervalSeconds, 10);
        QCOMPARE(g.syncDriftPercent, d(u"1"));
        QCOMPARE(g.closedRetentionDays, 90);
        QCOMPARE(g.pnlPersistSeconds, 5);
        QCOMPARE(g.paperTakerFeePercent, d(u"0.04"));
        QCOMPARE(g.paperMakerFeePercent, d(u"0.02"));
        QCOMPARE(g.paperSlippageBps, d(u"0"));
        QCOMPARE(g.paperStartingBalanceUSDT, d(u"10000"));
        QCOMPARE(g.paperFundingRatePercent, d(u"0.01"));
        QCOMPARE(g.markRecording, u"candles"_s);
        QCOMPARE(g.liquidationRetentionDays, 7);
    }

    void paperLiquidationAndFundingKeys_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("error"); // empty: loads
        const auto symbol = [](const QJsonValue &v) { return symbolDoc({ { u"marginType"_s, v } }); };
        const auto global = [](const QString &key, const QJsonValue &v) {
            return QJsonObject { { u"global"_s, QJsonObject { { key, v } } } };
        };
        QTest::newRow("ISOLATED") << symbol(u"ISOLATED"_s) << QString();
        QTest::newRow("CROSSED") << symbol(u"CROSSED"_s) << QString();
        QTest::newRow("Binance's spelling only: CROSS is refused")
            << symbol(u"CROSS"_s) << u"symbols.TESTUSDT.marginType: \"CROSS\" is not one of CROSSED, ISOLATED"_s;
        QTest::newRow("lower case is refused")
            << symbol(u"isolated"_s) << u"symbols.TESTUSDT.marginType: \"isolated\" is not one of CROSSED, ISOLATED"_s;
        QTest::newRow("a typed zero balance is refused, not defaulted") << global(u"paperStartingBalanceUSDT"_s,
            0) << u"global.paperStartingBalanceUSDT: 0 is out of range (0, 1000000000000]"_s;
        QTest::newRow("a negative balance") << global(u"paperStartingBalanceUSDT"_s,
            u"-5"_s) << u"global.paperStartingBalanceUSDT: -5 is out of range (0, 1000000000000]"_s;
        QTest::newRow("a balance as a string") << global(u"paperStartingBalanceUSDT"_s, u"2500.5"_s) << QString();
        QTest::newRow("a negative funding rate: shorts pay")
            << global(u"paperFundingRatePercent"_s, -0.0125) << QString();
        QTest::newRow("zero funding") << global(u"paperFundingRatePercent"_s, 0) << QString();
        QTest::newRow("funding beyond the widest cap")
            << global(u"paperFundingRatePercent"_s, 4) << u"global.paperFundingRatePercent: 4 is out of range -3–3"_s;
        QTest::newRow("mark recording as ticks") << global(u"markRecording"_s, u"ticks"_s) << QString();
        QTest::newRow("mark recording as a number")
            << global(u"markRecording"_s, 1) << u"global.markRecording: 1 is not one of off, ticks, candles"_s;
        QTest::newRow("liquidations kept forever") << global(u"liquidationRetentionDays"_s, 0) << QString();
        QTest::newRow("liquidation retention as a fraction") << global(u"liquidationRetentionDays"_s,
            1.5) << u"global.liquidationRetentionDays: expected a whole number, got 1.5"_s;
        QTest::newRow("funding as a word") << global(u"paperFundingRatePercent"_s, u"high"_s)
                                           << u"global.paperFundingRatePercent: expected a number, got \"high\""_s;
    }
    void paperLiquidationAndFundingKeys()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, error);
        const auto result = ConfigLoader::fromJsonObject(document);
        if (error.isEmpty()) {
            QVERIFY2(result, qPrintable(result.error().message));
            const QJsonObject saved = ConfigLoader::toJson(*result);
            const auto again = ConfigLoader::fromJsonObject(saved);
            QVERIFY2(again, qPrintable(again.error().message));
            QCOMPARE(again->global.paperStartingBalanceUSDT, result->global.paperStartingBalanceUSDT);
            QCOMPARE(again->global.paperFundingRatePercent, result->global.paperFundingRatePercent);
            QCOMPARE(
                toString(again->symbol(u"TESTUSDT"_s).marginType), toString(result->symbol(u"TESTUSDT"_s).marginType));
        } else {
            QVERIFY(!result);
            QCOMPARE(result.error().message, error);
        }
    }

    void everyMissingKeyTakesTheStructDefault_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("path");
        for (const QString &key : symbolKeys()) {
            QTest::addRow("symbols.TESTUSDT.%s missing", qPrintable(key))
                << symbolDoc({}) << u"symbols.TESTUSDT."_s + key;
        }
        for (const QString &key : globalKeys()) {
            QTest::addRow("global.%s missing", qPrintable(key)) << QJsonObject() << u"global."_s + key;
        }
    }
    void everyMissingKeyTakesTheStructDefault()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, path);
        const auto result = ConfigLoader::fromJsonObject(document);
        QVERIFY2(result, qPrintable(result.error().message));
        AppConfig defaults;
        defaults.symbols.insert(u"TESTUSDT"_s, SymbolConfig());
        QCOMPARE(at(ConfigLoader::toJson(result.value()), path), at(ConfigLoader::toJson(defaults), path));
    }

    void optionalKeysAbsentOrNullAreNotSet_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("null is not set") << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty string (the original's emptied field) is not set") << QJsonValue(u""_s);
    }
    void optionalKeysAbsentOrNullAreNotSet()
    {
        QFETCH(QJsonValue, value);
        const auto result = ConfigLoader::fromJsonObject(symbolDoc(
            { { u"longTradeSize"_s, value }, { u"shortTradeSize"_s, value }, { u"maxPositionMarginUSDT"_s, value } }));
        QVERIFY2(result, qPrintable(result.error().message));
        const SymbolConfig s = result->symbols.value(u"TESTUSDT"_s);
        QVERIFY(!s.longTradeSize.has_value());
        QVERIFY(!s.shortTradeSize.has_value());
        QVERIFY(!s.maxPositionMarginUSDT.has_value());
        QVERIFY(
            !ConfigLoader::toJson(result.value())[u"symbols"_s][u"TESTUSDT"_s].toObject().contains(u"longTradeSize"_s));
    }

    void everyRangeBound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isInteger");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("rangeText");
        for (const KeyRange &range : ConfigValidator::ranges()) {
            const QString path
                = (range.scope == ConfigScope::Symbol ? u"symbols.TESTUSDT."_s : u"global."_s) + range.key;
            // The smallest step outside a bound: one for whole numbers, 1e-18 for decimals.
            const Decimal step = range.isInteger ? Decimal::fromInt(1) : Decimal::fromRaw(1);
            const auto row = [&](const char *what, Decimal value, bool accepted) {
                QTest::addRow("%s %s %s", qPrintable(path), what, qPrintable(value.toString()))
                    << path << range.isInteger << value.toString() << accepted << range.text();
            };
            if (range.minInclusive) {
                row("lowest allowed, accepted:", range.min, true);
                row("just below, refused:", range.min - step, false);
            } else {
                row("excluded bound, refused:", range.min, false);
                row("just above, accepted:", range.min + step, true);
            }
            if (range.maxInclusive) {
                row("highest allowed, accepted:", range.max, true);
                row("just above, refused:", range.max + step, false);
            } else {
                row("excluded bound, refused:", range.max, false);
                row("just below, accepted:", range.max - step, true);
            }
        }
    }
    void everyRangeBound()
    {
        QFETCH(QString, path);
        QFETCH(bool, isInteger);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QFETCH(QString, rangeText);

        const QStringList parts = path.split(u'.');
        const QString key = parts.last();
        // Whole numbers go in as JSON numbers, decimals as strings: both forms are read.
        const QJsonValue json = isInteger ? QJsonValue(value.toLongLong()) : QJsonValue(value);
        QJsonObject keys { { key, json } };
        // The two tranche limits must agree (maxIsolatedTranches ≤ maxTranches) to be accepted.
        if (accepted && (key == u"maxTranches" || key == u"maxIsolatedTranches")) {
            keys.insert(u"maxTranches"_s, json);
            keys.insert(u"maxIsolatedTranches"_s, json);
        }
        const QJsonObject document = parts.first() == u"global" ? globalDoc(keys) : symbolDoc(keys);

        const auto result = ConfigLoader::fromJsonObject(document);
        if (accepted) {
            QVERIFY2(result, qPrintable(result.error().message));
            QCOMPARE(text(at(ConfigLoader::toJson(result.value()), path)), value);
        } else {
            QVERIFY(!result);
            QCOMPARE(lines(result.error()), QStringList { u"%1: %2 is out of range %3"_s.arg(path, value, rangeText) });
        }
    }

    void acceptanceCase27_data()
    {
        QTest::addColumn<QJsonObject>("symbol");
        QTest::addColumn<QString>("expected");
        QTest::newRow("maxTranches 0 names the path, the value 0 and the range 1–10")
            << QJsonObject { { u"maxTranches"_s, 0 } } << u"symbols.TESTUSDT.maxTranches: 0 is out of range 1–10"_s;
        QTest::newRow("trancheIsolationThreshold 0 is refused, not turned into 5")
            << QJsonObject { { u"trancheIsolationThreshold"_s, 0 } }
            << u"symbols.TESTUSDT.trancheIsolationThreshold: 0 is out of range (0, 100]"_s;
        QTest::newRow("maxIsolatedTranches 4 with maxTranches 3 names both keys")
            << QJsonObject { { u"maxTranches"_s, 3 }, { u"maxIsolatedTranches"_s, 4 } }
            << u"symbols.TESTUSDT.maxIsolatedTranches: 4 is more than symbols.TESTUSDT.maxTranches (3); it must be "
               u"at most maxTranches"_s;
    }
    void acceptanceCase27()
    {
        QFETCH(QJsonObject, symbol);
        QFETCH(QString, expected);
        const auto result = ConfigLoader::fromJsonObject(symbolDoc(symbol));
        QVERIFY(!result);
        QCOMPARE(lines(result.error()), QStringList { expected });
    }

    void typedZeroIsNeverReplacedByADefault_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("path");
        const auto sym = [](const QString &key, const QJsonValue &v) { return symbolDoc({ { key, v } }); };
        const auto glob = [](const QString &key, const QJsonValue &v) { return globalDoc({ { key, v } }); };
        QTest::newRow("trancheRecoveryThreshold 0 (acceptance 18)")
            << sym(u"trancheRecoveryThreshold"_s, 0) << u"symbols.TESTUSDT.trancheRecoveryThreshold"_s;
        QTest::newRow("closedRetentionDays 0 keeps forever")
            << glob(u"closedRetentionDays"_s, 0) << u"global.closedRetentionDays"_s;
        QTest::newRow("priceOffsetBps 0") << sym(u"priceOffsetBps"_s, 0) << u"symbols.TESTUSDT.priceOffsetBps"_s;
        QTest::newRow("maxSlippageBps \"0\"")
            << sym(u"maxSlippageBps"_s, u"0"_s) << u"symbols.TESTUSDT.maxSlippageBps"_s;
        QTest::newRow("longVolumeThresholdUSDT 0.0")
            << sym(u"longVolumeThresholdUSDT"_s, 0.0) << u"symbols.TESTUSDT.longVolumeThresholdUSDT"_s;
        QTest::newRow("syncDriftPercent 0") << glob(u"syncDriftPercent"_s, 0) << u"global.syncDriftPercent"_s;
        QTest::newRow("paperTakerFeePercent \"0\"")
            << glob(u"paperTakerFeePercent"_s, u"0"_s) << u"global.paperTakerFeePercent"_s;
    }
    void typedZeroIsNeverReplacedByADefault()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, path);
        const auto result = ConfigLoader::fromJsonObject(document);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(text(at(ConfigLoader::toJson(result.value()), path)), u"0"_s);
    }

    void numbersAsStringsOrJsonNumbers_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("stored");
        QTest::newRow("whole number as a string") << u"leverage"_s << QJsonValue(u"5"_s) << u"5"_s;
        QTest::newRow("decimal as a string") << u"trancheRecoveryThreshold"_s << QJsonValue(u"0.5"_s) << u"0.5"_s;
        QTest::newRow("JSON 0.1 is exactly 0.1") << u"tpPercent"_s << QJsonValue(0.1) << u"0.1"_s;
        QTest::newRow("JSON 1.15 is exactly 1.15") << u"slPercent"_s << QJsonValue(1.15) << u"1.15"_s;
        QTest::newRow("JSON 1e-8 is exactly 0.00000001") << u"tradeSize"_s << QJsonValue(1e-8) << u"0.00000001"_s;
        QTest::newRow("string with exponent") << u"tradeSize"_s << QJsonValue(u"5E+2"_s) << u"500"_s;
        QTest::newRow("whole number written 5.0") << u"leverage"_s << QJsonValue(5.0) << u"5"_s;
        QTest::newRow("string with spaces around") << u"leverage"_s << QJsonValue(u" 7 "_s) << u"7"_s;
        QTest::newRow("milliseconds as a string") << u"thresholdTimeWindow"_s << QJsonValue(u"120000"_s) << u"120000"_s;
        QTest::newRow("boolean as a string") << u"useThreshold"_s << QJsonValue(u"true"_s) << u"true"_s;
        QTest::newRow("boolean false as a string")
            << u"allowTrancheWhileIsolated"_s << QJsonValue(u"false"_s) << u"false"_s;
    }
    void numbersAsStringsOrJsonNumbers()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, stored);
        // Decoded from text, as a file would be, so that JSON numbers go through the parser.
        const auto result = ConfigLoader::fromJson(bytes(symbolDoc({ { key, value } })));
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(text(at(ConfigLoader::toJson(result.value()), u"symbols.TESTUSDT."_s + key)), stored);
    }

    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const auto sym = [](const QString &key, const QJsonValue &v) { return bytes(symbolDoc({ { key, v } })); };
        QTest::newRow("symbols section is a number")
            << R"({"symbols": 3})"_ba << u"symbols: expected an object, got 3"_s;
        QTest::newRow("global section is an array")
            << R"({"global": [1]})"_ba << u"global: expected an object, got an array"_s;
        QTest::newRow("api section is a string") << R"({"api": "x"})"_ba << u"api: expected an object, got \"x\""_s;
        QTest::newRow("one symbol is a string")
            << R"({"symbols": {"BTCUSDT": "x"}})"_ba << u"symbols.BTCUSDT: expected an object, got \"x\""_s;
        QTest::newRow("leverage is letters")
            << sym(u"leverage"_s, u"abc"_s) << u"symbols.TESTUSDT.leverage: expected a whole number, got \"abc\""_s;
        QTest::newRow("leverage has a fraction")
            << sym(u"leverage"_s, 5.5) << u"symbols.TESTUSDT.leverage: expected a whole number, got 5.5"_s;
        QTest::newRow("maxTranches is a boolean")
            << sym(u"maxTranches"_s, true) << u"symbols.TESTUSDT.maxTranches: expected a whole number, got true"_s;
        QTest::newRow("tpPercent is an object")
            << sym(u"tpPercent"_s, QJsonObject()) << u"symbols.TESTUSDT.tpPercent: expected a number, got an object"_s;
        QTest::newRow("tradeSize is null")
            << sym(u"tradeSize"_s, QJsonValue::Null) << u"symbols.TESTUSDT.tradeSize: expected a number, got null"_s;
        QTest::newRow("boolean given as 1") << sym(u"enableTrancheManagement"_s,
            1) << u"symbols.TESTUSDT.enableTrancheManagement: expected true or false, got 1"_s;
        QTest::newRow("boolean given as yes") << sym(
            u"vwapProtection"_s, u"yes"_s) << u"symbols.TESTUSDT.vwapProtection: expected true or false, got \"yes\""_s;
        QTest::newRow("position mode BOTH") << R"({"global": {"positionMode": "BOTH"}})"_ba
                                            << u"global.positionMode: \"BOTH\" is not one of ONE_WAY, HEDGE"_s;
        QTest::newRow("closing strategy in lower case")
            << sym(u"closingStrategy"_s, u"lifo"_s)
            << u"symbols.TESTUSDT.closingStrategy: \"lifo\" is not one of LIFO, FIFO, WORST_FIRST, BEST_FIRST"_s;
        QTest::newRow("isolation action unknown")
            << sym(u"isolationAction"_s, u"SELL_ALL"_s)
            << u"symbols.TESTUSDT.isolationAction: \"SELL_ALL\" is not one of HOLD, PARTIAL_CLOSE, REDUCE_LEVERAGE"_s;
        QTest::newRow("STOP_MARKET is no entry order type") << sym(u"orderType"_s,
            u"STOP_MARKET"_s) << u"symbols.TESTUSDT.orderType: \"STOP_MARKET\" is not one of LIMIT, MARKET"_s;
        QTest::newRow("trade side as a number")
            << sym(u"tradeSide"_s, 1) << u"symbols.TESTUSDT.tradeSide: 1 is not one of OPPOSITE, SAME"_s;
        QTest::newRow("vwap timeframe 2m") << sym(u"vwapTimeframe"_s,
            u"2m"_s) << u"symbols.TESTUSDT.vwapTimeframe: \"2m\" is not one of 1m, 5m, 15m, 30m, 1h"_s;
        QTest::newRow("symbol name in lower case")
            << R"({"symbols": {"btcusdt": {}}})"_ba
            << u"symbols.btcusdt: \"btcusdt\" is not a valid symbol name (2–30 capital letters or digits, e.g. BTCUSDT)"_s;
        QTest::newRow("version is a number") << R"({"version": 3})"_ba << u"version: expected a string, got 3"_s;
        QTest::newRow("api key of the wrong type is not echoed")
            << R"({"api": {"apiKey": 123456789}})"_ba << u"api.apiKey: expected a string, got a number"_s;
        QTest::newRow("more decimals than a Decimal holds") << sym(u"tpPercent"_s, u"0.0000000000000000001"_s)
                                                            << u"symbols.TESTUSDT.tpPercent: \"0.0000000000000000001\" "
                                                               u"cannot be used: \"0.0000000000000000001\" is not "
                                                               u"a decimal number: more than 18 decimal places"_s;
        QTest::newRow("whole number too large for the field")
            << R"({"symbols": {"TESTUSDT": {"maxTranches": 1000000000000000}}})"_ba
            << u"symbols.TESTUSDT.maxTranches: 1000000000000000 is out of range 1–10"_s;
        QTest::newRow("document is an array")
            << "[1, 2]"_ba
            << u"the configuration must be a JSON object ({ \"symbols\": …, \"global\": … }), got an array"_s;
    }
    void wrongTypesAreErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto result = ConfigLoader::fromJson(json);
        QVERIFY(!result);
        QCOMPARE(lines(result.error()), QStringList { expected });
    }

    void malformedJsonNamesTheLineAndOffset_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("trailing comma on line 3")
            << "{\n  \"symbols\": {\n    \"BTCUSDT\": {\"leverage\": 5,}\n  }\n}"_ba << u"line 3"_s;
        QTest::newRow("missing comma on line 2") << "{\"version\": \"1\"\n \"global\": {}}"_ba << u"line 2"_s;
        QTest::newRow("truncated file") << "{\"symbols\": {"_ba << u"line 1"_s;
        QTest::newRow("empty file") << QByteArray() << u"line 1"_s;
    }
    void malformedJsonNamesTheLineAndOffset()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const auto result = ConfigLoader::fromJson(json);
        QVERIFY(!result);
        const QString message = result.error().message;
        QVERIFY2(message.startsWith(u"invalid JSON at "_s + where + u", column "_s), qPrintable(message));
        QVERIFY2(message.contains(u"(offset "_s), qPrintable(message));
    }

    void loadFileNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"global\": ");
        file.close();
        const auto broken = ConfigLoader::loadFile(path);
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.startsWith(path + u": invalid JSON at line 1"_s),
            qPrintable(broken.error().message));

        const auto missing = ConfigLoader::loadFile(dir.filePath(u"absent.json"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"absent.json"_s), qPrintable(missing.error().message));
    }

    void allErrorsAreReported()
    {
        const QByteArray json = R"({
            "symbols": {
                "TESTUSDT": {"maxTranches": 0, "leverage": "abc", "trancheIsolationThreshold": 0},
                "ETHUSDT": {"tpPercent": 0}
            },
            "global": {"positionMode": "BOTH", "maxOpenPositions": 51}
        })"_ba;
        const auto result = ConfigLoader::fromJson(json);
        QVERIFY(!result);
        QStringList reported = lines(result.error());
        reported.sort();
        QStringList expected {
            u"global.maxOpenPositions: 51 is out of range 1–50"_s,
            u"global.positionMode: \"BOTH\" is not one of ONE_WAY, HEDGE"_s,
            u"symbols.ETHUSDT.tpPercent: 0 is out of range (0, 1000]"_s,
            u"symbols.TESTUSDT.leverage: expected a whole number, got \"abc\""_s,
            u"symbols.TESTUSDT.maxTranches: 0 is out of range 1–10"_s,
            u"symbols.TESTUSDT.trancheIsolationThreshold: 0 is out of range (0, 100]"_s,
        };
        expected.sort();
        QCOMPARE(reported, expected);
    }

    void warningsDoNotStopTheLoad()
    {
        QList<ConfigIssue> warnings;
        const auto result = ConfigLoader::fromJsonObject(
            symbolDoc({ { u"maxTranches"_s, 3 }, { u"maxIsolatedTranches"_s, 3 }, { u"slPercent"_s, 8 } }), &warnings);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().path, u"symbols.TESTUSDT.maxIsolatedTranches"_s);
        QCOMPARE(warnings.first().isError, false);
        QVERIFY(warnings.first().message.contains(u"no slot left for fresh entries"_s));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_config_loader.moc"
