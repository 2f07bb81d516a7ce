// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host/EngineOptions.h"

#include <QString>

class QCoreApplication;

namespace trd::app {

// The command line: where the data lives (tests and screenshots isolate themselves with
// --data-dir), the demo market's seed and pace, and the screenshot run.
// The session's own options (data folder, demo pace, LIVE endpoints) are the engine's: a lively
// demo pace of 250 ms, so a new user sees tranches created, isolated and closed within a minute.
struct AppOptions : engine::EngineOptions
{
    QString theme; // system | dark | light; empty: the one chosen in View → Theme
    QString screenshotDir;
    int screenshotAfterSeconds = 45;
    QString exchangeProfile = QStringLiteral("mainnet"); // mainnet | testnet | custom
    // --connect HOST:PORT: the window shows a tranchedesk-engine instead of running one.
    QString connectAddress;
    QString tokenFile;
    QString fingerprint; // hex SHA-256 to pin instead of asking on first use
    static AppOptions parse(const QCoreApplication &app);
};

} // namespace trd::app
