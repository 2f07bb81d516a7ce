// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

SecretStore::~SecretStore() = default;

QString SecretStore::apiKeyName()
{
    return u"aster-api-key"_s;
}

QString SecretStore::apiSecretName()
{
    return u"aster-api-secret"_s;
}

QString SecretStore::v3UserName()
{
    return u"aster-v3-user"_s;
}

QString SecretStore::v3SignerKeyName()
{
    return u"aster-v3-signer-key"_s;
}

bool SecretStore::hasHmacKeys()
{
    return !read(apiKeyName()).isEmpty() && !read(apiSecretName()).isEmpty();
}

bool SecretStore::hasV3Keys()
{
    return !read(v3UserName()).isEmpty() && !read(v3SignerKeyName()).isEmpty();
}

QString SecretStore::unavailableExplanation() const
{
    const QString failure = backendFailure();
    if (failure.isEmpty()) {
        return {};
    }
    return QCoreApplication::translate("trd::engine::SecretStore",
        "The operating system's keychain cannot be reached (%1), so API keys can be neither read nor stored and "
        "LIVE mode cannot start. TrancheDesk keeps keys only in a keychain, never in a plain file.\n\n"
        "On Linux a Secret Service must run on the session's D-Bus: install gnome-keyring (or KeePassXC with "
        "its Secret Service integration, or KWallet). A desktop log-in starts it by itself; on a machine without "
        "a desktop, start TrancheDesk inside \"dbus-run-session\" after \"gnome-keyring-daemon --unlock "
        "--components=secrets\". Then enter the keys under Settings → API keys.")
        .arg(failure);
}

QString SecretStore::liveKeysProblem()
{
    if (hasApiKeys()) {
        return {};
    }
    if (const QString explanation = unavailableExplanation(); !explanation.isEmpty()) {
        return explanation;
    }
    return QCoreApplication::translate("trd::engine::SecretStore",
        "LIVE mode needs API keys: an API wallet (account address and API wallet private key) or an HMAC API key "
        "and secret, entered under Settings → API keys.");
}

} // namespace trd::engine
