// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

namespace trd::engine {

// The OS keychain through qtkeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store). Jobs are short and run to completion before returning.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString &service);
    QString read(const QString &name) override;
    bool write(const QString &name, const QString &value) override;
    bool remove(const QString &name) override;
    QString backendFailure() const override { return m_failure; }

private:
    template<typename Job>
    void run(Job &job);

    QString m_service;
    QString m_failure;
};

} // namespace trd::engine
