// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"
#include "StorageLog.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSysInfo>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace trd::storage {

namespace {

// Long enough for a user's sqlite3 shell to finish a query; we are the only writer.
constexpr int kBusyTimeoutMs = 5000;
// SQLITE_NOTADB: the file's header is not SQLite's.
constexpr QStringView kNotADatabaseCode = u"26";

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return u"trd.storage.%1"_s.arg(counter.fetch_add(1) + 1);
}

bool isNotADatabase(const QSqlError &error)
{
    return error.nativeErrorCode() == kNotADatabaseCode
        || error.databaseText().contains(u"not a database"_s, Qt::CaseInsensitive);
}

} // namespace

core::Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    std::unique_ptr<Database> db(new Database(path));
    // The order matters: nothing is written to the file before it is known to be ours.
    if (auto locked = options.readOnly ? core::Result<void>() : db->lock(); !locked) {
        return locked.error();
    }
    if (auto connected = db->connect(options.readOnly); !connected) {
        return connected.error();
    }
    if (auto owned = db->checkOwnership(); !owned) {
        return owned.error();
    }
    if (options.readOnly) {
        if (db->m_schemaVersion == 0) {
            return core::Error { u"%1 is not a TrancheDesk database (it is empty)"_s.arg(path) };
        }
        if (db->m_schemaVersion != Migrations::latestVersion()) {
            return core::Error { u"%1 has schema %2 and this build reads %3: open it once with TrancheDesk to upgrade "
                                 u"it"_s.arg(path, QString::number(db->m_schemaVersion),
                                     QString::number(Migrations::latestVersion())) };
        }
        if (auto done = db->exec(u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs), u"opening %1"_s.arg(path)); !done) {
            return done.error();
        }
        if (auto prepared = db->prepareTransactionStatements(); !prepared) {
            return prepared.error();
        }
        qCInfo(lcStorage) << "opened" << path << "read-only, schema" << db->m_schemaVersion;
        return db;
    }
    if (auto configured = db->configure(options); !configured) {
        return configured.error();
    }
    if (auto prepared = db->prepareTransactionStatements(); !prepared) {
        return prepared.error();
    }
    auto migrated = Migrations::apply(*db, db->m_schemaVersion);
    if (!migrated) {
        return migrated.error();
    }
    db->m_schemaVersion = migrated.value();
    qCInfo(lcStorage) << "opened" << path << "schema" << db->m_schemaVersion << "durable" << options.durable;
    return db;
}

Database::Database(const QString &path)
    : m_path(path)
{ }

Database::~Database()
{
    if (m_depth > 0 && m_rollback) {
        qCWarning(lcStorage) << "closing" << m_path << "inside a transaction; rolling it back";
        m_rollback->exec();
    }
    // removeDatabase() wants every query on the connection gone first.
    m_begin.reset();
    m_commit.reset();
    m_rollback.reset();
    if (!m_connectionName.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset(); // unlocks: the file is free for the next process only once it is closed
}

core::Result<void> Database::lock()
{
    if (m_path == kInMemoryPath) {
        return {};
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return core::Error { u"cannot create the folder %1 for the database"_s.arg(info.absolutePath()) };
    }
    auto lockFile = std::make_unique<QLockFile>(m_path + u".lock"_s);
    // Only a lock whose process is gone is stale; a long-running TrancheDesk keeps its lock.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(0)) {
        m_lock = std::move(lockFile);
        return {};
    }
    switch (lockFile->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString hostName;
        QString appName;
        lockFile->getLockInfo(&pid, &hostName, &appName);
        const QString where = hostName.isEmpty() || hostName == QSysInfo::machineHostName()
            ? QString()
            : u" on host %1"_s.arg(hostName);
        return core::Error { u"database %1 is already in use by another TrancheDesk process (pid %2%3)"_s.arg(
            m_path, QString::number(pid), where) };
    }
    case QLockFile::PermissionError:
        return core::Error { u"cannot open database %1: no permission to create its lock file %1.lock"_s.arg(m_path) };
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return core::Error { u"cannot open database %1: its lock file %1.lock could not be created"_s.arg(m_path) };
}

core::Result<void> Database::connect(bool readOnly)
{
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        return core::Error { u"cannot open database %1: the Qt SQLite driver (QSQLITE) is not available"_s.arg(
            m_path) };
    }
    m_db.setDatabaseName(m_path);
    if (readOnly) {
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    }
    if (!m_db.open()) {
        return sqlError(u"opening database %1"_s.arg(m_path), m_db.lastError());
    }
    return {};
}

core::Result<qint64> Database::pragmaValue(const QString &pragma)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next()) {
        const QSqlError error = query.lastError();
        if (isNotADatabase(error)) {
            return core::Error { u"%1 is not a TrancheDesk database (not an SQLite file)"_s.arg(m_path) };
        }
        return sqlError(u"reading PRAGMA %1 of %2"_s.arg(pragma, m_path), error);
    }
    return query.value(0).toLongLong();
}

