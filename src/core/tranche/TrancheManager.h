// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "config/AppConfig.h"
#include "exchange/Exchange.h"
#include "store/OrderRecord.h"
#include "store/TrancheStore.h"
#include "tranche/StepRunner.h"
#include "tranche/Tranche.h"
#include "tranche/TrancheEvent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace trd::core {

// The bot's decision to open an entry now.
struct EntryRequest
{
    QString symbol;
    Side side = Side::Long;
    Decimal quantity; // rounded down to the symbol's stepSize here
    OrderType type = OrderType::Market; // MARKET or LIMIT
    Decimal price; // LIMIT only
    TimeInForce timeInForce = TimeInForce::Gtc;
};

struct EntryDecision
{
    bool isAccepted = false;
    QString reason; // why it was refused
    QString clientOrderId; // the entry order sent
    QString trancheId; // the id the tranche will get when the order fills
};

// Totals for one symbol and side, or for the whole account (empty symbol).
struct TrancheSummary
{
    int open = 0;
    int isolated = 0;
    Decimal quantity;
    Decimal unrealizedPnl;
    Decimal marginUsed;
    Decimal notional;
};

// Keeps every entry of the bot as its own tranche inside the one position the exchange sees
// (tranche-rules.md §1–§7). It talks to the exchange only through Exchange, so paper and live
// run the same code, persists every step through TrancheStore before acting on the exchange, and
// takes time from an injected Clock.
class TrancheManager : public QObject
{
    Q_OBJECT
public:
    TrancheManager(Exchange *exchange, TrancheStore *store, const Clock *clock, QObject *parent = nullptr);
    ~TrancheManager() override;

    void setConfig(const AppConfig &config);
    const AppConfig &config() const { return m_config; }
    SymbolConfig symbolConfig(const QString &symbol) const;

    // Loads the open tranches and unresolved orders from the store, asks the exchange what
    // became of every unresolved order, re-checks the protective orders and reconciles.
    Result<void> start();
    // After a stream outage (or a restart): asks what became of every unresolved order, then
    // reconciles. Reconciliation of a symbol waits for its answers, so a fill missed during the
    // outage is applied to its own tranche exactly instead of looking like drift.
    void resync();
    // Runs reconciliation (and the protective-order check) every syncIntervalSeconds, the
    // retention clean-up hourly and the throttled P&L writes, on real timers.
    void setTimersEnabled(bool enabled);

    // Refusal reason under tranche-rules §4, or nothing when an entry may be sent.
    std::optional<QString> entryRefusal(const QString &symbol, Side side) const;
    EntryDecision enter(const EntryRequest &request);
    // Gates outside the engine (the hunter's: paused, balance, VWAP, …) refuse entries through
    // here, so every refusal is an entry_refused event in the same audit trail.
    void recordRefusal(const QString &symbol, Side side, const QString &reason, const QString &details = {});
    // A stream went up or down (connection event).
    void recordConnection(const QString &stream, bool isUp, const QString &reason = {});
    // An account_alert event: `kind` is margin_call, position_mode or announcement; `details`
    // (JSON) defaults to {"kind": kind}.
    void recordAccountAlert(
        const QString &kind, const QString &symbol, const QString &reason, const QString &details = {});
    // Manual close of one tranche with a reduce order tagged to it.
    Result<void> closeTranche(const QString &trancheId);
    // Manual close of part of one tranche: `quantity` rounded down to the symbol's step, at least
    // its minimum and less than what is open (the rest keeps its TP/SL, resized).
    Result<void> closePart(const QString &trancheId, Decimal quantity);
    // Moves one tranche's TP and SL by hand: both on the right side of the mark, rounded to the
    // tick; the new pair is placed before the old one is cancelled. A later fill of the same entry
    // recomputes them from the percentages.
    Result<void> moveProtection(const QString &trancheId, Decimal tpPrice, Decimal slPrice);
    // Kill switch: a reduce order for every open tranche; resting entry orders cancelled.
    void closeAll();
    // Cancels a resting entry order of ours (an unfilled LIMIT entry that timed out).
    Result<void> cancelEntry(const QString &clientOrderId);

    // Reconciliation now (tranche-rules §6): asks the exchange for positions and open orders.
    void requestSync();
    // The sync timer's reconciliation: it records only what it finds (drift, a resolution), not
    // every match. Runs on virtual time (backtests) call it as their own timer.
    void requestPeriodicSync();
    void reconcile(const PositionSnapshots &positions, bool isCompleteSnapshot);
    // Writes every open tranche's unrealized P&L now (before a restart or on quit).
    void flush();
    // Retention clean-up (closedRetentionDays) now.
    void removeExpiredTranches();

