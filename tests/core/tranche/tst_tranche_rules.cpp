// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "tranche/ClientOrderId.h"
#include "tranche/ClosePlanner.h"
#include "tranche/Reconciler.h"

#include <QRegularExpression>
#include <QTest>

using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(trd::core::ClosePlanner::Lot)

namespace {
Decimal d(const QString &s)
{
    return Decimal::fromString(s);
}

ClosePlanner::Lot lot(const QString &id, qint64 seq, const QString &entry, const QString &qty, bool isolated = false,
    qint64 entryTime = -1)
{
    return { id, seq, entryTime < 0 ? seq * 1000 : entryTime, Side::Long, d(entry), d(qty), isolated };
}

QString describe(const ClosePlanner::Plan &plan)
{
    QStringList parts;
    for (const auto &take : plan.takes) {
        parts << take.id + u':' + take.quantity.toString();
    }
    return parts.join(u' ');
}
} // namespace

// tranche-rules.md §5 (closing strategies), §6 (reconciliation decisions) and order tagging.
class TestTrancheRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closePlan_data()
    {
        QTest::addColumn<QList<ClosePlanner::Lot>>("lots");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<int>("strategy");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<QString>("plan");
        const QList<ClosePlanner::Lot> three { lot(u"a"_s, 1, u"50000"_s, u"0.001"_s),
            lot(u"b"_s, 2, u"50100"_s, u"0.001"_s), lot(u"c"_s, 3, u"50200"_s, u"0.001"_s) };
        QTest::newRow("case 11: LIFO takes the newest")
            << three << u"0.001"_s << int(ClosingStrategy::Lifo) << u"52000"_s << u"c:0.001"_s;
        QTest::newRow("FIFO takes the oldest")
            << three << u"0.001"_s << int(ClosingStrategy::Fifo) << u"52000"_s << u"a:0.001"_s;
        const QList<ClosePlanner::Lot> two { lot(u"old"_s, 1, u"100"_s, u"1"_s), lot(u"new"_s, 2, u"104"_s, u"1"_s) };
        QTest::newRow("case 14: LIFO, last one partly")
            << two << u"1.5"_s << int(ClosingStrategy::Lifo) << u"110"_s << u"new:1 old:0.5"_s;
        QTest::newRow("case 14: FIFO, last one partly")
            << two << u"1.5"_s << int(ClosingStrategy::Fifo) << u"110"_s << u"old:1 new:0.5"_s;
        QTest::newRow("case 14: WORST_FIRST at 102")
            << two << u"1"_s << int(ClosingStrategy::WorstFirst) << u"102"_s << u"new:1"_s;
        QTest::newRow("case 14: BEST_FIRST at 102")
            << two << u"1"_s << int(ClosingStrategy::BestFirst) << u"102"_s << u"old:1"_s;
        const QList<ClosePlanner::Lot> mixed { lot(u"iso"_s, 1, u"100"_s, u"1"_s, true),
            lot(u"fresh"_s, 2, u"96"_s, u"1"_s) };
        QTest::newRow("case 15: non-isolated before isolated (LIFO)")
            << mixed << u"1"_s << int(ClosingStrategy::Lifo) << u"97"_s << u"fresh:1"_s;
        const QList<ClosePlanner::Lot> isoNewest { lot(u"fresh"_s, 1, u"96"_s, u"1"_s),
            lot(u"iso"_s, 2, u"100"_s, u"1"_s, true) };
        QTest::newRow("non-isolated first even under FIFO")
            << isoNewest << u"1"_s << int(ClosingStrategy::Fifo) << u"97"_s << u"fresh:1"_s;
        QTest::newRow("non-isolated first even when it is the best (WORST_FIRST)")
            << isoNewest << u"1.5"_s << int(ClosingStrategy::WorstFirst) << u"97"_s << u"fresh:1 iso:0.5"_s;
        QTest::newRow("more than held: everything, rest unallocated")
            << two << u"3"_s << int(ClosingStrategy::Lifo) << u"110"_s << u"new:1 old:1"_s;
        const QList<ClosePlanner::Lot> sameTime { lot(u"first"_s, 1, u"100"_s, u"1"_s, false, 5),
            lot(u"second"_s, 2, u"100"_s, u"1"_s, false, 5) };
        QTest::newRow("same entry time: creation order breaks the tie")
            << sameTime << u"1"_s << int(ClosingStrategy::Lifo) << u"100"_s << u"second:1"_s;
    }
    void closePlan()
    {
        QFETCH(QList<ClosePlanner::Lot>, lots);
        QFETCH(QString, quantity);
        QFETCH(int, strategy);
        QFETCH(QString, mark);
        QFETCH(QString, plan);
        const auto result = ClosePlanner::plan(lots, d(quantity), ClosingStrategy(strategy), d(mark));
        QCOMPARE(describe(result), plan);
        Decimal taken;
        for (const auto &take : result.takes) {
            taken += take.quantity;
        }
        QCOMPARE(taken + result.unallocated, d(quantity));
    }

    void worstFirstWithoutMarkFallsBackToLifo()
    {
        const QList<ClosePlanner::Lot> two { lot(u"old"_s, 1, u"100"_s, u"1"_s), lot(u"new"_s, 2, u"90"_s, u"1"_s) };
        QCOMPARE(describe(ClosePlanner::plan(two, d(u"1"_s), ClosingStrategy::WorstFirst, std::nullopt)), u"new:1"_s);
    }

    void reconcile_data()
    {
        QTest::addColumn<QString>("x");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("l");
        QTest::addColumn<QString>("notional");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("price");
        using A = Reconciler::Action;
        QTest::newRow("case 19: X 1.5 < L 3 closes 1.5")
            << u"1.5"_s << u"100"_s << u"3"_s << u"303"_s << int(A::CloseQuantity) << u"1.5"_s << u"0"_s;
        QTest::newRow("case 20: equal is synced")
            << u"1"_s << u"100"_s << u"1"_s << u"100"_s << int(A::None) << u"0"_s << u"0"_s;
        QTest::newRow("case 21: X 0 closes all")
            << u"0"_s << u"0"_s << u"2"_s << u"200"_s << int(A::CloseAll) << u"2"_s << u"0"_s;
        QTest::newRow("case 22: X 2 @101 > L 1 @100: recovery 1 @102")
            << u"2"_s << u"101"_s << u"1"_s << u"100"_s << int(A::CreateRecovery) << u"1"_s << u"102"_s;
        QTest::newRow("case 23: 2.99 vs 3 within 1% is synced")
            << u"2.99"_s << u"100"_s << u"3"_s << u"300"_s << int(A::None) << u"0"_s << u"0"_s;
        QTest::newRow("just over 1% acts")
            << u"2.96"_s << u"100"_s << u"3"_s << u"300"_s << int(A::CloseQuantity) << u"0.04"_s << u"0"_s;
        QTest::newRow("recovery price not positive: use the mark")
            << u"2"_s << u"50"_s << u"1"_s << u"100"_s << int(A::CreateRecovery) << u"1"_s << u"0"_s;
        QTest::newRow("no tranches, exchange holds some")
            << u"1"_s << u"100"_s << u"0"_s << u"0"_s << int(A::CreateRecovery) << u"1"_s << u"100"_s;
    }
    void reconcile()
    {
        QFETCH(QString, x);
        QFETCH(QString, entry);
        QFETCH(QString, l);
        QFETCH(QString, notional);
        QFETCH(int, action);
        QFETCH(QString, quantity);
        QFETCH(QString, price);
        const auto out = Reconciler::decide({ d(x), d(entry), d(l), d(notional), d(u"1"_s) });
        QCOMPARE(int(out.action), action);
        QCOMPARE(out.quantity, d(quantity));
        QCOMPARE(out.recoveryPrice, d(price));
        QCOMPARE(toString(out.state),
            toString(action == int(Reconciler::Action::None) ? SyncState::Synced : SyncState::Drift));
    }

    void aRecoveryPriceBeyondAnyNumberFallsBackToTheMark()
    {
        // Issue 10: 1e-9 of drift at zero tolerance, under an exchange entry of 1e9 while the
        // tranches were bought at 100: the weighted price would be about 1e27 and used to abort.
        const Decimal x = d(u"1000000000"_s);
        const Decimal l = d(u"999999999.999999999"_s);
        const auto out = Reconciler::decide({ x, d(u"1000000000"_s), l, l * d(u"100"_s), Decimal() });
        QCOMPARE(int(out.action), int(Reconciler::Action::CreateRecovery));
        QCOMPARE(out.quantity, d(u"0.000000001"_s));
        QCOMPARE(out.recoveryPrice, Decimal());
    }

    void zeroPositionClosesEvenAtFullTolerance()
    {
        const auto out = Reconciler::decide({ {}, {}, d(u"1"_s), d(u"100"_s), d(u"100"_s) });
        QCOMPARE(int(out.action), int(Reconciler::Action::CloseAll));
    }

    void clientOrderIdNamesTheTranche_data()
    {
        QTest::addColumn<int>("purpose");
        QTest::newRow("entry") << int(OrderPurpose::Entry);
        QTest::newRow("take-profit") << int(OrderPurpose::TakeProfit);
        QTest::newRow("stop") << int(OrderPurpose::StopLoss);
        QTest::newRow("close") << int(OrderPurpose::Close);
    }
    void clientOrderIdNamesTheTranche()
    {
        QFETCH(int, purpose);
        const QString tranche = ClientOrderId::newTrancheId();
        const QString id = ClientOrderId::make(OrderPurpose(purpose), tranche, 1'000'000'000'000LL);
        QVERIFY2(id.size() <= 36, qPrintable(id));
        QVERIFY(QRegularExpression(u"^[\\.A-Z\\:/a-z0-9_-]{1,36}$"_s).match(id).hasMatch());
        const auto parts = ClientOrderId::parse(id);
        QVERIFY(parts.has_value());
        QCOMPARE(int(parts->purpose), purpose);
        QCOMPARE(parts->trancheId, tranche);
        QCOMPARE(parts->seq, 1'000'000'000'000LL);
    }

    void foreignIdsAreNotOurs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("website order") << u"web_12345"_s;
        QTest::newRow("liquidation") << u"autoclose-1700000000000"_s;
        QTest::newRow("adl") << u"adl_autoclose"_s;
        QTest::newRow("our prefix, unknown purpose") << u"tdXAAAAAAAAAAAAAAAAAAAAAA-1"_s;
        QTest::newRow("our prefix, truncated") << u"tdTabc"_s;
        QTest::newRow("empty") << QString();
    }
    void foreignIdsAreNotOurs()
    {
        QFETCH(QString, id);
        QVERIFY(!ClientOrderId::parse(id).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTrancheRules)
#include "tst_tranche_rules.moc"
