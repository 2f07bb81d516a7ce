// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordedMarketPager.h"

#include "SqliteLiquidationStore.h"
#include "control/ControlProtocol.h"
#include "store/MarkStore.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

using core::Error;
using core::Result;

namespace {

constexpr qint64 kEnd = std::numeric_limits<qint64>::max();

// A page of rows oldest first, `read(from, last, limit)` giving at most `limit` rows of times in
// [from, last] (limit -1: all). A full page is cut before its last millisecond, whose rows
// (perhaps more than a page holds, of many symbols) come whole in the next one.
template<typename Row, typename Read, typename TimeOf, typename ToJson>
Result<QJsonObject> pageOf(qint64 from, qint64 to, int limit, Read read, TimeOf timeOf, ToJson toJson)
{
    auto rows = read(from, to - 1, limit);
    if (!rows) {
        return rows.error();
    }
    QList<Row> items = std::move(rows).value();
    qint64 next = to;
    if (items.size() >= limit) {
        const qint64 last = timeOf(items.last());
        if (timeOf(items.first()) == last) {
            auto whole = read(last, last, -1);
            if (!whole) {
                return whole.error();
            }
            items = std::move(whole).value();
            next = last + 1;
        } else {
            while (timeOf(items.last()) == last) {
                items.removeLast();
            }
            next = last;
        }
    }
    QJsonArray json;
    for (const Row &row : std::as_const(items)) {
        json.append(toJson(row));
    }
    return QJsonObject { { u"items"_s, json }, { u"next"_s, next }, { u"isLast"_s, next >= to } };
}

Result<core::Decimal> decimalField(const QJsonObject &json, const QString &key)
{
    const auto parsed = core::Decimal::parse(json.value(key).toString());
    if (!parsed) {
        return Error { RecordedMarketPager::tr("%1: \"%2\" is not a decimal number as a string")
                           .arg(key, json.value(key).toVariant().toString()) };
    }
    return parsed.value();
}

Result<qint64> timeField(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble() || value.toDouble() < 0) {
        return Error { RecordedMarketPager::tr("%1: not a time in epoch milliseconds").arg(key) };
    }
    return qint64(value.toDouble());
}

Result<QString> symbolField(const QJsonObject &json)
{
    const QString symbol = json.value(u"symbol"_s).toString();
    if (symbol.isEmpty()) {
        return Error { RecordedMarketPager::tr("symbol: missing") };
    }
    return symbol;
}

} // namespace

Result<QJsonObject> RecordedMarketPager::page(
    core::MarkStore &marks, storage::SqliteLiquidationStore &liquidations, const QJsonObject &args)
{
    const QString what = args.value(u"what"_s).toString();
    const QString symbol = args.value(u"symbol"_s).toString();
    const QJsonValue fromValue = args.value(u"from"_s);
    const QJsonValue toValue = args.value(u"to"_s);
    const QJsonValue limitValue = args.value(u"limit"_s);
    if (!fromValue.isUndefined() && (!fromValue.isDouble() || fromValue.toDouble() < 0)) {
        return Error { tr("from: not a time in epoch milliseconds (0 or more)") };
    }
    if (!toValue.isUndefined() && !toValue.isDouble()) {
        return Error { tr("to: not a time in epoch milliseconds") };
    }
    const qint64 from = qint64(fromValue.toDouble(0));
    // A double cannot hold the largest qint64: beyond 2^62 means "no end".
    const double toDouble = toValue.toDouble(double(kEnd));
    const qint64 to = toDouble >= 4.6e18 ? kEnd : qint64(toDouble);
    if (to <= from) {
        return Error { tr("to: %1 is not after from (%2)").arg(to).arg(from) };
    }
    if (!limitValue.isUndefined()
        && (!limitValue.isDouble() || limitValue.toInt() < 1 || limitValue.toInt() > kMaxLimit)) {
        return Error { tr("limit: out of range 1–%1").arg(kMaxLimit) };
    }
    const int limit = limitValue.toInt(kDefaultLimit);
    Result<QJsonObject> result = Error {};
    if (what == u"ticks"_s) {
        result = pageOf<core::MarkTick>(
            from, to, limit, [&](qint64 a, qint64 b, int n) { return marks.ticks(a, b, symbol, n); },
            [](const core::MarkTick &t) { return t.time; }, &RecordedMarketPager::tickJson);
    } else if (what == u"markCandles"_s || what == u"klines"_s) {
        const auto source = what == u"klines"_s ? core::MarkCandle::Source::Klines : core::MarkCandle::Source::Mark;
        result = pageOf<core::MarkCandle>(
            from, to, limit, [&](qint64 a, qint64 b, int n) { return marks.candles(source, a, b, symbol, n); },
            [](const core::MarkCandle &c) { return c.openTime; }, &RecordedMarketPager::candleJson);
    } else if (what == u"liquidations"_s) {
        result = pageOf<core::Liquidation>(
            from, to, limit,
            [&](qint64 a, qint64 b, int n) { return liquidations.liquidationsOldestFirst(a, b, symbol, n); },
            [](const core::Liquidation &l) { return l.time; }, &ControlProtocol::liquidationJson);
    } else {
        return Error { tr("what: must be ticks, markCandles, klines or liquidations, not \"%1\"").arg(what) };
    }
    if (!result) {
        return result.error();
    }
    QJsonObject json = result.value();
    json.insert(u"what"_s, what);
    json.insert(u"format"_s, kFormat);
    return json;
}

