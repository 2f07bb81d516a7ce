// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

JsonFields::JsonFields(QJsonObject object, QString where)
    : m_object(std::move(object))
    , m_where(std::move(where))
{ }

core::Result<QJsonDocument> JsonFields::document(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return core::Error { u"the %1 answer is not JSON (%2)"_s.arg(what, error.errorString()) };
    }
    return doc;
}

core::Decimal JsonFields::decimal(const QString &key, core::ValueKind kind)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, v.isUndefined() ? u"missing"_s : u"expected a decimal string"_s);
        return {};
    }
    const auto parsed = core::ValueLimits::parse(v.toString(), kind);
    if (!parsed) {
        fail(key, parsed.error().message);
        return {};
    }
    return parsed.value();
}

core::Decimal JsonFields::optionalDecimal(const QString &key, core::ValueKind kind)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        return {};
    }
    return decimal(key, kind);
}

QString JsonFields::text(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, v.isUndefined() ? u"missing"_s : u"expected a string"_s);
    }
    return v.toString();
}

QString JsonFields::optionalText(const QString &key) const
{
    return m_object.value(key).toString();
}

qint64 JsonFields::integer(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        fail(key, v.isUndefined() ? u"missing"_s : u"expected a number"_s);
        return 0;
    }
    return v.toInteger();
}

qint64 JsonFields::optionalInteger(const QString &key) const
{
    return m_object.value(key).toInteger();
}

bool JsonFields::flag(const QString &key) const
{
    return m_object.value(key).toBool();
}

QJsonObject JsonFields::object(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        fail(key, u"expected an object"_s);
    }
    return v.toObject();
}

void JsonFields::fail(const QString &key, const QString &why)
{
    if (m_error.isEmpty()) {
        m_error = u"%1 field \"%2\": %3"_s.arg(m_where, key, why);
    }
}

JsonRow::JsonRow(QJsonArray row, QString where)
    : m_row(std::move(row))
    , m_where(std::move(where))
{ }

core::Decimal JsonRow::decimal(int index, const QString &name, core::ValueKind kind)
{
    const QJsonValue v = m_row.at(index);
    if (!v.isString()) {
        fail(index, name, v.isUndefined() ? u"missing"_s : u"expected a decimal string"_s);
        return {};
    }
    const auto parsed = core::ValueLimits::parse(v.toString(), kind);
    if (!parsed) {
        fail(index, name, parsed.error().message);
        return {};
    }
    return parsed.value();
}

qint64 JsonRow::integer(int index, const QString &name)
{
    const QJsonValue v = m_row.at(index);
    if (!v.isDouble()) {
        fail(index, name, v.isUndefined() ? u"missing"_s : u"expected a number"_s);
        return 0;
    }
    return v.toInteger();
}

void JsonRow::fail(int index, const QString &name, const QString &why)
{
    if (m_error.isEmpty()) {
        m_error = u"%1 field %2 \"%3\": %4"_s.arg(m_where).arg(index).arg(name, why);
    }
}

} // namespace trd::exchange
