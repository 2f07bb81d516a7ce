// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tranchedesk-cli: the engine without the window. `simulate` runs a scenario through the real
// TrancheManager on the paper exchange; `export` writes a store's tranches and events as CSV.
#include "BacktestCommand.h"
#include "CsvExporter.h"
#include "ScenarioRunner.h"
#include "SqliteTrancheStore.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHashSeed>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

enum ExitCode
{
    Ok = 0,
    InternalError = 1,
    BadInput = 2
};

int fail(const QString &message, int code = BadInput)
{
    QTextStream(stderr) << "tranchedesk-cli: " << message << Qt::endl;
    return code;
}

int simulate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tranchedesk-cli",
        "Runs a scenario (JSONL) through the tranche engine on the paper exchange and prints the result as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"scenario"_s,
        QCoreApplication::translate("tranchedesk-cli", "The scenario file (JSONL); - for standard input."));
    parser.addOption({ u"db"_s,
        QCoreApplication::translate(
            "tranchedesk-cli", "Keep the store in this SQLite file (default: a temporary file)."),
        u"file"_s });
    parser.addOption({ u"pretty"_s, QCoreApplication::translate("tranchedesk-cli", "Indent the JSON output.") });
    parser.process(args);
    if (parser.positionalArguments().size() != 1) {
        return fail(QCoreApplication::translate(
            "tranchedesk-cli", "simulate needs exactly one scenario file (see tranchedesk-cli simulate --help)"));
    }
    const QString path = parser.positionalArguments().first();
    QFile input;
    const bool opened = path == u"-" ? input.open(stdin, QIODevice::ReadOnly)
                                     : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened) {
        return fail(QCoreApplication::translate("tranchedesk-cli", "cannot read the scenario %1: %2")
                        .arg(path, input.errorString()));
    }
    trd::cli::ScenarioRunner runner;
    if (auto r = runner.prepare(input); !r) {
        return fail(u"%1: %2"_s.arg(path, r.error().message));
    }
    // Usable but doubtful settings (a stop inside the isolation threshold, …) are said, not hidden.
    for (const QString &warning : runner.warnings()) {
        QTextStream(stderr) << "tranchedesk-cli: " << path << ": " << warning << Qt::endl;
    }
    if (auto r = runner.open(parser.value(u"db"_s)); !r) {
        return fail(r.error().message);
    }
    if (auto r = runner.execute(); !r) {
        // A store that failed under the engine is not the scenario's fault.
        return fail(u"%1: %2"_s.arg(path, r.error().message), runner.hasEngineStopped() ? InternalError : BadInput);
    }
    auto output = runner.output();
    if (!output) {
        return fail(output.error().message, InternalError);
    }
    const auto format = parser.isSet(u"pretty"_s) ? QJsonDocument::Indented : QJsonDocument::Compact;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return fail(QCoreApplication::translate("tranchedesk-cli", "cannot write to standard output"), InternalError);
    }
    out.write(QJsonDocument(output.value()).toJson(format));
    if (format == QJsonDocument::Compact) {
        out.write("\n");
    }
    return Ok;
}

int exportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("tranchedesk-cli", "Writes tranches.csv and events.csv from a TrancheDesk store."));
    parser.addHelpOption();
    parser.addOption(
        { u"db"_s, QCoreApplication::translate("tranchedesk-cli", "The SQLite store to read."), u"file"_s });
    parser.addOption({ u"out"_s,
        QCoreApplication::translate("tranchedesk-cli", "The folder to write the CSV files into."), u"dir"_s });
    parser.process(args);
    if (!parser.isSet(u"db"_s) || !parser.isSet(u"out"_s)) {
        return fail(QCoreApplication::translate("tranchedesk-cli", "export needs --db FILE and --out DIR"));
    }
    const QString db = parser.value(u"db"_s);
    if (!QFile::exists(db)) {
        return fail(QCoreApplication::translate("tranchedesk-cli", "there is no database at %1").arg(db));
    }
    // Reading needs neither write access nor the lock: export works on a read-only copy and
    // while the application has the store open.
    trd::storage::DatabaseOptions options;
    options.readOnly = true;
    auto store = trd::storage::SqliteTrancheStore::open(db, options);
    if (!store) {
        return fail(store.error().message);
    }
    auto counts = trd::cli::CsvExporter::exportAll(*store.value(), parser.value(u"out"_s));
    if (!counts) {
        return fail(counts.error().message);
    }
    QTextStream(stdout) << QCoreApplication::translate("tranchedesk-cli", "exported %1 tranches and %2 events to %3")
                               .arg(counts.value().tranches)
                               .arg(counts.value().events)
                               .arg(parser.value(u"out"_s))
                        << Qt::endl;
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tranchedesk-cli"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    // Standard output carries the result; diagnostics stay quiet unless TRD_VERBOSE is set.
    if (qEnvironmentVariableIsEmpty("TRD_VERBOSE")) {
        QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    }
    // Messages in the desktop's language; the JSON and CSV written stay as they are in any.
    trd::i18n::install(QLocale::system());
    QStringList args = app.arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == u"backtest") {
        // The engine keeps some state in QHash; a fixed seed makes its iteration order, and so the
        // report, the same on every run.
        QHashSeed::setDeterministicGlobalSeed();
        args.removeAt(1);
        args[0] = u"tranchedesk-cli backtest"_s;
        return trd::cli::BacktestCommand::run(args);
    }
    if (command == u"simulate" || command == u"export") {
        args.removeAt(1);
        args[0] = u"tranchedesk-cli "_s + command;
        return command == u"simulate" ? simulate(args) : exportCsv(args);
    }
    if (command == u"--version" || command == u"-v") {
        QTextStream(stdout) << "tranchedesk-cli 0.1.0" << Qt::endl;
        return Ok;
    }
    const QString usage = QCoreApplication::translate("tranchedesk-cli", "usage: %1\n       %2\n       %3")
                              .arg(u"tranchedesk-cli simulate SCENARIO.jsonl [--db FILE] [--pretty]"_s,
                                  u"tranchedesk-cli export --db FILE --out DIR"_s,
                                  u"tranchedesk-cli backtest --config FILE --candles FILE [--liquidations FILE] "
                                  "[--vary KEY=V1,V2] [--jobs N] [--whatif] --out DIR"_s);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream(stdout) << usage << Qt::endl;
        return Ok;
    }
    return fail(command.isEmpty()
            ? usage
            : QCoreApplication::translate("tranchedesk-cli", "unknown command \"%1\"\n%2").arg(command, usage));
}
