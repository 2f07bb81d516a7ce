// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeAccountHandlers.h"

#include "fake/FakeCandles.h"
#include "fake/FakeJson.h"
#include "live/AsterRestApi.h"
#include "paper/PaperMatchingEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::Decimal;
using Call = AsterRestApi::Call;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
const QList<int> kDepthLimits { 5, 10, 20, 50, 100, 500, 1000 };

FakeResponse json(const QJsonDocument &document)
{
    return { 200, document.toJson(QJsonDocument::Compact), {} };
}

FakeResponse success()
{
    return json(QJsonDocument(QJsonObject { { u"code"_s, 200 }, { u"msg"_s, u"success"_s } }));
}

FakeResponse refusal(int code, const QString &message)
{
    return { 400, FakeJson::error(code, message), {} };
}

FakeResponse missing(const QString &parameter)
{
    return refusal(-1102, u"Mandatory parameter '%1' was not sent, was empty/null, or malformed."_s.arg(parameter));
}

FakeResponse invalid(const QString &parameter)
{
    return refusal(-1130, u"Data sent for parameter '%1' is not valid."_s.arg(parameter));
}

// A JSON value of a batchOrders entry as the form value it stands for.
QString formText(const QJsonValue &v)
{
    if (v.isBool()) {
        return v.toBool() ? u"true"_s : u"false"_s;
    }
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
}

// The rows a history endpoint answers: time-ordered rows inside [from, to], at most `limit`,
// the oldest ones when the caller named where to start and the newest otherwise.
struct Window
{
    qint64 from = 0;
    qint64 to = 0;
    int limit = 0;
    bool isFromStart = false;

    bool contains(qint64 time) const { return time >= from && time <= to; }
    template<typename T>
    QList<T> pick(const QList<T> &rows) const
    {
        const qsizetype n = std::min<qsizetype>(limit, rows.size());
        return isFromStart ? rows.first(n) : rows.last(n);
    }
};

// How an endpoint reads startTime, endTime (inclusive) and limit.
struct WindowRule
{
    int defaultLimit = 500;
    int maxLimit = 1000;
    qint64 maxDays = 0; // the longest window allowed; 0: any
    qint64 defaultDays = 0; // the window when neither end is sent; 0: everything
};
constexpr WindowRule kTradesRule { 500, 1000, 7, 7 }; // userTrades, allOrders
constexpr WindowRule kIncomeRule { 100, 1000, 0, 7 };
constexpr WindowRule kKlinesRule { 500, 1500, 0, 0 };

std::optional<FakeResponse> readWindow(const FakeAccountHandlers::Params &p, qint64 now, WindowRule rule, Window &w)
{
    bool isNumber = true;
    const auto number = [&p, &isNumber](const QString &key, qint64 fallback) {
        if (!p.contains(key)) {
            return fallback;
        }
        bool ok = false;
        const qint64 value = p.value(key).toLongLong(&ok);
        isNumber = isNumber && ok;
        return value;
    };
    constexpr qint64 kForever = std::numeric_limits<qint64>::max();
    const bool hasStart = p.contains(u"startTime"_s);
    const bool hasEnd = p.contains(u"endTime"_s);
    const qint64 maxSpan = rule.maxDays * kDayMs;
    w.from = number(u"startTime"_s, 0);
    w.to = number(u"endTime"_s, kForever);
    if (hasStart && !hasEnd && maxSpan > 0) {
        w.to = w.from + maxSpan;
    } else if (!hasStart && hasEnd && maxSpan > 0) {
        w.from = w.to - maxSpan;
    } else if (!hasStart && !hasEnd && rule.defaultDays > 0) {
        w.from = now - rule.defaultDays * kDayMs;
    }
    w.limit = int(number(u"limit"_s, rule.defaultLimit));
    w.isFromStart = hasStart;
    if (!isNumber) {
        return invalid(u"startTime, endTime or limit"_s);
    }
    if (w.limit <= 0 || w.limit > rule.maxLimit) {
        return invalid(u"limit"_s);
    }
    if (w.from > w.to) {
        return refusal(-1023, u"Start time is greater than end time."_s);
    }
    if (maxSpan > 0 && hasStart && hasEnd && w.to - w.from > maxSpan) {
        return refusal(-1127, u"More than %1 hours between startTime and endTime."_s.arg(rule.maxDays * 24));
    }
    return std::nullopt;
}

