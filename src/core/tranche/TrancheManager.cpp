// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tranche/TrancheManager.h"

#include "common/CoreLog.h"
#include "tranche/ClientOrderId.h"
#include "tranche/TrancheManagerState.h"
#include "tranche/TrancheMath.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

TrancheManager::TrancheManager(Exchange *exchange, TrancheStore *store, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_exchange(exchange)
    , m_store(store)
    , m_clock(clock)
    , m_steps(store)
{
    m_steps.setHaltHandler([this](const QString &reason) { onHalted(reason); });
    m_steps.setStepEndHandler([this] {
        m_retired.clear();
        Q_EMIT stepEnded();
    });
    connect(m_exchange, &Exchange::orderUpdated, this, &TrancheManager::onOrderUpdate);
    connect(m_exchange, &Exchange::markPriceUpdated, this, &TrancheManager::onMarkPrice);
    connect(m_exchange, &Exchange::accountUpdated, this, &TrancheManager::onAccountUpdate);
    connect(m_exchange, &Exchange::positionsReceived, this, &TrancheManager::onPositions);
    connect(m_exchange, &Exchange::openOrdersReceived, this, &TrancheManager::onOpenOrders);
    connect(m_exchange, &Exchange::leverageChanged, this, &TrancheManager::onLeverageChanged);
    connect(m_exchange, &Exchange::fundingFeeReceived, this, &TrancheManager::onFundingFee);
    connect(&m_syncTimer, &QTimer::timeout, this, &TrancheManager::requestPeriodicSync);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, [this] {
        flush();
        removeExpiredTranches();
    });
}

TrancheManager::~TrancheManager() = default;

// ---------------------------------------------------------------------------------------------
// Configuration and lookups

void TrancheManager::setConfig(const AppConfig &config)
{
    Step step(*this);
    const bool announce = m_started;
    m_config = config;
    for (const auto &b : m_books) {
        b->config = symbolConfig(b->symbol);
        for (const auto &lot : b->lots) {
            refreshThresholds(*lot);
        }
    }
    m_syncTimer.setInterval(m_config.global.syncIntervalSeconds * 1000);
    if (announce) {
        TrancheEvent e;
        e.time = m_clock->nowMs();
        e.type = EventType::ConfigChanged;
        e.reason = u"configuration applied"_s;
        e.details = json({ { u"symbols"_s, QJsonValue(qsizetype(m_config.symbols.size())) } });
        record(e);
    }
}

SymbolConfig TrancheManager::symbolConfig(const QString &symbol) const
{
    return m_config.symbols.value(symbol);
}

TrancheManager::Book &TrancheManager::book(const QString &symbol)
{
    if (Book *b = m_bookBySymbol.value(symbol)) {
        return *b;
    }
    auto b = std::make_unique<Book>();
    b->symbol = symbol;
    b->config = symbolConfig(symbol);
    Book *raw = b.get();
    m_books.push_back(std::move(b));
    m_bookBySymbol.insert(symbol, raw);
    return *raw;
}

const TrancheManager::Book *TrancheManager::findBook(const QString &symbol) const
{
    return m_bookBySymbol.value(symbol);
}

TrancheManager::OpenLot *TrancheManager::findLot(const QString &trancheId) const
{
    return m_lotById.value(trancheId);
}

SymbolFilters TrancheManager::filtersFor(const QString &symbol) const
{
    if (auto f = m_exchange->symbolFilters(symbol)) {
        return *f;
    }
    SymbolFilters defaults;
    defaults.symbol = symbol;
    return defaults;
}

PositionSide TrancheManager::positionSideFor(Side side) const
{
    if (m_config.global.positionMode == PositionMode::OneWay) {
        return PositionSide::Both;
    }
    return side == Side::Long ? PositionSide::Long : PositionSide::Short;
}

void TrancheManager::refreshThresholds(OpenLot &lot) const
{
    const Book *b = findBook(lot.t.symbol);
    const SymbolConfig &cfg = b ? b->config : m_config.symbols[lot.t.symbol];
    lot.isolationBound = cfg.trancheIsolationThreshold * lot.t.entryPrice;
    lot.recoveryBound = cfg.trancheRecoveryThreshold * lot.t.entryPrice;
}

