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