QJsonObject RecordedMarketPager::tickJson(const core::MarkTick &tick)
{
    return { { u"time"_s, tick.time }, { u"symbol"_s, tick.symbol }, { u"price"_s, tick.price.toString() } };
}

QJsonObject RecordedMarketPager::candleJson(const core::MarkCandle &candle)
{
    return { { u"openTime"_s, candle.openTime }, { u"symbol"_s, candle.symbol }, { u"open"_s, candle.open.toString() },
        { u"high"_s, candle.high.toString() }, { u"low"_s, candle.low.toString() },
        { u"close"_s, candle.close.toString() }, { u"volume"_s, candle.volume.toString() } };
}

Result<core::MarkTick> RecordedMarketPager::tickFromJson(const QJsonObject &json)
{
    core::MarkTick tick;
    auto symbol = symbolField(json);
    if (!symbol) {
        return symbol.error();
    }
    tick.symbol = symbol.value();
    auto time = timeField(json, u"time"_s);
    if (!time) {
        return time.error();
    }
    tick.time = time.value();
    auto price = decimalField(json, u"price"_s);
    if (!price) {
        return price.error();
    }
    tick.price = price.value();
    return tick;
}

Result<core::MarkCandle> RecordedMarketPager::candleFromJson(const QJsonObject &json)
{
    core::MarkCandle candle;
    auto symbol = symbolField(json);
    if (!symbol) {
        return symbol.error();
    }
    candle.symbol = symbol.value();
    auto time = timeField(json, u"openTime"_s);
    if (!time) {
        return time.error();
    }
    candle.openTime = time.value();
    for (const auto &[key, into] : { std::pair { u"open"_s, &candle.open }, std::pair { u"high"_s, &candle.high },
             std::pair { u"low"_s, &candle.low }, std::pair { u"close"_s, &candle.close },
             std::pair { u"volume"_s, &candle.volume } }) {
        auto value = decimalField(json, key);
        if (!value) {
            return value.error();
        }
        *into = value.value();
    }
    return candle;
}

Result<core::Liquidation> RecordedMarketPager::liquidationFromJson(const QJsonObject &json)
{
    core::Liquidation l;
    auto symbol = symbolField(json);
    if (!symbol) {
        return symbol.error();
    }
    l.symbol = symbol.value();
    auto time = timeField(json, u"time"_s);
    if (!time) {
        return time.error();
    }
    l.time = time.value();
    const auto side = core::orderSideFromString(json.value(u"side"_s).toString());
    if (!side) {
        return Error { tr("side: must be BUY or SELL, not \"%1\"").arg(json.value(u"side"_s).toString()) };
    }
    l.side = *side;
    for (const auto &[key, into] : { std::pair { u"price"_s, &l.price },
             std::pair { u"averagePrice"_s, &l.averagePrice }, std::pair { u"quantity"_s, &l.quantity } }) {
        auto value = decimalField(json, key);
        if (!value) {
            return value.error();
        }
        *into = value.value();
    }
    return l;
}

} // namespace trd::engine
