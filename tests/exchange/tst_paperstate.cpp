// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "PaperTestHelpers.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace trd;
using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList describeOrders(const OpenOrders &orders)
{
    QStringList result;
    for (const OpenOrder &o : orders) {
        result << u"%1 %2 %3 %4 %5 %6"_s.arg(o.clientOrderId, toString(o.type), toString(o.side), o.quantity.toString(),
            o.price.toString(), o.stopPrice.toString());
    }
    return result;
}
} // namespace

// Paper mode must survive an application restart like a real exchange: the engine's state is
// saved with the store and restored before the engine runs again.
class TestPaperState : public QObject
{
    Q_OBJECT

    ManualClock clock { 1'700'000'000'000 };

    void populate(PaperMatchingEngine &e)
    {
        SymbolFilters f;
        f.symbol = kSymbol;
        f.tickSize = d(u"0.1");
        f.stepSize = d(u"0.001");
        f.minQty = d(u"0.001");
        f.minNotional = d(u"5");
        e.setSymbol(f);
        QVERIFY(e.setLeverage(kSymbol, 20));
        e.setMarkPrice(kSymbol, d(u"50000"));
        e.placeOrder(market(OrderSide::Buy, d(u"0.01"), u"entry"_s));
        e.placeOrder(stop(OrderType::TakeProfitMarket, OrderSide::Sell, d(u"0.01"), d(u"51000"), u"tp"_s, true));
        e.placeOrder(stop(OrderType::StopMarket, OrderSide::Sell, d(u"0.01"), d(u"45000"), u"sl"_s, true));
        e.placeOrder(limit(OrderSide::Buy, d(u"0.002"), d(u"49000"), u"resting"_s));
        e.setMarkPrice(u"ETHUSDT"_s, d(u"3000.25"));
    }

private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        PaperMatchingEngine before(&clock);
        populate(before);
        const QJsonObject saved = before.saveState();
        // Through text, as the store keeps it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(saved).toJson()).object();
        PaperMatchingEngine after(&clock);
        const auto restored = after.restoreState(reread);
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(describe(after.positions()), describe(before.positions()));
        QCOMPARE(describeOrders(after.openOrders()), describeOrders(before.openOrders()));
        QCOMPARE(after.walletBalance(), before.walletBalance());
        QCOMPARE(after.leverage(kSymbol), 20);
        QCOMPARE(after.markPrice(u"ETHUSDT"_s).value_or(Decimal()), d(u"3000.25"));
        QCOMPARE(after.filters(kSymbol).tickSize, d(u"0.1"));
        QCOMPARE(after.saveState(), saved);
    }

    void restoredOrdersKeepWorking()
    {
        PaperMatchingEngine before(&clock);
        populate(before);
        PaperMatchingEngine after(&clock);
        QVERIFY(after.restoreState(before.saveState()));
        QStringList seen;
        after.addListener([&](const PaperEvent &e) {
            if (e.kind == PaperEvent::Kind::OrderUpdate) {
                seen << describe(e.order);
            }
        });
        // A finished order is still known to a query: its fill answers again.
        after.queryOrder(kSymbol, u"entry"_s);
        QVERIFY2(seen.value(0).contains(u"FILLED entry 0.01@50000"_s), qPrintable(seen.join(u" | ")));
        // The restored take-profit triggers on the next mark; new orders get fresh ids.
        after.setMarkPrice(kSymbol, d(u"51000"));
        QVERIFY2(seen.join(u" | ").contains(u"TRADE FILLED tp 0.01@51000"_s), qPrintable(seen.join(u" | ")));
        after.placeOrder(market(OrderSide::Buy, d(u"0.001"), u"fresh"_s));
        QVERIFY(after.saveState().value(u"nextOrderId"_s).toInteger()
            > before.saveState().value(u"nextOrderId"_s).toInteger());
    }

    void aLongSessionRemembersWhatARestartWouldKeep()
    {
        // An engine that runs for weeks places orders without end; memory keeps what a restart
        // keeps: every open order and the last kFinishedOrdersKept finished ones.
        PaperMatchingEngine e(&clock);
        populate(e); // the entry filled; tp, sl and a limit resting
        constexpr int kKept = PaperMatchingEngine::kFinishedOrdersKept;
        for (int i = 0; i < kKept + 500; ++i) {
            e.placeOrder(market(i % 2 ? OrderSide::Sell : OrderSide::Buy, d(u"0.001"), u"m%1"_s.arg(i)));
        }
        e.placeOrder(market(OrderSide::Buy, d(u"0.001"), u"last"_s));
        QCOMPARE(e.rememberedOrderCount(), kKept + 3);
        QStringList seen;
        e.addListener([&](const PaperEvent &event) {
            if (event.kind == PaperEvent::Kind::OrderUpdate) {
                seen << describe(event.order);
            }
        });
        e.queryOrder(kSymbol, u"m0"_s);
        e.queryOrder(kSymbol, u"m%1"_s.arg(kKept + 499));
        e.queryOrder(kSymbol, u"sl"_s);
        QCOMPARE(seen.size(), 3);
        QVERIFY2(!seen.at(0).contains(u"FILLED"_s), qPrintable(seen.at(0)));
        QVERIFY2(seen.at(1).contains(u"FILLED m%1"_s.arg(kKept + 499)), qPrintable(seen.at(1)));
        QVERIFY2(seen.at(2).contains(u"NEW sl"_s), qPrintable(seen.at(2)));
        // The resting orders still work, and a restart reads the same orders back.
        PaperMatchingEngine after(&clock);
        QVERIFY(after.restoreState(e.saveState()));
        QCOMPARE(after.rememberedOrderCount(), e.rememberedOrderCount());
        QCOMPARE(describeOrders(after.openOrders()), describeOrders(e.openOrders()));
    }

    void theAdaptorAnswersWithEveryKnownMark()
    {
        // TrancheManager asks at start-up so that loaded tranches are evaluated at once.
        PaperMatchingEngine engine(&clock);
        populate(engine);
        PaperExchange adaptor(&engine);
        QStringList marks;
        connect(&adaptor, &Exchange::markPriceUpdated, this,
            [&](const QString &symbol, const Decimal &price) { marks << symbol + u' ' + price.toString(); });
        adaptor.requestMarkPrices();
        QCOMPARE(marks, (QStringList { u"BTCUSDT 50000"_s, u"ETHUSDT 3000.25"_s }));
    }

    void damagedStateIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("wrong version") << u"version"_s;
        QTest::newRow("bad decimal in a position") << u"position"_s;
        QTest::newRow("unknown order type") << u"order"_s;
        QTest::newRow("bad wallet balance") << u"wallet"_s;
    }
    void damagedStateIsRefusedWhole()
    {
        QFETCH(QString, damage);
        PaperMatchingEngine source(&clock);
        populate(source);
        QJsonObject state = source.saveState();
        if (damage == u"version") {
            state.insert(u"version"_s, 99);
        } else if (damage == u"position") {
            QJsonArray positions = state.value(u"positions"_s).toArray();
            QJsonObject p = positions[0].toObject();
            p.insert(u"amount"_s, u"lots"_s);
            positions[0] = p;
            state.insert(u"positions"_s, positions);
        } else if (damage == u"order") {
            QJsonArray orders = state.value(u"orders"_s).toArray();
            QJsonObject o = orders[1].toObject();
            o.insert(u"type"_s, u"TRAILING_MAGIC"_s);
            orders[1] = o;
            state.insert(u"orders"_s, orders);
        } else {
            state.insert(u"walletBalance"_s, u""_s);
        }
        PaperMatchingEngine target(&clock);
        target.setMarkPrice(kSymbol, d(u"1"));
        const QJsonObject untouched = target.saveState();
        const auto restored = target.restoreState(state);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(u"paper exchange state"_s), qPrintable(restored.error().message));
        QCOMPARE(target.saveState(), untouched);
    }
};

QTEST_GUILESS_MAIN(TestPaperState)
#include "tst_paperstate.moc"
