// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteProfile.h"

#include "secrets/KeyFiles.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QSettings>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
constexpr int kDefaultPort = 8787;
const QString kTokenEnv = u"TRANCHEDESK_ENGINE_TOKEN"_s;

QString settingsKey(const QUrl &url, const QString &what)
{
    // QSettings keys treat '/' as a group separator: host:port stays one key.
    return u"remoteEngine/%1/%2"_s.arg(QString(RemoteProfile::keyOf(url)).replace(u':', u'_'), what);
}
} // namespace

core::Result<QUrl> RemoteProfile::urlFor(const QString &address)
{
    const QString text = address.trimmed();
    if (text.isEmpty()) {
        return core::Error { tr("No engine address: give HOST:PORT, for example 127.0.0.1:8787.") };
    }
    QUrl url;
    if (text.startsWith(u"ws://"_s) || text.startsWith(u"wss://"_s)) {
        url = QUrl(text, QUrl::StrictMode);
    } else {
        url = QUrl(u"ws://"_s + text, QUrl::StrictMode);
        const QHostAddress host(url.host());
        const bool isLoopback = url.host() == u"localhost"_s || (!host.isNull() && host.isLoopback());
        url.setScheme(isLoopback ? u"ws"_s : u"wss"_s);
    }
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty()) {
        return core::Error {
            tr("\"%1\" is not an engine address: give HOST:PORT, for example 127.0.0.1:8787.").arg(text)
        };
    }
    if (url.port() == -1) {
        url.setPort(kDefaultPort);
    }
    return url;
}

QString RemoteProfile::keyOf(const QUrl &url)
{
    return u"%1:%2"_s.arg(url.host()).arg(url.port(kDefaultPort));
}

QString RemoteProfile::savedAddress()
{
    return QSettings().value(u"remoteEngine/address"_s).toString();
}

void RemoteProfile::saveAddress(const QString &address)
{
    QSettings().setValue(u"remoteEngine/address"_s, address);
}

QByteArray RemoteProfile::pinnedFingerprint(const QUrl &url)
{
    return QSettings().value(settingsKey(url, u"sha256"_s)).toByteArray();
}

void RemoteProfile::pinFingerprint(const QUrl &url, const QByteArray &sha256Hex)
{
    QSettings().setValue(settingsKey(url, u"sha256"_s), sha256Hex.toLower());
}

QString RemoteProfile::savedToken(SecretStore *secrets, const QUrl &url)
{
    return secrets ? secrets->read(u"engine-token:"_s + keyOf(url)) : QString();
}

bool RemoteProfile::saveToken(SecretStore *secrets, const QUrl &url, const QString &token)
{
    return secrets && secrets->write(u"engine-token:"_s + keyOf(url), token);
}

core::Result<QString> RemoteProfile::readTokenFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return core::Error { tr("token file %1 does not exist").arg(path) };
    }
    const auto others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & others) {
        return core::Error { tr("token file %1 has mode %2: its group or other users can read it. Refusing a token "
                                "others can see; run chmod 600 %1.")
                                 .arg(path, engine::KeyFiles::modeText(path)) };
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return core::Error { u"%1: %2"_s.arg(path, file.errorString()) };
    }
    const QString token = QString::fromUtf8(file.readLine()).trimmed();
    if (token.isEmpty()) {
        return core::Error { tr("token file %1 is empty: its first line must be the token").arg(path) };
    }
    return token;
}

core::Result<QString> RemoteProfile::resolveToken(SecretStore *secrets, const QUrl &url, const QString &tokenFile)
{
    if (!tokenFile.isEmpty()) {
        return readTokenFile(tokenFile);
    }
    if (const QString fromEnv = qEnvironmentVariable(kTokenEnv.toLatin1().constData()); !fromEnv.isEmpty()) {
        return fromEnv.trimmed();
    }
    if (const QString saved = savedToken(secrets, url); !saved.isEmpty()) {
        return saved;
    }
    return core::Error { tr("No token for the engine at %1: give --token-file FILE, set %2, or enter it in File → "
                            "Connect to engine….")
                             .arg(keyOf(url), kTokenEnv) };
}

core::Result<QByteArray> RemoteProfile::probeFingerprint(const QUrl &url, int timeoutMs)
{
    QSslSocket socket;
    QEventLoop loop;
    QByteArray fingerprint;
    QString problem = tr("no answer from %1").arg(keyOf(url));
    // The certificate is read before any verdict on it: pinning decides, not a CA.
    QObject::connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError> &) {
        fingerprint = socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        loop.quit();
    });
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        fingerprint = socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        loop.quit();
    });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&] {
        problem = socket.errorString();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHostEncrypted(url.host(), quint16(url.port(kDefaultPort)));
    loop.exec();
    socket.abort();
    if (fingerprint.isEmpty()) {
        return core::Error { problem };
    }
    return fingerprint;
}

QString RemoteProfile::displayFingerprint(const QByteArray &sha256Hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256Hex.size(); i += 2) {
        pairs << QString::fromLatin1(sha256Hex.mid(i, 2)).toUpper();
    }
    return pairs.join(u':');
}

} // namespace trd::ui
