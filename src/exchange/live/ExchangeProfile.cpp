// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/ExchangeProfile.h"

#include "protocol/Eip712Signer.h"

#include <QSettings>

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

core::Result<ExchangeProfile> ExchangeProfile::checkedCustom(
    const QString &rest, const QString &stream, const QString &chainId)
{
    const QUrl restUrl(rest.trimmed(), QUrl::StrictMode);
    if (!restUrl.isValid() || restUrl.host().isEmpty()
        || (restUrl.scheme() != u"https"_s && restUrl.scheme() != u"http"_s)) {
        return core::Error { u"the REST URL must be http:// or https:// and name a host (got \"%1\")"_s.arg(rest) };
    }
    const QUrl streamUrl(stream.trimmed(), QUrl::StrictMode);
    if (!streamUrl.isValid() || streamUrl.host().isEmpty()
        || (streamUrl.scheme() != u"wss"_s && streamUrl.scheme() != u"ws"_s)) {
        return core::Error { u"the stream URL must be ws:// or wss:// and name a host (got \"%1\")"_s.arg(stream) };
    }
    bool isNumber = false;
    const quint64 chain = chainId.trimmed().toULongLong(&isNumber);
    if (!isNumber || chain == 0) {
        return core::Error { u"the chain id must be a positive whole number (got \"%1\")"_s.arg(chainId) };
    }
    return custom(restUrl, streamUrl, chain);
}

std::optional<ExchangeProfile> ExchangeProfile::remembered(const QSettings &settings)
{
    const QString name = settings.value(u"live/exchange"_s).toString();
    if (name != u"custom"_s) {
        return named(name);
    }
    const auto profile = checkedCustom(settings.value(u"live/exchangeRestUrl"_s).toString(),
        settings.value(u"live/exchangeStreamUrl"_s).toString(), settings.value(u"live/exchangeChainId"_s).toString());
    return profile ? std::optional(profile.value()) : std::nullopt;
}

void ExchangeProfile::remember(QSettings &settings) const
{
    settings.setValue(u"live/exchange"_s, name);
    if (name == u"custom"_s) {
        settings.setValue(u"live/exchangeRestUrl"_s, rest.toString());
        settings.setValue(u"live/exchangeStreamUrl"_s, marketStream.toString());
        settings.setValue(u"live/exchangeChainId"_s, QString::number(chainId));
    } else {
        settings.remove(u"live/exchangeRestUrl"_s);
        settings.remove(u"live/exchangeStreamUrl"_s);
        settings.remove(u"live/exchangeChainId"_s);
    }
}

} // namespace trd::exchange