core::Result<void> Database::checkOwnership()
{
    const auto applicationId = pragmaValue(u"application_id"_s);
    if (!applicationId) {
        return applicationId.error();
    }
    const auto userVersion = pragmaValue(u"user_version"_s);
    if (!userVersion) {
        return userVersion.error();
    }
    QSqlQuery tables(m_db);
    tables.setForwardOnly(true);
    if (!tables.exec(
            u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s)
        || !tables.next()) {
        return sqlError(u"listing the tables of %1"_s.arg(m_path), tables.lastError());
    }
    const qint64 tableCount = tables.value(0).toLongLong();
    tables.finish();

    // An empty file (new, or created by SQLite with nothing in it) is ours to initialise.
    const bool isEmpty = applicationId.value() == 0 && userVersion.value() == 0 && tableCount == 0;
    if (applicationId.value() != kApplicationId && !isEmpty) {
        return core::Error { u"%1 is not a TrancheDesk database (it belongs to another application)"_s.arg(m_path) };
    }
    const int latest = Migrations::latestVersion();
    if (userVersion.value() > latest) {
        return core::Error { u"%1 was written by a newer TrancheDesk (schema %2, this build knows %3)"_s.arg(
            m_path, QString::number(userVersion.value()), QString::number(latest)) };
    }
    m_schemaVersion = int(userVersion.value());
    return {};
}

core::Result<void> Database::configure(const Options &options)
{
    if (m_path != kInMemoryPath) {
        QSqlQuery wal(m_db);
        wal.setForwardOnly(true);
        if (!wal.exec(u"PRAGMA journal_mode = WAL"_s) || !wal.next()) {
            return sqlError(u"switching %1 to WAL mode"_s.arg(m_path), wal.lastError());
        }
        const QString mode = wal.value(0).toString();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            return core::Error { u"cannot switch %1 to WAL mode (SQLite kept journal mode %2)"_s.arg(m_path, mode) };
        }
    }
    const QString synchronous = options.durable ? u"FULL"_s : u"NORMAL"_s;
    const QString pragmas[] = {
        u"foreign_keys = ON"_s,
        u"synchronous = "_s + synchronous,
        u"busy_timeout = %1"_s.arg(kBusyTimeoutMs),
        u"application_id = %1"_s.arg(kApplicationId),
    };
    for (const QString &pragma : pragmas) {
        if (auto done = exec(u"PRAGMA "_s + pragma, u"setting PRAGMA %1 on %2"_s.arg(pragma, m_path)); !done) {
            return done;
        }
    }
    return {};
}

core::Result<void> Database::prepareAll(std::initializer_list<Statement> statements)
{
    for (const Statement &s : statements) {
        auto prepared = prepare(s.sql, u"preparing \"%1\" on %2"_s.arg(s.sql, m_path));
        if (!prepared) {
            return prepared.error();
        }
        s.query->emplace(std::move(prepared).value());
    }
    return {};
}

core::Result<void> Database::prepareTransactionStatements()
{
    auto begin = prepare(u"BEGIN IMMEDIATE"_s, u"preparing BEGIN"_s);
    auto commit = prepare(u"COMMIT"_s, u"preparing COMMIT"_s);
    auto rollback = prepare(u"ROLLBACK"_s, u"preparing ROLLBACK"_s);
    for (const auto *prepared : { &begin, &commit, &rollback }) {
        if (!*prepared) {
            return prepared->error();
        }
    }
    m_begin = std::make_unique<QSqlQuery>(std::move(begin).value());
    m_commit = std::make_unique<QSqlQuery>(std::move(commit).value());
    m_rollback = std::make_unique<QSqlQuery>(std::move(rollback).value());
    return {};
}

core::Result<void> Database::begin()
{
    if (m_depth == 0) {
        if (!m_begin->exec()) {
            return sqlError(u"beginning a transaction on %1"_s.arg(m_path), m_begin->lastError());
        }
        m_doomed = false;
    }
    ++m_depth;
    return {};
}

core::Result<void> Database::commit()
{
    if (m_depth == 0) {
        return core::Error { u"committing on %1: there is no transaction to commit"_s.arg(m_path) };
    }
    if (--m_depth > 0) {
        return {};
    }
    if (m_doomed) {
        m_doomed = false;
        if (!m_rollback->exec()) {
            qCWarning(lcStorage) << "rolling back on" << m_path << "failed:" << m_rollback->lastError().text();
        }
        return core::Error { u"committing on %1: an inner step rolled back, so nothing of this transaction was "
                             u"written"_s.arg(m_path) };
    }
    if (!m_commit->exec()) {
        const core::Error error = sqlError(u"committing on %1"_s.arg(m_path), m_commit->lastError());
        // A failed COMMIT can leave the transaction open; close it so the next step starts clean.
        m_rollback->exec();
        return error;
    }
    return {};
}

void Database::rollback()
{
    if (m_depth == 0) {
        qCWarning(lcStorage) << "rollback on" << m_path << "without a transaction";
        return;
    }
    if (--m_depth > 0) {
        m_doomed = true;
        return;
    }
    m_doomed = false;
    if (!m_rollback->exec()) {
        qCWarning(lcStorage) << "rolling back on" << m_path << "failed:" << m_rollback->lastError().text();
    }
}

core::Result<void> Database::exec(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return sqlError(what, query.lastError());
    }
    return {};
}

core::Result<QSqlQuery> Database::prepare(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return sqlError(what, query.lastError());
    }
    return query;
}

core::Error Database::sqlError(const QString &what, const QSqlError &error)
{
    QString text = error.databaseText();
    const QString driverText = error.driverText();
    if (!driverText.isEmpty() && driverText != text) {
        text = text.isEmpty() ? driverText : text + u" ("_s + driverText + u')';
    }
    if (text.isEmpty()) {
        text = u"unknown SQLite error"_s;
    }
    return core::Error { what + u": "_s + text };
}

} // namespace trd::storage
