// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_exchange: the loopback round trip from placing an order (signed REST) to receiving its
// ORDER_TRADE_UPDATE on the user-data stream, through the fake exchange on 127.0.0.1.
// Prints p50 and p99 over 1,000 MARKET orders (alternating BUY and SELL so the position stays flat).
#include "FakeExchangeServer.h"
#include "live/LiveSession.h"
#include "paper/PaperMatchingEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTextStream>

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
    constexpr int kOrders = 1000;
    SystemClock clock;
    PaperMatchingEngine engine(&clock);
    FakeExchangeServer server(&engine, &clock, FakeExchangeServer::Settings { "bench-key", "bench-secret", 60000 });
    SymbolFilters filters;
    filters.symbol = u"BTCUSDT"_s;
    server.declareSymbol(filters);
    server.setMarkPrice(filters.symbol, Decimal::fromInt(50000));
    if (!server.listen()) {
        QTextStream(stderr) << "bench_exchange: cannot listen on 127.0.0.1\n";
        return 1;
    }
    LiveSession session(
        { server.restBase(), server.streamBase() }, { "bench-key", "bench-secret" }, PositionMode::OneWay, &clock);
    QSignalSpy ready(&session, &LiveSession::ready);
    session.start({});
    if (!ready.wait(10000) && ready.isEmpty()) {
        QTextStream(stderr) << "bench_exchange: the live session did not start\n";
        return 1;
    }
    QHash<QString, qint64> sentAt;
    std::vector<double> micros;
    micros.reserve(kOrders);
    QElapsedTimer timer;
    timer.start();
    int next = 0;
    const auto sendNext = [&] {
        OrderRequest r;
        r.symbol = filters.symbol;
        r.side = next % 2 == 0 ? OrderSide::Buy : OrderSide::Sell;
        r.quantity = Decimal::fromString(u"0.001");
        r.clientOrderId = u"bench-%1"_s.arg(next++);
        sentAt.insert(r.clientOrderId, timer.nsecsElapsed());
        session.exchange()->placeOrder(r);
    };
    std::vector<double> restMicros;
    QObject::connect(session.exchange(), &Exchange::orderUpdated, &app, [&](const OrderUpdate &u) {
        if (!u.isFill() && sentAt.contains(u.clientOrderId)) {
            restMicros.push_back(double(timer.nsecsElapsed() - sentAt.value(u.clientOrderId)) / 1000.0);
        }
        if (!u.isFill() || !sentAt.contains(u.clientOrderId)) {
            return;
        }
        micros.push_back(double(timer.nsecsElapsed() - sentAt.take(u.clientOrderId)) / 1000.0);
        if (int(micros.size()) == kOrders) {
            app.quit();
        } else {
            sendNext();
        }
    });
    sendNext();
    app.exec();
    std::sort(micros.begin(), micros.end());
    std::sort(restMicros.begin(), restMicros.end());
    if (!restMicros.empty()) {
        QTextStream(stdout) << "  (REST answer alone: p50 "
                            << QString::number(restMicros[restMicros.size() / 2], 'f', 1) << " µs)\n";
    }
    const auto at = [&](double q) { return micros[std::min(micros.size() - 1, size_t(q * double(micros.size())))]; };
    QTextStream(stdout) << "bench_exchange: " << micros.size() << " orders, place → ORDER_TRADE_UPDATE round trip on "
                        << "loopback: p50 " << QString::number(at(0.50), 'f', 1) << " µs, p99 "
                        << QString::number(at(0.99), 'f', 1) << " µs (target p99 < 1000 µs)\n";
    return 0;
}
