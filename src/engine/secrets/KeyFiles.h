// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace trd::engine {

// LIVE keys on a server with no desktop keychain: a key file only its owner can read, or the
// credentials systemd hands a service ($CREDENTIALS_DIRECTORY, LoadCredential=). Both use the
// SecretStore's names: aster-api-key and aster-api-secret (HMAC), or aster-v3-user and
// aster-v3-signer-key (API wallet).
class KeyFiles
{
    Q_DECLARE_TR_FUNCTIONS(trd::engine::KeyFiles)

public:
    // "name=value" lines; blank lines and # comments skipped. Refused, naming the file and its
    // mode, when its group or others may read or write it.
    static core::Result<std::unique_ptr<MemorySecretStore>> loadKeyFile(const QString &path);
    // One file per name, as systemd's LoadCredential= makes them; names it lacks stay empty.
    static core::Result<std::unique_ptr<MemorySecretStore>> loadCredentials(const QString &directory);
    // "0644": the permission bits of a file, as chmod takes them.
    static QString modeText(const QString &path);
};

} // namespace trd::engine
