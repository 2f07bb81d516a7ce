// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineRig.h"
#include "service/TlsIdentity.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {
constexpr int kWait = 30000;
} // namespace

// The engine off loopback: TLS with the self-signed certificate it makes, trusted by a client
// only through the pinned fingerprint. (On 127.0.0.1 here: the test stays on loopback.)
class TstControlTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aPinnedCertificateIsTrustedAndAnotherIsNot();
};

void TstControlTls::initTestCase()
{
    QCoreApplication::setOrganizationName(u"TrancheDeskTests"_s);
    QCoreApplication::setApplicationName(u"TrancheDeskTlsTests"_s);
    if (!QSslSocket::supportsSsl()) {
        QFAIL("Qt has no TLS backend here (libssl)");
    }
}

void TstControlTls::aPinnedCertificateIsTrustedAndAnotherIsNot()
{
    test::EngineRig rig;
    const QString certificate = rig.dir.filePath(u"engine-cert.pem"_s);
    const QString key = rig.dir.filePath(u"engine-key.pem"_s);
    auto made = TlsIdentity::ensureSelfSigned(certificate, key, u"127.0.0.1"_s);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // Made once: a second start keeps the pinned certificate.
    const QByteArray pem = [&] {
        QFile f(certificate);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(TlsIdentity::ensureSelfSigned(certificate, key, u"127.0.0.1"_s));
    QFile again(certificate);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), pem);

    auto tls = TlsIdentity::load(certificate, key);
    QVERIFY2(tls, tls ? "" : qPrintable(tls.error().message));
    const QSslCertificate served = tls.value().localCertificate();
    const QString fingerprint = TlsIdentity::fingerprint(served);
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    rig.settings.tls = tls.value();
    QVERIFY(rig.start());
    QCOMPARE(rig.server->url().scheme(), u"wss"_s);

    ControlClient::Settings pinned { rig.server->url(), rig.controlToken, u"pinned"_s, 0,
        served.digest(QCryptographicHash::Sha256).toHex() };
    ControlClient good(pinned);
    good.open();
    QTRY_VERIFY_WITH_TIMEOUT(good.snapshotCount() == 1, kWait);

    // Another certificate pinned (or none): the TLS handshake fails before any token is sent.
    ControlClient::Settings wrong = pinned;
    wrong.name = u"wrong pin"_s;
    wrong.pinnedSha256 = QByteArray(64, 'a');
    ControlClient bad(wrong);
    QSignalSpy badGone(&bad, &ControlClient::disconnected);
    bad.open();
    QVERIFY(badGone.wait(kWait));
    QCOMPARE(bad.snapshotCount(), 0);
    QVERIFY(!bad.isAuthenticated());

    ControlClient::Settings unpinned = pinned;
    unpinned.pinnedSha256.clear();
    ControlClient naive(unpinned);
    QSignalSpy naiveGone(&naive, &ControlClient::disconnected);
    naive.open();
    QVERIFY(naiveGone.wait(kWait));
    QCOMPARE(naive.snapshotCount(), 0);
    QCOMPARE(rig.server->clientCount(), 1);
}

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstControlTls)
#include "tst_control_tls.moc"
