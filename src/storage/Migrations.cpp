// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Database.h"
#include "StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::storage {

namespace {

const QString kMigrationsDir = u":/trd/storage/migrations"_s;

} // namespace

QList<Migrations::Migration> Migrations::available()
{
    QList<Migration> migrations;
    const QDir dir(kMigrationsDir);
    const QStringList files = dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const int version = file.section(u'_', 0, 0).toInt(&ok);
        if (!ok || version <= 0) {
            qCWarning(lcStorage) << "ignoring migration resource without a version number:" << file;
            continue;
        }
        migrations.append({ version, dir.filePath(file) });
    }
    std::sort(migrations.begin(), migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrations::latestVersion()
{
    const QList<Migration> migrations = available();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

core::Result<int> Migrations::apply(Database &db, int currentVersion)
{
    const QList<Migration> migrations = available();
    if (migrations.isEmpty()) {
        return core::Error { u"the schema migrations are missing from this build (%1)"_s.arg(kMigrationsDir) };
    }
    int version = currentVersion;
    for (const Migration &migration : migrations) {
        if (migration.version <= version) {
            continue;
        }
        if (migration.version != version + 1) {
            return core::Error {
                u"migrating %1: schema %2 is followed by %3 in this build; a migration is missing"_s.arg(
                    db.path(), QString::number(version), QString::number(migration.version))
            };
        }
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return core::Error { u"migrating %1: cannot read %2"_s.arg(db.path(), migration.resourcePath) };
        }
        const QString script = QString::fromUtf8(file.readAll());
        const QString what = u"migrating %1 to schema %2 (%3)"_s.arg(
            db.path(), QString::number(migration.version), QFileInfo(migration.resourcePath).fileName());

        if (auto begun = db.begin(); !begun) {
            return begun.error();
        }
        QStringList statements = splitStatements(script);
        statements.append(u"PRAGMA user_version = %1"_s.arg(migration.version));
        for (const QString &statement : std::as_const(statements)) {
            if (auto done = db.exec(statement, what); !done) {
                db.rollback();
                return done.error();
            }
        }
        if (auto committed = db.commit(); !committed) {
            return committed.error();
        }
        version = migration.version;
        qCInfo(lcStorage) << "migrated" << db.path() << "to schema" << version;
    }
    return version;
}

namespace {
// A CREATE TRIGGER statement holds statements of its own between BEGIN and END; its semicolons
// end those, not the trigger.
bool isInsideTriggerBody(const QString &statement)
{
    const QString words = statement.simplified().toUpper();
    const bool isTrigger = words.startsWith(u"CREATE TRIGGER "_s) || words.startsWith(u"CREATE TEMP TRIGGER "_s)
        || words.startsWith(u"CREATE TEMPORARY TRIGGER "_s);
    return isTrigger && !words.endsWith(u" END"_s);
}
} // namespace

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    enum class State
    {
        Code,
        LineComment,
        BlockComment,
        Quoted
    };
    State state = State::Code;
    QChar quote;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
            } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
                state = State::Quoted;
                quote = c == u'[' ? QChar(u']') : c;
                current.append(c);
            } else if (c == u';' && isInsideTriggerBody(current)) {
                current.append(c);
            } else if (c == u';') {
                if (!current.trimmed().isEmpty()) {
                    statements.append(current.trimmed());
                }
                current.clear();
            } else {
                current.append(c);
            }
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Code;
                current.append(c);
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                current.append(u' ');
                ++i;
            }
            break;
        case State::Quoted:
            current.append(c);
            // A doubled quote inside a quoted text is the quote character itself.
            if (c == quote) {
                if (next == quote && quote != u']') {
                    current.append(next);
                    ++i;
                } else {
                    state = State::Code;
                }
            }
            break;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

} // namespace trd::storage
