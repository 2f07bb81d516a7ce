// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include "host/EngineCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace trd::app {

AppOptions AppOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "trd::app::AppOptions", "TrancheDesk: perpetual futures on Aster, every entry its own tranche."));
    parser.addHelpOption();
    parser.addVersionOption();
    const engine::EngineCommandLine session;
    session.addTo(parser);
    const QCommandLineOption theme(
        u"theme"_s, QCoreApplication::translate("trd::app::AppOptions", "system (default), dark or light."), u"name"_s);
    const QCommandLineOption shots(u"screenshot-dir"_s,
        QCoreApplication::translate("trd::app::AppOptions", "Save PNGs of the main views into <dir>, then quit."),
        u"dir"_s);
    const QCommandLineOption after(u"screenshot-after"_s,
        QCoreApplication::translate("trd::app::AppOptions", "Seconds to run before the screenshots (default 45)."),
        u"s"_s);
    const QCommandLineOption connect(u"connect"_s,
        QCoreApplication::translate("trd::app::AppOptions",
            "Show the tranchedesk-engine at <address> (HOST:PORT, or a ws:// or wss:// URL) instead of running one."),
        u"address"_s);
    const QCommandLineOption tokenFile(u"token-file"_s,
        QCoreApplication::translate("trd::app::AppOptions",
            "With --connect: the engine token, first line of <file> (mode 0600). Else $TRANCHEDESK_ENGINE_TOKEN, "
            "else the keychain."),
        u"file"_s);
    const QCommandLineOption fingerprint(u"fingerprint"_s,
        QCoreApplication::translate("trd::app::AppOptions",
            "With --connect to wss: the engine certificate's SHA-256 to pin, instead of asking on first use."),
        u"sha256"_s);
    parser.addOptions({ theme, shots, after, connect, tokenFile, fingerprint });
    parser.process(app);
    AppOptions options;
    session.read(parser, options, "tranchedesk");
    options.exchangeProfile = session.profileName(parser);
    if (parser.isSet(theme)) {
        options.theme = parser.value(theme);
    }
    options.screenshotDir = parser.value(shots);
    options.connectAddress = parser.value(connect);
    options.tokenFile = parser.value(tokenFile);
    options.fingerprint = parser.value(fingerprint).remove(u':').toLower();
    if (parser.isSet(after)) {
        options.screenshotAfterSeconds = std::max(1, parser.value(after).toInt());
    }
    return options;
}

} // namespace trd::app
