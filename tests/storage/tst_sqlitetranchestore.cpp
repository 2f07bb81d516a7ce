// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "RawSqlite.h"
#include "SqliteTrancheStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trd;
using namespace trd::core;
using namespace trd::storage;
using namespace Qt::Literals::StringLiterals;

namespace {

Decimal d(const char16_t *text)
{
    return Decimal::fromString(QStringView(text));
}

// Every field set, with decimals that a REAL column or a float conversion would not keep.
Tranche fullTranche(const QString &id, qint64 seq)
{
    Tranche t;
    t.id = id;
    t.seq = seq;
    t.symbol = u"BTCUSDT"_s;
    t.side = Side::Short;
    t.positionSide = PositionSide::Short;
    t.entryPrice = d(u"123456789.123456789");
    t.quantity = d(u"0.00000001");
    t.originalQuantity = d(u"0.30000001");
    t.marginUsed = d(u"0.000000000000000001");
    t.leverage = 125;
    t.entryTime = 1700000000123;
    t.entryOrderId = u"TRD-E-000042"_s;
    t.origin = TrancheOrigin::Recovery;
    t.tpPercent = d(u"1.5");
    t.slPercent = d(u"0.75");
    t.tpPrice = d(u"121604926.986398");
    t.slPrice = d(u"124382715.1");
    t.status = TrancheStatus::Liquidated;
    t.isolated = true;
    t.isolationTime = 1700000100456;
    t.isolationPrice = d(u"125000000.01");
    t.exitPrice = d(u"124999999.999999999");
    t.exitTime = 1700000200789;
    t.exitOrderId = u"TRD-C-000043"_s;
    t.realizedPnl = d(u"-1234.000000000000000001");
    t.feesPaid = d(u"0.1");
    t.fundingFee = d(u"-0.000000012345678901");
    t.unrealizedPnl = d(u"-0.3");
    t.notes = u"it's \"quoted\"; naïve ✓"_s;
    t.closeReason = CloseReason::Liquidation;
    t.entryFeeUnallocated = d(u"0.00000002");
    t.closedQuantity = d(u"0.3");
    t.exitNotional = d(u"37499999.9999999999");
    t.updatedTime = 1700000300000;
    return t;
}

Tranche simpleTranche(const QString &id, qint64 seq, const QString &symbol, TrancheStatus status, qint64 entryTime,
    qint64 exitTime, bool isolated = false)
{
    Tranche t;
    t.id = id;
    t.seq = seq;
    t.symbol = symbol;
    t.entryPrice = d(u"100");
    t.quantity = status == TrancheStatus::Active ? d(u"1") : d(u"0");
    t.originalQuantity = d(u"1");
    t.marginUsed = d(u"10");
    t.leverage = 10;
    t.entryTime = entryTime;
    t.status = status;
    t.isolated = isolated;
    t.exitTime = exitTime;
    return t;
}

TrancheEvent makeEvent(const QString &trancheId, EventType type, qint64 time)
{
    TrancheEvent e;
    e.time = time;
    e.type = type;
    e.symbol = u"BTCUSDT"_s;
    e.trancheId = trancheId;
    return e;
}

OrderRecord makeOrder(const QString &clientOrderId, const QString &trancheId, OrderState state)
{
    OrderRecord o;
    o.clientOrderId = clientOrderId;
    o.trancheId = trancheId;
    o.symbol = u"BTCUSDT"_s;
    o.quantity = d(u"0.001");
    o.state = state;
    o.createdTime = 1000;
    o.updatedTime = 2000;
    return o;
}

// Enums and optionals compared through their stored text, which QCOMPARE can print.
QString text(Decimal value)
{
    return value.toString();
}

template<typename E>
QString text(E value)
{
    return toString(value);
}

template<typename T>
QString text(const std::optional<T> &value)
{
    return value ? text(*value) : u"<unset>"_s;
}

void compareTranches(const Tranche &actual, const Tranche &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.seq, expected.seq);
    QCOMPARE(actual.symbol, expected.symbol);
    QCOMPARE(text(actual.side), text(expected.side));
    QCOMPARE(text(actual.positionSide), text(expected.positionSide));
    QCOMPARE(actual.entryPrice, expected.entryPrice);
    QCOMPARE(text(actual.quantity), text(expected.quantity));
    QCOMPARE(actual.originalQuantity, expected.originalQuantity);
    QCOMPARE(actual.marginUsed, expected.marginUsed);
    QCOMPARE(actual.leverage, expected.leverage);
    QCOMPARE(actual.entryTime, expected.entryTime);
    QCOMPARE(actual.entryOrderId, expected.entryOrderId);
    QCOMPARE(text(actual.origin), text(expected.origin));
    QCOMPARE(actual.tpPercent, expected.tpPercent);
    QCOMPARE(actual.slPercent, expected.slPercent);
    QCOMPARE(actual.tpPrice, expected.tpPrice);
    QCOMPARE(actual.slPrice, expected.slPrice);
    QCOMPARE(text(actual.status), text(expected.status));
    QCOMPARE(actual.isolated, expected.isolated);
    QCOMPARE(actual.isolationTime, expected.isolationTime);
    QCOMPARE(actual.isolationPrice, expected.isolationPrice);
    QCOMPARE(actual.exitPrice, expected.exitPrice);
    QCOMPARE(actual.exitTime, expected.exitTime);
    QCOMPARE(actual.exitOrderId, expected.exitOrderId);
    QCOMPARE(actual.realizedPnl, expected.realizedPnl);
    QCOMPARE(actual.feesPaid, expected.feesPaid);
    QCOMPARE(actual.fundingFee, expected.fundingFee);
    QCOMPARE(actual.unrealizedPnl, expected.unrealizedPnl);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(text(actual.closeReason), text(expected.closeReason));
    QCOMPARE(actual.entryFeeUnallocated, expected.entryFeeUnallocated);
    QCOMPARE(actual.closedQuantity, expected.closedQuantity);
    QCOMPARE(actual.exitNotional, expected.exitNotional);
    QCOMPARE(actual.updatedTime, expected.updatedTime);
}

