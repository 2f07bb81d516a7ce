// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaySession.h"

#include "MemoryTrancheStore.h"
#include "WhatIfRecorder.h"
#include "hunter/LiquidationHunter.h"
#include "paper/PaperEvent.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace trd::backtest {

using namespace core;

namespace {
constexpr qint64 kDrawdownStepMs = 60'000;
// Tranche ids of a replay: name-based UUIDs of the run's counter, the same on every run.
const QUuid kTrancheIdNamespace = QUuid::fromString(u"6f1c7e2a-3b5d-4e8f-9a0b-1c2d3e4f5a6b"_s);

qint64 nextMultiple(qint64 time, qint64 step)
{
    return (time / step + 1) * step;
}
} // namespace

ReplaySession::ReplaySession(Options options)
    : m_options(std::move(options))
{ }

ReplaySession::~ReplaySession()
{
    // The hunter and the manager hold pointers into the exchange, which listens to the engine.
    m_hunter.reset();
    m_manager.reset();
    m_exchange.reset();
    m_engine.reset();
}

Result<void> ReplaySession::start(qint64 startMs)
{
    m_clock.setMs(startMs);
    m_result.id = m_options.id;
    m_result.overrides = m_options.overrides;
    AppConfig config = m_options.config;
    if (m_options.hasRecordedFunding) {
        // The recorded rates are charged as they come; the flat schedule charges nothing.
        config.global.paperFundingRatePercent = Decimal();
    }
    m_engine = std::make_unique<exchange::PaperMatchingEngine>(&m_clock);
    for (const SymbolFilters &f : std::as_const(m_options.filters)) {
        m_engine->setSymbol(f);
    }
    m_engine->applyConfig(config);
    // Registered before the exchange's listener: the what-if recorder sees a fill before the
    // TrancheManager does. Any order update may change the symbol's stop and take-profit prices.
    m_engine->addListener([this](const exchange::PaperEvent &event) {
        if (event.kind == exchange::PaperEvent::Kind::OrderUpdate) {
            m_staleTriggers.insert(event.order.symbol);
            if (m_whatIf) {
                m_whatIf->onOrderUpdate(event.order);
            }
        }
    });
    m_exchange = std::make_unique<exchange::PaperExchange>(m_engine.get());
    m_store = std::make_shared<MemoryTrancheStore>(m_options.keepsHistory);
    m_manager = std::make_unique<TrancheManager>(m_exchange.get(), m_store.get(), &m_clock);
    m_manager->setTrancheIdGenerator([this] {
        return QUuid::createUuidV5(kTrancheIdNamespace, QString::number(m_nextTrancheId++))
            .toString(QUuid::WithoutBraces);
    });
    if (m_options.recordsWhatIf) {
        m_whatIf = std::make_unique<WhatIfRecorder>(m_manager.get());
        QObject::connect(m_manager.get(), &TrancheManager::eventRecorded, m_manager.get(),
            [this](const TrancheEvent &e) { m_whatIf->onEvent(e); });
    }
    m_hunter = std::make_unique<LiquidationHunter>(m_manager.get(), m_exchange.get(), &m_clock);
    m_hunter->setTimersEnabled(false);
    QObject::connect(m_exchange.get(), &Exchange::markPriceUpdated, m_hunter.get(), &LiquidationHunter::onMarkPrice);

    const auto trackRealized = [this](const Tranche &t) {
        Decimal &seen = m_realizedById[t.id];
        m_realizedTotal += t.realizedPnl - seen;
        seen = t.realizedPnl;
    };
    QObject::connect(m_hunter.get(), &LiquidationHunter::liquidationSeen, m_hunter.get(),
        [this](const Liquidation &) { ++m_result.liquidations; });
    QObject::connect(m_hunter.get(), &LiquidationHunter::entrySent, m_hunter.get(),
        [this](const QString &, Side, const QString &) { ++m_result.entries; });
    QObject::connect(
        m_manager.get(), &TrancheManager::trancheCreated, m_manager.get(), [this, trackRealized](const Tranche &t) {
            ++m_result.tranchesCreated;
            m_result.maxOpenTranches = std::max(m_result.maxOpenTranches, ++m_openTranches);
            ++m_openBySymbol[t.symbol];
            trackRealized(t);
        });
    QObject::connect(m_manager.get(), &TrancheManager::trancheChanged, m_manager.get(), trackRealized);
    QObject::connect(m_manager.get(), &TrancheManager::trancheIsolated, m_manager.get(),
        [this](const Tranche &) { ++m_result.tranchesIsolated; });
    QObject::connect(
        m_manager.get(), &TrancheManager::trancheClosed, m_manager.get(), [this, trackRealized](const Tranche &t) {
            trackRealized(t);
            m_realizedById.remove(t.id);
            --m_openTranches;
            --m_openBySymbol[t.symbol];
            if (t.status == TrancheStatus::Liquidated) {
                ++m_result.tranchesLiquidated;
            }
            m_result.realizedPnl += t.realizedPnl - t.fundingFee;
            m_result.fees += t.feesPaid;
            m_result.funding += t.fundingFee;
        });

    m_manager->setConfig(config);
    if (auto started = m_manager->start(); !started) {
        return started;
    }
    m_hunter->setConfig(config);
    m_syncIntervalMs = qint64(config.global.syncIntervalSeconds) * 1000;
    m_nextSync = startMs + m_syncIntervalMs;
    m_nextDrawdownCheck = nextMultiple(startMs, kDrawdownStepMs);
    m_nextEquityRow = nextMultiple(startMs, m_options.equityIntervalMs);
    m_peakEquity = equity();
    sampleEquity(startMs);
    return {};
}

