// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

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

} // namespace trd::engine
