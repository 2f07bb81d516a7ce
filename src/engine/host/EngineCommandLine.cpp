// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineCommandLine.h"

#include "live/ExchangeProfile.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {
QString text(const char *source)
{
    return QCoreApplication::translate("trd::engine::EngineCommandLine", source);
}
} // namespace

EngineCommandLine::EngineCommandLine()
    : m_dataDir(u"data-dir"_s, text("Keep the store, the configuration and the settings in <dir>."), u"dir"_s)
    , m_seed(u"seed"_s, text("Seed of the demo market (default: new each launch)."), u"n"_s)
    , m_interval(u"demo-interval-ms"_s, text("Milliseconds between demo market ticks (default 250)."), u"ms"_s)
    , m_demoSymbols(u"demo-symbols"_s,
          text("Symbols of the demo market, 1 to 500 (default 5; past five, DEMO06USDT, DEMO07USDT …)."), u"n"_s)
    , m_demoSpeed(u"demo-speed"_s,
          text("PAPER only: the session's clock and the demo market run n times faster than real time, 1 to "
               "1000 (default 1): a simulated day in 1/n of one."),
          u"n"_s)
    , m_restUrl(u"rest-url"_s,
          text("REST base URL for LIVE mode (default https://fapi.asterdex.com; e.g. a local fake exchange)."),
          u"url"_s)
    , m_streamUrl(
          u"stream-url"_s, text("WebSocket base URL for LIVE mode (default wss://fstream.asterdex.com)."), u"url"_s)
    , m_exchangeProfile(u"exchange"_s,
          text(
              "Where LIVE trades: mainnet (default) or testnet (Aster's testnet hosts, V3 keys signed for chain 714)."),
          u"profile"_s)
    , m_chainId(
          u"chain-id"_s, text("EIP-712 chainId of V3 signatures with --rest-url (default 1666, mainnet's)."), u"id"_s)
{ }

void EngineCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_dataDir, m_seed, m_interval, m_demoSymbols, m_demoSpeed, m_restUrl, m_streamUrl,
        m_exchangeProfile, m_chainId });
}

QString EngineCommandLine::profileName(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_restUrl)) {
        return u"custom"_s;
    }
    return parser.isSet(m_exchangeProfile) ? parser.value(m_exchangeProfile) : u"mainnet"_s;
}

void EngineCommandLine::read(const QCommandLineParser &parser, EngineOptions &options, const char *program) const
{
    options.dataDir = parser.value(m_dataDir);
    options.seed = parser.value(m_seed).toULongLong();
    if (parser.isSet(m_interval)) {
        options.demoIntervalMs = std::max(50, parser.value(m_interval).toInt());
    }
    const auto wholeNumber = [&](const QCommandLineOption &option, int most) {
        bool isNumber = false;
        const int value = parser.value(option).toInt(&isNumber);
        if (!isNumber || value < 1 || value > most) {
            std::fprintf(stderr, "%s: --%s: \"%s\" is not a whole number from 1 to %d\n", program,
                qPrintable(option.names().first()), qPrintable(parser.value(option)), most);
            std::exit(2);
        }
        return value;
    };
    if (parser.isSet(m_demoSymbols)) {
        options.demoSymbols = wholeNumber(m_demoSymbols, 500);
    }
    if (parser.isSet(m_demoSpeed)) {
        options.clockSpeed = wholeNumber(m_demoSpeed, 1000);
    }
    options.isExchangeFromCommandLine = parser.isSet(m_exchangeProfile) || parser.isSet(m_restUrl)
        || parser.isSet(m_streamUrl) || parser.isSet(m_chainId);
    if (parser.isSet(m_exchangeProfile)) {
        const auto profile = exchange::ExchangeProfile::named(parser.value(m_exchangeProfile));
        if (!profile) {
            std::fprintf(stderr, "%s: --exchange: \"%s\" is not one of %s\n", program,
                qPrintable(parser.value(m_exchangeProfile)),
                qPrintable(exchange::ExchangeProfile::names().join(u", "_s)));
            std::exit(2);
        }
        options.restUrl = profile->rest;
        options.streamUrl = profile->marketStream;
        options.userStreamUrl = profile->userStream;
        options.chainId = profile->chainId;
    }
    if (parser.isSet(m_chainId)) {
        bool isNumber = false;
        options.chainId = parser.value(m_chainId).toULongLong(&isNumber);
        if (!isNumber || options.chainId == 0) {
            std::fprintf(stderr, "%s: --chain-id: \"%s\" is not a positive number\n", program,
                qPrintable(parser.value(m_chainId)));
            std::exit(2);
        }
    }
    const std::pair<const QCommandLineOption *, QUrl *> urls[]
        = { { &m_restUrl, &options.restUrl }, { &m_streamUrl, &options.streamUrl } };
    for (const auto &[option, url] : urls) {
        if (parser.isSet(*option)) {
            const QUrl given(parser.value(*option), QUrl::StrictMode);
            if (!given.isValid() || given.host().isEmpty()) {
                std::fprintf(stderr, "%s: --%s: \"%s\" is not a URL with a host\n", program,
                    qPrintable(option->names().first()), qPrintable(parser.value(*option)));
                std::exit(2);
            }
            *url = given;
        }
    }
    if (parser.isSet(m_streamUrl)) {
        options.userStreamUrl = QUrl(); // one host for both streams, as a local fake serves them
    }
}

} // namespace trd::engine
