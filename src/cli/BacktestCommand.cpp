// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestCommand.h"

#include "BacktestReport.h"
#include "BacktestRunner.h"
#include "RecordedMarketStore.h"
#include "TimeParser.h"
#include "config/ConfigLoader.h"
#include "protocol/RestParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace trd::cli {

using namespace backtest;
using core::Decimal;
using core::Error;
using core::Result;

namespace {

enum ExitCode
{
    Ok = 0,
    InternalError = 1,
    BadInput = 2
};

QString tr(const char *text)
{
    return QCoreApplication::translate("tranchedesk-cli", text);
}

int fail(const QString &message, int code = BadInput)
{
    QTextStream(stderr) << "tranchedesk-cli backtest: " << message << Qt::endl;
    return code;
}

// backtest.md §1: the filters of a symbol the exchange-info file does not give.
core::SymbolFilters defaultFilters(const QString &symbol)
{
    core::SymbolFilters f;
    f.symbol = symbol;
    f.tickSize = Decimal::fromString(u"0.01");
    f.stepSize = Decimal::fromString(u"0.001");
    f.minQty = Decimal::fromString(u"0.001");
    f.minNotional = Decimal::fromInt(5);
    return f;
}

Result<QList<core::SymbolFilters>> filtersFor(const core::AppConfig &config, const QString &exchangeInfoPath)
{
    QHash<QString, core::SymbolFilters> known;
    if (!exchangeInfoPath.isEmpty()) {
        QFile file(exchangeInfoPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error { tr("cannot read %1: %2").arg(exchangeInfoPath, file.errorString()) };
        }
        auto info = exchange::RestParser::exchangeInfo(file.readAll());
        if (!info) {
            return Error { u"%1: %2"_s.arg(exchangeInfoPath, info.error().message) };
        }
        for (const core::SymbolFilters &f : info->symbols) {
            known.insert(f.symbol, f);
        }
    }
    QList<core::SymbolFilters> filters;
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        if (!exchangeInfoPath.isEmpty() && !known.contains(it.key())) {
            return Error {
                tr("%1: the configured symbol %2 is not listed (or not TRADING) there").arg(exchangeInfoPath, it.key())
            };
        }
        filters.append(known.value(it.key(), defaultFilters(it.key())));
    }
    return filters;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Replays recorded market data through the hunter, the tranche engine and the "
                                        "paper exchange, once per variant of the configuration."));
    parser.addHelpOption();
    parser.addOptions({
        { u"config"_s, tr("The configuration file (JSON)."), u"file"_s },
        { u"candles"_s, tr("Candles (Binance klines or time,open,high,low,close[,volume]); repeatable."), u"file"_s },
        { u"ticks"_s, tr("Price ticks (time,price); repeatable."), u"file"_s },
        { u"store"_s, tr("A TrancheDesk store whose recorded liquidations and prices are replayed; repeatable."),
            u"db"_s },
        { u"store-prices"_s,
            tr("The prices read from --store: ticks, candles (1-minute mark candles), klines (downloaded) or none; "
               "default: the finest recorded, or none when --candles or --ticks are given."),
            u"kind"_s },
        { u"liquidations"_s, tr("Liquidations (Binance forceOrder, Aster, time,symbol,side,price,qty); repeatable."),
            u"file"_s },
        { u"funding"_s, tr("Funding rates (time,symbol,rate; rate as a fraction, 0.0001 = 0.01 %)."), u"file"_s },
        { u"symbol"_s, tr("The symbol of files that have no symbol column."), u"symbol"_s },
        { u"tz"_s, tr("The zone of times written without an offset (IANA name or +05:30)."), u"zone"_s },
        { u"from"_s, tr("Replay from this time (epoch ms or s, or ISO-8601)."), u"time"_s },
        { u"to"_s, tr("Replay until this time (excluded)."), u"time"_s },
        { u"balance"_s, tr("Starting balance in USDT (default 10000)."), u"usdt"_s },
        { u"exchange-info"_s, tr("The exchange's exchangeInfo JSON, for the symbols' filters."), u"file"_s },
        { u"vary"_s, tr("KEY=V1,V2,…: one variant per value; several --vary make a grid."), u"key=values"_s },
        { u"jobs"_s, tr("Variants run at once (default: one per core)."), u"n"_s },
        { u"whatif"_s, tr("Also write whatif.csv: untagged closes under each closing strategy.") },
        { u"out"_s, tr("The folder to write the report into."), u"dir"_s },
    });
}

