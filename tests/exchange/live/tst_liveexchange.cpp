// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "LoopbackRig.h"
#include "common/Clock.h"
#include "fake/FakeExchangeServer.h"
#include "live/LiveSession.h"
#include "paper/PaperMatchingEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

// An ORDER account update listing the given positions ("symbol side amount" each), as the user
// stream sends it after a fill.
QByteArray accountUpdate(const QStringList &positions)
{
    QStringList listed;
    for (const QString &p : positions) {
        const QStringList f = p.split(u' ');
        listed << uR"({"s":"%1","pa":"%3","ep":"100","cr":"0","up":"0","mt":"cross","iw":"0","ps":"%2"})"_s.arg(
            f.at(0), f.at(1), f.at(2));
    }
    return uR"({"e":"ACCOUNT_UPDATE","E":1700000000000,"T":1700000000000,"a":{"m":"ORDER",)"
           uR"("B":[{"a":"USDT","wb":"1000","cw":"1000","bc":"0"}],"P":[%1]}})"_s.arg(listed.join(u','))
               .toUtf8();
}

QStringList positions(const QSignalSpy &spy, int index)
{
    const auto snapshots = spy.at(index).at(0).value<PositionSnapshots>();
    QStringList out;
    for (const PositionSnapshot &p : snapshots) {
        out << p.symbol + u' ' + toString(p.positionSide) + u' ' + p.amount.toString();
    }
    out.sort();
    return out;
}

} // namespace

