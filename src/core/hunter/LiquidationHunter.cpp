// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hunter/LiquidationHunter.h"

#include "common/CoreLog.h"
#include "hunter/EntrySizer.h"
#include "store/LiquidationStore.h"
#include "tranche/TrancheManager.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kDuplicateWindowMs = 1000;

// Exchange codes after which the symbol's leverage is asked again before the next entry: the
// margin or position limits they name depend on the leverage the exchange really has.
bool isLeverageRelated(int code)
{
    return code == -2019 || code == -2027 || code == -2028 || code == -4028 || code == -4161;
}

} // namespace

LiquidationHunter::LiquidationHunter(TrancheManager *manager, Exchange *exchange, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_exchange(exchange)
    , m_clock(clock)
{
    connect(m_exchange, &Exchange::orderUpdated, this, &LiquidationHunter::onOrderUpdate);
    connect(m_exchange, &Exchange::balanceUpdated, this, &LiquidationHunter::onBalance);
    connect(m_exchange, &Exchange::requestFailed, this, &LiquidationHunter::onRequestFailed);
    m_timeoutTimer.setInterval(1000);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &LiquidationHunter::checkEntryTimeouts);
    m_timeoutTimer.start();
}

LiquidationHunter::~LiquidationHunter() = default;

void LiquidationHunter::setConfig(const AppConfig &config)
{
    m_config = config;
    m_exchange->requestBalance();
}

void LiquidationHunter::setPaused(bool paused)
{
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    qCInfo(lcCore) << (paused ? "hunter paused" : "hunter resumed");
    Q_EMIT pausedChanged(paused);
}

void LiquidationHunter::closeAll()
{
    setPaused(true);
    m_manager->closeAll();
}

void LiquidationHunter::setLiquidationStore(LiquidationStore *store, int retentionDays)
{
    m_liquidationStore = store;
    m_retentionDays = retentionDays;
    m_nextRetention = 0;
}

QList<Liquidation> LiquidationHunter::recentLiquidations() const
{
    return QList<Liquidation>(m_recent.begin(), m_recent.end());
}

std::optional<Decimal> LiquidationHunter::vwap(const QString &symbol) const
{
    const SymbolConfig cfg = m_config.symbol(symbol);
    return m_vwap.vwap(symbol, cfg.vwapTimeframe, cfg.vwapLookback, m_clock->nowMs());
}

void LiquidationHunter::setTimersEnabled(bool enabled)
{
    if (enabled) {
        m_timeoutTimer.start();
    } else {
        m_timeoutTimer.stop();
    }
}

QString LiquidationHunter::sideKey(const QString &symbol, Side side)
{
    return symbol + u'|' + toString(side);
}

Side LiquidationHunter::entrySideFor(const SymbolConfig &cfg, OrderSide liquidationSide) const
{
    // A SELL liquidation means longs were forced out and the price was pushed down: the
    // contrarian bot buys the dip.
    const Side contrarian = liquidationSide == OrderSide::Sell ? Side::Long : Side::Short;
    return cfg.tradeSide == TradeSide::Opposite ? contrarian : opposite(contrarian);
}

// ---------------------------------------------------------------------------------------------
// Signals

void LiquidationHunter::onLiquidation(const Liquidation &liquidation)
{
    if (isDuplicate(liquidation)) {
        return;
    }
    store(liquidation);
    Q_EMIT liquidationSeen(liquidation);
    checkEntryTimeouts();
    const auto it = m_config.symbols.constFind(liquidation.symbol);
    if (it == m_config.symbols.cend()) {
        return;
    }
    const Side side = entrySideFor(*it, liquidation.side);
    if (isTriggered(liquidation, *it, side)) {
        consider(liquidation, *it, side);
    }
}