// --store DB: its liquidations, and its prices of the kind --store-prices names (by default the
// finest it recorded, unless price files are given).
Result<void> addStores(const QCommandLineParser &parser, BacktestSpec &spec)
{
    const QString kindText = parser.value(u"store-prices"_s);
    std::optional<RecordedMarketStore::PriceKind> kind;
    bool readsPrices = !parser.isSet(u"candles"_s) && !parser.isSet(u"ticks"_s);
    if (parser.isSet(u"store-prices"_s)) {
        const QHash<QString, RecordedMarketStore::PriceKind> kinds {
            { u"ticks"_s, RecordedMarketStore::PriceKind::Ticks },
            { u"candles"_s, RecordedMarketStore::PriceKind::MarkCandles },
            { u"klines"_s, RecordedMarketStore::PriceKind::KlineCandles },
        };
        readsPrices = kindText != u"none"_s;
        if (readsPrices && !kinds.contains(kindText)) {
            return Error { tr("--store-prices must be ticks, candles, klines or none, not \"%1\"").arg(kindText) };
        }
        if (readsPrices) {
            kind = kinds.value(kindText);
        }
    }
    if (!readsPrices && !parser.isSet(u"candles"_s) && !parser.isSet(u"ticks"_s)) {
        return Error { tr("--store-prices none needs prices from --candles FILE or --ticks FILE") };
    }
    for (const QString &db : parser.values(u"store"_s)) {
        if (!QFile::exists(db)) {
            return Error { tr("there is no database at %1").arg(db) };
        }
        const RecordedMarketStore store(db);
        spec.extraSources.append(store.liquidations(spec.from, spec.to));
        if (readsPrices) {
            auto prices = store.pricesToReplay(kind, spec.from, spec.to);
            if (!prices) {
                return prices.error();
            }
            spec.extraSources.append(store.prices(prices.value(), spec.from, spec.to));
        }
    }
    return {};
}

} // namespace

Result<QList<core::SymbolFilters>> BacktestCommand::symbolFilters(
    const core::AppConfig &config, const QString &exchangeInfoPath)
{
    return filtersFor(config, exchangeInfoPath);
}

int BacktestCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(u"config"_s) || !parser.isSet(u"out"_s)) {
        return fail(tr("backtest needs --config FILE and --out DIR (see tranchedesk-cli backtest --help)"));
    }
    if (!parser.isSet(u"candles"_s) && !parser.isSet(u"ticks"_s) && !parser.isSet(u"store"_s)) {
        return fail(tr("backtest needs prices: --candles FILE, --ticks FILE or --store DB"));
    }
    BacktestSpec spec;
    spec.defaultSymbol = parser.value(u"symbol"_s).toUpper();
    if (parser.isSet(u"tz"_s)) {
        auto zone = TimeParser::zoneFromText(parser.value(u"tz"_s));
        if (!zone) {
            return fail(zone.error().message);
        }
        spec.zone = zone.value();
    }
    const TimeParser times(spec.zone);
    for (const auto &[option, into] : { std::pair { u"from"_s, &spec.from }, std::pair { u"to"_s, &spec.to } }) {
        if (parser.isSet(option)) {
            auto t = times.parse(parser.value(option).toUtf8());
            if (!t) {
                return fail(u"--%1: %2"_s.arg(option, t.error().message));
            }
            *into = t.value();
        }
    }
    if (spec.from >= spec.to) {
        return fail(tr("--from must be before --to"));
    }
    for (const QString &option : { u"candles"_s, u"ticks"_s, u"liquidations"_s, u"funding"_s }) {
        spec.files += parser.values(option);
    }
    if (auto stores = addStores(parser, spec); !stores) {
        return fail(stores.error().message);
    }

    QList<core::ConfigIssue> warnings;
    auto config = core::ConfigLoader::loadFile(parser.value(u"config"_s), &warnings);
    if (!config) {
        return fail(u"%1: %2"_s.arg(parser.value(u"config"_s), config.error().message));
    }
    for (const core::ConfigIssue &w : std::as_const(warnings)) {
        QTextStream(stderr) << "tranchedesk-cli backtest: " << parser.value(u"config"_s) << ": warning: " << w.message
                            << Qt::endl;
    }
    core::AppConfig base = config.value();
    if (base.symbols.isEmpty()) {
        return fail(tr("%1: the configuration has no symbols to trade").arg(parser.value(u"config"_s)));
    }
    if (parser.isSet(u"balance"_s)) {
        auto balance = VariantGrid::withOverride(base, u"paperStartingBalanceUSDT"_s, parser.value(u"balance"_s));
        if (!balance) {
            return fail(u"--balance: %1"_s.arg(balance.error().message));
        }
        base = balance.value();
    }
    auto filters = filtersFor(base, parser.value(u"exchange-info"_s));
    if (!filters) {
        return fail(filters.error().message);
    }
    spec.filters = filters.value();
    QList<Vary> varies;
    for (const QString &option : parser.values(u"vary"_s)) {
        auto vary = VariantGrid::parseVary(option);
        if (!vary) {
            return fail(vary.error().message);
        }
        varies.append(vary.value());
    }
    auto variants = VariantGrid::build(base, varies);
    if (!variants) {
        return fail(variants.error().message);
    }
    spec.variants = variants.value();
    if (parser.isSet(u"jobs"_s)) {
        bool ok = false;
        spec.jobs = parser.value(u"jobs"_s).toInt(&ok);
        if (!ok || spec.jobs < 1 || spec.jobs > 256) {
            return fail(tr("--jobs must be a whole number from 1 to 256, got \"%1\"").arg(parser.value(u"jobs"_s)));
        }
    }
    spec.recordsWhatIf = parser.isSet(u"whatif"_s);

    BacktestRunner runner(spec);
    auto inputs = runner.check();
    if (!inputs) {
        return fail(inputs.error().message);
    }
    const bool showsProgress = isatty(fileno(stderr));
    QMutex progressLock;
    int lastPercent = -1;
    if (showsProgress) {
        QObject::connect(
            &runner, &BacktestRunner::progressed, &runner,
            [&](double fraction) {
                const QMutexLocker lock(&progressLock);
                const int percent = int(fraction * 100);
                if (percent != lastPercent) {
                    lastPercent = percent;
                    QTextStream(stderr) << "\rbacktest: " << percent << "% of " << spec.variants.size() << " variant(s)"
                                        << Qt::flush;
                }
            },
            Qt::DirectConnection);
    }
    const QList<VariantResult> results = runner.run();
    if (showsProgress) {
        QTextStream(stderr) << u"\n"_s << Qt::flush;
    }
    // Bad input met while replaying: the same exit as any bad input, and nothing written.
    for (const VariantResult &r : results) {
        if (r.isInputError) {
            return fail(r.error);
        }
    }
    BacktestReport::Context context { inputs.value(), spec.filters, base.global.paperStartingBalanceUSDT,
        spec.recordsWhatIf };
    if (auto written = BacktestReport::write(parser.value(u"out"_s), context, results); !written) {
        return fail(written.error().message, InternalError);
    }
    for (const VariantResult &r : results) {
        if (!r.error.isEmpty()) {
            return fail(u"%1: %2"_s.arg(r.id, r.error), InternalError);
        }
    }
    return Ok;
}

} // namespace trd::cli