    QList<Tranche> openTranches(const QString &symbol = {}) const;
    // How many tranches were ever created (retention may have removed some): what a view of
    // the whole history reserves room for.
    qint64 createdTrancheCount() const { return m_nextTrancheSeq - 1; }
    QList<Tranche> openTranches(const QString &symbol, Side side) const;
    std::optional<Tranche> openTranche(const QString &id) const;
    std::optional<QString> bestEntryId(const QString &symbol, Side side) const;
    TrancheSummary summary(const QString &symbol = {}, std::optional<Side> side = std::nullopt) const;
    SyncState syncState(const QString &symbol, Side side) const;
    std::optional<Decimal> markPrice(const QString &symbol) const;
    QList<OrderRecord> liveOrders() const;
    bool hasOrderInFlight(const QString &symbol) const;
    bool isStoreHealthy() const { return m_storeHealthy; }
    // A document written into the store in the transaction of every step that writes, as it is
    // when the step commits: the paper exchange's state, which the step's fills changed, so that a
    // crash leaves tranches and paper positions of the same moment (issue 10 item 5). Unsent
    // requests of the step are not in it yet; after a restart their orders are queried as any
    // unresolved order. The producer gives nothing when the document has not changed since it
    // last gave it (nothing is written then); an empty producer removes it.
    void setStepDocument(const QString &key, std::function<std::optional<QByteArray>()> producer);
    // Where new tranche ids come from: random UUIDs by default; a replay that must give the same
    // files on every run sets a generator of its own (each call a new UUID text, never reused).
    void setTrancheIdGenerator(std::function<QString()> generator);

public Q_SLOTS:
    void onMarkPrice(const QString &symbol, const trd::core::Decimal &price, qint64 time);
    void onOrderUpdate(const trd::core::OrderUpdate &update);
    void onAccountUpdate(const trd::core::PositionSnapshots &changed);
    void onPositions(const trd::core::PositionSnapshots &positions);
    void onOpenOrders(const trd::core::OpenOrders &orders);
    void onLeverageChanged(const QString &symbol, int leverage);
    // A funding payment (FUNDING_FEE) on a position, shared by the open tranches of its symbol and
    // side in proportion to their quantity: into each one's fundingFee and realizedPnl.
    void onFundingFee(const trd::core::PositionSnapshot &position, const trd::core::Decimal &amount, qint64 time);

Q_SIGNALS:
    void eventRecorded(const trd::core::TrancheEvent &event);
    void trancheCreated(const trd::core::Tranche &tranche);
    void trancheChanged(const trd::core::Tranche &tranche); // quantity, isolation, orders, leverage
    void trancheIsolated(const trd::core::Tranche &tranche);
    void trancheClosed(const trd::core::Tranche &tranche);
    // A mark price was applied: open tranches of the symbol have new unrealized P&L.
    void markApplied(const QString &symbol);
    void syncStateChanged(const QString &symbol, trd::core::Side side, trd::core::SyncState state);
    // The store refused a write or a commit: the step was rolled back and sent nothing, and the
    // engine stopped (nothing more is written or sent) until the application restarts.
    void storeFailed(const QString &message);
    // After each outermost step: its writes committed (or storeFailed said why not) and its
    // requests sent, so whatever the step announced can now leave the process.
    void stepEnded();

private:
    struct OpenLot;
    struct Book;
    class Step;
    friend class Step;

    // Exchange callbacks that arrive while a step runs wait in the inbox; a step's exchange
    // requests wait in the outbox until its store transaction has committed (StepRunner).
    template<typename F>
    void dispatch(F &&work);
    bool prepareWrite();
    void toExchange(std::function<void()> request);
    void onHalted(const QString &reason);

    Book &book(const QString &symbol);
    const Book *findBook(const QString &symbol) const;
    OpenLot *findLot(const QString &trancheId) const;
    SymbolFilters filtersFor(const QString &symbol) const;
    // The open lot a manual action (close, close part, move TP/SL) may change: not one already
    // closing.
    Result<OpenLot *> lotToChange(const QString &trancheId);
    PositionSide positionSideFor(Side side) const;
    QString newTrancheId() const;
    void refreshThresholds(OpenLot &lot) const;

