// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "host/EngineOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace trd::engine {

// The options every program that runs a session takes (--data-dir, --seed, --demo-interval-ms,
// --demo-symbols, --demo-speed, --exchange, --rest-url, --stream-url, --chain-id), so the desktop
// app and the always-on engine read them alike.
class EngineCommandLine
{
public:
    EngineCommandLine();
    void addTo(QCommandLineParser &parser) const;
    // The options as given; a value that makes no sense is named on standard error and the
    // process exits with 2, as QCommandLineParser does for an unknown option.
    void read(const QCommandLineParser &parser, EngineOptions &options, const char *program) const;
    // Whether the command line names an exchange profile (testnet, mainnet) or a custom endpoint.
    QString profileName(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_dataDir;
    QCommandLineOption m_seed;
    QCommandLineOption m_interval;
    QCommandLineOption m_demoSymbols;
    QCommandLineOption m_demoSpeed;
    QCommandLineOption m_restUrl;
    QCommandLineOption m_streamUrl;
    QCommandLineOption m_exchangeProfile;
    QCommandLineOption m_chainId;
};

} // namespace trd::engine
