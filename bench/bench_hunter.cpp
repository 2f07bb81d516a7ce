// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_hunter: from a liquidation arriving on the market stream to the entry order leaving for
// the exchange, in-process over the fake exchange on 127.0.0.1 (the live code path: stream
// parsing, the hunter's triggers and gates, the engine's limits, intent written, REST request
// signed and sent). Prints p50 and p99 over 200 liquidations.
#include "FakeExchangeServer.h"
#include "FakeStore.h"
#include "hunter/LiquidationHunter.h"
#include "live/LiveSession.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace trd;
using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
    // The fake paces !forceOrder@arr like the real stream (at most one per symbol per second).
    constexpr int kLiquidations = 200;
    const QString symbol = u"BTCUSDT"_s;
    // Virtual time moves 31 s per liquidation so the per-direction cooldown (30 s) never refuses;
    // the server and the client share the clock, so signatures stay inside recvWindow.
    ManualClock clock(1'735'689'600'000);
    PaperMatchingEngine engine(&clock);
    PaperMatchingEngine::Settings settings = engine.settings();
    settings.startingBalance = Decimal::fromInt(1'000'000'000);
    engine.setSettings(settings);
    FakeExchangeServer server(&engine, &clock, FakeExchangeServer::Settings { "bench-key", "bench-secret", 60000 });
    SymbolFilters filters;
    filters.symbol = symbol;
    filters.tickSize = Decimal::fromString(u"0.1");
    server.declareSymbol(filters);
    server.setMarkPrice(symbol, Decimal::fromInt(50000));
    if (!server.listen()) {
        return 1;
    }
    LiveSession session(
        { server.restBase(), server.streamBase() }, { "bench-key", "bench-secret" }, PositionMode::OneWay, &clock);
    QSignalSpy ready(&session, &LiveSession::ready);
    session.start({ u"!forceOrder@arr"_s, u"!markPrice@arr@1s"_s });
    if (!ready.wait(10000) && ready.isEmpty()) {
        QTextStream(stderr) << "bench_hunter: the live session did not start\n";
        return 1;
    }
    test::FakeStore store;
    TrancheManager manager(session.exchange(), &store, &clock);
    LiquidationHunter hunter(&manager, session.exchange(), &clock);
    hunter.setTimersEnabled(false);
    AppConfig config;
    SymbolConfig s;
    s.enableTrancheManagement = false; // one merged tranche: no tranche limit stops the run
    s.orderType = OrderType::Market;
    s.longVolumeThresholdUSDT = Decimal::fromInt(1000);
    s.shortVolumeThresholdUSDT = Decimal::fromInt(1000);
    s.tpPercent = Decimal::fromInt(50);
    s.slPercent = Decimal::fromInt(50);
    config.symbols.insert(symbol, s);
    config.global.maxOpenPositions = 50;
    manager.setConfig(config);
    hunter.setConfig(config);
    if (!manager.start()) {
        return 1;
    }
    QObject::connect(session.exchange(), &Exchange::markPriceUpdated, &hunter, &LiquidationHunter::onMarkPrice);
    QElapsedTimer timer;
    timer.start();
    qint64 arrived = -1;
    std::vector<double> micros;
    // Connected before the hunter: this runs first, when the parsed frame arrives.
    QObject::connect(session.exchange(), &LiveExchange::liquidation, &app, [&] { arrived = timer.nsecsElapsed(); });
    QObject::connect(session.exchange(), &LiveExchange::liquidation, &hunter, &LiquidationHunter::onLiquidation);
    QObject::connect(session.rest(), &RestClient::requestSent, &app, [&](const QByteArray &, const QString &path) {
        if (path == u"/fapi/v1/order" && arrived >= 0) {
            micros.push_back(double(timer.nsecsElapsed() - arrived) / 1000.0);
            arrived = -1;
        }
    });
    // The hunter refuses while the balance is unknown ("balance unknown"): start once it is known.
    QSignalSpy balance(session.exchange(), &Exchange::balanceUpdated);
    session.exchange()->requestBalance();
    if (balance.isEmpty()) {
        balance.wait(5000);
    }
    QSignalSpy marked(session.exchange(), &Exchange::markPriceUpdated);
    server.setMarkPrice(symbol, Decimal::fromInt(50000));
    marked.wait(5000);
    int sent = 0;
    std::function<void()> next = [&] {
        if (sent == kLiquidations) {
            app.quit();
            return;
        }
        clock.advanceMs(31'000);
        // The mark stream publishes every second; the hunter refuses on a stale mark.
        server.setMarkPrice(symbol, Decimal::fromInt(50000));
        Liquidation l;
        l.symbol = symbol;
        l.side = OrderSide::Sell; // longs liquidated: a LONG entry each time, merged into one tranche
        l.price = l.averagePrice = Decimal::fromInt(50000);
        l.quantity = Decimal::fromString(u"0.1");
        l.time = clock.nowMs();
        ++sent;
        server.publishLiquidation(l);
    };
    // The next liquidation goes out once this one's entry has filled and settled.
    QObject::connect(
        &hunter, &LiquidationHunter::entryRefused, &app, [&](const QString &, Side, const QString &reason) {
            // Not an entry, so not timed; said, so that a run with fewer entries explains itself.
            QTextStream(stderr) << "bench_hunter: liquidation " << sent << " refused: " << reason << '\n';
            QTimer::singleShot(0, &app, next);
        });
    QObject::connect(session.exchange(), &Exchange::orderUpdated, &app, [&](const OrderUpdate &u) {
        if (u.isFill() && u.clientOrderId.startsWith(u"tdE")) {
            QTimer::singleShot(0, &app, next);
        }
    });
    QTimer::singleShot(0, &app, next);
    QTimer::singleShot(120'000, &app, &QCoreApplication::quit);
    app.exec();
    if (micros.empty()) {
        QTextStream(stderr) << "bench_hunter: no entry was sent\n";
        return 1;
    }
    std::sort(micros.begin(), micros.end());
    const auto at = [&](double q) { return micros[std::min(micros.size() - 1, size_t(q * double(micros.size())))]; };
    QTextStream(stdout) << "bench_hunter: " << micros.size() << " of " << sent
                        << " liquidations became entries; liquidation frame → entry order leaving: p50 "
                        << QString::number(at(0.50), 'f', 1) << " µs, p99 " << QString::number(at(0.99), 'f', 1)
                        << " µs (target p99 < 1000 µs)\n";
    return 0;
}