void compareEvents(const TrancheEvent &actual, const TrancheEvent &expected)
{
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(text(actual.type), text(expected.type));
    QCOMPARE(actual.symbol, expected.symbol);
    QCOMPARE(text(actual.side), text(expected.side));
    QCOMPARE(actual.trancheId, expected.trancheId);
    QCOMPARE(text(actual.price), text(expected.price));
    QCOMPARE(text(actual.quantity), text(expected.quantity));
    QCOMPARE(text(actual.pnl), text(expected.pnl));
    QCOMPARE(actual.reason, expected.reason);
    QCOMPARE(actual.details, expected.details);
}

void compareOrders(const OrderRecord &actual, const OrderRecord &expected)
{
    QCOMPARE(actual.clientOrderId, expected.clientOrderId);
    QCOMPARE(actual.trancheId, expected.trancheId);
    QCOMPARE(actual.symbol, expected.symbol);
    QCOMPARE(text(actual.side), text(expected.side));
    QCOMPARE(text(actual.purpose), text(expected.purpose));
    QCOMPARE(text(actual.closeReason), text(expected.closeReason));
    QCOMPARE(text(actual.orderSide), text(expected.orderSide));
    QCOMPARE(text(actual.positionSide), text(expected.positionSide));
    QCOMPARE(text(actual.type), text(expected.type));
    QCOMPARE(text(actual.quantity), text(expected.quantity));
    QCOMPARE(text(actual.price), text(expected.price));
    QCOMPARE(actual.stopPrice, expected.stopPrice);
    QCOMPARE(actual.reduceOnly, expected.reduceOnly);
    QCOMPARE(text(actual.state), text(expected.state));
    QCOMPARE(actual.exchangeOrderId, expected.exchangeOrderId);
    QCOMPARE(actual.filledQuantity, expected.filledQuantity);
    QCOMPARE(actual.leverage, expected.leverage);
    QCOMPARE(actual.createdTime, expected.createdTime);
    QCOMPARE(actual.updatedTime, expected.updatedTime);
    QCOMPARE(actual.errorCode, expected.errorCode);
    QCOMPARE(actual.errorMessage, expected.errorMessage);
}

QStringList ids(const QList<Tranche> &tranches)
{
    QStringList result;
    for (const Tranche &t : tranches) {
        result.append(t.id);
    }
    return result;
}

struct ShellResult
{
    int exitCode = -1;
    QString error;
    QJsonArray rows;
};

