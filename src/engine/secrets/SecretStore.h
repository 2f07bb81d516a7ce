// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace trd::engine {

// Where the API key and secret live: the OS keychain in the application, memory in tests.
// Neither the configuration file nor any log ever sees them.
class SecretStore
{
public:
    virtual ~SecretStore();
    virtual QString read(const QString &name) = 0;
    virtual bool write(const QString &name, const QString &value) = 0;
    virtual bool remove(const QString &name) = 0;
    // Why the keychain itself could not be used at its last answer (no Secret Service on a
    // headless machine, access refused), as the keychain words it; empty while it works. An entry
    // that is simply absent is not a failure.
    virtual QString backendFailure() const { return {}; }
    // For the trader when backendFailure() is set: what is missing, how to install or start it,
    // and that keys are never kept in a plain file instead. Empty while the keychain works.
    QString unavailableExplanation() const;
    // Why LIVE cannot trade with the keys stored here (none entered, or no keychain at all); empty
    // when it can.
    QString liveKeysProblem();

    // V1: an HMAC API key and secret.
    static QString apiKeyName();
    static QString apiSecretName();
    // V3 ("Pro API", keys Aster issues since 2026-03-25): the account's wallet address and the
    // private key of the API wallet that signs for it.
    static QString v3UserName();
    static QString v3SignerKeyName();
    bool hasHmacKeys();
    bool hasV3Keys();
    bool hasApiKeys() { return hasV3Keys() || hasHmacKeys(); }
};

class MemorySecretStore final : public SecretStore
{
public:
    QString read(const QString &name) override { return m_values.value(name); }
    bool write(const QString &name, const QString &value) override
    {
        m_values.insert(name, value);
        return true;
    }
    bool remove(const QString &name) override { return m_values.remove(name) > 0; }

private:
    QHash<QString, QString> m_values;
};

} // namespace trd::engine