// LiveExchange between the engine and the exchange: what it makes of the user stream's account
// updates and of the answers to our own orders.
class TestLiveExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The exchange pushes the positions of the symbol that changed only, so an account update
    // says nothing of the others.
    void whatAnUpdateChanges_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<bool>("isReadByRest");
        QTest::newRow("another symbol's fill leaves an open position alone")
            << QStringList { u"BTCUSDT BOTH 0.01"_s } << QStringList { u"ETHUSDT BOTH 1"_s }
            << QStringList { u"ETHUSDT BOTH 1"_s } << false;
        QTest::newRow("a position listed at zero closed")
            << QStringList { u"BTCUSDT BOTH 0.01"_s, u"ETHUSDT BOTH 1"_s } << QStringList { u"BTCUSDT BOTH 0"_s }
            << QStringList { u"BTCUSDT BOTH 0"_s } << false;
        QTest::newRow("hedge: both sides pushed, nothing to ask")
            << QStringList { u"BTCUSDT LONG 1"_s, u"BTCUSDT SHORT -1"_s }
            << QStringList { u"BTCUSDT LONG 2"_s, u"BTCUSDT SHORT -1"_s }
            << QStringList { u"BTCUSDT LONG 2"_s, u"BTCUSDT SHORT -1"_s } << false;
        // Closed or just not pushed? Never guessed as zero (that would close open tranches): asked.
        QTest::newRow("hedge: the other side left out is read by REST, not zeroed")
            << QStringList { u"BTCUSDT LONG 1"_s, u"BTCUSDT SHORT -1"_s } << QStringList { u"BTCUSDT LONG 2"_s }
            << QStringList { u"BTCUSDT LONG 2"_s } << true;
    }

    void whatAnUpdateChanges()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(QStringList, changed);
        QFETCH(bool, isReadByRest);
        ManualClock clock(1'700'000'000'000);
        RestClient rest(QUrl(u"http://127.0.0.1:9"_s), &clock); // only a positionRisk may leave
        LiveExchange exchange(&rest, PositionMode::OneWay);
        QSignalSpy updates(&exchange, &Exchange::accountUpdated);
        QSignalSpy sent(&rest, &RestClient::requestSent);
        exchange.handleUserFrame(accountUpdate(first));
        exchange.handleUserFrame(accountUpdate(second));
        QCOMPARE(updates.size(), 2);
        QCOMPARE(positions(updates, 1), changed);
        QStringList paths;
        for (const auto &call : sent) {
            paths << call.at(1).toString();
        }
        QCOMPARE(paths, isReadByRest ? QStringList { u"/fapi/v2/positionRisk"_s } : QStringList {});
    }

    // The REST answer states a MARKET order's fill without its fee; the TRADE event on the user
    // stream carries both. Whichever arrives first, only the TRADE event may count the fill, or
    // the fee would be lost whenever the answer won the race.
    void onlyTheTradeEventCarriesAFill()
    {
        ManualClock clock(1'700'000'000'000);
        PaperMatchingEngine engine(&clock);
        FakeExchangeServer server(&engine, &clock, FakeExchangeSettings { "ack-key", "ack-secret" });
        SymbolFilters filters;
        filters.symbol = u"BTCUSDT"_s;
        filters.tickSize = Decimal::fromString(u"0.1");
        filters.stepSize = Decimal::fromString(u"0.001");
        server.declareSymbol(filters);
        server.setMarkPrice(u"BTCUSDT"_s, Decimal::fromInt(50000));
        QVERIFY(server.listen());
        LiveSession session({ server.restBase(), server.streamBase() },
            RestClient::Credentials { "ack-key", "ack-secret" }, PositionMode::OneWay, &clock);
        QSignalSpy ready(&session, &LiveSession::ready);
        session.start({});
        QVERIFY(ready.wait(10000));
        QSignalSpy updates(session.exchange(), &Exchange::orderUpdated);
        OrderRequest order;
        order.symbol = u"BTCUSDT"_s;
        order.clientOrderId = u"ack-1"_s;
        order.side = OrderSide::Buy;
        order.type = OrderType::Market;
        order.quantity = Decimal::fromString(u"0.01");
        session.exchange()->placeOrder(order);
        // The stream's NEW and TRADE, and the answer.
        QTRY_COMPARE_WITH_TIMEOUT(updates.size(), 3, 10000);
        QStringList seen;
        for (const QList<QVariant> &signal : std::as_const(updates)) {
            const auto u = signal.at(0).value<OrderUpdate>();
            seen << toString(u.execution) + u' ' + toString(u.status) + u' ' + u.cumulativeQuantity.toString() + u' '
                    + u.fee.toString();
        }
        seen.sort();
        QCOMPARE(seen, (QStringList { u"NEW NEW 0 0"_s, u"NEW NEW 0 0"_s, u"TRADE FILLED 0.01 0.2"_s }));
    }

    // The kline path end to end: the fake's candles of its marks, subscribed to by a LiveSession,
    // come out as candleClosed (what the hunter's VWAP protection reads), and REST says the same.
    void aClosedKlineIsTheRestCandle()
    {
        test::LoopbackRig rig(FakeExchangeSettings { "kline-key", "kline-secret" });
        QVERIFY(rig.start());
        LiveSession session({ rig.server.restBase(), rig.server.streamBase() },
            RestClient::Credentials { "kline-key", "kline-secret" }, PositionMode::OneWay, &rig.clock);
        QSignalSpy ready(&session, &LiveSession::ready);
        session.start({ u"btcusdt@kline_1m"_s });
        QVERIFY(ready.wait(10000));
        // Both streams held by the fake, and nothing signed on its way before the clock moves.
        QTRY_COMPARE(rig.server.streamConnectionCount(), 2);
        QTRY_COMPARE(session.rest()->pendingRequestCount(), 0);
        QSignalSpy closed(session.exchange(), &LiveExchange::candleClosed);
        QSignalSpy rejected(session.exchange(), &LiveExchange::frameRejected);

        // The rig marked 50000 40 s before this minute; then 100, 103, 99 and 101 in it, and
        // 102 in the next one, which closes it.
        constexpr qint64 kMinute = test::LoopbackRig::kStart + 40'000;
        const QList<QPair<qint64, int>> marks { { 0, 100 }, { 15'000, 103 }, { 30'000, 99 }, { 45'000, 101 },
            { 60'000, 102 } };
        for (const auto &[offsetMs, price] : marks) {
            rig.clock.setMs(kMinute + offsetMs);
            rig.server.setMarkPrice(u"BTCUSDT"_s, Decimal::fromInt(price));
        }
        QTRY_COMPARE(closed.size(), 2);
        QCOMPARE(rejected.size(), 0);
        QStringList seen;
        for (const QList<QVariant> &c : std::as_const(closed)) {
            seen << QStringList { c.at(0).toString(), c.at(1).toString(), c.at(2).value<Decimal>().toString(),
                c.at(3).value<Decimal>().toString(), c.at(4).value<Decimal>().toString(),
                c.at(5).value<Decimal>().toString(), QString::number(c.at(6).toLongLong() - kMinute) }
                        .join(u' ');
        }
        // symbol, timeframe, high, low, close, volume (the fake has no trades), closeTime.
        QCOMPARE(seen, (QStringList { u"BTCUSDT 1m 50000 50000 50000 0 -1"_s, u"BTCUSDT 1m 103 99 101 0 59999"_s }));

        auto answer = std::make_shared<std::optional<ApiResult<QList<Kline>>>>();
        session.api()->klines(KlinesQuery { u"BTCUSDT"_s, u"1m"_s, kMinute, kMinute, 500 },
            [answer](const ApiResult<QList<Kline>> &result) { *answer = result; });
        QTRY_VERIFY(answer->has_value());
        const ApiResult<QList<Kline>> rest = answer->value();
        QVERIFY2(rest, qPrintable(rest.error().describe()));
        QCOMPARE(rest->size(), 1);
        const Kline k = rest->first();
        QCOMPARE(k.openTime, kMinute);
        QCOMPARE(k.open, Decimal::fromInt(100));
        const QList<QVariant> stream = closed.at(1);
        QCOMPARE(k.high, stream.at(2).value<Decimal>());
        QCOMPARE(k.low, stream.at(3).value<Decimal>());
        QCOMPARE(k.close, stream.at(4).value<Decimal>());
        QCOMPARE(k.volume, stream.at(5).value<Decimal>());
        QCOMPARE(k.closeTime, stream.at(6).toLongLong());
        QCOMPARE(k.trades, 4);
    }
};

QTEST_GUILESS_MAIN(TestLiveExchange)
#include "tst_liveexchange.moc"
