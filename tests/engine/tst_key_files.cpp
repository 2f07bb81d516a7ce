// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeyFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {
bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.setPermissions(permissions);
}
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

class TstKeyFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aKeyFileOthersCanReachIsRefused_data();
    void aKeyFileOthersCanReachIsRefused();
    void anOwnersKeyFileGivesItsKeys();
    void aLineThatIsNotAKeyIsNamedWithoutItsContent();
    void systemdCredentialsGiveTheirKeys();
};

void TstKeyFiles::aKeyFileOthersCanReachIsRefused_data()
{
    QTest::addColumn<int>("permissions");
    QTest::addColumn<QString>("mode");
    QTest::newRow("readable by all (0644)")
        << int(kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther) << u"0644"_s;
    QTest::newRow("readable by the group (0640)") << int(kOwnerOnly | QFileDevice::ReadGroup) << u"0640"_s;
    QTest::newRow("writable by others (0602)") << int(kOwnerOnly | QFileDevice::WriteOther) << u"0602"_s;
}

void TstKeyFiles::aKeyFileOthersCanReachIsRefused()
{
    QFETCH(int, permissions);
    QFETCH(QString, mode);
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"keys"_s);
    QVERIFY(writeFile(path, "aster-api-key=k\naster-api-secret=s\n", QFileDevice::Permissions(permissions)));
    QCOMPARE(KeyFiles::modeText(path), mode);
    const auto loaded = KeyFiles::loadKeyFile(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(u"key file %1 has mode %2"_s.arg(path, mode)),
        qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(u"chmod 600"_s));
}

void TstKeyFiles::anOwnersKeyFileGivesItsKeys()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"keys"_s);
    QVERIFY(writeFile(path, "# the API wallet\n\naster-v3-user = 0xabc\naster-v3-signer-key=0xdef=\n", kOwnerOnly));
    auto loaded = KeyFiles::loadKeyFile(path);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QVERIFY(loaded.value()->hasV3Keys());
    QVERIFY(!loaded.value()->hasHmacKeys());
    QCOMPARE(loaded.value()->read(SecretStore::v3UserName()), u"0xabc"_s);
    QCOMPARE(loaded.value()->read(SecretStore::v3SignerKeyName()), u"0xdef="_s);
    QVERIFY(!KeyFiles::loadKeyFile(path + u".missing"_s));
}

void TstKeyFiles::aLineThatIsNotAKeyIsNamedWithoutItsContent()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"keys"_s);
    QVERIFY(writeFile(path, "aster-api-key=k\nsecret-that-lost-its-name\n", kOwnerOnly));
    const auto loaded = KeyFiles::loadKeyFile(path);
    QVERIFY(!loaded);
    QVERIFY(loaded.error().message.contains(u"line 2"_s));
    QVERIFY(!loaded.error().message.contains(u"secret-that-lost"_s));
}

void TstKeyFiles::systemdCredentialsGiveTheirKeys()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(QDir(dir.path()).filePath(u"aster-api-key"_s), "key\n", QFileDevice::ReadOwner));
    QVERIFY(writeFile(QDir(dir.path()).filePath(u"aster-api-secret"_s), "secret", QFileDevice::ReadOwner));
    auto loaded = KeyFiles::loadCredentials(dir.path());
    QVERIFY(loaded);
    QVERIFY(loaded.value()->hasHmacKeys());
    QCOMPARE(loaded.value()->read(SecretStore::apiKeyName()), u"key"_s);
    QTemporaryDir empty;
    auto none = KeyFiles::loadCredentials(empty.path());
    QVERIFY(none);
    QVERIFY(!none.value()->hasApiKeys());
}

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstKeyFiles)
#include "tst_key_files.moc"
