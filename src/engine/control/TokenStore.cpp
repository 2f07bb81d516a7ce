// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray hashOf(const QByteArray &salt, const QString &token)
{
    return QCryptographicHash::hash(QByteArray(salt + token.toUtf8()), QCryptographicHash::Sha256);
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

} // namespace

TokenStore::TokenStore(const QString &path)
    : m_path(path)
{ }

QString TokenStore::toString(Role role)
{
    return role == Role::Control ? u"control"_s : u"watch"_s;
}

std::optional<TokenStore::Role> TokenStore::roleNamed(const QString &name)
{
    if (name == u"control"_s) {
        return Role::Control;
    }
    if (name == u"watch"_s) {
        return Role::Watch;
    }
    return std::nullopt;
}

core::Result<void> TokenStore::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error { u"%1: %2"_s.arg(m_path, file.errorString()) };
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        return core::Error { u"%1: not a token file (%2)"_s.arg(m_path, error.errorString()) };
    }
    for (const QJsonValue &value : doc.object().value(u"tokens"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const auto role = roleNamed(o.value(u"role"_s).toString());
        Entry entry { o.value(u"name"_s).toString(), role.value_or(Role::Watch),
            o.value(u"salt"_s).toString().toLatin1(), o.value(u"sha256"_s).toString().toLatin1() };
        if (!role || entry.name.isEmpty() || entry.salt.isEmpty() || entry.hash.size() != 64) {
            return core::Error { u"%1: token entry %2 is incomplete"_s.arg(m_path).arg(m_entries.size() + 1) };
        }
        m_entries << entry;
    }
    return {};
}

core::Result<void> TokenStore::save() const
{
    QJsonArray tokens;
    for (const Entry &e : m_entries) {
        tokens.append(QJsonObject { { u"name"_s, e.name }, { u"role"_s, toString(e.role) },
            { u"salt"_s, QString::fromLatin1(e.salt) }, { u"sha256"_s, QString::fromLatin1(e.hash) } });
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Error { u"%1: %2"_s.arg(m_path, file.errorString()) };
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject { { u"version"_s, 1 }, { u"tokens"_s, tokens } }).toJson());
    if (!file.commit()) {
        return core::Error { u"%1: %2"_s.arg(m_path, file.errorString()) };
    }
    return {};
}

core::Result<QString> TokenStore::add(const QString &name, Role role)
{
    if (name.isEmpty()) {
        return core::Error { u"a token needs a name (who or what uses it)"_s };
    }
    const QString token = (role == Role::Control ? u"trdc_"_s : u"trdw_"_s)
        + QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QByteArray salt = randomBytes(16);
    Entry entry { name, role, salt.toHex(), hashOf(salt, token).toHex() };
    m_entries.removeIf([&](const Entry &e) { return e.name == name; });
    m_entries << entry;
    if (auto saved = save(); !saved) {
        return saved.error();
    }
    return token;
}

core::Result<void> TokenStore::revoke(const QString &name)
{
    if (m_entries.removeIf([&](const Entry &e) { return e.name == name; }) == 0) {
        return core::Error { u"%1: no token named \"%2\""_s.arg(m_path, name) };
    }
    return save();
}

std::optional<TokenStore::Entry> TokenStore::verify(const QString &token) const
{
    std::optional<Entry> found;
    for (const Entry &e : m_entries) {
        // Every entry is hashed and compared, so the time taken says nothing about which matched.
        if (equalInConstantTime(hashOf(QByteArray::fromHex(e.salt), token).toHex(), e.hash)) {
            found = e;
        }
    }
    return found;
}

} // namespace trd::engine
