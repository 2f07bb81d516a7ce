// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ConfigSecrets.h"

#include "config/ConfigLoader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {

const QString kSection = u"api"_s;
const QStringList kKeys { u"apiKey"_s, u"secretKey"_s };

Result<QJsonObject> parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error { u"it is not a JSON object (%1)"_s.arg(
            error.error != QJsonParseError::NoError ? error.errorString() : u"not an object"_s) };
    }
    return document.object();
}

QJsonObject blanked(QJsonObject root)
{
    QJsonObject api = root.value(kSection).toObject();
    for (const PlainSecret &secret : ConfigSecrets::find(root)) {
        api.insert(secret.key, QString());
    }
    root.insert(kSection, api);
    return root;
}

} // namespace

QStringList ConfigSecrets::fieldPaths()
{
    QStringList paths;
    for (const QString &key : kKeys) {
        paths << kSection + u'.' + key;
    }
    return paths;
}

QList<PlainSecret> ConfigSecrets::find(const QJsonObject &root)
{
    QList<PlainSecret> found;
    const QJsonObject api = root.value(kSection).toObject();
    for (const QString &key : kKeys) {
        const QString value = api.value(key).toString();
        if (!value.trimmed().isEmpty()) {
            found.append({ kSection + u'.' + key, key, value });
        }
    }
    return found;
}

Result<QList<PlainSecret>> ConfigSecrets::findInFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { u"Cannot read %1: %2"_s.arg(path, file.errorString()) };
    }
    auto root = parse(file.readAll());
    if (!root) {
        return Error { u"%1: %2"_s.arg(path, root.error().message) };
    }
    return find(root.value());
}

Result<QByteArray> ConfigSecrets::withoutSecrets(const QByteArray &json)
{
    auto root = parse(json);
    if (!root) {
        return root.error();
    }
    const QList<PlainSecret> secrets = find(root.value());
    if (secrets.isEmpty()) {
        return json;
    }
    const QJsonObject expected = blanked(root.value());
    // Only the string after `"apiKey":` changes, so the trader's file keeps its order and
    // spacing. The result is parsed again and must be exactly the blanked document (a second
    // "apiKey" elsewhere would break that), else the document is written out anew.
    QString text = QString::fromUtf8(json);
    for (const PlainSecret &secret : secrets) {
        const QRegularExpression value(u"(\"%1\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""_s.arg(secret.key));
        text.replace(value, u"\\1\"\""_s);
    }
    const QByteArray edited = text.toUtf8();
    if (const auto check = parse(edited); check && check.value() == expected) {
        return edited;
    }
    return QJsonDocument(expected).toJson(QJsonDocument::Indented);
}

Result<void> ConfigSecrets::removeFromFile(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error { u"Cannot read %1: %2"_s.arg(path, in.errorString()) };
    }
    const QByteArray before = in.readAll();
    in.close();
    auto after = withoutSecrets(before);
    if (!after) {
        return Error { u"%1: %2"_s.arg(path, after.error().message) };
    }
    if (after.value() == before) {
        return {};
    }
    return ConfigLoader::writeAtomically(path, after.value());
}

} // namespace trd::core