// Runs one query exactly as a user would type it: `sqlite3 -json <db> "<query>"`.
ShellResult runSqliteShell(const QString &database, const QString &query)
{
    ShellResult result;
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (shell.isEmpty()) {
        result.error = u"the sqlite3 shell is not installed (Debian: apt install sqlite3); acceptance case 25 "
                       u"runs the user guide's queries through it"_s;
        return result;
    }
    QProcess process;
    process.start(shell, { u"-json"_s, database, query });
    if (!process.waitForFinished(30000)) {
        result.error = u"sqlite3 did not finish: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    const QByteArray out = process.readAllStandardOutput().trimmed();
    if (!out.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.error += u"unreadable sqlite3 output: "_s + parseError.errorString();
            result.exitCode = -1;
        }
        result.rows = doc.array();
    }
    return result;
}

QStringList column(const QJsonArray &rows, const QString &name)
{
    QStringList values;
    for (const QJsonValue &row : rows) {
        values.append(row.toObject().value(name).toVariant().toString());
    }
    return values;
}

} // namespace

class TestSqliteTrancheStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        m_path = m_dir.filePath(u"store%1.sqlite"_s.arg(++m_counter));
    }

    void tranchesRoundTripFieldByField_data()
    {
        QTest::addColumn<Tranche>("tranche");
        QTest::newRow("every field set, odd decimals") << fullTranche(u"5c1e0b7e-0000-4000-8000-000000000001"_s, 7);
        Tranche active = fullTranche(u"5c1e0b7e-0000-4000-8000-000000000002"_s, 8);
        active.status = TrancheStatus::Active;
        active.closeReason = CloseReason::None;
        active.exitTime = 0;
        QTest::newRow("active, no close reason, no exit time") << active;
        QTest::newRow("defaults: zero times, zero decimals, empty texts")
            << simpleTranche(u"t-min"_s, 1, u"ETHUSDT"_s, TrancheStatus::Active, 0, 0);
        Tranche closed = simpleTranche(u"t-closed"_s, 2, u"ETHUSDT"_s, TrancheStatus::Closed, 5, 6);
        closed.side = Side::Long;
        closed.closeReason = CloseReason::Tp;
        closed.realizedPnl = d(u"4.918");
        closed.feesPaid = d(u"0.082");
        QTest::newRow("closed long with tp") << closed;
    }
    void tranchesRoundTripFieldByField()
    {
        QFETCH(Tranche, tranche);
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->saveTranche(tranche));
        }
        auto store = openStore(); // a restart: everything comes from the file
        QVERIFY(store);
        const auto all = store->allTranches();
        QVERIFY2(all, qPrintable(all.error().message));
        QCOMPARE(all->size(), 1);
        compareTranches(all->first(), tranche);
        if (QTest::currentTestFailed()) {
            return;
        }
        const auto state = store->loadState();
        QVERIFY2(state, qPrintable(state.error().message));
        QCOMPARE(state->openTranches.size(), tranche.isOpen() ? 1 : 0);
        if (tranche.isOpen()) {
            compareTranches(state->openTranches.first(), tranche);
        }
    }

    void storedColumnsHaveTheDocumentedTypes()
    {
        const Tranche full = fullTranche(u"t1"_s, 1);
        Tranche bare = simpleTranche(u"t2"_s, 2, u"ETHUSDT"_s, TrancheStatus::Active, 0, 0);
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->saveTranche(full));
            QVERIFY(store->saveTranche(bare));
        }
        RawSqlite raw(m_path);
        const auto value = [&raw](const QString &sql) { return raw.exec(sql).toString(); };
        QCOMPARE(value(u"SELECT typeof(entry_price) || ':' || entry_price FROM tranches WHERE id = 't1'"_s),
            u"text:123456789.123456789"_s);
        QCOMPARE(
            value(u"SELECT typeof(quantity) || ':' || quantity FROM tranches WHERE id = 't1'"_s), u"text:0.00000001"_s);
        QCOMPARE(value(u"SELECT typeof(entry_time) || ':' || entry_time FROM tranches WHERE id = 't1'"_s),
            u"integer:1700000000123"_s);
        QCOMPARE(value(u"SELECT status || ':' || isolated || ':' || side || ':' || close_reason FROM tranches "
                       u"WHERE id = 't1'"_s),
            u"liquidated:1:SHORT:liquidation"_s);
        QCOMPARE(value(u"SELECT typeof(exit_time) || typeof(entry_order_id) || typeof(close_reason) FROM tranches "
                       u"WHERE id = 't2'"_s),
            u"nullnullnull"_s);
        QCOMPARE(value(u"SELECT count(*) FROM tranches WHERE typeof(unrealized_pnl) = 'real'"_s), u"0"_s);
    }

    void savingATrancheAgainUpdatesItAndKeepsItsEvents_data()
    {
        QTest::addColumn<Tranche>("before");
        QTest::addColumn<Tranche>("after");
        const Tranche base = fullTranche(u"t1"_s, 1);
        Tranche active = base;
        active.status = TrancheStatus::Active;
        active.closeReason = CloseReason::None;
        active.exitTime = 0;
        Tranche moneyOnly = active;
        moneyOnly.quantity = d(u"0.2");
        moneyOnly.realizedPnl = d(u"1.000000000000000001");
        moneyOnly.isolated = false;
        moneyOnly.isolationTime = 0;
        moneyOnly.notes.clear();
        moneyOnly.exitOrderId = u"TRD-C-9"_s;
        moneyOnly.leverage = 3;
        moneyOnly.updatedTime = 1;
        QTest::newRow("no indexed column changes (updated in place)") << active << moneyOnly;
        Tranche closed = moneyOnly;
        closed.status = TrancheStatus::Closed;
        closed.closeReason = CloseReason::Sl;
        closed.exitTime = 1700000999999;
        QTest::newRow("status and exit time change") << active << closed;
        Tranche moved = active;
        moved.seq = 42;
        moved.symbol = u"ETHUSDT"_s;
        moved.entryTime = 0;
        QTest::newRow("seq, symbol and entry time change") << active << moved;
    }
    void savingATrancheAgainUpdatesItAndKeepsItsEvents()
    {
        QFETCH(Tranche, before);
        QFETCH(Tranche, after);
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->saveTranche(before));
            QVERIFY(store->appendEvent(makeEvent(before.id, EventType::Created, 10)));
            const auto saved = store->saveTranche(after);
            QVERIFY2(saved, qPrintable(saved.error().message));
        }
        auto store = openStore();
        QVERIFY(store);
        const auto all = store->allTranches();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        compareTranches(all->first(), after);
        if (QTest::currentTestFailed()) {
            return;
        }
        const auto events = store->events({});
        QVERIFY(events);
        QCOMPARE(events->size(), 1); // an upsert, not a delete-and-insert that would cascade
    }

    void aSecondTrancheWithTheSameSeqIsRefused()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->saveTranche(fullTranche(u"t1"_s, 1)));
        const auto saved = store->saveTranche(fullTranche(u"t2"_s, 1));
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.startsWith(u"saving tranche t2 (BTCUSDT, seq 1): "_s),
            qPrintable(saved.error().message));
        QVERIFY2(saved.error().message.contains(u"UNIQUE"_s), qPrintable(saved.error().message));
    }

    void eventsRoundTrip_data()
    {
        QTest::addColumn<TrancheEvent>("event");
        TrancheEvent full = makeEvent(u"t1"_s, EventType::Closed, 1700000000999);
        full.side = Side::Short;
        full.price = d(u"0.00000001");
        full.quantity = d(u"123456789.123456789");
        full.pnl = d(u"-0.5");
        full.reason = u"tp"_s;
        full.details = u"{\"code\":-2019,\"message\":\"Margin is insufficient.\"}"_s;
        QTest::newRow("every optional field set") << full;
        TrancheEvent bare;
        bare.time = 5;
        bare.type = EventType::Connection;
        QTest::newRow("every optional field unset") << bare;
        TrancheEvent zeros = makeEvent(u"t1"_s, EventType::PartialClose, 6);
        zeros.price = Decimal();
        zeros.pnl = Decimal();
        QTest::newRow("optional zeros stay set") << zeros;
    }
    void eventsRoundTrip()
    {
        QFETCH(TrancheEvent, event);
        qint64 id = 0;
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->saveTranche(simpleTranche(u"t1"_s, 1, u"BTCUSDT"_s, TrancheStatus::Active, 1, 0)));
            const auto appended = store->appendEvent(event);
            QVERIFY2(appended, qPrintable(appended.error().message));
            id = appended.value();
            QVERIFY(id > 0);
        }
        auto store = openStore();
        QVERIFY(store);
        const auto events = store->events({});
        QVERIFY2(events, qPrintable(events.error().message));
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().id, id);
        compareEvents(events->first(), event);
    }

    void eventsPageByIdInOrder()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i) {
            const auto id = store->appendEvent(makeEvent(QString(), EventType::Sync, 100 - i));
            QVERIFY(id);
            ids.append(id.value());
        }
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        const auto firstPage = store->events({ 0, 4 });
        QVERIFY(firstPage);
        QCOMPARE(firstPage->size(), 4);
        QCOMPARE(firstPage->first().id, ids.at(0));
        const auto nextPage = store->events({ firstPage->last().id, 4 });
        QVERIFY(nextPage);
        QCOMPARE(nextPage->size(), 4);
        QCOMPARE(nextPage->first().id, ids.at(4));
        const auto rest = store->events({ nextPage->last().id, -1 });
        QVERIFY(rest);
        QCOMPARE(rest->size(), 2);
        QCOMPARE(rest->last().id, ids.last());
    }

    void eventForAnUnknownTrancheIsRefusedWithAClearError()
    {
        auto store = openStore();
        QVERIFY(store);
        const auto appended = store->appendEvent(makeEvent(u"no-such-tranche"_s, EventType::Isolated, 1));
        QVERIFY(!appended);
        QVERIFY2(appended.error().message.startsWith(u"appending event isolated for tranche no-such-tranche: "_s),
            qPrintable(appended.error().message));
        QVERIFY2(appended.error().message.contains(u"FOREIGN KEY"_s), qPrintable(appended.error().message));
    }

    void ordersRoundTripAndOnlyLiveOnesAreLoaded()
    {
        OrderRecord entry = makeOrder(u"TRD-E-1"_s, u"future-tranche"_s, OrderState::Intent);
        entry.side = Side::Short;
        entry.orderSide = OrderSide::Sell;
        entry.positionSide = PositionSide::Short;
        entry.type = OrderType::Limit;
        entry.price = d(u"123456789.123456789");
        entry.quantity = d(u"0.00000001");
        entry.leverage = 20;
        OrderRecord stop = makeOrder(u"TRD-S-2"_s, u"t1"_s, OrderState::Open);
        stop.purpose = OrderPurpose::StopLoss;
        stop.type = OrderType::StopMarket;
        stop.stopPrice = d(u"95.5");
        stop.reduceOnly = true;
        stop.exchangeOrderId = 8389765536363;
        stop.filledQuantity = d(u"0.0005");
        OrderRecord close = makeOrder(u"TRD-C-3"_s, u"t1"_s, OrderState::Rejected);
        close.purpose = OrderPurpose::Close;
        close.closeReason = CloseReason::Manual;
        close.errorCode = -2022;
        close.errorMessage = u"ReduceOnly Order is rejected."_s;
        OrderRecord filled = makeOrder(u"TRD-T-4"_s, u"t1"_s, OrderState::Open);
        {
            auto store = openStore();
            QVERIFY(store);
            for (const OrderRecord &o : { entry, stop, close, filled }) {
                const auto saved = store->saveOrder(o);
                QVERIFY2(saved, qPrintable(saved.error().message));
            }
            filled.state = OrderState::Filled; // an update of a live order takes it out of the live set
            QVERIFY(store->saveOrder(filled));
        }
        auto store = openStore();
        QVERIFY(store);
        const auto state = store->loadState();
        QVERIFY2(state, qPrintable(state.error().message));
        QCOMPARE(state->liveOrders.size(), 2);
        compareOrders(state->liveOrders.at(0), entry);
        compareOrders(state->liveOrders.at(1), stop);

        RawSqlite raw(m_path);
        QCOMPARE(raw.exec(u"SELECT state || ':' || error_code || ':' || error_message FROM orders WHERE "
                          u"client_order_id = 'TRD-C-3'"_s)
                     .toString(),
            u"rejected:-2022:ReduceOnly Order is rejected."_s);
        QCOMPARE(raw.exec(u"SELECT count(*) FROM orders"_s).toInt(), 4);
    }

    void countersDefaultToOneAndRoundTrip()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            const auto state = store->loadState();
            QVERIFY(state);
            QCOMPARE(state->nextTrancheSeq, 1);
            QCOMPARE(state->nextOrderSeq, 1);
            QVERIFY(store->saveCounters(17, 4242));
            QVERIFY(store->saveCounters(18, 4243));
        }
        auto store = openStore();
        QVERIFY(store);
        const auto state = store->loadState();
        QVERIFY(state);
        QCOMPARE(state->nextTrancheSeq, 18);
        QCOMPARE(state->nextOrderSeq, 4243);
    }

    void nestedTransactionRollbackLeavesNothing()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->begin());
            QVERIFY(store->saveTranche(fullTranche(u"t1"_s, 1)));
            {
                StoreTransaction inner(store.get());
                QVERIFY(store->appendEvent(makeEvent(u"t1"_s, EventType::Created, 1)));
                QVERIFY(store->saveOrder(makeOrder(u"TRD-E-1"_s, u"t1"_s, OrderState::Intent)));
                QVERIFY(store->saveCounters(2, 2));
                QVERIFY(store->saveUnrealized({ fullTranche(u"t1"_s, 1) })); // nests a third level
            } // the inner step is abandoned
            QVERIFY(!store->commit());
        }
        auto store = openStore();
        QVERIFY(store);
        const auto all = store->allTranches();
        QVERIFY(all);
        QCOMPARE(all->size(), 0);
        const auto events = store->events({});
        QVERIFY(events);
        QCOMPARE(events->size(), 0);
        const auto state = store->loadState();
        QVERIFY(state);
        QCOMPARE(state->liveOrders.size(), 0);
        QCOMPARE(state->nextTrancheSeq, 1);
    }

    void committedStepSurvivesARestart()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            StoreTransaction step(store.get());
            QVERIFY(store->saveTranche(fullTranche(u"t1"_s, 1)));
            QVERIFY(store->appendEvent(makeEvent(u"t1"_s, EventType::Created, 1)));
            QVERIFY(step.commit());
        }
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->allTranches()->size(), 1);
        QCOMPARE(store->events({})->size(), 1);
    }

    void saveUnrealizedWritesOnlyThePnlAndTime()
    {
        auto store = openStore();
        QVERIFY(store);
        Tranche a = simpleTranche(u"a"_s, 1, u"BTCUSDT"_s, TrancheStatus::Active, 1, 0);
        Tranche b = simpleTranche(u"b"_s, 2, u"BTCUSDT"_s, TrancheStatus::Active, 2, 0);
        QVERIFY(store->saveTranche(a));
        QVERIFY(store->saveTranche(b));
        Tranche aMoved = a;
        aMoved.unrealizedPnl = d(u"-12.000000000000000001");
        aMoved.updatedTime = 99;
        aMoved.quantity = d(u"555"); // not the business of saveUnrealized
        Tranche bMoved = b;
        bMoved.unrealizedPnl = d(u"3.5");
        bMoved.updatedTime = 100;
        const auto saved = store->saveUnrealized({ aMoved, bMoved });
        QVERIFY2(saved, qPrintable(saved.error().message));
        const auto all = store->allTranches();
        QVERIFY(all);
        QCOMPARE(all->at(0).unrealizedPnl, aMoved.unrealizedPnl);
        QCOMPARE(all->at(0).updatedTime, 99);
        QCOMPARE(all->at(0).quantity, a.quantity);
        QCOMPARE(all->at(1).unrealizedPnl, bMoved.unrealizedPnl);
        QCOMPARE(all->at(1).updatedTime, 100);
    }

    void guideQueriesRunUnchangedInTheSqliteShell()
    {
        const qint64 day = 86400000;
        const qint64 now = 1700000000000;
        auto store = openStore();
        QVERIFY(store);
        const QList<Tranche> tranches = {
            simpleTranche(u"btc-old-closed"_s, 1, u"BTCUSDT"_s, TrancheStatus::Closed, now - 100 * day, now - 99 * day),
            simpleTranche(u"eth-active"_s, 2, u"ETHUSDT"_s, TrancheStatus::Active, now - 50 * day, 0, true),
            simpleTranche(u"btc-active-isolated"_s, 3, u"BTCUSDT"_s, TrancheStatus::Active, now - 10 * day, 0, true),
            simpleTranche(u"btc-recent-closed"_s, 4, u"BTCUSDT"_s, TrancheStatus::Closed, now - 5 * day, now - day),
            simpleTranche(
                u"btc-old-liquidated"_s, 5, u"BTCUSDT"_s, TrancheStatus::Liquidated, now - 3 * day, now - 98 * day),
        };
        for (const Tranche &t : tranches) {
            QVERIFY(store->saveTranche(t));
        }
        for (int i = 0; i < 25; ++i) {
            QVERIFY(store->appendEvent(makeEvent(tranches.at(i % tranches.size()).id, EventType::Sync, now + i)));
        }

        // Read while TrancheDesk has the file open, as a user would (WAL lets the shell read).
        auto active = runSqliteShell(m_path, u"SELECT * FROM tranches WHERE status = 'active';"_s);
        QVERIFY2(active.exitCode == 0, qPrintable(active.error));
        QCOMPARE(column(active.rows, u"id"_s), (QStringList { u"eth-active"_s, u"btc-active-isolated"_s }));

        auto isolated = runSqliteShell(m_path, u"SELECT * FROM tranches WHERE isolated = 1;"_s);
        QVERIFY2(isolated.exitCode == 0, qPrintable(isolated.error));
        QCOMPARE(column(isolated.rows, u"id"_s), (QStringList { u"eth-active"_s, u"btc-active-isolated"_s }));

        auto latest = runSqliteShell(m_path, u"SELECT * FROM tranche_events ORDER BY event_time DESC LIMIT 20;"_s);
        QVERIFY2(latest.exitCode == 0, qPrintable(latest.error));
        QCOMPARE(latest.rows.size(), 20);
        QCOMPARE(column(latest.rows, u"event_time"_s).first(), QString::number(now + 24));
        QCOMPARE(column(latest.rows, u"event_time"_s).last(), QString::number(now + 5));

        auto btc
            = runSqliteShell(m_path, u"SELECT * FROM tranches WHERE symbol = 'BTCUSDT' ORDER BY entry_time DESC;"_s);
        QVERIFY2(btc.exitCode == 0, qPrintable(btc.error));
        QCOMPARE(column(btc.rows, u"id"_s),
            (QStringList {
                u"btc-old-liquidated"_s, u"btc-recent-closed"_s, u"btc-active-isolated"_s, u"btc-old-closed"_s }));
        QCOMPARE(column(btc.rows, u"entry_price"_s).first(), u"100"_s);

        store.reset();
        const qint64 cutoff = now - 90 * day;
        auto removed
            = runSqliteShell(m_path, u"DELETE FROM tranches WHERE status = 'closed' AND exit_time < %1;"_s.arg(cutoff));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.error));

        store = openStore();
        QVERIFY(store);
        const auto left = store->allTranches();
        QVERIFY2(left, qPrintable(left.error().message));
        QCOMPARE(ids(left.value()),
            (QStringList {
                u"eth-active"_s, u"btc-active-isolated"_s, u"btc-recent-closed"_s, u"btc-old-liquidated"_s }));
        // The shell runs without foreign keys, so the removed tranche's events stay until retention.
        const auto cleaned = store->removeClosedBefore(cutoff);
        QVERIFY2(cleaned, qPrintable(cleaned.error().message));
        const auto events = store->events({});
        QVERIFY(events);
        for (const TrancheEvent &e : events.value()) {
            QVERIFY2(e.trancheId != u"btc-old-closed"_s, "an orphaned event of a deleted tranche was kept");
        }
    }

    void removeClosedBeforeKeepsActiveAndRecentTranches()
    {
        auto store = openStore();
        QVERIFY(store);
        const qint64 cutoff = 1000;
        const QList<Tranche> tranches = {
            simpleTranche(u"active-old"_s, 1, u"BTCUSDT"_s, TrancheStatus::Active, 1, 0),
            simpleTranche(u"closed-old"_s, 2, u"BTCUSDT"_s, TrancheStatus::Closed, 2, 999),
            simpleTranche(u"closed-at-cutoff"_s, 3, u"BTCUSDT"_s, TrancheStatus::Closed, 3, 1000),
            simpleTranche(u"closed-recent"_s, 4, u"BTCUSDT"_s, TrancheStatus::Closed, 4, 5000),
            simpleTranche(u"liquidated-old"_s, 5, u"BTCUSDT"_s, TrancheStatus::Liquidated, 5, 10),
        };
        for (const Tranche &t : tranches) {
            QVERIFY(store->saveTranche(t));
            QVERIFY(store->appendEvent(makeEvent(t.id, EventType::Created, t.entryTime)));
            QVERIFY(store->saveOrder(makeOrder(u"E-"_s + t.id, t.id, OrderState::Filled)));
        }
        QVERIFY(store->appendEvent(makeEvent(QString(), EventType::Connection, 1)));
        QVERIFY(store->saveOrder(makeOrder(u"S-closed-old"_s, u"closed-old"_s, OrderState::Open)));
        OrderRecord refusedLongAgo = makeOrder(u"E-refused-old"_s, u"never-filled"_s, OrderState::Canceled);
        refusedLongAgo.updatedTime = 999;
        QVERIFY(store->saveOrder(refusedLongAgo));
        QVERIFY(store->saveOrder(makeOrder(u"E-refused-recent"_s, u"never-filled"_s, OrderState::Canceled)));
        QVERIFY(store->saveOrder(makeOrder(u"E-pending"_s, u"not-yet"_s, OrderState::Intent)));

        const auto removed = store->removeClosedBefore(cutoff);
        QVERIFY2(removed, qPrintable(removed.error().message));
        QCOMPARE(removed.value(), 2);

        const auto left = store->allTranches();
        QVERIFY(left);
        QCOMPARE(ids(left.value()), (QStringList { u"active-old"_s, u"closed-at-cutoff"_s, u"closed-recent"_s }));
        const auto events = store->events({});
        QVERIFY(events);
        QStringList eventTranches;
        for (const TrancheEvent &e : events.value()) {
            eventTranches.append(e.trancheId);
        }
        QCOMPARE(
            eventTranches, (QStringList { u"active-old"_s, u"closed-at-cutoff"_s, u"closed-recent"_s, QString() }));

        RawSqlite raw(m_path);
        QCOMPARE(raw.exec(u"SELECT group_concat(client_order_id, ',') FROM (SELECT client_order_id FROM orders "
                          u"ORDER BY client_order_id)"_s)
                     .toString(),
            u"E-active-old,E-closed-at-cutoff,E-closed-recent,E-pending,E-refused-recent,S-closed-old"_s);

        const auto again = store->removeClosedBefore(cutoff);
        QVERIFY(again);
        QCOMPARE(again.value(), 0);
    }

    void corruptValueIsAnErrorNamingTheColumn_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("tranche decimal")
            << u"UPDATE tranches SET entry_price = '1.2.3' WHERE id = 't1'"_s
            << u"reading tranches row id = t1: column entry_price holds \"1.2.3\", which is not a decimal"_s;
        QTest::newRow("tranche decimal with a comma")
            << u"UPDATE tranches SET realized_pnl = '1,5' WHERE id = 't1'"_s
            << u"reading tranches row id = t1: column realized_pnl holds \"1,5\", which is not a decimal"_s;
        QTest::newRow("order decimal")
            << u"UPDATE orders SET quantity = 'abc' WHERE client_order_id = 'TRD-E-1'"_s
            << u"reading orders row client_order_id = TRD-E-1: column quantity holds \"abc\", which is not a "
               u"decimal"_s;
        QTest::newRow("event decimal") << u"UPDATE tranche_events SET pnl = 'NaN'"_s
                                       << u"reading tranche_events row id = 1: column pnl holds \"NaN\", which is "
                                          u"not a decimal"_s;
        QTest::newRow("unknown order side")
            << u"UPDATE orders SET side = 'UP' WHERE client_order_id = 'TRD-E-1'"_s
            << u"reading orders row client_order_id = TRD-E-1: column side holds \"UP\", which is not a known value"_s;
        QTest::newRow("unknown event type")
            << u"UPDATE tranche_events SET type = 'exploded'"_s
            << u"reading tranche_events row id = 1: column type holds \"exploded\", which is not a known value"_s;
        QTest::newRow("counter") << u"UPDATE meta SET value = 'x' WHERE key = 'next_order_seq'"_s
                                 << u"reading meta row key = next_order_seq: column value holds \"x\""_s;
    }
    void corruptValueIsAnErrorNamingTheColumn()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        {
            auto store = openStore();
            QVERIFY(store);
            Tranche t = fullTranche(u"t1"_s, 1);
            t.status = TrancheStatus::Active;
            QVERIFY(store->saveTranche(t));
            TrancheEvent e = makeEvent(u"t1"_s, EventType::Created, 1);
            e.pnl = d(u"1");
            QVERIFY(store->appendEvent(e));
            QVERIFY(store->saveOrder(makeOrder(u"TRD-E-1"_s, u"t2"_s, OrderState::Intent)));
            QVERIFY(store->saveCounters(2, 2));
        }
        {
            RawSqlite raw(m_path);
            QString error;
            raw.exec(damage, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        auto store = openStore();
        QVERIFY(store);
        const bool isEvent = damage.contains(u"tranche_events"_s);
        const Error error = isEvent ? store->events({}).error() : store->loadState().error();
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    }

private:
    std::unique_ptr<SqliteTrancheStore> openStore()
    {
        auto store = SqliteTrancheStore::open(m_path);
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return nullptr;
        }
        return std::move(store).value();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSqliteTrancheStore)
#include "tst_sqlitetranchestore.moc"