Decimal ReplaySession::unrealized() const
{
    // The exchange's view (each position against its average entry), which is what the wallet
    // is booked against: the tranches' own entries would put a partial close's P&L in twice.
    Decimal sum;
    for (const PositionSnapshot &p : m_engine->positions()) {
        if (const auto mark = m_engine->markPrice(p.symbol)) {
            sum += p.amount * (*mark - p.entryPrice);
        }
    }
    return sum;
}

Decimal ReplaySession::equity() const
{
    return m_engine->walletBalance() + unrealized();
}

void ReplaySession::sampleEquity(qint64 time)
{
    m_result.equity.append({ time, m_realizedTotal, unrealized(), m_engine->walletBalance() });
}

void ReplaySession::onTimeAdvanced(qint64 now)
{
    // The app's timers, on replayed time: reconciliation, and the samples of the account.
    if (now >= m_nextDrawdownCheck) {
        m_nextDrawdownCheck = nextMultiple(now, kDrawdownStepMs);
        const Decimal value = equity();
        m_peakEquity = Decimal::max(m_peakEquity, value);
        m_result.maxDrawdown = Decimal::max(m_result.maxDrawdown, m_peakEquity - value);
    }
    if (now >= m_nextEquityRow) {
        m_nextEquityRow = nextMultiple(now, m_options.equityIntervalMs);
        sampleEquity(now);
    }
    if (m_options.runsSyncTimer && now >= m_nextSync) {
        m_nextSync = now + m_syncIntervalMs;
        m_manager->requestPeriodicSync();
    }
}

void ReplaySession::apply(const MarketEvent &e)
{
    ++m_result.marketEvents;
    if (e.time > m_clock.nowMs()) {
        m_clock.setMs(e.time);
        onTimeAdvanced(e.time);
    }
    switch (e.kind) {
    case MarketEvent::Kind::Mark:
        moveMark(e.symbol, e.price);
        break;
    case MarketEvent::Kind::Liquidation: {
        Liquidation l;
        l.symbol = e.symbol;
        l.side = e.side;
        l.price = e.price;
        l.averagePrice = e.averagePrice;
        l.quantity = e.quantity;
        l.time = e.time;
        m_hunter->onLiquidation(l);
        break;
    }
    case MarketEvent::Kind::CandleClosed:
        m_hunter->onCandle(e.symbol, e.timeframe, e.high, e.low, e.price, e.volume, e.time);
        break;
    case MarketEvent::Kind::Funding:
        if (m_options.hasRecordedFunding) {
            m_engine->chargeFunding(e.symbol, e.rate.multipliedBy(100));
        }
        break;
    }
}

