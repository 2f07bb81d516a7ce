// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>

// A plain QSQLITE connection that bypasses trd::storage::Database (no lock, no checks): for tests
// that prepare foreign files or damage a row behind the store's back.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(QStringLiteral("raw.%1").arg(counter().fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawSqlite() { QSqlDatabase::removeDatabase(m_name); }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_ok; }

    // Runs one statement; returns the first column of the first row, or an invalid QVariant.
    QVariant exec(const QString &sql, QString *error = nullptr)
    {
        QVariant result;
        {
            QSqlQuery query(QSqlDatabase::database(m_name, false));
            if (!query.exec(sql)) {
                if (error) {
                    *error = query.lastError().text();
                }
                return {};
            }
            if (query.next()) {
                result = query.value(0);
            }
        }
        return result;
    }

    void close()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }

private:
    static std::atomic<int> &counter()
    {
        static std::atomic<int> value { 0 };
        return value;
    }

    QString m_name;
    bool m_ok = false;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
