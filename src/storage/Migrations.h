// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trd::storage {

class Database;

// Forward-only schema migrations compiled into the library as resources
// (:/trd/storage/migrations/NNNN_name.sql). Migration N takes the file from schema N−1 to N in one
// transaction that also sets PRAGMA user_version = N, so a crash leaves one schema or the next.
class Migrations
{
public:
    struct Migration
    {
        int version = 0;
        QString resourcePath;
    };

    static QList<Migration> available(); // version order
    static int latestVersion();

    // Applies every migration above `currentVersion`; returns the version reached.
    static core::Result<int> apply(Database &db, int currentVersion);

    // Splits a script into statements at the semicolons outside quotes and comments
    // (QSqlQuery runs one statement at a time). Scripts must not contain triggers.
    static QStringList splitStatements(const QString &script);
};

} // namespace trd::storage