QJsonObject tradeJson(const core::OrderUpdate &f)
{
    return { { u"buyer"_s, f.side == core::OrderSide::Buy }, { u"commission"_s, f.fee.toString() },
        { u"commissionAsset"_s, u"USDT"_s }, { u"id"_s, f.tradeId }, { u"maker"_s, f.isMaker },
        { u"orderId"_s, f.orderId }, { u"price"_s, f.lastPrice.toString() }, { u"qty"_s, f.lastQuantity.toString() },
        { u"quoteQty"_s, (f.lastPrice * f.lastQuantity).toString() }, { u"realizedPnl"_s, f.realizedProfit.toString() },
        { u"side"_s, core::toString(f.side) }, { u"positionSide"_s, core::toString(f.positionSide) },
        { u"symbol"_s, f.symbol }, { u"time"_s, f.time } };
}

} // namespace

FakeAccountHandlers::FakeAccountHandlers(
    PaperMatchingEngine *engine, const FakeCandles *candles, Now now, Handler placeOrder)
    : m_engine(engine)
    , m_candles(candles)
    , m_now(std::move(now))
    , m_placeOrder(std::move(placeOrder))
{
    m_listenerId = m_engine->addListener([this](const PaperEvent &event) { onEngineEvent(event); });
}

FakeAccountHandlers::~FakeAccountHandlers()
{
    m_engine->removeListener(m_listenerId);
}

std::optional<FakeAccountHandlers::Route> FakeAccountHandlers::route(
    const QString &method, const QString &path, const Params &params)
{
    using H = FakeAccountHandlers;
    // Methods, paths and weights are the client's table (AsterRestApi): exchange.md's numbers,
    // stated once.
    static const QList<QPair<Call, FakeResponse (H::*)(const Params &)>> handlers {
        { Call::Depth, &H::depth },
        { Call::Klines, &H::klines },
        { Call::AllOrders, &H::allOrders },
        { Call::UserTrades, &H::userTrades },
        { Call::Income, &H::income },
        { Call::CommissionRate, &H::commissionRate },
        { Call::PositionMode, &H::positionMode },
        { Call::SetPositionMode, &H::setPositionMode },
        { Call::BatchOrders, &H::batchOrders },
        { Call::MarginType, &H::marginType },
    };
    for (const auto &[call, handler] : handlers) {
        const Endpoint e = AsterRestApi::endpoint(call);
        if (e.path != path || QString::fromLatin1(e.method) != method) {
            continue;
        }
        const int limit = params.value(u"limit"_s, u"500"_s).toInt();
        const int weight = call == Call::Depth ? AsterRestApi::depthWeight(limit)
            : call == Call::Klines             ? AsterRestApi::klinesWeight(limit)
                                               : e.weight;
        return Route { e.isSigned, weight, [this, h = handler](const Params &p) { return (this->*h)(p); } };
    }
    return std::nullopt;
}

