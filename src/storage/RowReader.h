// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "money/Decimal.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringView>

#include <optional>

namespace trd::storage {

// Reads typed values from the current row of a query. A value that does not parse (a decimal
// edited by hand into "1,5", an unknown enum text) is never read as zero: the first one is kept as
// an error naming the table, the row and the column, for the caller to return.
class RowReader
{
public:
    RowReader(const QSqlQuery &query, QString table, QString keyColumn);

    QString text(QStringView column); // NULL → empty
    qint64 integer(QStringView column); // NULL → 0
    qint64 time(QStringView column); // epoch ms; NULL → 0
    bool flag(QStringView column); // 0/1
    core::Decimal decimal(QStringView column); // NULL → 0
    std::optional<core::Decimal> optionalDecimal(QStringView column);

    template<typename E>
    E enumeration(QStringView column, std::optional<E> (*parse)(QStringView), E fallback)
    {
        const QString raw = text(column);
        if (const auto parsed = parse(raw)) {
            return *parsed;
        }
        fail(column, raw, u"not a known value");
        return fallback;
    }

    template<typename E>
    std::optional<E> optionalEnumeration(QStringView column, std::optional<E> (*parse)(QStringView))
    {
        if (isNull(column)) {
            return std::nullopt;
        }
        const QString raw = text(column);
        if (const auto parsed = parse(raw)) {
            return parsed;
        }
        fail(column, raw, u"not a known value");
        return std::nullopt;
    }

    bool hasError() const { return m_error.has_value(); }
    const core::Error &error() const { return *m_error; }

private:
    int index(QStringView column);
    bool isNull(QStringView column);
    QVariant value(QStringView column);
    void fail(QStringView column, const QString &raw, QStringView why);

    const QSqlQuery &m_query;
    QSqlRecord m_record;
    QList<QString> m_names; // the record's column names, in its order
    // Column index by the address of the name's characters: the mapping functions pass the same
    // literals on every row, so the lookup by name (a linear, case-insensitive search in
    // QSqlRecord) runs once per column instead of once per value. Hits are checked by name.
    QHash<const void *, int> m_indexByAddress;
    QString m_table;
    QString m_keyColumn;
    std::optional<core::Error> m_error;
};

} // namespace trd::storage
