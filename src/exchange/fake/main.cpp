// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tranchedesk-fake-exchange: the fake exchange as a process on 127.0.0.1, with a seeded random
// walk of mark prices and liquidations, for running the app against it by hand.
#include "common/Clock.h"
#include "fake/FakeExchangeServer.h"
#include "paper/PaperMatchingEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using trd::core::Decimal;

namespace {

struct Market
{
    QString symbol;
    Decimal tick;
    Decimal step;
    Decimal start;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tranchedesk-fake-exchange"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A fake Aster futures exchange on 127.0.0.1 (REST and WebSocket)."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0: any free one)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption keyOption(u"api-key"_s, u"API key clients must send."_s, u"key"_s, u"fake-key"_s);
    const QCommandLineOption secretOption(
        u"secret"_s, u"HMAC secret clients sign with."_s, u"secret"_s, u"fake-secret"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Seed of the price walk and liquidations; 0 keeps prices still."_s, u"seed"_s, u"1"_s);
    const QCommandLineOption userOption(
        u"v3-user"_s, u"Wallet address of the V3 (Pro API) account; empty: no V3 account."_s, u"address"_s);
    const QCommandLineOption signerOption(
        u"v3-signer"_s, u"Address of the API wallet that signs V3 requests for that account."_s, u"address"_s);
    const QCommandLineOption chainOption(u"chain-id"_s,
        u"EIP-712 chainId of V3 signatures: 1666 as Aster's mainnet, 714 as its testnet."_s, u"id"_s, u"1666"_s);
    parser.addOptions({ portOption, keyOption, secretOption, userOption, signerOption, seedOption, chainOption });
    parser.process(app);

    bool isNumber = false;
    const uint port = parser.value(portOption).toUInt(&isNumber);
    if (!isNumber || port > 65535) {
        QTextStream(stderr) << "--port must be a number from 0 to 65535\n";
        return 2;
    }
    const quint32 seed = parser.value(seedOption).toUInt();
    const quint64 chainId = parser.value(chainOption).toULongLong(&isNumber);
    if (!isNumber || chainId == 0) {
        QTextStream(stderr) << "--chain-id must be a positive number (1666 mainnet, 714 testnet)\n";
        return 2;
    }

    trd::core::SystemClock clock;
    trd::exchange::PaperMatchingEngine engine(&clock);
    trd::exchange::FakeExchangeSettings settings { parser.value(keyOption).toUtf8(),
        parser.value(secretOption).toUtf8(), 60000 };
    settings.v3User = parser.value(userOption);
    settings.v3Signer = parser.value(signerOption);
    settings.chainId = chainId;
    trd::exchange::FakeExchangeServer server(&engine, &clock, settings);

    const QList<Market> markets {
        { u"BTCUSDT"_s, Decimal::fromString(u"0.1"), Decimal::fromString(u"0.001"), Decimal::fromInt(60000) },
        { u"ETHUSDT"_s, Decimal::fromString(u"0.01"), Decimal::fromString(u"0.001"), Decimal::fromInt(3000) },
        { u"SOLUSDT"_s, Decimal::fromString(u"0.01"), Decimal::fromString(u"0.01"), Decimal::fromInt(150) },
    };
    for (const Market &market : markets) {
        trd::core::SymbolFilters filters;
        filters.symbol = market.symbol;
        filters.tickSize = market.tick;
        filters.stepSize = market.step;
        filters.minQty = market.step;
        filters.minNotional = Decimal::fromInt(5);
        server.declareSymbol(filters);
        server.setMarkPrice(market.symbol, market.start);
    }

    const auto listening = server.listen(quint16(port));
    if (!listening) {
        QTextStream(stderr) << listening.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << "REST    " << server.restBase().toString() << '\n'
                        << "Streams " << server.streamBase().toString() << '\n'
                        << "Admin   " << server.restBase().toString()
                        << "/admin/{mark,bookTicker,liquidation,symbol,fault}" << Qt::endl;

    QRandomGenerator random(seed);
    QTimer walk;
    walk.setInterval(1000);
    QObject::connect(&walk, &QTimer::timeout, &server, [&] {
        for (const Market &market : markets) {
            const Decimal mark = engine.markPrice(market.symbol).value_or(market.start);
            // A small symmetric step, in basis points, so prices wander without drifting away.
            const int bps = int(random.bounded(21)) - 10;
            const Decimal next = (mark + (mark * Decimal::fromInt(bps)).dividedBy(10000))
                                     .roundedToStep(market.tick, trd::core::RoundingMode::HalfUp);
            server.setMarkPrice(market.symbol, next);
            if (random.bounded(5) == 0) {
                trd::core::Liquidation liquidation;
                liquidation.symbol = market.symbol;
                liquidation.side = random.bounded(2) ? trd::core::OrderSide::Sell : trd::core::OrderSide::Buy;
                liquidation.price = next;
                liquidation.quantity = market.step.multipliedBy(1 + random.bounded(1000));
                server.publishLiquidation(liquidation);
            }
        }
    });
    if (seed != 0) {
        walk.start();
    }
    return app.exec();
}