const QList<Decimal> &ReplaySession::triggersOf(const QString &symbol)
{
    auto it = m_triggers.find(symbol);
    if (it == m_triggers.end() || m_staleTriggers.remove(symbol)) {
        QList<Decimal> prices;
        for (const OpenOrder &o : m_engine->openOrders(symbol)) {
            if (o.type == OrderType::StopMarket || o.type == OrderType::TakeProfitMarket) {
                prices.append(o.stopPrice);
            }
        }
        it = m_triggers.insert(symbol, prices);
    }
    return *it;
}

void ReplaySession::moveMark(const QString &symbol, Decimal price)
{
    // The path between two marks is continuous: it passes every stop and take-profit trigger on
    // the way, and the paper exchange sees the mark there, so such an order fills at its trigger
    // (plus the paper slippage) rather than wherever the next recorded price happens to be.
    // When it passes one, a position's liquidation price on the way counts too (one tick past
    // it, where the paper exchange's rule certainly applies; it fills at the liquidation price
    // itself), so that a liquidation the path meets before a stop happens before it. Only
    // symbols with open tranches have either.
    const std::optional<Decimal> from = m_engine->markPrice(symbol);
    if (from && *from != price && m_openBySymbol.value(symbol) > 0) {
        const bool isRising = price > *from;
        const auto isCrossed = [&](Decimal p) { return isRising ? p > *from && p < price : p < *from && p > price; };
        QList<Decimal> crossed;
        for (const Decimal trigger : triggersOf(symbol)) {
            if (isCrossed(trigger)) {
                crossed.append(trigger);
            }
        }
        if (!crossed.isEmpty()) {
            const Decimal tick = m_engine->filters(symbol).tickSize;
            const bool isHedge = m_options.config.global.positionMode == PositionMode::Hedge;
            for (const PositionSide side :
                isHedge ? QList { PositionSide::Long, PositionSide::Short } : QList { PositionSide::Both }) {
                if (const auto liquidation = m_engine->liquidationPrice(symbol, side)) {
                    const Decimal past = isRising ? liquidation->roundedToStep(tick, RoundingMode::Down) + tick
                                                  : liquidation->roundedToStep(tick, RoundingMode::Up) - tick;
                    if (isCrossed(past)) {
                        crossed.append(past);
                    }
                }
            }
            std::sort(
                crossed.begin(), crossed.end(), [isRising](Decimal a, Decimal b) { return isRising ? a < b : a > b; });
            crossed.erase(std::unique(crossed.begin(), crossed.end()), crossed.end());
            for (const Decimal point : std::as_const(crossed)) {
                m_engine->setMarkPrice(symbol, point);
            }
        }
    }
    m_engine->setMarkPrice(symbol, price);
}

VariantResult ReplaySession::finish()
{
    m_manager->flush();
    const Decimal value = equity();
    m_peakEquity = Decimal::max(m_peakEquity, value);
    m_result.maxDrawdown = Decimal::max(m_result.maxDrawdown, m_peakEquity - value);
    if (m_result.equity.isEmpty() || m_result.equity.last().time != m_clock.nowMs()) {
        sampleEquity(m_clock.nowMs());
    }
    for (const Tranche &t : m_manager->openTranches()) {
        ++m_result.openTranches;
        m_result.openUnrealizedPnl += t.unrealizedPnl;
        m_result.openRealizedPnl += t.realizedPnl;
    }
    m_result.netPnl = m_result.realizedPnl + m_result.funding;
    m_result.endBalance = m_engine->walletBalance();
    if (m_whatIf) {
        m_result.whatIf = m_whatIf->takeFills();
    }
    if (m_options.keepsHistory) {
        m_result.store = m_store;
    }
    return std::move(m_result);
}

} // namespace trd::backtest
