// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <initializer_list>
#include <memory>
#include <optional>

class QLockFile;
class QSqlError;

namespace trd::storage {

struct DatabaseOptions
{
    // FULL syncs the WAL on every commit, so a power cut loses nothing that was committed; NORMAL
    // (for simulations and benchmarks) may lose the last commits but never corrupts the file.
    bool durable = true;
    // For reading only (export): no lock, so it works while the application runs (WAL lets a
    // reader in beside the writer); nothing is written, so it works on a read-only file. The
    // schema must already be this build's: a read-only open cannot migrate.
    bool readOnly = false;
};

// The one owner of a TrancheDesk SQLite file: its connection, the lock that keeps a second
// process out, the pragmas and the schema migrations. Transactions nest by counting: only the
// outermost commit writes, and a rollback at any depth dooms the whole transaction.
class Database
{
public:
    using Options = DatabaseOptions;

    // "TRDH": marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr qint32 kApplicationId = 0x54524448;
    // A path of ":memory:" opens a private in-memory database (no lock file, no WAL).
    static constexpr QStringView kInMemoryPath = u":memory:";

    // Refuses, without writing to it, a file that another process holds, a file that is not
    // SQLite, an SQLite file of another application, or a schema newer than this build.
    static core::Result<std::unique_ptr<Database>> open(const QString &path, const Options &options = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }

    core::Result<void> begin();
    core::Result<void> commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    bool isInTransaction() const { return m_depth > 0; }

    // One-off statements (pragmas, migrations); hot paths keep their own prepared queries.
    core::Result<void> exec(const QString &sql, const QString &what);
    core::Result<QSqlQuery> prepare(const QString &sql, const QString &what);
    // A repository's hot statements, prepared once: each query slot gets its statement, or the
    // first failure names the statement and the file.
    struct Statement
    {
        std::optional<QSqlQuery> *query;
        QString sql;
    };
    core::Result<void> prepareAll(std::initializer_list<Statement> statements);

    // "what: the driver's text", the form of every storage error.
    static core::Error sqlError(const QString &what, const QSqlError &error);

private:
    explicit Database(const QString &path);

    core::Result<void> lock();
    core::Result<void> connect(bool readOnly);
    core::Result<void> checkOwnership();
    core::Result<void> configure(const Options &options);
    core::Result<void> prepareTransactionStatements();
    core::Result<qint64> pragmaValue(const QString &pragma);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_begin;
    std::unique_ptr<QSqlQuery> m_commit;
    std::unique_ptr<QSqlQuery> m_rollback;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_doomed = false;
};

} // namespace trd::storage