    // Orders: each is written as an intent before it is sent.
    QString sendOrder(OrderRecord record, TimeInForce timeInForce = TimeInForce::Gtc);
    void placeProtection(OpenLot &lot);
    QString placeProtectionLeg(OpenLot &lot, OrderPurpose purpose);
    void cancelProtection(OpenLot &lot);
    void requestCancel(const QString &symbol, const QString &clientOrderId);
    void sendClose(OpenLot &lot, Decimal quantity, CloseReason reason);

    // Fills and order states.
    void handleOwnUpdate(OrderRecord &record, const OrderUpdate &update);
    void applyEntryFill(OrderRecord &record, Decimal quantity, Decimal price, Decimal fee, qint64 time);
    void applyUntaggedFill(const OrderUpdate &update, Decimal quantity, Decimal price);
    void closeByStrategy(const QString &symbol, Side side, Decimal quantity, Decimal price, Decimal fee,
        CloseReason reason, const QString &orderId, qint64 time);
    void applyClose(OpenLot &lot, Decimal quantity, Decimal price, Decimal fee, CloseReason reason,
        const QString &orderId, qint64 time);
    void finishOrder(const QString &clientOrderId);
    OpenLot &createLot(Tranche tranche);
    void growLot(OpenLot &lot, Decimal quantity, Decimal price, Decimal fee);

    // Isolation and recovery on the mark price.
    void applyMark(const QString &symbol, Decimal price);
    void isolate(OpenLot &lot, Decimal mark);

    // Reconciliation.
    void doReconcile(const PositionSnapshots &positions, bool isCompleteSnapshot);
    void reconcileSide(Book &b, Side side, Decimal exchangeQuantity, Decimal exchangeEntry, bool announce);
    void createRecovery(Book &b, Side side, Decimal quantity, Decimal price,
        TrancheOrigin origin = TrancheOrigin::Recovery, Decimal entryFee = {});
    void checkProtection(const OpenOrders &orders);
    void askAgainIfForgotten(const OrderRecord &intent);
    void processOrderUpdate(const OrderUpdate &update);
    void restore(const StoredState &state);
    void requestSyncInternal(bool announce);
    QList<OpenLot *> lotsOf(const Book &b, Side side) const;
    Decimal exitPriceFor(const Book &b, Side side) const;
    bool mayHoldUnseenFill(const Book &b, Side side, Decimal exchangeQuantity) const;
    OrderRecord baseOrder(const OpenLot &lot, OrderPurpose purpose) const;
    void setSyncState(Book &b, Side side, SyncState state);

    // Persistence and events.
    void save(const OpenLot &lot);
    void save(const OrderRecord &record);
    void saveCounters();
    void record(TrancheEvent event);
    void record(EventType type, const Tranche &tranche, std::optional<Decimal> price, std::optional<Decimal> quantity,
        std::optional<Decimal> pnl, const QString &reason, const QString &details = {});
    void check(const Result<void> &result, const char *what);
    void persistPnl(const QList<OpenLot *> &lots);
    // A lot's unrealized P&L at its book's mark, added to `batch` when it changed.
    void refreshPnl(OpenLot &lot, const Book *b, qint64 now, QList<Tranche> &batch);
    void savePnl(const QList<Tranche> &batch);
    void persistDuePnl(qint64 now);

    Exchange *m_exchange;
    TrancheStore *m_store;
    const Clock *m_clock;
    AppConfig m_config;
    std::vector<std::unique_ptr<Book>> m_books;
    QHash<QString, Book *> m_bookBySymbol;
    QHash<QString, OpenLot *> m_lotById;
    QHash<QString, OrderRecord> m_orders; // unresolved orders of ours by clientOrderId
    qint64 m_nextTrancheSeq = 1;
    qint64 m_nextOrderSeq = 1;
    bool m_storeHealthy = true;
    bool m_started = false;
    qint64 m_nextPnlFlush = 0;
    bool m_announceSync = false;
    StepRunner m_steps;
    std::vector<std::unique_ptr<OpenLot>> m_retired; // closed lots, freed when the step ends
    QSet<QString> m_cancelRequested;
    QHash<QString, qint64> m_awaitingAnswer; // clientOrderId → when its query was sent
    // Recently finished orders, so that a late or repeated update applies only what is new.
    QHash<QString, OrderRecord> m_finished;
    std::deque<QString> m_finishedOrder;
    QTimer m_syncTimer;
    QTimer m_housekeepingTimer;
    std::function<QString()> m_trancheIdGenerator;
};

} // namespace trd::core
