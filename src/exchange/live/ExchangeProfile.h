// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace trd::exchange {

// Where LIVE trades and how its V3 requests are signed. Aster's mainnet and testnet differ in
// their hosts and in the EIP-712 chainId (1666 and 714, per Aster's V3 and testnet documents),
// so a testnet rehearsal with API-wallet keys needs the testnet's chainId on every signed call.
struct ExchangeProfile
{
    QString name; // "mainnet", "testnet" or "custom"
    QUrl rest;
    QUrl marketStream;
    QUrl userStream;
    quint64 chainId = 0;

    static ExchangeProfile mainnet();
    static ExchangeProfile testnet();
    // Any other host (a local fake exchange, a proxy): one stream host, mainnet's chainId unless
    // given.
    static ExchangeProfile custom(QUrl rest, QUrl stream, quint64 chainId);
    // "mainnet" or "testnet"; nothing for another name.
    static std::optional<ExchangeProfile> named(const QString &name);
    static QStringList names();
    // A custom profile from what a trader typed: http(s) REST and ws(s) stream URLs with a host,
    // and a positive chainId; the error names the field that is wrong.
    static core::Result<ExchangeProfile> checkedCustom(
        const QString &rest, const QString &stream, const QString &chainId);

    // The profile chosen in the app (QSettings "live/exchange*": hosts and chainId, never keys):
    // nothing when none was chosen or what is stored no longer reads.
    static std::optional<ExchangeProfile> remembered(const QSettings &settings);
    void remember(QSettings &settings) const;
};

} // namespace trd::exchange
