// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTestSupport.h"
#include "config/ConfigLoader.h"
#include "config/ConfigSecrets.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace trd::core;
using namespace trd::core::test;
using namespace Qt::Literals::StringLiterals;

// API keys in a configuration file: found, said without their values, and blanked in the file.
class TestConfigSecrets : public QObject
{
    Q_OBJECT

    static QByteArray fixtureBytes()
    {
        QFile file(kFixture);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("missing fixture %s", qPrintable(kFixture));
        }
        return file.readAll();
    }

    static QString copyOfFixture(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(u"config.user.json"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(fixtureBytes()) < 0) {
            qFatal("cannot copy the fixture");
        }
        return path;
    }

private Q_SLOTS:
    void theOriginalBotsKeysAreFound()
    {
        const auto found = ConfigSecrets::findInFile(kFixture);
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).path, u"api.apiKey"_s);
        QCOMPARE(found->at(0).value, kFakeApiKey);
        QCOMPARE(found->at(1).path, u"api.secretKey"_s);
        QCOMPARE(found->at(1).value, kFakeSecret);
    }

    void blankOrAbsentKeysAreNotSecrets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("blank, as TrancheDesk saves") << R"({"api":{"apiKey":"","secretKey":""}})"_ba;
        QTest::newRow("spaces only") << R"({"api":{"apiKey":"  "}})"_ba;
        QTest::newRow("no api section") << R"({"symbols":{}})"_ba;
        QTest::newRow("null") << R"({"api":{"apiKey":null}})"_ba;
    }
    void blankOrAbsentKeysAreNotSecrets()
    {
        QFETCH(QByteArray, json);
        QVERIFY(ConfigSecrets::find(QJsonDocument::fromJson(json).object()).isEmpty());
        QList<ConfigIssue> warnings;
        QVERIFY(ConfigLoader::fromJson(json, &warnings));
        QVERIFY(warnings.isEmpty());
    }

    void loadingWarnsByNameNeverByValue()
    {
        QList<ConfigIssue> warnings;
        const auto loaded = ConfigLoader::importOriginalBotConfig(kFixture, &warnings);
        QVERIFY2(loaded, qPrintable(loaded.error().message));
        QStringList paths;
        for (const ConfigIssue &w : std::as_const(warnings)) {
            QVERIFY(!w.isError);
            QVERIFY2(!w.message.contains(kFakeApiKey) && !w.message.contains(kFakeSecret), qPrintable(w.message));
            QVERIFY(!w.message.contains(u"FAKE"_s));
            paths << w.path;
        }
        QVERIFY2(paths.contains(u"api.apiKey"_s), qPrintable(paths.join(u", "_s)));
        QVERIFY(paths.contains(u"api.secretKey"_s));
        const auto it = std::find_if(
            warnings.cbegin(), warnings.cend(), [](const ConfigIssue &w) { return w.path == u"api.apiKey"; });
        QVERIFY(it->message.startsWith(u"api.apiKey: "_s));
        QVERIFY(it->message.contains(u"plain text"_s));
        QVERIFY(it->message.contains(u"keychain"_s));
    }

    void theRewrittenFileHasNoSecretAndKeepsEverythingElse()
    {
        QTemporaryDir dir;
        const QString path = copyOfFixture(dir);
        const QByteArray before = fixtureBytes();

        const auto removed = ConfigSecrets::removeFromFile(path);
        QVERIFY2(removed, qPrintable(removed.error().message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        QVERIFY(!after.contains(kFakeApiKey.toUtf8()));
        QVERIFY(!after.contains(kFakeSecret.toUtf8()));
        // Only the two values changed: the trader's layout, order and other keys are as they were.
        QByteArray expected = before;
        expected.replace(kFakeApiKey.toUtf8(), QByteArray());
        expected.replace(kFakeSecret.toUtf8(), QByteArray());
        QCOMPARE(after, expected);
        const auto reloaded = ConfigLoader::importOriginalBotConfig(path);
        QVERIFY2(reloaded, qPrintable(reloaded.error().message));
        QVERIFY(reloaded->apiKey.isEmpty());
        QVERIFY(reloaded->secretKey.isEmpty());
        QCOMPARE(reloaded->symbols.keys(), (QStringList { u"BTCUSDT"_s, u"ETHUSDT"_s }));
        QCOMPARE(at(reloaded->original, u"api.baseUrl"_s).toString(), u"https://fapi.asterdex.com"_s);
        const auto again = ConfigSecrets::findInFile(path);
        QVERIFY(again && again->isEmpty());
    }

    void anAmbiguousFileIsWrittenAnewStillWithoutSecrets()
    {
        // An "apiKey" that is not the credential (inside a symbol) must survive; the text edit
        // cannot tell them apart, so the document is written out anew.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"symbols\":{\"BTCUSDT\":{\"apiKey\":\"kept\"}},"
                   "\"api\":{\"apiKey\":\"AK-1\",\"secretKey\":\"SK-\\\"2\"}}");
        file.close();
        QVERIFY(ConfigSecrets::removeFromFile(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(at(root, u"api.apiKey"_s).toString(), QString());
        QCOMPARE(at(root, u"api.secretKey"_s).toString(), QString());
        QCOMPARE(at(root, u"symbols.BTCUSDT.apiKey"_s).toString(), u"kept"_s);
    }

    void nothingToRemoveLeavesTheFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        const QByteArray text = "{ \"api\": { \"apiKey\": \"\" },\n  \"symbols\": {} }\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QVERIFY(ConfigSecrets::removeFromFile(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }

    void aBrokenFileIsRefusedAndLeftAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"api":{"apiKey":"AK-1")");
        file.close();
        const auto removed = ConfigSecrets::removeFromFile(path);
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.startsWith(path), qPrintable(removed.error().message));
        QVERIFY(!removed.error().message.contains(u"AK-1"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), R"({"api":{"apiKey":"AK-1")"_ba);
    }
};

QTEST_GUILESS_MAIN(TestConfigSecrets)
#include "tst_config_secrets.moc"
