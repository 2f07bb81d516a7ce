// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTestSupport.h"
#include "DecimalPrinter.h"
#include "config/ConfigLoader.h"
#include "config/ConfigValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace trd::core;
using namespace trd::core::test;
using namespace Qt::Literals::StringLiterals;

class TestConfigSaving : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKeyRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &key : symbolKeys()) {
            QTest::addRow("symbols.BTCUSDT.%s", qPrintable(key)) << u"symbols.BTCUSDT."_s + key;
        }
        for (const QString &key : globalKeys()) {
            QTest::addRow("global.%s", qPrintable(key)) << u"global."_s + key;
        }
        QTest::newRow("version") << u"version"_s;
    }
    void everyKeyRoundTrips()
    {
        QFETCH(QString, path);
        const QJsonObject written = ConfigLoader::toJson(nonDefaultConfig());
        AppConfig defaults;
        defaults.symbols.insert(u"BTCUSDT"_s, SymbolConfig());
        QVERIFY2(
            at(written, path) != at(ConfigLoader::toJson(defaults), path), "the test value must not be the default");

        const auto reread = ConfigLoader::fromJson(bytes(written));
        QVERIFY2(reread, qPrintable(reread.error().message));
        QCOMPARE(at(ConfigLoader::toJson(reread.value()), path), at(written, path));
    }

    void valuesAreWrittenWithTheirJsonTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("written");
        QTest::newRow("decimal as a string") << u"symbols.BTCUSDT.tpPercent"_s << int(QJsonValue::String) << u"1.5"_s;
        QTest::newRow("tiny decimal keeps every digit")
            << u"symbols.BTCUSDT.shortTradeSize"_s << int(QJsonValue::String) << u"0.00000001"_s;
        QTest::newRow("integer as a number") << u"symbols.BTCUSDT.leverage"_s << int(QJsonValue::Double) << u"20"_s;
        QTest::newRow("milliseconds as a number")
            << u"symbols.BTCUSDT.thresholdCooldown"_s << int(QJsonValue::Double) << u"3600000"_s;
        QTest::newRow("boolean as a boolean") << u"global.paperMode"_s << int(QJsonValue::Bool) << u"false"_s;
        QTest::newRow("enum as its text")
            << u"symbols.BTCUSDT.closingStrategy"_s << int(QJsonValue::String) << u"WORST_FIRST"_s;
        QTest::newRow("trade side as its text")
            << u"symbols.BTCUSDT.tradeSide"_s << int(QJsonValue::String) << u"SAME"_s;
        QTest::newRow("position mode as its text") << u"global.positionMode"_s << int(QJsonValue::String) << u"HEDGE"_s;
    }
    void valuesAreWrittenWithTheirJsonTypes()
    {
        QFETCH(QString, path);
        QFETCH(int, type);
        QFETCH(QString, written);
        const QJsonValue value = at(ConfigLoader::toJson(nonDefaultConfig()), path);
        QCOMPARE(int(value.type()), type);
        QCOMPARE(text(value), written);
    }

    void acceptanceCase28ImportsTheOriginalBotConfig()
    {
        QVERIFY2(QFile::exists(kFixture), qPrintable(u"missing fixture "_s + kFixture));
        QList<ConfigIssue> warnings;
        const auto result = ConfigLoader::importOriginalBotConfig(kFixture, &warnings);
        QVERIFY2(result, qPrintable(result.error().message));
        // The original's BTCUSDT stop (10 % at 10x) lies past the liquidation distance (9.64 %), and
        // its two api keys are in plain text (tst_config_secrets covers those).
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings.first().path, u"symbols.BTCUSDT.slPercent"_s);
        QVERIFY(!warnings.first().isError);
        const AppConfig &config = result.value();
        QCOMPARE(config.symbols.keys(), (QStringList { u"BTCUSDT"_s, u"ETHUSDT"_s }));
        QCOMPARE(config.apiKey, kFakeApiKey);
        QCOMPARE(config.secretKey, kFakeSecret);
        QCOMPARE(config.version, u"1.1.0"_s);
        QCOMPARE(toString(config.global.positionMode), u"HEDGE"_s);

        const SymbolConfig btc = config.symbol(u"BTCUSDT"_s);
        QCOMPARE(btc.longVolumeThresholdUSDT, d(u"10000")); // from the legacy volumeThresholdUSDT
        QCOMPARE(btc.shortVolumeThresholdUSDT, d(u"10000"));
        QCOMPARE(btc.tpPercent, d(u"1.5"));
        QCOMPARE(btc.maxPositionMarginUSDT, std::optional<Decimal>(d(u"200")));
        QCOMPARE(btc.enableTrancheManagement, true);
        QCOMPARE(btc.vwapTimeframe, u"5m"_s);

        const SymbolConfig eth = config.symbol(u"ETHUSDT"_s);
        QCOMPARE(eth.longVolumeThresholdUSDT, d(u"5000")); // explicit keys win over the legacy one
        QCOMPARE(eth.shortVolumeThresholdUSDT, d(u"7500"));
        QCOMPARE(eth.tpPercent, d(u"0.8"));
        QCOMPARE(eth.slPercent, d(u"3.5"));
        QCOMPARE(eth.shortTradeSize, std::optional<Decimal>(d(u"10")));
        QCOMPARE(toString(eth.orderType), u"MARKET"_s);
    }

    void plainLoadLeavesTheLegacyThresholdAlone()
    {
        const auto result = ConfigLoader::loadFile(kFixture);
        QVERIFY2(result, qPrintable(result.error().message));
        QCOMPARE(result->symbol(u"BTCUSDT"_s).longVolumeThresholdUSDT, d(u"1000"));
    }

    void legacyThresholdIsRangeChecked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.user.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(symbolDoc({ { u"volumeThresholdUSDT"_s, -5 } })));
        file.close();
        const auto result = ConfigLoader::importOriginalBotConfig(path);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"symbols.TESTUSDT.volumeThresholdUSDT: -5 is out of range 0–"_s),
            qPrintable(result.error().message));
    }

    void unknownKeysSurviveASave_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("unknown top-level section") << u"debug.enabled"_s << QJsonValue(false);
        QTest::newRow("unknown api key") << u"api.baseUrl"_s << QJsonValue(u"https://fapi.asterdex.com"_s);
        QTest::newRow("unknown global number riskPercent") << u"global.riskPercent"_s << QJsonValue(90);
        QTest::newRow("unknown nested global object server") << u"global.server.dashboardPort"_s << QJsonValue(3000);
        QTest::newRow("null inside an unknown object")
            << u"global.server.websocketHost"_s << QJsonValue(QJsonValue::Null);
        QTest::newRow("unknown symbol key") << u"symbols.BTCUSDT.positionSizingMode"_s << QJsonValue(u"FIXED"_s);
        QTest::newRow("unknown symbol text") << u"symbols.ETHUSDT.notes"_s << QJsonValue(u"scalping setup"_s);
        QTest::newRow("legacy threshold kept as it was")
            << u"symbols.BTCUSDT.volumeThresholdUSDT"_s << QJsonValue(10000);
    }
    void unknownKeysSurviveASave()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);
        const auto imported = ConfigLoader::importOriginalBotConfig(kFixture);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QTemporaryDir dir;
        const QString target = dir.filePath(u"config.json"_s);
        const auto saved = ConfigLoader::saveFile(imported.value(), target);
        QVERIFY2(saved, qPrintable(saved.error().message));

        const auto reloaded = ConfigLoader::loadFile(target);
        QVERIFY2(reloaded, qPrintable(reloaded.error().message));
        QCOMPARE(at(reloaded->original, path), expected);
        QCOMPARE(at(ConfigLoader::toJson(reloaded.value()), path), expected); // and a second save keeps it
    }

    void removedSymbolIsRemovedFromTheOutput()
    {
        auto imported = ConfigLoader::importOriginalBotConfig(kFixture);
        QVERIFY2(imported, qPrintable(imported.error().message));
        AppConfig config = imported.value();
        config.symbols.remove(u"ETHUSDT"_s);
        const QJsonObject symbols = ConfigLoader::toJson(config).value(u"symbols"_s).toObject();
        QCOMPARE(symbols.keys(), QStringList { u"BTCUSDT"_s });
    }

    void saveNeverWritesTheSecrets()
    {
        QVERIFY2(QFile::exists(kFixture), qPrintable(u"missing fixture "_s + kFixture));
        const auto imported = ConfigLoader::importOriginalBotConfig(kFixture);
        QVERIFY2(imported, qPrintable(imported.error().message));
        AppConfig config = imported.value();
        QCOMPARE(config.apiKey, kFakeApiKey); // held in memory for the keychain…

        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        const auto saved = ConfigLoader::saveFile(config, path);
        QVERIFY2(saved, qPrintable(saved.error().message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains(kFakeApiKey.toUtf8())); // …but never in the file
        QVERIFY(!written.contains(kFakeSecret.toUtf8()));
        const QJsonObject api = QJsonDocument::fromJson(written).object().value(u"api"_s).toObject();
        QCOMPARE(api.value(u"apiKey"_s), QJsonValue(u""_s));
        QCOMPARE(api.value(u"secretKey"_s), QJsonValue(u""_s));
    }

    void saveThenLoadGivesTheSameConfig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/config.json"_s);
        const AppConfig config = nonDefaultConfig();
        QVERIFY(ConfigLoader::saveFile(config, path));
        QVERIFY(ConfigLoader::saveFile(config, path)); // over an existing file
        const auto reloaded = ConfigLoader::loadFile(path);
        QVERIFY2(reloaded, qPrintable(reloaded.error().message));
        QCOMPARE(ConfigLoader::toJson(reloaded.value()), ConfigLoader::toJson(config));
    }

    void failedSaveLeavesTheOldFile_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("parent folder is a file") << u"parent-is-file"_s;
        QTest::newRow("target is a folder") << u"target-is-folder"_s;
        QTest::newRow("configuration with errors is refused") << u"invalid"_s;
    }
    void failedSaveLeavesTheOldFile()
    {
        QFETCH(QString, failure);
        QTemporaryDir dir;
        const QByteArray oldContent = "{\"version\": \"old\"}\n";
        const auto writeFile = [](const QString &path, const QByteArray &content) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        AppConfig config = nonDefaultConfig();
        QString existing;
        QString target;
        if (failure == u"parent-is-file") {
            existing = dir.filePath(u"config.json"_s);
            target = existing + u"/config.json"_s;
        } else if (failure == u"target-is-folder") {
            // Unwritable for every user, root included (folder permissions would not stop root).
            QVERIFY(QDir(dir.path()).mkdir(u"config.json.d"_s));
            existing = dir.filePath(u"config.json"_s);
            target = dir.filePath(u"config.json.d"_s);
        } else {
            existing = dir.filePath(u"config.json"_s);
            target = existing;
            config.symbols[u"BTCUSDT"_s].maxTranches = 0;
        }
        QVERIFY(writeFile(existing, oldContent));

        const auto saved = ConfigLoader::saveFile(config, target);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(target), qPrintable(saved.error().message));
        if (failure == u"invalid") {
            QVERIFY2(saved.error().message.contains(u"symbols.BTCUSDT.maxTranches: 0 is out of range 1–10"_s),
                qPrintable(saved.error().message));
        }
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), oldContent);
        QCOMPARE(QDir(QFileInfo(existing).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConfigSaving)
#include "tst_config_saving.moc"