void FakeAccountHandlers::onEngineEvent(const PaperEvent &event)
{
    if (event.kind == PaperEvent::Kind::AccountUpdate && event.reason == u"FUNDING_FEE") {
        m_income.append({ event.symbol, event.reason, event.amount, event.time, m_nextTranId++, 0 });
        return;
    }
    if (event.kind != PaperEvent::Kind::OrderUpdate) {
        return;
    }
    const core::OrderUpdate &u = event.order;
    if (u.orderId > 0) {
        const auto [it, isNew] = m_orders.try_emplace(u.orderId);
        if (isNew) {
            it->second.createdAt = u.time;
        }
        it->second.latest = u;
    }
    // A query answers with the order's last update, which may be its last fill: count it once.
    if (!u.isFill() || u.tradeId <= 0 || !m_fills.emplace(u.tradeId, u).second) {
        return;
    }
    if (!u.realizedProfit.isZero()) {
        m_income.append({ u.symbol, u"REALIZED_PNL"_s, u.realizedProfit, u.time, m_nextTranId++, u.tradeId });
    }
    if (!u.fee.isZero()) {
        m_income.append({ u.symbol, u"COMMISSION"_s, -u.fee, u.time, m_nextTranId++, u.tradeId });
    }
}

FakeResponse FakeAccountHandlers::batchOrders(const Params &params)
{
    if (!params.contains(u"batchOrders"_s)) {
        return missing(u"batchOrders"_s);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(params.value(u"batchOrders"_s).toUtf8());
    if (!doc.isArray()) {
        return invalid(u"batchOrders"_s);
    }
    const QJsonArray orders = doc.array();
    if (orders.isEmpty() || orders.size() > AsterRestApi::kMaxBatchOrders) {
        return refusal(-4082, u"Invalid number of batch place orders: %1"_s.arg(orders.size()));
    }
    // Each order goes the way of POST /fapi/v1/order; a refused one answers its error in its slot.
    QJsonArray answers;
    for (const QJsonValue &v : orders) {
        Params order;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            order.insert(it.key(), formText(it.value()));
        }
        answers.append(QJsonDocument::fromJson(m_placeOrder(order).body).object());
    }
    return json(QJsonDocument(answers));
}

FakeResponse FakeAccountHandlers::allOrders(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (auto refused = refuseSymbol(symbol)) {
        return *refused;
    }
    Window w;
    if (auto refused = readWindow(params, m_now(), kTradesRule, w)) {
        return *refused;
    }
    const bool hasOrderId = params.contains(u"orderId"_s);
    const qint64 fromId = params.value(u"orderId"_s).toLongLong();
    w.isFromStart = w.isFromStart || hasOrderId;
    QList<QJsonObject> rows;
    for (const auto &[id, record] : m_orders) {
        if (record.latest.symbol == symbol && (hasOrderId ? id >= fromId : w.contains(record.createdAt))) {
            QJsonObject order = FakeJson::order(record.latest);
            order.insert(u"time"_s, record.createdAt);
            rows.append(order);
        }
    }
    QJsonArray list;
    for (const QJsonObject &o : w.pick(rows)) {
        list.append(o);
    }
    return json(QJsonDocument(list));
}

FakeResponse FakeAccountHandlers::userTrades(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (auto refused = refuseSymbol(symbol)) {
        return *refused;
    }
    const bool hasFromId = params.contains(u"fromId"_s);
    if (hasFromId && (params.contains(u"startTime"_s) || params.contains(u"endTime"_s))) {
        return refusal(-1128, u"Combination of optional parameters invalid."_s);
    }
    Window w;
    if (auto refused = readWindow(params, m_now(), kTradesRule, w)) {
        return *refused;
    }
    const qint64 fromId = params.value(u"fromId"_s).toLongLong();
    // One order's trades: all of them, whatever their time.
    const bool hasOrderId = params.contains(u"orderId"_s);
    const qint64 orderId = params.value(u"orderId"_s).toLongLong();
    w.isFromStart = w.isFromStart || hasFromId || hasOrderId;
    QList<core::OrderUpdate> rows;
    for (const auto &[id, fill] : m_fills) {
        const bool isInWindow = hasOrderId ? fill.orderId == orderId && (!hasFromId || id >= fromId)
                                           : (hasFromId ? id >= fromId : w.contains(fill.time));
        if (fill.symbol == symbol && isInWindow) {
            rows.append(fill);
        }
    }
    QJsonArray list;
    for (const core::OrderUpdate &fill : w.pick(rows)) {
        list.append(tradeJson(fill));
    }
    return json(QJsonDocument(list));
}

