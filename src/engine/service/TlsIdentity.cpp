// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsIdentity.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

core::Result<QSslConfiguration> TlsIdentity::load(const QString &certificatePath, const QString &keyPath)
{
    const auto certificates = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (certificates.isEmpty()) {
        return core::Error { tr("%1 holds no PEM certificate").arg(certificatePath) };
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return core::Error { u"%1: %2"_s.arg(keyPath, keyFile.errorString()) };
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    }
    if (key.isNull()) {
        return core::Error { tr("%1 holds no unencrypted PEM EC or RSA private key").arg(keyPath) };
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(certificates);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

core::Result<void> TlsIdentity::ensureSelfSigned(
    const QString &certificatePath, const QString &keyPath, const QString &hostName)
{
    if (QFileInfo::exists(certificatePath) && QFileInfo::exists(keyPath)) {
        return {};
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        return core::Error { tr("no openssl command to make a self-signed certificate: install openssl, "
                                "or give --tls-cert and --tls-key") };
    }
    const bool isAddress = !QHostAddress(hostName).isNull();
    const QString altName = (isAddress ? u"IP:"_s : u"DNS:"_s) + hostName;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A P-256 key: small, fast, and what every TLS 1.2/1.3 client speaks. Ten years: a pinned
    // fingerprint that changes is more trouble than an old certificate on a private link.
    process.start(openssl,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-days"_s, u"3650"_s, u"-subj"_s, u"/CN=tranchedesk-engine"_s, u"-addext"_s,
            u"subjectAltName="_s + altName, u"-keyout"_s, keyPath, u"-out"_s, certificatePath });
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return core::Error { tr("openssl could not make a self-signed certificate: %1")
                                 .arg(QString::fromLocal8Bit(process.readAll()).trimmed()) };
    }
    QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QString TlsIdentity::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace trd::engine
