// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFiles.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {
const QStringList kNames { SecretStore::apiKeyName(), SecretStore::apiSecretName(), SecretStore::v3UserName(),
    SecretStore::v3SignerKeyName() };
} // namespace

QString KeyFiles::modeText(const QString &path)
{
    struct stat status
    { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return {};
    }
    return u"0%1"_s.arg(uint(status.st_mode & 0777), 3, 8, QChar(u'0'));
}

core::Result<std::unique_ptr<MemorySecretStore>> KeyFiles::loadKeyFile(const QString &path)
{
    struct stat status
    { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return core::Error { tr("key file %1 does not exist or cannot be read").arg(path) };
    }
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return core::Error { tr("key file %1 has mode %2: its group or other users can read it. "
                                "Refusing to use keys others can see; run chmod 600 %1.")
                                 .arg(path, modeText(path)) };
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return core::Error { u"%1: %2"_s.arg(path, file.errorString()) };
    }
    auto secrets = std::make_unique<MemorySecretStore>();
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        const QString name = line.left(equals).trimmed();
        if (equals < 0 || !kNames.contains(name)) {
            // The line is not quoted: it may hold a key.
            return core::Error { tr("key file %1, line %2: expected name=value with a name among %3")
                                     .arg(path)
                                     .arg(lineNumber)
                                     .arg(kNames.join(u", "_s)) };
        }
        secrets->write(name, line.mid(equals + 1).trimmed());
    }
    return secrets;
}

core::Result<std::unique_ptr<MemorySecretStore>> KeyFiles::loadCredentials(const QString &directory)
{
    auto secrets = std::make_unique<MemorySecretStore>();
    const QDir dir(directory);
    for (const QString &name : kNames) {
        QFile file(dir.filePath(name));
        if (!file.exists()) {
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return core::Error { u"%1: %2"_s.arg(file.fileName(), file.errorString()) };
        }
        secrets->write(name, QString::fromUtf8(file.readAll()).trimmed());
    }
    return secrets;
}

} // namespace trd::engine