FakeResponse FakeAccountHandlers::income(const Params &params)
{
    Window w;
    if (auto refused = readWindow(params, m_now(), kIncomeRule, w)) {
        return *refused;
    }
    const QString symbol = params.value(u"symbol"_s);
    const QString type = params.value(u"incomeType"_s);
    QList<IncomeRow> rows;
    for (const IncomeRow &row : std::as_const(m_income)) {
        if ((symbol.isEmpty() || row.symbol == symbol) && (type.isEmpty() || row.type == type)
            && w.contains(row.time)) {
            rows.append(row);
        }
    }
    QJsonArray list;
    for (const IncomeRow &row : w.pick(rows)) {
        // Aster sends the ids as strings (Binance sends tranId as a number).
        list.append(QJsonObject { { u"symbol"_s, row.symbol }, { u"incomeType"_s, row.type },
            { u"income"_s, row.amount.toString() }, { u"asset"_s, u"USDT"_s }, { u"info"_s, row.type },
            { u"time"_s, row.time }, { u"tranId"_s, QString::number(row.tranId) },
            { u"tradeId"_s, row.tradeId > 0 ? QString::number(row.tradeId) : QString() } });
    }
    return json(QJsonDocument(list));
}

FakeResponse FakeAccountHandlers::commissionRate(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (auto refused = refuseSymbol(symbol)) {
        return *refused;
    }
    // The engine's fees are percentages; the exchange states fractions.
    const auto &settings = m_engine->settings();
    return json(QJsonDocument(QJsonObject { { u"symbol"_s, symbol },
        { u"makerCommissionRate"_s, settings.makerFeePercent.dividedBy(100).toString() },
        { u"takerCommissionRate"_s, settings.takerFeePercent.dividedBy(100).toString() } }));
}

FakeResponse FakeAccountHandlers::marginType(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (auto refused = refuseSymbol(symbol)) {
        return *refused;
    }
    const QString type = params.value(u"marginType"_s).toUpper();
    if (type.isEmpty()) {
        return missing(u"marginType"_s);
    }
    if (type != u"ISOLATED"_s && type != u"CROSSED"_s) {
        return invalid(u"marginType"_s);
    }
    if (m_marginTypes.value(symbol, u"CROSSED"_s) == type) {
        return refusal(-4046, u"No need to change margin type."_s);
    }
    if (!m_engine->openOrders(symbol).isEmpty()) {
        return refusal(-4047, u"Margin type cannot be changed if there exists open orders."_s);
    }
    const core::PositionSnapshots positions = m_engine->positions();
    if (std::any_of(positions.cbegin(), positions.cend(),
            [&symbol](const auto &p) { return p.symbol == symbol && !p.amount.isZero(); })) {
        return refusal(-4048, u"Margin type cannot be changed if there exists position."_s);
    }
    m_marginTypes.insert(symbol, type);
    return success();
}

FakeResponse FakeAccountHandlers::positionMode(const Params &)
{
    const bool isHedge = m_engine->settings().positionMode == core::PositionMode::Hedge;
    return json(QJsonDocument(QJsonObject { { u"dualSidePosition"_s, isHedge } }));
}

