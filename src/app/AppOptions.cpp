// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include "live/ExchangeProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace trd::app {

QString AppOptions::storePath() const
{
    const QString dir = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    return QDir(dir).filePath(u"tranchedesk.sqlite"_s);
}

QString AppOptions::liveStorePath() const
{
    return QFileInfo(storePath()).absoluteDir().filePath(u"tranchedesk-live.sqlite"_s);
}

QString AppOptions::configPath() const
{
    const QString dir
        = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) : dataDir;
    return QDir(dir).filePath(u"config.json"_s);
}

AppOptions AppOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "trd::app::AppOptions", "TrancheDesk: perpetual futures on Aster, every entry its own tranche."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s,
        QCoreApplication::translate(
            "trd::app::AppOptions", "Keep the store, the configuration and the window settings in <dir>."),
        u"dir"_s);
    const QCommandLineOption seed(u"seed"_s,
        QCoreApplication::translate("trd::app::AppOptions", "Seed of the demo market (default: new each launch)."),
        u"n"_s);
    const QCommandLineOption interval(u"demo-interval-ms"_s,
        QCoreApplication::translate("trd::app::AppOptions", "Milliseconds between demo market ticks (default 250)."),
        u"ms"_s);
    const QCommandLineOption theme(
        u"theme"_s, QCoreApplication::translate("trd::app::AppOptions", "system (default), dark or light."), u"name"_s);
    const QCommandLineOption shots(u"screenshot-dir"_s,
        QCoreApplication::translate("trd::app::AppOptions", "Save PNGs of the main views into <dir>, then quit."),
        u"dir"_s);
    const QCommandLineOption after(u"screenshot-after"_s,
        QCoreApplication::translate("trd::app::AppOptions", "Seconds to run before the screenshots (default 45)."),
        u"s"_s);
    const QCommandLineOption restUrl(u"rest-url"_s,
        QCoreApplication::translate("trd::app::AppOptions",
            "REST base URL for LIVE mode (default https://fapi.asterdex.com; e.g. a local fake exchange)."),
        u"url"_s);
    const QCommandLineOption streamUrl(u"stream-url"_s,
        QCoreApplication::translate(
            "trd::app::AppOptions", "WebSocket base URL for LIVE mode (default wss://fstream.asterdex.com)."),
        u"url"_s);
    const QCommandLineOption exchangeProfile(u"exchange"_s,
        QCoreApplication::translate("trd::app::AppOptions",
            "Where LIVE trades: mainnet (default) or testnet (Aster's testnet hosts, V3 keys signed for chain 714)."),
        u"profile"_s);
    const QCommandLineOption chainId(u"chain-id"_s,
        QCoreApplication::translate(
            "trd::app::AppOptions", "EIP-712 chainId of V3 signatures with --rest-url (default 1666, mainnet's)."),
        u"id"_s);
    parser.addOptions({ dataDir, seed, interval, theme, shots, after, restUrl, streamUrl, exchangeProfile, chainId });
    parser.process(app);
    AppOptions options;
    options.dataDir = parser.value(dataDir);
    options.seed = parser.value(seed).toULongLong();
    if (parser.isSet(interval)) {
        options.demoIntervalMs = std::max(50, parser.value(interval).toInt());
    }
    if (parser.isSet(theme)) {
        options.theme = parser.value(theme);
    }
    options.screenshotDir = parser.value(shots);
    if (parser.isSet(after)) {
        options.screenshotAfterSeconds = std::max(1, parser.value(after).toInt());
    }
    if (parser.isSet(exchangeProfile)) {
        const auto profile = exchange::ExchangeProfile::named(parser.value(exchangeProfile));
        if (!profile) {
            std::fprintf(stderr, "tranchedesk: --exchange: \"%s\" is not one of %s\n",
                qPrintable(parser.value(exchangeProfile)),
                qPrintable(exchange::ExchangeProfile::names().join(u", "_s)));
            std::exit(2);
        }
        options.exchangeProfile = profile->name;
        options.restUrl = profile->rest;
        options.streamUrl = profile->marketStream;
        options.userStreamUrl = profile->userStream;
        options.chainId = profile->chainId;
    }
    if (parser.isSet(chainId)) {
        bool isNumber = false;
        options.chainId = parser.value(chainId).toULongLong(&isNumber);
        if (!isNumber || options.chainId == 0) {
            std::fprintf(stderr, "tranchedesk: --chain-id: \"%s\" is not a positive number\n",
                qPrintable(parser.value(chainId)));
            std::exit(2);
        }
    }
    const std::pair<const QCommandLineOption *, QUrl *> urls[]
        = { { &restUrl, &options.restUrl }, { &streamUrl, &options.streamUrl } };
    for (const auto &[option, url] : urls) {
        if (parser.isSet(*option)) {
            const QUrl given(parser.value(*option), QUrl::StrictMode);
            if (!given.isValid() || given.host().isEmpty()) {
                std::fprintf(stderr, "tranchedesk: --%s: \"%s\" is not a URL with a host\n",
                    qPrintable(option->names().first()), qPrintable(parser.value(*option)));
                std::exit(2);
            }
            *url = given;
        }
    }
    if (parser.isSet(streamUrl)) {
        options.userStreamUrl = QUrl(); // one host for both streams, as a local fake serves them
    }
    if (parser.isSet(restUrl)) {
        options.exchangeProfile = u"custom"_s;
    }
    return options;
}

} // namespace trd::app
