// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteTrancheStore.h"
#include "StoredRunWhatIf.h"
#include "tranche/ClientOrderId.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trd;
using namespace trd::backtest;
using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

namespace {

Decimal d(const char16_t *text)
{
    return Decimal::fromString(QStringView(text));
}

constexpr int kLifo = int(ClosingStrategy::Lifo);
constexpr int kFifo = int(ClosingStrategy::Fifo);
constexpr int kWorst = int(ClosingStrategy::WorstFirst);
constexpr int kBest = int(ClosingStrategy::BestFirst);

const QString kT1 = u"00000000-0000-4000-8000-000000000001"_s;
const QString kT2 = u"00000000-0000-4000-8000-000000000002"_s;
const QString kT3 = u"00000000-0000-4000-8000-000000000003"_s;

Tranche tranche(const QString &id, qint64 seq, const char16_t *price, const char16_t *quantity, qint64 time)
{
    Tranche t;
    t.id = id;
    t.seq = seq;
    t.symbol = u"BTCUSDT"_s;
    t.side = Side::Long;
    t.entryPrice = d(price);
    t.quantity = d(quantity);
    t.originalQuantity = d(quantity);
    t.leverage = 10;
    t.entryTime = time;
    t.entryOrderId = ClientOrderId::make(OrderPurpose::Entry, id, seq);
    t.updatedTime = time;
    return t;
}

TrancheEvent makeEvent(EventType type, const QString &trancheId, qint64 time, const char16_t *price,
    const char16_t *quantity, std::optional<Decimal> pnl = {}, QJsonObject details = {}, QString reason = {})
{
    TrancheEvent e;
    e.type = type;
    e.time = time;
    e.symbol = u"BTCUSDT"_s;
    e.side = Side::Long;
    e.trancheId = trancheId;
    e.price = d(price);
    e.quantity = d(quantity);
    e.pnl = pnl;
    e.reason = std::move(reason);
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return e;
}

} // namespace

