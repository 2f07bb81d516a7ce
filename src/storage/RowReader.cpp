// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReader.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace trd::storage {

RowReader::RowReader(const QSqlQuery &query, QString table, QString keyColumn)
    : m_query(query)
    , m_record(query.record())
    , m_table(std::move(table))
    , m_keyColumn(std::move(keyColumn))
{
    m_names.reserve(m_record.count());
    for (int i = 0; i < m_record.count(); ++i) {
        m_names.append(m_record.fieldName(i));
    }
}

int RowReader::index(QStringView column)
{
    const auto cached = m_indexByAddress.constFind(column.data());
    if (cached != m_indexByAddress.cend() && m_names.at(cached.value()) == column) {
        return cached.value();
    }
    const int i = int(m_names.indexOf(column));
    if (i >= 0) {
        m_indexByAddress.insert(column.data(), i);
    } else if (!m_error) {
        m_error = core::Error { u"reading %1: the table has no column %2 (is the schema damaged?)"_s.arg(
            m_table, column.toString()) };
    }
    return i;
}

QVariant RowReader::value(QStringView column)
{
    const int i = index(column);
    return i < 0 ? QVariant() : m_query.value(i);
}

bool RowReader::isNull(QStringView column)
{
    const int i = index(column);
    return i < 0 || m_query.isNull(i);
}

QString RowReader::text(QStringView column)
{
    return value(column).toString();
}

qint64 RowReader::integer(QStringView column)
{
    const QVariant v = value(column);
    if (v.isNull()) {
        return 0;
    }
    bool ok = false;
    const qint64 result = v.toLongLong(&ok);
    if (!ok) {
        fail(column, v.toString(), u"not an integer");
    }
    return result;
}

qint64 RowReader::time(QStringView column)
{
    return integer(column);
}

bool RowReader::flag(QStringView column)
{
    const qint64 v = integer(column);
    if (v != 0 && v != 1) {
        fail(column, QString::number(v), u"neither 0 nor 1");
    }
    return v == 1;
}

core::Decimal RowReader::decimal(QStringView column)
{
    return optionalDecimal(column).value_or(core::Decimal());
}

std::optional<core::Decimal> RowReader::optionalDecimal(QStringView column)
{
    const QVariant v = value(column);
    if (v.isNull()) {
        return std::nullopt;
    }
    const QString raw = v.toString();
    auto parsed = core::Decimal::parse(raw);
    if (!parsed) {
        const QString why = u"not a decimal ("_s + parsed.error().message + u')';
        fail(column, raw, why);
        return std::nullopt;
    }
    return parsed.value();
}

void RowReader::fail(QStringView column, const QString &raw, QStringView why)
{
    if (m_error) {
        return;
    }
    const int keyIndex = m_record.indexOf(m_keyColumn);
    const QString key = keyIndex < 0 ? u"?"_s : m_query.value(keyIndex).toString();
    m_error = core::Error { u"reading %1 row %2 = %3: column %4 holds \"%5\", which is %6"_s.arg(
        m_table, m_keyColumn, key, column.toString(), raw, why.toString()) };
}

} // namespace trd::storage
