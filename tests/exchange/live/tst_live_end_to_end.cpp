// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"
#include "DecimalPrinter.h"
#include "FakeExchange.h"
#include "FakeExchangeServer.h"
#include "FakeStore.h"
#include "Scenario.h"
#include "live/LiveSession.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trd;
using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSymbol = u"TESTUSDT"_s;
const QByteArray kKey = "e2e-api-key";
const QByteArray kSecret = "e2e-secret-never-logged";

Decimal d(const QString &s)
{
    return Decimal::fromString(s);
}

AppConfig acceptanceConfig(bool autoClose = false)
{
    AppConfig config;
    SymbolConfig s;
    s.enableTrancheManagement = true;
    s.leverage = 10;
    s.tpPercent = Decimal::fromInt(5);
    s.slPercent = Decimal::fromInt(20);
    s.trancheAutoCloseIsolated = autoClose;
    s.trancheRecoveryThreshold = d(u"0.5"_s);
    config.symbols.insert(kSymbol, s);
    return config;
}

// The whole live path on one machine: TrancheManager → LiveExchange → REST and WebSocket on
// 127.0.0.1 → the fake exchange → the paper matching engine.
struct LiveRig
{
    ManualClock clock { 1'735'689'600'000 };
    PaperMatchingEngine engine { &clock };
    FakeExchangeServer server { &engine, &clock, FakeExchangeServer::Settings { kKey, kSecret, 60000 } };
    std::unique_ptr<LiveSession> session;
    test::FakeStore store;
    std::unique_ptr<TrancheManager> manager;

    bool isFeeFree = true; // the acceptance cases' numbers have no fees

    bool start(const AppConfig &config)
    {
        if (isFeeFree) {
            PaperMatchingEngine::Settings settings = engine.settings();
            settings.takerFeePercent = Decimal();
            settings.makerFeePercent = Decimal();
            engine.setSettings(settings);
        }
        SymbolFilters f;
        f.symbol = kSymbol;
        server.declareSymbol(f);
        if (!server.listen()) {
            return false;
        }
        session = std::make_unique<LiveSession>(LiveSession::Endpoints { server.restBase(), server.streamBase() },
            RestClient::Credentials { kKey, kSecret }, PositionMode::OneWay, &clock);
        QSignalSpy ready(session.get(), &LiveSession::ready);
        session->start({ u"!markPrice@arr@1s"_s });
        if (!ready.wait(10000) && ready.isEmpty()) {
            return false;
        }
        manager = std::make_unique<TrancheManager>(session->exchange(), &store, &clock);
        manager->setConfig(config);
        session->setResyncHandler([this] { manager->resync(); });
        return bool(manager->start());
    }

    // A mark reaches the engine over the market stream.
    bool mark(const QString &price)
    {
        server.setMarkPrice(kSymbol, d(price));
        return QTest::qWaitFor([&] { return manager->markPrice(kSymbol) == d(price); }, 10000);
    }

    bool enter(const QString &qty, const QString &price, int expectedOpen)
    {
        if (!mark(price)) {
            return false;
        }
        EntryRequest e;
        e.symbol = kSymbol;
        e.quantity = d(qty);
        manager->enter(e);
        // Created, and both protective orders acknowledged by the exchange.
        return QTest::qWaitFor(
            [&] {
                return manager->openTranches().size() == expectedOpen
                    && engine.openOrders(kSymbol).size() == 2 * expectedOpen && !manager->hasOrderInFlight(kSymbol);
            },
            10000);
    }

    QList<Tranche> all() { return store.allTranches().value(); }
};

QString describe(const QList<Tranche> &tranches)
{
    QStringList parts;
    for (const Tranche &t : tranches) {
        parts << u"%1 %2 %3 %4 %5"_s.arg(t.entryPrice.toString(), t.quantity.toString(), toString(t.status),
            toString(t.closeReason), t.realizedPnl.toString());
    }
    return parts.join(u" | "_s);
}

