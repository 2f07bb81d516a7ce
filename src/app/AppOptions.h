// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class QCoreApplication;

namespace trd::app {

// The command line: where the data lives (tests and screenshots isolate themselves with
// --data-dir), the demo market's seed and pace, and the screenshot run.
struct AppOptions
{
    QString dataDir; // empty: QStandardPaths (AppDataLocation / AppConfigLocation)
    quint64 seed = 0; // 0: a new seed each launch
    // A lively pace, so a new user sees tranches created, isolated and closed within a minute.
    int demoIntervalMs = 250;
    QString theme; // system | dark | light; empty: the one chosen in View → Theme
    QString screenshotDir;
    int screenshotAfterSeconds = 45;
    // Where LIVE mode connects: Aster, or a tranchedesk-fake-exchange on 127.0.0.1 to rehearse.
    QUrl restUrl = QUrl(QStringLiteral("https://fapi.asterdex.com"));
    QUrl streamUrl = QUrl(QStringLiteral("wss://fstream.asterdex.com"));
    QUrl userStreamUrl; // empty: the user stream is on streamUrl's host
    // The EIP-712 chainId V3 keys sign with: 1666 on Aster's mainnet, 714 on its testnet.
    quint64 chainId = 1666;
    QString exchangeProfile = QStringLiteral("mainnet"); // mainnet | testnet | custom

    // PAPER and LIVE keep their tranches in separate stores, so the two never mix.
    QString storePath() const;
    QString liveStorePath() const;
    QString configPath() const;
    static AppOptions parse(const QCoreApplication &app);
};

} // namespace trd::app