QList<TrancheManager::OpenLot *> TrancheManager::lotsOf(const Book &b, Side side) const
{
    QList<OpenLot *> result;
    for (const auto &lot : b.lots) {
        if (lot->t.side == side) {
            result.append(lot.get());
        }
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Steps: inbox, transaction, outbox

void TrancheManager::setStepDocument(const QString &key, std::function<std::optional<QByteArray>()> producer)
{
    if (!producer) {
        m_steps.setBeforeCommitHandler({});
        return;
    }
    m_steps.setBeforeCommitHandler([this, key, producer = std::move(producer)] {
        if (const std::optional<QByteArray> document = producer()) {
            check(m_store->saveDocument(key, *document), "save the step's document");
        }
    });
}

void TrancheManager::setTrancheIdGenerator(std::function<QString()> generator)
{
    m_trancheIdGenerator = std::move(generator);
}

QString TrancheManager::newTrancheId() const
{
    return m_trancheIdGenerator ? m_trancheIdGenerator() : ClientOrderId::newTrancheId();
}

bool TrancheManager::prepareWrite()
{
    return m_steps.prepareWrite();
}

void TrancheManager::toExchange(std::function<void()> request)
{
    m_steps.send(std::move(request));
}

void TrancheManager::check(const Result<void> &result, const char *what)
{
    if (!result) {
        m_steps.writeFailed(u"%1: %2"_s.arg(QString::fromLatin1(what), result.error().message));
    }
}

void TrancheManager::onHalted(const QString &reason)
{
    qCCritical(lcTranche).noquote() << "store failed to" << reason;
    if (m_storeHealthy) {
        m_storeHealthy = false;
        Q_EMIT storeFailed(u"The tranche store failed to %1. That step was undone and sent nothing; the engine has "
                           u"stopped and sends no order until it is restarted."_s.arg(reason));
    }
}

// ---------------------------------------------------------------------------------------------
// Persistence and events

void TrancheManager::save(const OpenLot &lot)
{
    if (prepareWrite()) {
        check(m_store->saveTranche(lot.t), "save a tranche");
    }
}

void TrancheManager::save(const OrderRecord &record)
{
    if (prepareWrite()) {
        check(m_store->saveOrder(record), "save an order");
    }
}

void TrancheManager::saveCounters()
{
    if (prepareWrite()) {
        check(m_store->saveCounters(m_nextTrancheSeq, m_nextOrderSeq), "save counters");
    }
}

void TrancheManager::record(TrancheEvent event)
{
    if (event.time == 0) {
        event.time = m_clock->nowMs();
    }
    if (prepareWrite()) {
        const auto id = m_store->appendEvent(event);
        if (id) {
            event.id = id.value();
        } else {
            check(Result<void>(id.error()), "record an event");
        }
    }
    qCDebug(lcTranche).noquote() << toString(event.type) << event.symbol << event.trancheId << event.reason;
    Q_EMIT eventRecorded(event);
}

void TrancheManager::record(EventType type, const Tranche &t, std::optional<Decimal> price,
    std::optional<Decimal> quantity, std::optional<Decimal> pnl, const QString &reason, const QString &details)
{
    TrancheEvent e;
    e.type = type;
    e.symbol = t.symbol;
    e.side = t.side;
    e.trancheId = t.id;
    e.price = price;
    e.quantity = quantity;
    e.pnl = pnl;
    e.reason = reason;
    e.details = details;
    record(e);
}

void TrancheManager::persistPnl(const QList<OpenLot *> &lots)
{
    const qint64 now = m_clock->nowMs();
    QList<Tranche> batch;
    batch.reserve(lots.size());
    for (OpenLot *lot : lots) {
        refreshPnl(*lot, findBook(lot->t.symbol), now, batch);
    }
    savePnl(batch);
}

void TrancheManager::refreshPnl(OpenLot &lot, const Book *b, qint64 now, QList<Tranche> &batch)
{
    if (b && b->mark) {
        lot.t.unrealizedPnl = TrancheMath::unrealizedPnl(lot.t, *b->mark);
    }
    lot.lastPersist = now;
    if (lot.t.unrealizedPnl == lot.persistedUnrealized) {
        return;
    }
    lot.persistedUnrealized = lot.t.unrealizedPnl;
    lot.t.updatedTime = now;
    batch.append(lot.t);
}

void TrancheManager::savePnl(const QList<Tranche> &batch)
{
    if (!batch.isEmpty() && prepareWrite()) {
        check(m_store->saveUnrealized(batch), "save unrealized P&L");
    }
}

void TrancheManager::persistDuePnl(qint64 now)
{
    // All tranches that are due go in one batch, and the next look is at the earliest due time,
    // rather than a commit per symbol tick: each tranche is written at most once per interval.
    // Book by book, so that no tranche looks its book up again (this runs every few seconds of a
    // replay, for every open tranche).
    const qint64 interval = qint64(m_config.global.pnlPersistSeconds) * 1000;
    QList<Tranche> batch;
    batch.reserve(m_lotById.size());
    qint64 next = now + interval;
    for (const auto &b : m_books) {
        for (const auto &lot : b->lots) {
            if (now - lot->lastPersist >= interval) {
                refreshPnl(*lot, b.get(), now, batch);
            } else {
                next = std::min(next, lot->lastPersist + interval);
            }
        }
    }
    savePnl(batch);
    m_nextPnlFlush = next;
}

// ---------------------------------------------------------------------------------------------
// Entries

std::optional<QString> TrancheManager::entryRefusal(const QString &symbol, Side side) const
{
    if (!m_storeHealthy) {
        return u"store unavailable"_s;
    }
    // One-way mode nets both sides into one position: an entry against open tranches of the
    // other side would silently close them instead of opening a lot of its own.
    if (m_config.global.positionMode == PositionMode::OneWay) {
        if (const Book *b = findBook(symbol)) {
            for (const auto &lot : b->lots) {
                if (lot->t.side != side) {
                    return u"opposite side open (one-way mode)"_s;
                }
            }
        }
        for (const OrderRecord &r : m_orders) {
            if (r.purpose == OrderPurpose::Entry && r.symbol == symbol && r.side != side) {
                return u"opposite side open (one-way mode)"_s;
            }
        }
    }
    const SymbolConfig cfg = symbolConfig(symbol);
    if (!cfg.enableTrancheManagement) {
        return std::nullopt;
    }
    int open = 0;
    int isolated = 0;
    if (const Book *b = findBook(symbol)) {
        for (const auto &lot : b->lots) {
            if (lot->t.side == side) {
                ++open;
                isolated += lot->t.isolated ? 1 : 0;
            }
        }
    }
    // An entry in flight will be a tranche the moment it fills: it takes a slot now.
    for (const OrderRecord &r : m_orders) {
        if (r.purpose == OrderPurpose::Entry && r.symbol == symbol && r.side == side && !findLot(r.trancheId)) {
            ++open;
        }
    }
    if (open >= cfg.maxTranches) {
        return u"max tranches"_s;
    }
    if (isolated >= cfg.maxIsolatedTranches) {
        return u"max isolated"_s;
    }
    if (isolated > 0 && !cfg.allowTrancheWhileIsolated) {
        return u"isolated tranches open"_s;
    }
    return std::nullopt;
}

void TrancheManager::recordRefusal(const QString &symbol, Side side, const QString &reason, const QString &details)
{
    Step step(*this);
    TrancheEvent e;
    e.type = EventType::EntryRefused;
    e.symbol = symbol;
    e.side = side;
    e.reason = reason;
    e.details = details;
    record(e);
}

void TrancheManager::recordConnection(const QString &stream, bool isUp, const QString &reason)
{
    Step step(*this);
    TrancheEvent e;
    e.type = EventType::Connection;
    e.reason = isUp ? u"%1 up"_s.arg(stream) : u"%1 down"_s.arg(stream);
    if (!reason.isEmpty()) {
        e.reason += u": "_s + reason;
    }
    e.details = json({ { u"stream"_s, stream }, { u"up"_s, isUp } });
    record(e);
}

void TrancheManager::recordAccountAlert(
    const QString &kind, const QString &symbol, const QString &reason, const QString &details)
{
    Step step(*this);
    TrancheEvent e;
    e.type = EventType::AccountAlert;
    e.symbol = symbol;
    e.reason = reason;
    e.details = details.isEmpty() ? json({ { u"kind"_s, kind } }) : details;
    record(e);
}

EntryDecision TrancheManager::enter(const EntryRequest &request)
{
    Step step(*this);
    EntryDecision decision;
    const auto refuse = [&](const QString &reason, const QString &details = {}) {
        TrancheEvent e;
        e.type = EventType::EntryRefused;
        e.symbol = request.symbol;
        e.side = request.side;
        e.quantity = request.quantity;
        e.reason = reason;
        e.details = details;
        record(e);
        decision.reason = reason;
        return decision;
    };
    if (auto refusal = entryRefusal(request.symbol, request.side)) {
        return refuse(*refusal);
    }
    const SymbolFilters filters = filtersFor(request.symbol);
    const Decimal quantity = filters.roundQuantity(request.quantity);
    if (!quantity.isPositive() || quantity < filters.minQty) {
        return refuse(u"quantity below minQty"_s,
            json({ { u"quantity"_s, quantity.toString() }, { u"minQty"_s, filters.minQty.toString() } }));
    }
    const SymbolConfig cfg = symbolConfig(request.symbol);
    OrderRecord r;
    r.trancheId = newTrancheId();
    r.symbol = request.symbol;
    r.side = request.side;
    r.purpose = OrderPurpose::Entry;
    r.orderSide = entryOrderSide(request.side);
    r.positionSide = positionSideFor(request.side);
    r.type = request.type == OrderType::Limit ? OrderType::Limit : OrderType::Market;
    r.quantity = quantity;
    if (r.type == OrderType::Limit) {
        r.price = filters.roundPrice(request.price);
    }
    if (const Book *b = findBook(request.symbol); b && b->exchangeLeverage) {
        r.leverage = *b->exchangeLeverage;
    } else {
        r.leverage = cfg.leverage;
    }
    decision.isAccepted = true;
    decision.trancheId = r.trancheId;
    decision.clientOrderId = sendOrder(r, request.timeInForce);
    return decision;
}

// ---------------------------------------------------------------------------------------------
// Orders

QString TrancheManager::sendOrder(OrderRecord r, TimeInForce timeInForce)
{
    const qint64 now = m_clock->nowMs();
    r.clientOrderId = ClientOrderId::make(r.purpose, r.trancheId, m_nextOrderSeq++);
    r.state = OrderState::Intent;
    r.createdTime = now;
    r.updatedTime = now;
    save(r);
    saveCounters();
    m_orders.insert(r.clientOrderId, r);
    OrderRequest request;
    request.symbol = r.symbol;
    request.side = r.orderSide;
    request.positionSide = r.positionSide;
    request.type = r.type;
    request.timeInForce = timeInForce;
    request.quantity = r.quantity;
    request.price = r.price;
    request.stopPrice = r.stopPrice;
    request.reduceOnly = r.purpose != OrderPurpose::Entry && r.positionSide == PositionSide::Both;
    request.clientOrderId = r.clientOrderId;
    toExchange([this, request] { m_exchange->placeOrder(request); });
    return r.clientOrderId;
}

OrderRecord TrancheManager::baseOrder(const OpenLot &lot, OrderPurpose purpose) const
{
    OrderRecord r;
    r.trancheId = lot.t.id;
    r.symbol = lot.t.symbol;
    r.side = lot.t.side;
    r.purpose = purpose;
    r.orderSide = exitOrderSide(lot.t.side);
    r.positionSide = lot.t.positionSide;
    r.quantity = lot.t.quantity;
    r.leverage = lot.t.leverage;
    return r;
}

QString TrancheManager::placeProtectionLeg(OpenLot &lot, OrderPurpose purpose)
{
    const bool isTp = purpose == OrderPurpose::TakeProfit;
    const Decimal stop = isTp ? lot.t.tpPrice : lot.t.slPrice;
    if (!stop.isPositive() || !lot.t.quantity.isPositive()) {
        return {};
    }
    OrderRecord r = baseOrder(lot, purpose);
    r.type = isTp ? OrderType::TakeProfitMarket : OrderType::StopMarket;
    r.stopPrice = stop;
    r.reduceOnly = r.positionSide == PositionSide::Both;
    const QString id = sendOrder(r);
    (isTp ? lot.tpOrderId : lot.slOrderId) = id;
    return id;
}

void TrancheManager::placeProtection(OpenLot &lot)
{
    // The new pair goes out before the old pair is cancelled: never a moment unprotected.
    const QString oldTp = lot.tpOrderId;
    const QString oldSl = lot.slOrderId;
    lot.tpOrderId.clear();
    lot.slOrderId.clear();
    placeProtectionLeg(lot, OrderPurpose::TakeProfit);
    placeProtectionLeg(lot, OrderPurpose::StopLoss);
    for (const QString &old : { oldTp, oldSl }) {
        if (!old.isEmpty() && m_orders.contains(old)) {
            requestCancel(lot.t.symbol, old);
        }
    }
}

void TrancheManager::cancelProtection(OpenLot &lot)
{
    for (QString *id : { &lot.tpOrderId, &lot.slOrderId }) {
        if (!id->isEmpty() && m_orders.contains(*id)) {
            requestCancel(lot.t.symbol, *id);
        }
        id->clear();
    }
}

void TrancheManager::requestCancel(const QString &symbol, const QString &clientOrderId)
{
    if (m_cancelRequested.contains(clientOrderId)) {
        return;
    }
    m_cancelRequested.insert(clientOrderId);
    toExchange([this, symbol, clientOrderId] { m_exchange->cancelOrder(symbol, clientOrderId); });
}

void TrancheManager::sendClose(OpenLot &lot, Decimal quantity, CloseReason reason)
{
    OrderRecord r = baseOrder(lot, OrderPurpose::Close);
    r.type = OrderType::Market;
    r.quantity = quantity;
    r.closeReason = reason;
    r.reduceOnly = r.positionSide == PositionSide::Both;
    lot.closeOrderId = sendOrder(r);
}

Result<TrancheManager::OpenLot *> TrancheManager::lotToChange(const QString &trancheId)
{
    OpenLot *lot = findLot(trancheId);
    if (!lot) {
        return Error { u"There is no open tranche %1."_s.arg(trancheId) };
    }
    if (lot->isClosing()) {
        return Error { u"Tranche %1 already has a close order in flight."_s.arg(trancheId) };
    }
    return lot;
}

Result<void> TrancheManager::closeTranche(const QString &trancheId)
{
    Step step(*this);
    auto found = lotToChange(trancheId);
    if (!found) {
        return found.error();
    }
    OpenLot *lot = found.value();
    sendClose(*lot, lot->t.quantity, CloseReason::Manual);
    return {};
}

Result<void> TrancheManager::closePart(const QString &trancheId, Decimal quantity)
{
    Step step(*this);
    auto found = lotToChange(trancheId);
    if (!found) {
        return found.error();
    }
    OpenLot *lot = found.value();
    const SymbolFilters filters = filtersFor(lot->t.symbol);
    const Decimal part = filters.roundQuantity(quantity);
    if (!part.isPositive() || part < filters.minQty) {
        return Error { u"%1 rounds to %2 at %3's step %4, below its minimum quantity %5."_s.arg(quantity.toString(),
            part.toString(), lot->t.symbol, filters.stepSize.toString(), filters.minQty.toString()) };
    }
    if (part >= lot->t.quantity) {
        return Error { u"Closing part takes less than the open %1; close the tranche to close all of it."_s.arg(
            lot->t.quantity.toString()) };
    }
    sendClose(*lot, part, CloseReason::Manual);
    return {};
}

Result<void> TrancheManager::moveProtection(const QString &trancheId, Decimal tpPrice, Decimal slPrice)
{
    Step step(*this);
    auto found = lotToChange(trancheId);
    if (!found) {
        return found.error();
    }
    OpenLot *lot = found.value();
    Tranche &t = lot->t;
    const SymbolFilters filters = filtersFor(t.symbol);
    const Decimal tp = filters.roundPrice(tpPrice);
    const Decimal sl = filters.roundPrice(slPrice);
    if (!tp.isPositive() || !sl.isPositive()) {
        return Error { u"Both the take profit and the stop must be positive prices."_s };
    }
    // A stop on the wrong side of the mark would trigger at once (-2021): refused here instead.
    const Decimal reference = markPrice(t.symbol).value_or(t.entryPrice);
    const bool isLong = t.side == Side::Long;
    if (isLong ? !(tp > reference) : !(tp < reference)) {
        return Error { u"A %1 take profit must be %2 the mark %3."_s.arg(
            toString(t.side), isLong ? u"above"_s : u"below"_s, reference.toString()) };
    }
    if (isLong ? !(sl < reference) : !(sl > reference)) {
        return Error { u"A %1 stop must be %2 the mark %3."_s.arg(
            toString(t.side), isLong ? u"below"_s : u"above"_s, reference.toString()) };
    }
    const Decimal oldTp = t.tpPrice;
    const Decimal oldSl = t.slPrice;
    t.tpPrice = tp;
    t.slPrice = sl;
    t.updatedTime = m_clock->nowMs();
    save(*lot);
    placeProtection(*lot);
    record(EventType::ProtectiveReplaced, t, std::nullopt, t.quantity, std::nullopt, u"moved by hand"_s,
        json({ { u"tp"_s, tp.toString() }, { u"sl"_s, sl.toString() }, { u"oldTp"_s, oldTp.toString() },
            { u"oldSl"_s, oldSl.toString() } }));
    Q_EMIT trancheChanged(t);
    return {};
}

void TrancheManager::closeAll()
{
    Step step(*this);
    for (const auto &b : m_books) {
        for (const auto &lot : b->lots) {
            if (!lot->isClosing()) {
                sendClose(*lot, lot->t.quantity, CloseReason::Manual);
            }
        }
    }
    for (const OrderRecord &r : std::as_const(m_orders)) {
        if (r.purpose == OrderPurpose::Entry) {
            requestCancel(r.symbol, r.clientOrderId);
        }
    }
}

Result<void> TrancheManager::cancelEntry(const QString &clientOrderId)
{
    Step step(*this);
    const auto it = m_orders.constFind(clientOrderId);
    if (it == m_orders.constEnd() || it->purpose != OrderPurpose::Entry) {
        return Error { u"%1 is not an entry order of ours that is still open."_s.arg(clientOrderId) };
    }
    requestCancel(it->symbol, clientOrderId);
    return {};
}

void TrancheManager::finishOrder(const QString &clientOrderId)
{
    constexpr size_t kFinishedKept = 10'000;
    const OrderRecord r = m_orders.take(clientOrderId);
    if (!m_finished.contains(clientOrderId)) {
        m_finishedOrder.push_back(clientOrderId);
    }
    m_finished.insert(clientOrderId, r);
    while (m_finishedOrder.size() > kFinishedKept) {
        m_finished.remove(m_finishedOrder.front());
        m_finishedOrder.pop_front();
    }
    m_cancelRequested.remove(clientOrderId);
    if (OpenLot *lot = findLot(r.trancheId); lot && lot->closeOrderId == clientOrderId) {
        lot->closeOrderId.clear();
    }
    Book &b = book(r.symbol);
    if (b.isSyncPending && !hasOrderInFlight(r.symbol)) {
        b.isSyncPending = false;
        toExchange([this] { m_exchange->requestPositions(); });
    }
}

bool TrancheManager::hasOrderInFlight(const QString &symbol) const
{
    // An unanswered query after an outage holds its symbol too, but not forever: an exchange
    // that never answers must not stop reconciliation for good.
    const qint64 now = m_clock->nowMs();
    for (const OrderRecord &r : m_orders) {
        if (r.symbol != symbol) {
            continue;
        }
        // An order whose fill may land any moment: not yet acknowledged, or a MARKET order. A
        // LIMIT the exchange acknowledged may rest for days; its fills arrive as updates like
        // any other, so reconciliation must not go blind while it rests (issue 10).
        const bool isFillImminent = r.state == OrderState::Intent || r.type != OrderType::Limit;
        if ((r.purpose == OrderPurpose::Entry || r.purpose == OrderPurpose::Close) && isFillImminent) {
            return true;
        }
        const auto asked = m_awaitingAnswer.constFind(r.clientOrderId);
        if (asked != m_awaitingAnswer.constEnd() && now - *asked < kQueryPatienceMs) {
            return true;
        }
    }
    return false;
}

QList<OrderRecord> TrancheManager::liveOrders() const
{
    QList<OrderRecord> result = m_orders.values();
    std::sort(result.begin(), result.end(),
        [](const OrderRecord &a, const OrderRecord &b) { return a.createdTime < b.createdTime; });
    return result;
}

} // namespace trd::core
