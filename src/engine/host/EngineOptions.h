// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace trd::engine {

// Where a session keeps its data and where LIVE connects: the desktop app's and the always-on
// engine's command lines both fill it in.
struct EngineOptions
{
    QString dataDir; // empty: QStandardPaths (AppDataLocation / AppConfigLocation)
    quint64 seed = 0; // 0: a new seed each launch
    int demoIntervalMs = 250;
    int demoSymbols = 5; // the demo market's width (DemoMarketSettings::symbolCount)
    // PAPER only: the session's clock runs this many times faster than real time, and the demo
    // market ticks as much faster, so a simulated day takes 1/speed of one (LIVE refuses it).
    double clockSpeed = 1.0;
    // Where LIVE mode connects: Aster, or a tranchedesk-fake-exchange on 127.0.0.1 to rehearse.
    QUrl restUrl = QUrl(QStringLiteral("https://fapi.asterdex.com"));
    QUrl streamUrl = QUrl(QStringLiteral("wss://fstream.asterdex.com"));
    QUrl userStreamUrl; // empty: the user stream is on streamUrl's host
    // The EIP-712 chainId V3 keys sign with: 1666 on Aster's mainnet, 714 on its testnet.
    quint64 chainId = 1666;
    // --exchange, --rest-url, --stream-url or --chain-id given: these endpoints win over the
    // exchange chosen in the app (ExchangeProfile::remembered), which LIVE otherwise uses.
    bool isExchangeFromCommandLine = false;

    // PAPER and LIVE keep their tranches in separate stores, so the two never mix.
    QString storePath() const;
    QString liveStorePath() const;
    QString configPath() const;
};

} // namespace trd::engine
