// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "money/Decimal.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace trd::exchange {

// Reads the fields of one JSON object of the exchange's protocol (or of our own saved state)
// and remembers the first problem, named by where the object came from and the field:
// `forceOrder o field "p": "9439x" is not a decimal number`. Callers read every field, then
// check ok() once. Numbers that are prices or quantities must be decimal strings.
class JsonFields
{
public:
    JsonFields(QJsonObject object, QString where);

    core::Decimal decimal(const QString &key);
    // Absent, null or "" is zero; anything else must parse.
    core::Decimal optionalDecimal(const QString &key);
    QString text(const QString &key);
    QString optionalText(const QString &key) const;
    qint64 integer(const QString &key);
    qint64 optionalInteger(const QString &key) const;
    bool flag(const QString &key) const;
    QJsonObject object(const QString &key);
    bool has(const QString &key) const { return m_object.contains(key); }

    template<typename T>
    T choice(const QString &key, std::optional<T> (*parse)(QStringView))
    {
        const QString raw = text(key);
        if (auto v = parse(raw)) {
            return *v;
        }
        if (!raw.isEmpty()) {
            fail(key, QStringLiteral("unknown value \"%1\"").arg(raw));
        }
        return T {};
    }
    // Absent or "" gives the fallback; an unknown value is still an error.
    template<typename T>
    T optionalChoice(const QString &key, std::optional<T> (*parse)(QStringView), T fallback)
    {
        const QString raw = optionalText(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        if (auto v = parse(raw)) {
            return *v;
        }
        fail(key, QStringLiteral("unknown value \"%1\"").arg(raw));
        return fallback;
    }

    void fail(const QString &key, const QString &why);
    bool ok() const { return m_error.isEmpty(); }
    core::Error error() const { return core::Error { m_error }; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

} // namespace trd::exchange