QString describe(const QJsonObject &paper)
{
    QStringList parts;
    for (const QJsonValue &v : paper.value(u"tranches"_s).toArray()) {
        const QJsonObject t = v.toObject();
        parts << u"%1 %2 %3 %4 %5"_s.arg(t.value(u"entryPrice"_s).toString(), t.value(u"quantity"_s).toString(),
            t.value(u"status"_s).toString(), t.value(u"closeReason"_s).toString(),
            t.value(u"realizedPnl"_s).toString());
    }
    return parts.join(u" | "_s);
}

} // namespace

// issue 3: TrancheManager over LiveExchange over the fake exchange on loopback ends with the same
// tranches as the paper run, for acceptance cases 10, 12, 17 and 19.
class TestLiveEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void case10_takeProfitOverTheWire()
    {
        LiveRig rig;
        QVERIFY(rig.start(acceptanceConfig()));
        QVERIFY(rig.enter(u"1"_s, u"100"_s, 1));
        QVERIFY(rig.mark(u"105"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rig.manager->openTranches().isEmpty() && rig.engine.openOrders().isEmpty(), 10000);
        Scenario paper;
        paper.enter(u"LONG"_s, u"1"_s, u"100"_s).mark(u"105"_s);
        QCOMPARE(describe(rig.all()), describe(paper.run()));
        QCOMPARE(describe(rig.all()), u"100 0 closed tp 5"_s);
    }

    void case12_oneExternalFillSplitAcrossThree()
    {
        LiveRig rig;
        QVERIFY(rig.start(acceptanceConfig()));
        QVERIFY(rig.enter(u"1"_s, u"100"_s, 1));
        QVERIFY(rig.enter(u"1"_s, u"101"_s, 2));
        QVERIFY(rig.enter(u"1"_s, u"102"_s, 3));
        rig.engine.applyExternalFill(kSymbol, OrderSide::Sell, d(u"3"_s), d(u"110"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rig.manager->openTranches().isEmpty(), 10000);
        Scenario paper;
        paper.enter(u"LONG"_s, u"1"_s, u"100"_s).enter(u"LONG"_s, u"1"_s, u"101"_s).enter(u"LONG"_s, u"1"_s, u"102"_s);
        paper.external(u"SELL"_s, u"3"_s, u"110"_s);
        QCOMPARE(describe(rig.all()), describe(paper.run()));
    }

    void case17_recoveryTradesOverTheWire()
    {
        LiveRig rig;
        QVERIFY(rig.start(acceptanceConfig(true)));
        QVERIFY(rig.enter(u"1"_s, u"100"_s, 1));
        QVERIFY(rig.mark(u"95"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rig.manager->openTranches().value(0).isolated, 10000);
        QVERIFY(rig.mark(u"100.49"_s));
        QCOMPARE(rig.manager->openTranches().size(), 1);
        QVERIFY(rig.mark(u"100.5"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rig.manager->openTranches().isEmpty(), 10000);
        Scenario paper(QJsonObject { { u"trancheAutoCloseIsolated"_s, true }, { u"trancheRecoveryThreshold"_s, 0.5 } });
        paper.enter(u"LONG"_s, u"1"_s, u"100"_s).mark(u"95"_s).mark(u"100.49"_s).mark(u"100.5"_s);
        QCOMPARE(describe(rig.all()), describe(paper.run()));
    }

    void case19_driftFoundByRestSync()
    {
        LiveRig rig;
        QVERIFY(rig.start(acceptanceConfig()));
        QVERIFY(rig.enter(u"1"_s, u"100"_s, 1));
        QVERIFY(rig.enter(u"1"_s, u"101"_s, 2));
        QVERIFY(rig.enter(u"1"_s, u"102"_s, 3));
        rig.engine.setPosition(kSymbol, PositionSide::Both, d(u"1.5"_s), d(u"100"_s));
        rig.manager->requestSync();
        QTRY_COMPARE_WITH_TIMEOUT(rig.manager->summary(kSymbol).quantity, d(u"1.5"_s), 10000);
        Scenario paper;
        paper.enter(u"LONG"_s, u"1"_s, u"100"_s).enter(u"LONG"_s, u"1"_s, u"101"_s).enter(u"LONG"_s, u"1"_s, u"102"_s);
        paper.exchangePosition(u"1.5"_s, u"100"_s).sync();
        QCOMPARE(describe(rig.all()).section(u" | "_s, 0, 2).split(u" | "_s).size(), 3);
        QStringList live, expected;
        for (const Tranche &t : rig.all()) {
            live << t.quantity.toString() + u' ' + toString(t.status);
        }
        for (const QJsonValue &v : paper.run().value(u"tranches"_s).toArray()) {
            expected << v.toObject().value(u"quantity"_s).toString() + u' '
                    + v.toObject().value(u"status"_s).toString();
        }
        QCOMPARE(live, expected);
    }

    void aFillMissedWhileTheUserStreamWasDownIsRecovered()
    {
        LiveRig rig;
        QVERIFY(rig.start(acceptanceConfig()));
        QVERIFY(rig.enter(u"1"_s, u"100"_s, 1));
        QVERIFY(rig.enter(u"1"_s, u"100.5"_s, 2));
        QSignalSpy reconnected(rig.session->userStream(), &StreamConnection::reconnected);
        rig.server.dropStreams();
        // While the user stream is down, the first tranche's take-profit (105) fills on the
        // exchange: its fill can only be learnt by the resync after the reconnect.
        rig.engine.setMarkPrice(kSymbol, d(u"105.2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!reconnected.isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.manager->openTranches().size() == 1, 15000);
        const QList<Tranche> all = rig.all();
        QCOMPARE(toString(all[0].closeReason), u"tp"_s);
        QCOMPARE(toString(all[1].status), u"active"_s);
    }

    // Aster settles funding on the account (ACCOUNT_UPDATE "FUNDING_FEE" with no position for a
    // cross margin, a FUNDING_FEE income row per position); the live books put each payment into
    // the open tranches of that side, pro rata, exactly, once — even when the event comes twice.
    void fundingChargedByTheExchangeReachesTheTranches()
    {
        LiveRig rig;
        QVERIFY(rig.start(acceptanceConfig()));
        QVERIFY(rig.enter(u"1"_s, u"100"_s, 1));
        QVERIFY(rig.enter(u"2"_s, u"100"_s, 2));
        const Decimal walletBefore = rig.engine.walletBalance();
        rig.server.setUserEventsDuplicated(true);
        // 0.01 % of 3 × 100: the longs pay 0.03 USDT, 0.01 by the first tranche, 0.02 by the second.
        rig.server.chargeFunding(kSymbol, d(u"0.0001"_s));
        QCOMPARE(rig.engine.walletBalance(), walletBefore - d(u"0.03"_s));
        const auto funding = [&rig] {
            QStringList parts;
            for (const Tranche &t : rig.manager->openTranches()) {
                parts << t.quantity.toString() + u':' + t.fundingFee.toString() + u':' + t.realizedPnl.toString();
            }
            return parts.join(u' ');
        };
        QTRY_COMPARE_WITH_TIMEOUT(funding(), u"1:-0.01:-0.01 2:-0.02:-0.02"_s, 10000);
        // A negative rate is received. 3 × 100 × 0.00000000167 is 0.000000501, paid as 0.00000050
        // (USDT to 8 decimals): a third of it does not end, so the last tranche takes what is left
        // and the shares add up to the payment exactly.
        rig.server.chargeFunding(kSymbol, d(u"-0.00000000167"_s));
        QTRY_COMPARE_WITH_TIMEOUT(funding(),
            u"1:-0.009999833333333333:-0.009999833333333333 2:-0.019999666666666667:-0.019999666666666667"_s, 10000);
        // Duplicated frames and every event re-reading the income history changed nothing more.
        rig.server.setUserEventsDuplicated(false);
        QVERIFY(rig.mark(u"100.1"_s));
        QCOMPARE(funding(),
            u"1:-0.009999833333333333:-0.009999833333333333 2:-0.019999666666666667:-0.019999666666666667"_s);
        // The stored tranches, and the CSV export's funding_fee column.
        Decimal stored;
        for (const Tranche &t : rig.all()) {
            stored += t.fundingFee;
        }
        QCOMPARE(stored, d(u"-0.0299995"_s));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(u"tranches.csv"_s);
        QVERIFY(cli::CsvExporter::exportTranches(rig.store, csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        const int column = lines.first().split(u',').indexOf(u"funding_fee"_s);
        QVERIFY(column >= 0);
        QStringList fees;
        for (const QString &line : lines.mid(1)) {
            fees << line.split(u',').value(column);
        }
        fees.sort();
        QCOMPARE(fees, (QStringList { u"-0.009999833333333333"_s, u"-0.019999666666666667"_s }));
    }

    // The engine writes an order as an intent before it leaves. A crash right after it left
    // leaves an intent in the store and an order on the exchange that nobody heard answered:
    // the next start asks the exchange for it by its clientOrderId, over the wire.
    void anOrderSentJustBeforeACrashIsFoundByItsClientOrderId_data()
    {
        QTest::addColumn<bool>("reachedTheExchange");
        QTest::newRow("it reached the exchange and filled") << true;
        QTest::newRow("it never left (-2013 on the query)") << false;
    }

    void anOrderSentJustBeforeACrashIsFoundByItsClientOrderId()
    {
        QFETCH(bool, reachedTheExchange);
        LiveRig rig;
        rig.isFeeFree = false; // the fill's fee has to be found too
        SymbolFilters f;
        f.symbol = kSymbol;
        rig.server.declareSymbol(f);
        rig.server.setMarkPrice(kSymbol, d(u"100"_s));
        OrderRequest sent;
        QString trancheId;
        {
            // The process before the crash: its exchange connection never answered anything.
            test::FakeExchange deadConnection;
            deadConnection.setFilters(f);
            TrancheManager before(&deadConnection, &rig.store, &rig.clock);
            before.setConfig(acceptanceConfig());
            QVERIFY(before.start());
            deadConnection.mark(kSymbol, d(u"100"_s));
            EntryRequest e;
            e.symbol = kSymbol;
            e.quantity = d(u"2"_s);
            const auto decision = before.enter(e);
            QVERIFY(decision.isAccepted);
            trancheId = decision.trancheId;
            QCOMPARE(deadConnection.placed.size(), 1);
            sent = deadConnection.placed.last();
        }
        QCOMPARE(rig.store.loadState().value().liveOrders.size(), 1);
        if (reachedTheExchange) {
            rig.engine.placeOrder(sent);
            QCOMPARE(rig.engine.positions().size(), 1);
        }
        QVERIFY(rig.start(acceptanceConfig()));
        if (reachedTheExchange) {
            // Found by its clientOrderId: its tranche, with the exchange's fill, and protection.
            QTRY_COMPARE_WITH_TIMEOUT(rig.manager->openTranches().size(), 1, 15000);
            const Tranche t = rig.manager->openTranches().first();
            QCOMPARE(t.id, trancheId); // the intent's own tranche, not a recovery of unknown size
            QCOMPARE(t.quantity, d(u"2"_s));
            QCOMPARE(t.entryPrice, d(u"100"_s));
            // The order's state has no fee; its trade (userTrades by orderId) does.
            const Decimal fee = d(u"200"_s) * rig.engine.settings().takerFeePercent.dividedBy(100);
            QVERIFY(fee.isPositive());
            QCOMPARE(t.feesPaid, fee);
            QTRY_COMPARE_WITH_TIMEOUT(rig.engine.openOrders(kSymbol).size(), 2, 15000);
        } else {
            // The exchange never saw it: the intent is dropped, nothing is invented.
            QTRY_VERIFY_WITH_TIMEOUT(rig.manager->liveOrders().isEmpty(), 15000);
            QVERIFY(rig.manager->openTranches().isEmpty());
            QVERIFY(rig.engine.positions().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestLiveEndToEnd)
#include "tst_live_end_to_end.moc"
