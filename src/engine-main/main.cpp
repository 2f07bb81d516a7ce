// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineMain.h"
#include "Translations.h"
#include "control/TokenStore.h"
#include "host/EngineCommandLine.h"
#include "service/JournalLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using trd::engine::TokenStore;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

int fail(const QString &message, int code = 1)
{
    qCritical().noquote() << message;
    return code;
}

// --add-token, --revoke-token, --list-tokens: done on the file, whether or not an engine runs
// (a running engine reads it again at every connection).
int manageTokens(const QCommandLineParser &parser, const QString &folder)
{
    TokenStore tokens(QDir(folder).filePath(u"tokens.json"_s));
    if (auto loaded = tokens.load(); !loaded) {
        return fail(loaded.error().message);
    }
    if (parser.isSet(u"add-token"_s)) {
        const auto role = TokenStore::roleNamed(parser.value(u"role"_s));
        if (!role) {
            return fail(tr("--role: \"%1\" is not watch or control").arg(parser.value(u"role"_s)), 2);
        }
        auto token = tokens.add(parser.value(u"add-token"_s), *role);
        if (!token) {
            return fail(token.error().message);
        }
        // The one time it is shown: on standard output, so it can go straight into a password manager.
        std::printf("%s\n", qPrintable(token.value()));
        return 0;
    }
    if (parser.isSet(u"revoke-token"_s)) {
        if (auto revoked = tokens.revoke(parser.value(u"revoke-token"_s)); !revoked) {
            return fail(revoked.error().message);
        }
        return 0;
    }
    for (const TokenStore::Entry &entry : tokens.entries()) {
        std::printf("%s\t%s\n", qPrintable(entry.name), qPrintable(TokenStore::toString(entry.role)));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"TrancheDesk"_s);
    QCoreApplication::setOrganizationName(u"TrancheDesk"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    trd::engine::JournalLog::install();
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        // A service's journal holds what happened, not every engine step; QT_LOGGING_RULES brings
        // the debug lines back.
        QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    }
    trd::i18n::install(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("TrancheDesk's engine without a window: trades around the clock and serves "
                                        "the control protocol to desktop clients (docs/control-protocol.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const trd::engine::EngineCommandLine session;
    session.addTo(parser);
    parser.addOptions({
        { u"listen"_s, tr("Address of the control protocol (default 127.0.0.1; any other needs TLS)."), u"address"_s,
            u"127.0.0.1"_s },
        { u"port"_s, tr("Port of the control protocol (default 8787; 0: any free one)."), u"port"_s, u"8787"_s },
        { u"tls-cert"_s, tr("PEM certificate (default off loopback: a self-signed one in the data folder)."),
            u"file"_s },
        { u"tls-key"_s, tr("PEM private key of --tls-cert."), u"file"_s },
        { u"key-file"_s, tr("LIVE keys as name=value lines, in a file only its owner can read."), u"file"_s },
        { u"add-token"_s, tr("Make a client token named <name>, print it once and exit."), u"name"_s },
        { u"role"_s, tr("Role of --add-token: control (default) or watch (read only)."), u"role"_s, u"control"_s },
        { u"revoke-token"_s, tr("Remove the token named <name> and exit."), u"name"_s },
        { u"list-tokens"_s, tr("List the tokens' names and roles and exit.") },
    });
    parser.process(app);

    trd::enginemain::EngineMain::Options options;
    session.read(parser, options.engine, "tranchedesk-engine");
    const QString folder = QFileInfo(options.engine.storePath()).absolutePath();
    if (parser.isSet(u"add-token"_s) || parser.isSet(u"revoke-token"_s) || parser.isSet(u"list-tokens"_s)) {
        QDir().mkpath(folder);
        return manageTokens(parser, folder);
    }
    if (!options.engine.dataDir.isEmpty()) {
        // The pause switch and the like live beside the store, as the desktop app keeps them.
        QDir().mkpath(options.engine.dataDir);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, options.engine.dataDir);
    }
    options.server.address = QHostAddress(parser.value(u"listen"_s));
    if (options.server.address.isNull()) {
        return fail(tr("--listen: \"%1\" is not an IP address").arg(parser.value(u"listen"_s)), 2);
    }
    bool isPort = false;
    const uint port = parser.value(u"port"_s).toUInt(&isPort);
    if (!isPort || port > 65535) {
        return fail(tr("--port: \"%1\" is not a port number").arg(parser.value(u"port"_s)), 2);
    }
    options.server.port = quint16(port);
    options.tlsCertificate = parser.value(u"tls-cert"_s);
    options.tlsKey = parser.value(u"tls-key"_s);
    options.keyFile = parser.value(u"key-file"_s);

    trd::enginemain::EngineMain engine(options);
    if (auto started = engine.start(); !started) {
        return fail(tr("tranchedesk-engine could not start: %1").arg(started.error().message));
    }
    return QCoreApplication::exec();
}
