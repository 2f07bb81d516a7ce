// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace trd::core {

// One API credential written in a configuration file in plain text.
struct PlainSecret
{
    QString path; // "api.apiKey": the only thing about it that may be shown or logged
    QString key; // "apiKey"
    QString value; // handed to the keychain, never to a message or a log
};

// API credentials in a configuration file (formats.md §1: the original web bot keeps them at
// api.apiKey and api.secretKey). TrancheDesk keeps keys only in the OS keychain, so a file that
// holds them is reported (ConfigLoader's warnings) and can be blanked in place: the keychain
// first, then this rewrite.
class ConfigSecrets
{
public:
    // "api.apiKey", "api.secretKey".
    static QStringList fieldPaths();
    // The credentials that are set (non-empty strings), in fieldPaths() order.
    static QList<PlainSecret> find(const QJsonObject &root);
    static Result<QList<PlainSecret>> findInFile(const QString &path);
    // The document with every credential blanked to "". The file's own layout (order, spacing,
    // other keys) is kept by editing only the values' text; where that cannot be proven right the
    // document is written out anew.
    static Result<QByteArray> withoutSecrets(const QByteArray &json);
    // Blanks the credentials in the file atomically (the old file stays whole on any failure).
    // Nothing to do is success.
    static Result<void> removeFromFile(const QString &path);
};

} // namespace trd::core
