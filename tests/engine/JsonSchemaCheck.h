// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace trd::engine::test {

using namespace Qt::Literals::StringLiterals;

// The part of JSON Schema 2020-12 docs/control-protocol.schema.json uses: type, const, enum,
// required, properties, additionalProperties: false, items, minimum, pattern, oneOf and local
// $ref. Anything else in a schema is an error, so the check never passes by ignoring a keyword.
class JsonSchemaCheck
{
public:
    explicit JsonSchemaCheck(QJsonObject root)
        : m_root(std::move(root))
    { }

    // The problems, each with its JSON path; empty when the value is valid.
    QStringList check(const QJsonValue &value) const
    {
        QStringList problems;
        validate(value, m_root, u"$"_s, problems);
        return problems;
    }

private:
    static QString typeOf(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return u"null"_s;
        case QJsonValue::Bool:
            return u"boolean"_s;
        case QJsonValue::Double:
            return std::floor(v.toDouble()) == v.toDouble() ? u"integer"_s : u"number"_s;
        case QJsonValue::String:
            return u"string"_s;
        case QJsonValue::Array:
            return u"array"_s;
        case QJsonValue::Object:
            return u"object"_s;
        case QJsonValue::Undefined:
            break;
        }
        return u"undefined"_s;
    }

    static bool hasType(const QJsonValue &v, const QString &type)
    {
        const QString actual = typeOf(v);
        return actual == type || (type == u"number"_s && actual == u"integer"_s);
    }

    void validate(const QJsonValue &v, const QJsonObject &schema, const QString &path, QStringList &problems) const
    {
        static const QStringList known { u"$schema"_s, u"$id"_s, u"title"_s, u"description"_s, u"$defs"_s, u"type"_s,
            u"const"_s, u"enum"_s, u"required"_s, u"properties"_s, u"additionalProperties"_s, u"items"_s, u"minimum"_s,
            u"pattern"_s, u"oneOf"_s, u"$ref"_s };
        for (const QString &key : schema.keys()) {
            if (!known.contains(key)) {
                problems << u"%1: the schema uses %2, which this check does not know"_s.arg(path, key);
            }
        }
        if (schema.contains(u"$ref"_s)) {
            const QString ref = schema.value(u"$ref"_s).toString();
            const QString name = ref.section(u'/', -1);
            validate(v, m_root.value(u"$defs"_s).toObject().value(name).toObject(), path, problems);
        }
        if (schema.contains(u"type"_s)) {
            const QJsonValue type = schema.value(u"type"_s);
            QStringList types;
            for (const QJsonValue &t : type.isArray() ? type.toArray() : QJsonArray { type }) {
                types << t.toString();
            }
            if (std::none_of(types.cbegin(), types.cend(), [&](const QString &t) { return hasType(v, t); })) {
                problems << u"%1: %2 is not %3"_s.arg(path, typeOf(v), types.join(u" or "_s));
                return;
            }
        }
        if (schema.contains(u"const"_s) && schema.value(u"const"_s) != v) {
            problems << u"%1: not the constant %2"_s.arg(path, schema.value(u"const"_s).toVariant().toString());
        }
        if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(v)) {
            problems << u"%1: \"%2\" is not among the allowed values"_s.arg(path, v.toVariant().toString());
        }
        if (schema.contains(u"minimum"_s) && v.isDouble() && v.toDouble() < schema.value(u"minimum"_s).toDouble()) {
            problems << u"%1: below the minimum"_s.arg(path);
        }
        if (schema.contains(u"pattern"_s) && v.isString()) {
            const QRegularExpression pattern(schema.value(u"pattern"_s).toString());
            if (!pattern.match(v.toString()).hasMatch()) {
                problems << u"%1: \"%2\" does not match %3"_s.arg(path, v.toString(), pattern.pattern());
            }
        }
        if (v.isObject()) {
            const QJsonObject object = v.toObject();
            const QJsonObject properties = schema.value(u"properties"_s).toObject();
            for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
                if (!object.contains(name.toString())) {
                    problems << u"%1: %2 is missing"_s.arg(path, name.toString());
                }
            }
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (properties.contains(it.key())) {
                    validate(it.value(), properties.value(it.key()).toObject(), path + u'.' + it.key(), problems);
                } else if (schema.value(u"additionalProperties"_s) == QJsonValue(false)) {
                    problems << u"%1: %2 is not part of the protocol"_s.arg(path, it.key());
                }
            }
        }
        if (v.isArray() && schema.contains(u"items"_s)) {
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                validate(array.at(i), schema.value(u"items"_s).toObject(), u"%1[%2]"_s.arg(path).arg(i), problems);
            }
        }
        if (schema.contains(u"oneOf"_s)) {
            int matches = 0;
            QStringList closest;
            for (const QJsonValue &option : schema.value(u"oneOf"_s).toArray()) {
                QStringList optionProblems;
                validate(v, option.toObject(), path, optionProblems);
                if (optionProblems.isEmpty()) {
                    ++matches;
                } else if (closest.isEmpty() || optionProblems.size() < closest.size()) {
                    closest = optionProblems;
                }
            }
            if (matches != 1) {
                problems << u"%1: matches %2 of the oneOf options, not exactly one"_s.arg(path).arg(matches);
                problems << closest;
            }
        }
    }

    QJsonObject m_root;
};

} // namespace trd::engine::test
