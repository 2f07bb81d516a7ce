// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretStore.h"

namespace trd::ui::test {

// A headless machine's keychain as qtkeychain reports it: no Secret Service on the D-Bus, so
// nothing can be read or written and every answer says why.
class NoKeychainSecretStore final : public SecretStore
{
public:
    QString read(const QString &) override { return {}; }
    bool write(const QString &, const QString &) override { return false; }
    bool remove(const QString &) override { return false; }
    QString backendFailure() const override { return QStringLiteral("No keychain service available"); }
};

} // namespace trd::ui::test
