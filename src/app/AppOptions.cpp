// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

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
    parser.setApplicationDescription(u"TrancheDesk: perpetual futures on Aster, every entry its own tranche."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s, u"Keep the store, the configuration and the window settings in <dir>."_s, u"dir"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the demo market (default: new each launch)."_s, u"n"_s);
    const QCommandLineOption interval(
        u"demo-interval-ms"_s, u"Milliseconds between demo market ticks (default 250)."_s, u"ms"_s);
    const QCommandLineOption theme(u"theme"_s, u"system (default), dark or light."_s, u"name"_s);
    const QCommandLineOption shots(
        u"screenshot-dir"_s, u"Save PNGs of the main views into <dir>, then quit."_s, u"dir"_s);
    const QCommandLineOption after(
        u"screenshot-after"_s, u"Seconds to run before the screenshots (default 45)."_s, u"s"_s);
    const QCommandLineOption restUrl(u"rest-url"_s,
        u"REST base URL for LIVE mode (default https://fapi.asterdex.com; e.g. a local fake exchange)."_s, u"url"_s);
    const QCommandLineOption streamUrl(
        u"stream-url"_s, u"WebSocket base URL for LIVE mode (default wss://fstream.asterdex.com)."_s, u"url"_s);
    parser.addOptions({ dataDir, seed, interval, theme, shots, after, restUrl, streamUrl });
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
    return options;
}

} // namespace trd::app