FakeResponse FakeAccountHandlers::setPositionMode(const Params &params)
{
    const QString dual = params.value(u"dualSidePosition"_s).toLower();
    if (dual.isEmpty()) {
        return missing(u"dualSidePosition"_s);
    }
    if (dual != u"true"_s && dual != u"false"_s) {
        return invalid(u"dualSidePosition"_s);
    }
    PaperMatchingEngine::Settings settings = m_engine->settings();
    const core::PositionMode wanted = dual == u"true"_s ? core::PositionMode::Hedge : core::PositionMode::OneWay;
    if (settings.positionMode == wanted) {
        return refusal(-4059, u"No need to change position side."_s);
    }
    if (!m_engine->openOrders().isEmpty()) {
        return refusal(-4067, u"Position side cannot be changed if there exists open orders."_s);
    }
    const core::PositionSnapshots positions = m_engine->positions();
    if (std::any_of(positions.cbegin(), positions.cend(), [](const auto &p) { return !p.amount.isZero(); })) {
        return refusal(-4068, u"Position side cannot be changed if there exists position."_s);
    }
    settings.positionMode = wanted;
    m_engine->setSettings(settings);
    if (m_pushUser) {
        // As Aster does: every user stream of the account hears of the change.
        m_pushUser(FakeJson::accountSettingsUpdate(wanted == core::PositionMode::Hedge, false, m_now()));
    }
    return success();
}

FakeResponse FakeAccountHandlers::depth(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (auto refused = refuseSymbol(symbol)) {
        return *refused;
    }
    const QString limitText = params.value(u"limit"_s, u"500"_s);
    const int limit = limitText.toInt();
    if (!kDepthLimits.contains(limit)) {
        return refusal(-4021, u"'%1' is not valid depth limit."_s.arg(limitText));
    }
    // A synthetic book: the best bid at the mark and the best ask a tick above, as bookTicker
    // says, then one level a tick apart, each deeper level one unit larger.
    QJsonArray bids;
    QJsonArray asks;
    if (const auto mark = m_engine->markPrice(symbol)) {
        const Decimal tick = m_engine->filters(symbol).tickSize;
        for (int i = 0; i < limit; ++i) {
            const QString quantity = Decimal::fromInt(i + 1).toString();
            const Decimal bid = *mark - tick.multipliedBy(i);
            if (bid.isPositive()) {
                bids.append(QJsonArray { bid.toString(), quantity });
            }
            asks.append(QJsonArray { (*mark + tick.multipliedBy(i + 1)).toString(), quantity });
        }
    }
    const qint64 now = m_now();
    return json(QJsonDocument(QJsonObject { { u"lastUpdateId"_s, m_depthUpdateId++ }, { u"E"_s, now }, { u"T"_s, now },
        { u"bids"_s, bids }, { u"asks"_s, asks } }));
}

FakeResponse FakeAccountHandlers::klines(const Params &params)
{
    const QString symbol = params.value(u"symbol"_s);
    if (auto refused = refuseSymbol(symbol)) {
        return *refused;
    }
    if (!params.contains(u"interval"_s)) {
        return missing(u"interval"_s);
    }
    const qint64 ms = FakeCandles::intervalMs(params.value(u"interval"_s));
    if (ms == 0) {
        return refusal(-1120, u"Invalid interval."_s);
    }
    Window w;
    if (auto refused = readWindow(params, m_now(), kKlinesRule, w)) {
        return *refused;
    }
    const QList<FakeCandles::Candle> candles = m_candles->candles(symbol, ms);
    QList<FakeCandles::Candle> inWindow;
    for (const FakeCandles::Candle &c : candles) {
        if (w.contains(c.openTime)) {
            inWindow.append(c);
        }
    }
    QJsonArray list;
    for (const FakeCandles::Candle &c : w.pick(inWindow)) {
        list.append(FakeJson::klineRow(c));
    }
    return json(QJsonDocument(list));
}

std::optional<FakeResponse> FakeAccountHandlers::refuseSymbol(const QString &symbol) const
{
    if (symbol.isEmpty()) {
        return missing(u"symbol"_s);
    }
    const QList<core::SymbolFilters> symbols = m_engine->declaredSymbols();
    if (std::none_of(symbols.cbegin(), symbols.cend(), [&](const auto &f) { return f.symbol == symbol; })) {
        return refusal(-1121, u"Invalid symbol."_s);
    }
    return std::nullopt;
}

} // namespace trd::exchange