// What-if on a stored run (issue 12 item 5), on a run small enough to work out by hand.
//
// Three LONG BTCUSDT tranches: #1 2 @ 100, #2 1 @ 110, #3 1 @ 90 (isolated). A liquidation fill
// sells 2.5 @ 95; the engine (LIFO) took #2 whole (P&L −15 − 0.2 fees = −15.2) and 1.5 of #1
// (−7.5 − 0.3 = −7.8): 0.5 of fees in all. #3 then leaves at its own take-profit (our order: not
// re-attributed). An outside close sells the last 0.5 of #1 @ 120 (+10, no fee).
//   LIFO / WORST_FIRST (at 95: #2 −13.6 %, #1 −5 %): #2 1, #1 1.5: −15.2 and −7.8, as the engine.
//   FIFO / BEST_FIRST: #1 2 (−10 − 0.4 = −10.4), #2 0.5 (−7.5 − 0.1 = −7.6): −18.
//   Isolated #3 is touched by none: 2.5 of the 3 non-isolated come first.
//   One position (4 @ 100): 2.5 × (95 − 100) − 0.5 = −13; then 0.5 × (120 − 100) = +10.
class TestStoredRunWhatIf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reattributesTheUntaggedClosesOfAStoredRun()
    {
        auto opened = storage::SqliteTrancheStore::open(u":memory:"_s);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        storage::SqliteTrancheStore &store = *opened.value();
        const QString liquidation = u"autoclose-1"_s; // the exchange's id: not one of ours
        const QString outside = u"web_9f2c"_s;
        const QString takeProfit = ClientOrderId::make(OrderPurpose::TakeProfit, kT3, 3);

        Tranche t1 = tranche(kT1, 1, u"100", u"2", 1000);
        Tranche t2 = tranche(kT2, 2, u"110", u"1", 2000);
        Tranche t3 = tranche(kT3, 3, u"90", u"1", 3000);
        t3.isolated = true;
        for (const Tranche &t : { t1, t2, t3 }) {
            QVERIFY(store.saveTranche(t));
        }
        const QList<TrancheEvent> events {
            makeEvent(EventType::Created, kT1, 1000, u"100", u"2"),
            makeEvent(EventType::Created, kT2, 2000, u"110", u"1"),
            makeEvent(EventType::Created, kT3, 3000, u"90", u"1"),
            makeEvent(EventType::Isolated, kT3, 3500, u"90", u"1"),
            makeEvent(EventType::Closed, kT2, 4000, u"95", u"1", d(u"-15.2"),
                { { u"fillPnl"_s, u"-15.2"_s }, { u"orderId"_s, liquidation } }, u"liquidation"_s),
            makeEvent(EventType::PartialClose, kT1, 4000, u"95", u"1.5", d(u"-7.8"),
                { { u"remaining"_s, u"0.5"_s }, { u"orderId"_s, liquidation } }, u"liquidation"_s),
            makeEvent(EventType::Closed, kT3, 5000, u"99", u"1", d(u"9"),
                { { u"fillPnl"_s, u"9"_s }, { u"orderId"_s, takeProfit } }, u"tp"_s),
            makeEvent(EventType::Closed, kT1, 6000, u"120", u"0.5", d(u"2.2"),
                { { u"fillPnl"_s, u"10"_s }, { u"orderId"_s, outside } }, u"external"_s),
        };
        for (const TrancheEvent &e : events) {
            QVERIFY(store.appendEvent(e));
        }

        const auto analysed = StoredRunWhatIf::analyse(store);
        QVERIFY2(analysed, analysed ? "" : qPrintable(analysed.error().message));
        const StoredRunWhatIf::Report &r = analysed.value();
        QCOMPARE(r.skippedFills, 0);
        QCOMPARE(r.fills.size(), 2); // the take-profit named its tranche
        const WhatIfFill &first = r.fills.first();
        QCOMPARE(first.orderId, liquidation);
        QCOMPARE(first.quantity, d(u"2.5"));
        QCOMPARE(first.shares.size(), 3);
        QCOMPARE(first.shares.at(0).quantity[kFifo], d(u"2"));
        QCOMPARE(first.shares.at(1).quantity[kFifo], d(u"0.5"));
        QCOMPARE(first.shares.at(2).quantity[kFifo], Decimal()); // isolated: last
        QCOMPARE(first.shares.at(0).pnl[kFifo], d(u"-10.4"));
        QCOMPARE(first.shares.at(1).pnl[kFifo], d(u"-7.6"));
        QCOMPARE(first.shares.at(1).pnl[kLifo], d(u"-15.2"));
        QCOMPARE(first.shares.at(0).pnl[kLifo], d(u"-7.8"));
        QCOMPARE(first.combinedPnl, d(u"-13"));

        QCOMPARE(r.tranches.size(), 2);
        const auto &one = r.tranches.at(0);
        const auto &two = r.tranches.at(1);
        QCOMPARE(one.number, 1);
        QCOMPARE(one.actual, d(u"2.2"));
        QCOMPARE(one.byStrategy[kLifo], d(u"2.2"));
        QCOMPARE(one.byStrategy[kFifo], d(u"-0.4"));
        QCOMPARE(one.byStrategy[kWorst], d(u"2.2"));
        QCOMPARE(one.byStrategy[kBest], d(u"-0.4"));
        QCOMPARE(two.number, 2);
        QCOMPARE(two.actual, d(u"-15.2"));
        QCOMPARE(two.byStrategy[kFifo], d(u"-7.6"));
        QCOMPARE(r.actualTotal, d(u"-13"));
        QCOMPARE(r.strategyTotals[kLifo], d(u"-13"));
        QCOMPARE(r.strategyTotals[kWorst], d(u"-13"));
        QCOMPARE(r.strategyTotals[kFifo], d(u"-8"));
        QCOMPARE(r.strategyTotals[kBest], d(u"-8"));
        QCOMPARE(r.combinedTotal, d(u"-3"));

        // FIFO and BEST_FIRST would have closed #1 at 4000 and kept #2: what came after is theirs
        // to find out in a re-run. LIFO and WORST_FIRST did what the engine did.
        QCOMPARE(r.firstDivergence[kFifo], std::optional<qint64>(4000));
        QCOMPARE(r.firstDivergence[kBest], std::optional<qint64>(4000));
        QVERIFY(!r.firstDivergence[kLifo].has_value());
        QVERIFY(!r.firstDivergence[kWorst].has_value());
    }

    void aRunWithoutUntaggedClosesHasNothingToCompare()
    {
        const QList<Tranche> tranches { tranche(kT1, 1, u"100", u"1", 1000) };
        const QList<TrancheEvent> events { makeEvent(EventType::Created, kT1, 1000, u"100", u"1"),
            makeEvent(EventType::Closed, kT1, 2000, u"101", u"1", d(u"1"),
                { { u"fillPnl"_s, u"1"_s }, { u"orderId"_s, ClientOrderId::make(OrderPurpose::TakeProfit, kT1, 1) } },
                u"tp"_s) };
        const StoredRunWhatIf::Report r = StoredRunWhatIf::analyse(tranches, events);
        QVERIFY(r.fills.isEmpty());
        QVERIFY(r.tranches.isEmpty());
        QCOMPARE(r.actualTotal, Decimal());
    }

    void aCloseLargerThanTheRebuiltTranchesIsLeftOutAndCounted()
    {
        // Retention removed the tranche the close came out of: nothing to rebuild it from.
        const QList<TrancheEvent> events { makeEvent(EventType::Closed, kT2, 2000, u"101", u"1", d(u"1"),
            { { u"fillPnl"_s, u"1"_s }, { u"orderId"_s, u"autoclose-7"_s } }, u"liquidation"_s) };
        const StoredRunWhatIf::Report r = StoredRunWhatIf::analyse({}, events);
        QVERIFY(r.fills.isEmpty());
        QCOMPARE(r.skippedFills, 1);
    }
};

QTEST_GUILESS_MAIN(TestStoredRunWhatIf)
#include "tst_storedrunwhatif.moc"
