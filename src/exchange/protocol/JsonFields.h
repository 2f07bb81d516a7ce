// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "money/Decimal.h"
#include "money/ValueLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace trd::exchange {

// Reads the fields of one JSON object of the exchange's protocol (or of our own saved state)
// and remembers the first problem, named by where the object came from and the field:
// `forceOrder o field "p": "9439x" is not a decimal number`. Callers read every field, then
// check ok() once. Numbers that are prices or quantities must be decimal strings, and every
// decimal must lie within ValueLimits for its kind: an impossible value refuses the whole frame
// or answer, naming the field, rather than reaching the engine's arithmetic.
class JsonFields
{
public:
    JsonFields(QJsonObject object, QString where);

    // The body parsed as JSON, or an error naming the answer: "the userTrades answer is not JSON".
    static core::Result<QJsonDocument> document(const QByteArray &body, const QString &what);

    core::Decimal decimal(const QString &key, core::ValueKind kind = core::ValueKind::Amount);
    core::Decimal price(const QString &key) { return decimal(key, core::ValueKind::Price); }
    core::Decimal quantity(const QString &key) { return decimal(key, core::ValueKind::Quantity); }
    // Absent, null or "" is zero; anything else must parse.
    core::Decimal optionalDecimal(const QString &key, core::ValueKind kind = core::ValueKind::Amount);
    QString text(const QString &key);
    QString optionalText(const QString &key) const;
    qint64 integer(const QString &key);
    qint64 optionalInteger(const QString &key) const;
    bool flag(const QString &key) const;
    QJsonObject object(const QString &key);
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

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

    // Every object of `rows` read by `read(JsonFields &) -> T`, or the first row's problem.
    template<typename T, typename Read>
    static core::Result<QList<T>> list(const QJsonArray &rows, const QString &where, Read read)
    {
        QList<T> result;
        result.reserve(rows.size());
        for (const QJsonValue &v : rows) {
            JsonFields f(v.toObject(), where);
            T item = read(f);
            if (!f.ok()) {
                return f.error();
            }
            result.append(std::move(item));
        }
        return result;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

// The same for one positional row of an answer (a kline, a depth level): each index is read
// under a name, so that the error says `klines row 2 field 4 "close": missing`.
class JsonRow
{
public:
    JsonRow(QJsonArray row, QString where);

    core::Decimal decimal(int index, const QString &name, core::ValueKind kind = core::ValueKind::Amount);
    qint64 integer(int index, const QString &name);

    bool ok() const { return m_error.isEmpty(); }
    core::Error error() const { return core::Error { m_error }; }

private:
    void fail(int index, const QString &name, const QString &why);

    QJsonArray m_row;
    QString m_where;
    QString m_error;
};

} // namespace trd::exchange
