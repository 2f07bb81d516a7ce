// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

SecretStore::~SecretStore() = default;

QString SecretStore::apiKeyName()
{
    return u"aster-api-key"_s;
}

QString SecretStore::apiSecretName()
{
    return u"aster-api-secret"_s;
}

bool SecretStore::hasApiKeys()
{
    return !read(apiKeyName()).isEmpty() && !read(apiSecretName()).isEmpty();
}

} // namespace trd::ui
