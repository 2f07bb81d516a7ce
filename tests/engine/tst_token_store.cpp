// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/TokenStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

class TstTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokensAreKeptOnlyAsSaltedHashes();
    void aRevokedTokenNoLongerOpens();
    void aDamagedFileIsRefusedNamingIt();
};

void TstTokenStore::tokensAreKeptOnlyAsSaltedHashes()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"tokens.json"_s);
    TokenStore tokens(path);
    const QString control = tokens.add(u"laptop"_s, TokenStore::Role::Control).value();
    const QString watch = tokens.add(u"phone"_s, TokenStore::Role::Watch).value();
    QVERIFY(control.startsWith(u"trdc_"_s));
    QVERIFY(watch.startsWith(u"trdw_"_s));
    QVERIFY(control.size() >= 40);

    QFile file(path);
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains(control.toUtf8()));
    QVERIFY(!stored.contains(control.mid(5).toUtf8()));
    QVERIFY(!stored.contains(watch.toUtf8()));

    TokenStore reread(path);
    QVERIFY(reread.load());
    QCOMPARE(reread.entries().size(), 2);
    QCOMPARE(reread.entries().at(0).salt == reread.entries().at(1).salt, false);
    QCOMPARE(reread.verify(control)->name, u"laptop"_s);
    QCOMPARE(reread.verify(control)->role, TokenStore::Role::Control);
    QCOMPARE(reread.verify(watch)->role, TokenStore::Role::Watch);
    QVERIFY(!reread.verify(control.chopped(1)));
    QVERIFY(!reread.verify(QString()));
    QVERIFY(!reread.verify(watch + u"x"_s));
}

void TstTokenStore::aRevokedTokenNoLongerOpens()
{
    QTemporaryDir dir;
    TokenStore tokens(QDir(dir.path()).filePath(u"tokens.json"_s));
    const QString first = tokens.add(u"laptop"_s, TokenStore::Role::Control).value();
    // A new token of the same name replaces the old one.
    const QString second = tokens.add(u"laptop"_s, TokenStore::Role::Watch).value();
    QCOMPARE(tokens.entries().size(), 1);
    QVERIFY(!tokens.verify(first));
    QCOMPARE(tokens.verify(second)->role, TokenStore::Role::Watch);
    QVERIFY(tokens.revoke(u"laptop"_s));
    QVERIFY(!tokens.verify(second));
    const auto unknown = tokens.revoke(u"laptop"_s);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(u"no token named \"laptop\""_s));
    QVERIFY(!tokens.add(QString(), TokenStore::Role::Watch));
}

void TstTokenStore::aDamagedFileIsRefusedNamingIt()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"tokens.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"tokens":[{"name":"x","role":"root","salt":"00","sha256":"ab"}]})");
    file.close();
    TokenStore tokens(path);
    const auto loaded = tokens.load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.startsWith(path), qPrintable(loaded.error().message));
    QVERIFY(!tokens.verify(u"anything"_s));
}

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstTokenStore)
#include "tst_token_store.moc"
