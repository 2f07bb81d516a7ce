// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace trd::engine {

// Who may talk to the engine: each token is kept only as a salted SHA-256 hash in tokens.json in
// the data folder (mode 0600), beside its name and role. The token itself is shown once, when it
// is made, and never again; losing it means revoking it and making another.
class TokenStore
{
public:
    enum class Role
    {
        Watch, // sees everything, changes nothing
        Control,
    };
    struct Entry
    {
        QString name;
        Role role = Role::Watch;
        QByteArray salt; // hex
        QByteArray hash; // hex SHA-256 of salt bytes + token
    };

    explicit TokenStore(const QString &path);
    QString path() const { return m_path; }
    core::Result<void> load();
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // A new random token for name (replacing one of that name); returns the token to show once.
    core::Result<QString> add(const QString &name, Role role);
    core::Result<void> revoke(const QString &name);
    // The entry the token belongs to, compared in constant time per entry.
    std::optional<Entry> verify(const QString &token) const;

    static QString toString(Role role);
    static std::optional<Role> roleNamed(const QString &name);

private:
    core::Result<void> save() const;

    QString m_path;
    QList<Entry> m_entries;
};

} // namespace trd::engine