bool LiquidationHunter::isDuplicate(const Liquidation &l)
{
    // The stream pushes at most one liquidation per symbol and second, so the same symbol, side,
    // price and quantity again within a second is the same event repeated (a recorder or a
    // reconnecting stream that delivers it twice, each copy with its own receive time).
    const QString key = u"%1|%2|%3|%4"_s.arg(l.symbol, toString(l.side), l.price.toString(), l.quantity.toString());
    const auto it = m_seen.constFind(key);
    const bool isRepeat = it != m_seen.cend() && std::abs(l.time - *it) < kDuplicateWindowMs;
    m_seen.insert(key, l.time);
    m_newestSeen = std::max(m_newestSeen, l.time);
    if (m_seen.size() > 4096) {
        for (auto e = m_seen.begin(); e != m_seen.end();) {
            e = e.value() < m_newestSeen - kDuplicateWindowMs ? m_seen.erase(e) : std::next(e);
        }
    }
    return isRepeat;
}

void LiquidationHunter::store(const Liquidation &liquidation)
{
    m_recent.push_back(liquidation);
    while (m_recent.size() > kRecentLiquidations) {
        m_recent.pop_front();
    }
    if (!m_liquidationStore) {
        return;
    }
    if (const auto result = m_liquidationStore->appendLiquidation(liquidation); !result) {
        qCWarning(lcCore) << "liquidation not stored:" << result.error().message;
    }
    const qint64 now = m_clock->nowMs();
    if (m_retentionDays > 0 && now >= m_nextRetention) {
        m_nextRetention = now + kHourMs;
        if (const auto removed = m_liquidationStore->removeLiquidationsBefore(now - m_retentionDays * kDayMs);
            !removed) {
            qCWarning(lcCore) << "liquidation retention failed:" << removed.error().message;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Triggers

bool LiquidationHunter::isTriggered(const Liquidation &liquidation, const SymbolConfig &cfg, Side side)
{
    // Thresholds follow the entry direction (longVolumeThresholdUSDT for LONG entries), so that
    // tradeSide SAME keeps "the long threshold guards long entries".
    const Decimal threshold = side == Side::Long ? cfg.longVolumeThresholdUSDT : cfg.shortVolumeThresholdUSDT;
    const Decimal volume = liquidation.volumeUsdt();
    if (!cfg.useThreshold) {
        return volume >= threshold;
    }
    const qint64 now = m_clock->nowMs();
    auto &window = m_windows[sideKey(liquidation.symbol, side)];
    window.push_back({ now, volume });
    while (!window.empty() && window.front().time <= now - cfg.thresholdTimeWindow) {
        window.pop_front();
    }
    Decimal sum;
    for (const WindowEntry &e : window) {
        sum += e.volume;
    }
    Q_EMIT thresholdProgress(liquidation.symbol, side, sum, threshold);
    return sum >= threshold;
}

std::optional<QString> LiquidationHunter::triggerRefusal(
    const Liquidation &liquidation, const SymbolConfig &cfg, Side side, QString &details) const
{
    const qint64 now = m_clock->nowMs();
    if (const auto it = m_lastEntry.constFind(sideKey(liquidation.symbol, side));
        it != m_lastEntry.cend() && now - *it < cfg.thresholdCooldown) {
        details = json({ { u"remainingMs"_s, QString::number(*it + cfg.thresholdCooldown - now) } });
        return u"cooldown"_s;
    }
    const std::optional<Decimal> mark = markFor(liquidation.symbol);
    if (!mark || !mark->isPositive()) {
        return u"mark price unknown"_s;
    }
    // price / mark < 1.01 for a LONG, > 0.99 for a SHORT, without dividing.
    const Decimal scaledPrice = liquidation.price.multipliedBy(100);
    const bool isNear
        = side == Side::Long ? scaledPrice < mark->multipliedBy(101) : scaledPrice > mark->multipliedBy(99);
    if (!isNear) {
        details = json({ { u"price"_s, liquidation.price.toString() }, { u"mark"_s, mark->toString() } });
        return u"price far from mark"_s;
    }
    if (cfg.vwapProtection) {
        const auto vwap = m_vwap.vwap(liquidation.symbol, cfg.vwapTimeframe, cfg.vwapLookback, now);
        if (!vwap) {
            return u"VWAP unknown"_s;
        }
        details = json({ { u"price"_s, liquidation.price.toString() }, { u"vwap"_s, vwap->toString(8) } });
        if (side == Side::Long && liquidation.price >= *vwap) {
            return u"price above VWAP"_s;
        }
        if (side == Side::Short && liquidation.price <= *vwap) {
            return u"price below VWAP"_s;
        }
        details.clear();
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Gates, sizing and the order

std::optional<QString> LiquidationHunter::gateRefusal(const QString &symbol, Side side) const
{
    // The manager's live orders include entries of ours sent before a restart or by hand.
    const QList<OrderRecord> live = m_manager->liveOrders();
    for (const OrderRecord &r : live) {
        if (r.purpose == OrderPurpose::Entry && r.symbol == symbol && r.side == side) {
            return u"entry in flight"_s;
        }
    }
    if (auto limit = m_manager->entryRefusal(symbol, side)) {
        return limit;
    }
    QSet<QString> symbols;
    for (const Tranche &t : m_manager->openTranches()) {
        symbols.insert(t.symbol);
    }
    for (const OrderRecord &r : live) {
        if (r.purpose == OrderPurpose::Entry) {
            symbols.insert(r.symbol);
        }
    }
    if (!symbols.contains(symbol) && symbols.size() >= m_config.global.maxOpenPositions) {
        return u"max open positions"_s;
    }
    return std::nullopt;
}

Decimal LiquidationHunter::marginInUse(const QString &symbol) const
{
    Decimal margin = m_manager->summary(symbol).marginUsed;
    for (const OrderRecord &r : m_manager->liveOrders()) {
        if (r.purpose != OrderPurpose::Entry || r.symbol != symbol || r.leverage <= 0) {
            continue;
        }
        const Decimal price = r.price.isPositive() ? r.price : markFor(symbol).value_or(Decimal());
        margin += (r.quantity * price).divided(Decimal::fromInt(r.leverage), RoundingMode::Up);
    }
    return margin;
}

std::optional<Decimal> LiquidationHunter::markFor(const QString &symbol) const
{
    if (const auto it = m_marks.constFind(symbol); it != m_marks.cend()) {
        return *it;
    }
    return m_manager->markPrice(symbol);
}

void LiquidationHunter::refuse(const QString &symbol, Side side, const QString &reason, const QString &details)
{
    m_manager->recordRefusal(symbol, side, reason, details);
    Q_EMIT entryRefused(symbol, side, reason);
}

void LiquidationHunter::consider(const Liquidation &liquidation, const SymbolConfig &cfg, Side side)
{
    const QString &symbol = liquidation.symbol;
    if (m_paused) {
        refuse(symbol, side, u"paused"_s);
        return;
    }
    QString details;
    if (const auto reason = triggerRefusal(liquidation, cfg, side, details)) {
        // A cascade during the cooldown would write an event per liquidation: the cooldown is
        // shown (the signal) but kept out of the audit trail, like a volume below threshold.
        if (*reason == u"cooldown"_s) {
            Q_EMIT entryRefused(symbol, side, *reason);
        } else {
            refuse(symbol, side, *reason, details);
        }
        return;
    }
    pruneFinishedEntries();
    if (const auto reason = gateRefusal(symbol, side)) {
        refuse(symbol, side, *reason);
        return;
    }

    SymbolFilters filters;
    filters.symbol = symbol;
    if (const auto known = m_exchange->symbolFilters(symbol)) {
        filters = *known;
    }
    const bool isBuy = entryOrderSide(side) == OrderSide::Buy;
    EntryRequest request;
    request.symbol = symbol;
    request.side = side;
    request.type = OrderType::Market;
    Decimal sizingPrice = *markFor(symbol); // triggerRefusal made sure there is one
    const auto book = m_books.constFind(symbol);
    const bool hasBook = book != m_books.cend() && book->bid.isPositive() && book->ask.isPositive();
    if (cfg.orderType == OrderType::Limit && !cfg.forceMarketEntry && hasBook) {
        const Decimal reference = isBuy ? book->bid : book->ask;
        const Decimal offset = Decimal::max(reference * cfg.priceOffsetBps.dividedBy(10000), filters.tickSize);
        const Decimal price = filters.roundPrice(isBuy ? reference + offset : reference - offset);
        // |price − liquidation| / liquidation > maxSlippageBps / 10000, without dividing.
        const Decimal distance = (price - liquidation.price).abs().multipliedBy(10000);
        if (distance <= liquidation.price * cfg.maxSlippageBps) {
            request.type = OrderType::Limit;
            request.price = price;
            request.timeInForce = cfg.usePostOnly ? TimeInForce::Gtx : TimeInForce::Gtc;
            sizingPrice = price;
        }
    }
    if (request.type == OrderType::Market && hasBook) {
        sizingPrice = isBuy ? book->ask : book->bid;
    }

    const EntrySize size = EntrySizer::size(filters, cfg.tradeSizeFor(side), cfg.leverage, sizingPrice);
    if (!size.isValid) {
        refuse(symbol, side, size.refusal,
            json({ { u"quantity"_s, size.quantity.toString() }, { u"minQty"_s, filters.minQty.toString() },
                { u"marginNeeded"_s, size.marginNeeded.toString() } }));
        return;
    }
    if (cfg.maxPositionMarginUSDT && marginInUse(symbol) + size.margin > *cfg.maxPositionMarginUSDT) {
        refuse(symbol, side, u"max position margin"_s,
            json({ { u"inUse"_s, marginInUse(symbol).toString(2) }, { u"entry"_s, size.margin.toString(2) },
                { u"max"_s, cfg.maxPositionMarginUSDT->toString() } }));
        return;
    }
    // The paper exchange answers at once; a live one answers later and the last known value counts.
    m_exchange->requestBalance();
    if (!m_available) {
        refuse(symbol, side, u"balance unknown"_s);
        return;
    }
    if (*m_available < size.margin) {
        refuse(symbol, side, u"insufficient balance"_s,
            json({ { u"available"_s, m_available->toString(2) }, { u"margin"_s, size.margin.toString(2) } }));
        return;
    }

    ensureLeverage(symbol, cfg.leverage);
    request.quantity = size.quantity;
    const QString key = sideKey(symbol, side);
    const std::optional<qint64> previous
        = m_lastEntry.contains(key) ? std::optional<qint64>(m_lastEntry.value(key)) : std::nullopt;
    m_isEntering = true;
    const EntryDecision decision = m_manager->enter(request);
    m_isEntering = false;
    if (!decision.isAccepted) {
        // The manager recorded the refusal event itself.
        Q_EMIT entryRefused(symbol, side, decision.reason);
        m_finishedWhileEntering.clear();
        return;
    }
    // The cooldown starts with an entry actually sent, never with a refused attempt.
    m_lastEntry.insert(key, m_clock->nowMs());
    m_windows.remove(key);
    PendingEntry pending { symbol, side, m_clock->nowMs(), request.type == OrderType::Limit, false, previous };
    m_pending.insert(decision.clientOrderId, pending);
    Q_EMIT entrySent(symbol, side, decision.clientOrderId);
    // The paper exchange may have filled or rejected the order before enter() returned.
    const auto finished = m_finishedWhileEntering;
    m_finishedWhileEntering.clear();
    for (auto it = finished.cbegin(); it != finished.cend(); ++it) {
        handleFinalEntry(it.key(), it.value());
    }
}

void LiquidationHunter::ensureLeverage(const QString &symbol, int leverage)
{
    // Once per symbol (and again after a config change or a leverage-related rejection): the
    // original asked before every entry, a request each time.
    if (m_leverageSent.value(symbol) == leverage) {
        return;
    }
    m_leverageSent.insert(symbol, leverage);
    m_exchange->setLeverage(symbol, leverage);
}

// ---------------------------------------------------------------------------------------------
// Exchange answers

void LiquidationHunter::onOrderUpdate(const OrderUpdate &update)
{
    if (!update.isFinal()) {
        return;
    }
    if (m_pending.contains(update.clientOrderId)) {
        handleFinalEntry(update.clientOrderId, update);
    } else if (m_isEntering) {
        m_finishedWhileEntering.insert(update.clientOrderId, update);
    }
}

void LiquidationHunter::handleFinalEntry(const QString &clientOrderId, const OrderUpdate &update)
{
    const auto it = m_pending.find(clientOrderId);
    if (it == m_pending.end()) {
        return;
    }
    if (update.status == OrderStatus::Rejected) {
        // An entry the exchange refused is no entry: the cooldown goes back to what it was.
        const QString key = sideKey(it->symbol, it->side);
        if (it->previousEntryTime) {
            m_lastEntry.insert(key, *it->previousEntryTime);
        } else {
            m_lastEntry.remove(key);
        }
        if (isLeverageRelated(update.errorCode)) {
            m_leverageSent.remove(it->symbol);
        }
    }
    m_pending.erase(it);
}

void LiquidationHunter::onBalance(const Decimal &available, const Decimal &wallet)
{
    Q_UNUSED(wallet)
    m_available = available;
}

void LiquidationHunter::onRequestFailed(const QString &what, int code, const QString &message)
{
    if (!what.startsWith(u"setLeverage"_s)) {
        return;
    }
    qCWarning(lcCore) << "leverage not set:" << what << code << message;
    const QString symbol = what.section(u' ', 1, 1);
    m_leverageSent.remove(symbol);
}

void LiquidationHunter::pruneFinishedEntries()
{
    // Nearly always nothing to prune: then the manager's orders are not copied and sorted.
    if (m_pending.isEmpty()) {
        return;
    }
    QSet<QString> live;
    for (const OrderRecord &r : m_manager->liveOrders()) {
        live.insert(r.clientOrderId);
    }
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        it = live.contains(it.key()) ? std::next(it) : m_pending.erase(it);
    }
}

void LiquidationHunter::checkEntryTimeouts()
{
    // Runs on every book ticker: cheap unless an entry of ours is resting.
    if (m_pending.isEmpty()) {
        return;
    }
    const qint64 now = m_clock->nowMs();
    QStringList due;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const qint64 timeoutMs = qint64(m_config.symbol(it->symbol).entryTimeoutSeconds) * 1000;
        if (it->isLimit && !it->isCancelRequested && now - it->sentAt >= timeoutMs) {
            it->isCancelRequested = true;
            due.append(it.key());
        }
    }
    for (const QString &id : std::as_const(due)) {
        qCInfo(lcCore) << "entry" << id << "unfilled after its timeout: cancelling";
        if (const auto result = m_manager->cancelEntry(id); !result) {
            // Already finished (its final update went elsewhere, e.g. before a restart).
            m_pending.remove(id);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Market data

void LiquidationHunter::onBookTicker(const QString &symbol, const Decimal &bid, const Decimal &ask)
{
    m_books.insert(symbol, { bid, ask });
    checkEntryTimeouts();
}

void LiquidationHunter::onMarkPrice(const QString &symbol, const Decimal &price, qint64 time)
{
    Q_UNUSED(time)
    m_marks.insert(symbol, price);
}

void LiquidationHunter::onCandle(const QString &symbol, const QString &timeframe, const Decimal &high,
    const Decimal &low, const Decimal &close, const Decimal &volume, qint64 closeTime)
{
    m_vwap.addCandle(symbol, timeframe, high, low, close, volume, closeTime);
}

} // namespace trd::core
