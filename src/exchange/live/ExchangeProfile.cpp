// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/ExchangeProfile.h"

#include "protocol/Eip712Signer.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

ExchangeProfile ExchangeProfile::mainnet()
{
    return { u"mainnet"_s, QUrl(u"https://fapi.asterdex.com"_s), QUrl(u"wss://fstream.asterdex.com"_s),
        QUrl(u"wss://fstream.asterdex.com"_s), Eip712Signer::kMainnetChainId };
}

ExchangeProfile ExchangeProfile::testnet()
{
    // The testnet document serves market streams and user streams from different hosts.
    return { u"testnet"_s, QUrl(u"https://fapi.asterdex-testnet.com"_s), QUrl(u"wss://fstream5.asterdex-testnet.com"_s),
        QUrl(u"wss://fstream.asterdex-testnet.com"_s), Eip712Signer::kTestnetChainId };
}

ExchangeProfile ExchangeProfile::custom(QUrl rest, QUrl stream, quint64 chainId)
{
    return { u"custom"_s, std::move(rest), stream, stream, chainId };
}

std::optional<ExchangeProfile> ExchangeProfile::named(const QString &name)
{
    if (name == u"mainnet"_s) {
        return mainnet();
    }
    if (name == u"testnet"_s) {
        return testnet();
    }
    return std::nullopt;
}

QStringList ExchangeProfile::names()
{
    return { u"mainnet"_s, u"testnet"_s };
}

} // namespace trd::exchange
