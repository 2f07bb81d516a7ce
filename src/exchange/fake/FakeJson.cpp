// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeJson.h"

#include <QJsonDocument>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::Decimal;

namespace {

constexpr qint64 kFundingIntervalMs = 8 * 3600 * 1000;
const QString kFundingRate = u"0.00010000"_s;

QString dec(Decimal value)
{
    return value.toString();
}

Decimal cumulativeQuote(const core::OrderUpdate &update)
{
    return update.averagePrice * update.cumulativeQuantity;
}

QString statusText(const core::OrderUpdate &update)
{
    return core::toString(update.status);
}

} // namespace

QByteArray FakeJson::error(int code, const QString &message)
{
    return toBytes(QJsonObject { { u"code"_s, code }, { u"msg"_s, message } });
}

QByteArray FakeJson::toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray FakeJson::toBytes(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject FakeJson::order(const core::OrderUpdate &u)
{
    const QString type = core::toString(u.type);
    return {
        { u"orderId"_s, u.orderId },
        { u"symbol"_s, u.symbol },
        { u"status"_s, statusText(u) },
        { u"clientOrderId"_s, u.clientOrderId },
        { u"price"_s, dec(u.price) },
        { u"avgPrice"_s, dec(u.averagePrice) },
        { u"origQty"_s, dec(u.quantity) },
        { u"executedQty"_s, dec(u.cumulativeQuantity) },
        { u"cumQty"_s, dec(u.cumulativeQuantity) },
        { u"cumQuote"_s, dec(cumulativeQuote(u)) },
        { u"timeInForce"_s, u"GTC"_s },
        { u"type"_s, type },
        { u"origType"_s, type },
        { u"reduceOnly"_s, u.reduceOnly },
        { u"closePosition"_s, false },
        { u"side"_s, core::toString(u.side) },
        { u"positionSide"_s, core::toString(u.positionSide) },
        { u"stopPrice"_s, dec(u.stopPrice) },
        { u"workingType"_s, u"CONTRACT_PRICE"_s },
        { u"priceProtect"_s, false },
        { u"updateTime"_s, u.time },
    };
}

QJsonObject FakeJson::openOrder(const core::OpenOrder &o)
{
    core::OrderUpdate u;
    u.symbol = o.symbol;
    u.clientOrderId = o.clientOrderId;
    u.orderId = o.orderId;
    u.side = o.side;
    u.positionSide = o.positionSide;
    u.type = o.type;
    u.status = o.executedQuantity.isPositive() ? core::OrderStatus::PartiallyFilled : core::OrderStatus::New;
    u.quantity = o.quantity;
    u.cumulativeQuantity = o.executedQuantity;
    u.price = o.price;
    u.stopPrice = o.stopPrice;
    u.reduceOnly = o.reduceOnly;
    u.time = o.time;
    QJsonObject object = order(u);
    object.insert(u"time"_s, o.time);
    return object;
}

QJsonObject FakeJson::symbolInfo(const core::SymbolFilters &f)
{
    const QString maxQty = f.maxQty.isPositive() ? dec(f.maxQty) : u"1000000"_s;
    const QString maxPrice = f.maxPrice.isPositive() ? dec(f.maxPrice) : u"1000000"_s;
    const QJsonArray filters {
        QJsonObject { { u"filterType"_s, u"PRICE_FILTER"_s }, { u"minPrice"_s, dec(f.minPrice) },
            { u"maxPrice"_s, maxPrice }, { u"tickSize"_s, dec(f.tickSize) } },
        QJsonObject { { u"filterType"_s, u"LOT_SIZE"_s }, { u"minQty"_s, dec(f.minQty) }, { u"maxQty"_s, maxQty },
            { u"stepSize"_s, dec(f.stepSize) } },
        QJsonObject { { u"filterType"_s, u"MARKET_LOT_SIZE"_s }, { u"minQty"_s, dec(f.minQty) },
            { u"maxQty"_s, maxQty }, { u"stepSize"_s, dec(f.stepSize) } },
        QJsonObject { { u"filterType"_s, u"MAX_NUM_ORDERS"_s }, { u"limit"_s, 200 } },
        QJsonObject { { u"filterType"_s, u"MAX_NUM_ALGO_ORDERS"_s }, { u"limit"_s, 10 } },
        QJsonObject { { u"filterType"_s, u"MIN_NOTIONAL"_s }, { u"notional"_s, dec(f.minNotional) } },
        QJsonObject { { u"filterType"_s, u"PERCENT_PRICE"_s }, { u"multiplierUp"_s, dec(f.percentPriceUp) },
            { u"multiplierDown"_s, dec(f.percentPriceDown) }, { u"multiplierDecimal"_s, u"4"_s } },
    };
    const QString base = f.symbol.endsWith(u"USDT"_s) ? f.symbol.chopped(4) : f.symbol;
    return { { u"symbol"_s, f.symbol }, { u"pair"_s, f.symbol }, { u"contractType"_s, u"PERPETUAL"_s },
        { u"status"_s, u"TRADING"_s }, { u"baseAsset"_s, base }, { u"quoteAsset"_s, u"USDT"_s },
        { u"marginAsset"_s, u"USDT"_s }, { u"pricePrecision"_s, f.tickSize.decimalPlaces() },
        { u"quantityPrecision"_s, f.stepSize.decimalPlaces() }, { u"filters"_s, filters },
        { u"orderTypes"_s, QJsonArray { u"LIMIT"_s, u"MARKET"_s, u"STOP_MARKET"_s, u"TAKE_PROFIT_MARKET"_s } },
        { u"timeInForce"_s, QJsonArray { u"GTC"_s, u"IOC"_s, u"FOK"_s, u"GTX"_s, u"HIDDEN"_s } } };
}

QJsonObject FakeJson::positionRisk(
    const core::PositionSnapshot &p, std::optional<Decimal> mark, int leverage, qint64 time)
{
    const Decimal markPrice = mark.value_or(p.entryPrice);
    const Decimal unrealized = p.amount.isZero() ? Decimal() : p.amount * (markPrice - p.entryPrice);
    return { { u"symbol"_s, p.symbol }, { u"positionAmt"_s, dec(p.amount) }, { u"entryPrice"_s, dec(p.entryPrice) },
        { u"markPrice"_s, dec(markPrice) }, { u"unRealizedProfit"_s, dec(unrealized) },
        { u"liquidationPrice"_s, u"0"_s }, { u"leverage"_s, QString::number(leverage) },
        { u"maxNotionalValue"_s, u"1000000"_s }, { u"marginType"_s, u"cross"_s }, { u"isolatedMargin"_s, u"0"_s },
        { u"isAutoAddMargin"_s, u"false"_s }, { u"positionSide"_s, core::toString(p.positionSide) },
        { u"notional"_s, dec(p.amount * markPrice) }, { u"isolatedWallet"_s, u"0"_s },
        { u"updateTime"_s, p.time ? p.time : time } };
}

QJsonObject FakeJson::orderTradeUpdate(const core::OrderUpdate &u, qint64 eventTime)
{
    const QString type = core::toString(u.type);
    const QJsonObject o {
        { u"s"_s, u.symbol },
        { u"c"_s, u.clientOrderId },
        { u"S"_s, core::toString(u.side) },
        { u"o"_s, type },
        { u"f"_s, u"GTC"_s },
        { u"q"_s, dec(u.quantity) },
        { u"p"_s, dec(u.price) },
        { u"ap"_s, dec(u.averagePrice) },
        { u"sp"_s, dec(u.stopPrice) },
        { u"x"_s, core::toString(u.execution) },
        { u"X"_s, statusText(u) },
        { u"i"_s, u.orderId },
        { u"l"_s, dec(u.lastQuantity) },
        { u"z"_s, dec(u.cumulativeQuantity) },
        { u"L"_s, dec(u.lastPrice) },
        { u"N"_s, u"USDT"_s },
        { u"n"_s, dec(u.fee) },
        { u"T"_s, u.time },
        { u"t"_s, u.tradeId },
        { u"b"_s, u"0"_s },
        { u"a"_s, u"0"_s },
        { u"m"_s, u.isMaker },
        { u"R"_s, u.reduceOnly },
        { u"wt"_s, u"CONTRACT_PRICE"_s },
        { u"ot"_s, type },
        { u"ps"_s, core::toString(u.positionSide) },
        { u"cp"_s, false },
        { u"rp"_s, dec(u.realizedProfit) },
    };
    return { { u"e"_s, u"ORDER_TRADE_UPDATE"_s }, { u"E"_s, eventTime }, { u"T"_s, u.time }, { u"o"_s, o } };
}

namespace {
QJsonObject accountUpdateOf(const QString &reason, const core::PositionSnapshots &positions, Decimal walletBalance,
    Decimal balanceChange, const QHash<QString, Decimal> &marks, qint64 eventTime, const QString &marginType)
{
    const QJsonArray balances { QJsonObject { { u"a"_s, u"USDT"_s }, { u"wb"_s, dec(walletBalance) },
        { u"cw"_s, dec(walletBalance) }, { u"bc"_s, dec(balanceChange) } } };
    QJsonArray list;
    for (const core::PositionSnapshot &p : positions) {
        const Decimal mark = marks.value(p.symbol, p.entryPrice);
        list.append(QJsonObject { { u"s"_s, p.symbol }, { u"pa"_s, dec(p.amount) }, { u"ep"_s, dec(p.entryPrice) },
            { u"cr"_s, u"0"_s }, { u"up"_s, dec(p.amount * (mark - p.entryPrice)) }, { u"mt"_s, marginType },
            { u"iw"_s, u"0"_s }, { u"ps"_s, core::toString(p.positionSide) } });
    }
    return { { u"e"_s, u"ACCOUNT_UPDATE"_s }, { u"E"_s, eventTime }, { u"T"_s, eventTime },
        { u"a"_s, QJsonObject { { u"m"_s, reason }, { u"B"_s, balances }, { u"P"_s, list } } } };
}
} // namespace

QJsonObject FakeJson::accountUpdate(const core::PositionSnapshots &positions, Decimal walletBalance,
    const QHash<QString, Decimal> &marks, qint64 eventTime)
{
    return accountUpdateOf(u"ORDER"_s, positions, walletBalance, Decimal(), marks, eventTime, u"cross"_s);
}

QJsonObject FakeJson::fundingFeeUpdate(const std::optional<core::PositionSnapshot> &isolated, Decimal amount,
    Decimal walletBalance, const QHash<QString, Decimal> &marks, qint64 eventTime)
{
    return accountUpdateOf(u"FUNDING_FEE"_s,
        isolated ? core::PositionSnapshots { *isolated } : core::PositionSnapshots {}, walletBalance, amount, marks,
        eventTime, u"isolated"_s);
}

QJsonObject FakeJson::accountSettingsUpdate(
    std::optional<bool> isHedge, std::optional<bool> isMultiAssets, qint64 eventTime)
{
    QJsonObject ai;
    if (isMultiAssets) {
        ai.insert(u"j"_s, *isMultiAssets);
    }
    ai.insert(u"f"_s, false);
    if (isHedge) {
        ai.insert(u"d"_s, *isHedge);
    }
    return { { u"e"_s, u"ACCOUNT_CONFIG_UPDATE"_s }, { u"E"_s, eventTime }, { u"T"_s, eventTime }, { u"ai"_s, ai } };
}

QJsonObject FakeJson::marginCall(const core::PositionSnapshots &positions, core::Decimal crossWallet,
    const std::function<std::optional<core::Decimal>(const QString &)> &markOf, qint64 eventTime)
{
    QJsonArray listed;
    for (const core::PositionSnapshot &p : positions) {
        if (p.amount.isZero()) {
            continue;
        }
        const core::Decimal mark = markOf(p.symbol).value_or(p.entryPrice);
        const core::Decimal notional = (p.amount * mark).abs();
        listed.append(QJsonObject { { u"s"_s, p.symbol }, { u"ps"_s, core::toString(p.positionSide) },
            { u"pa"_s, dec(p.amount) }, { u"mt"_s, u"CROSSED"_s }, { u"iw"_s, u"0"_s }, { u"mp"_s, dec(mark) },
            { u"up"_s, dec((mark - p.entryPrice) * p.amount) },
            { u"mm"_s, dec((notional * core::Decimal::fromInt(4)).dividedBy(1000)) } });
    }
    return { { u"e"_s, u"MARGIN_CALL"_s }, { u"E"_s, eventTime }, { u"cw"_s, dec(crossWallet) }, { u"p"_s, listed } };
}

QJsonObject FakeJson::announcement(const QString &title, const QString &body, const QString &category, qint64 eventTime)
{
    const QJsonObject text { { u"i"_s, eventTime }, { u"t"_s, title }, { u"s"_s, body }, { u"c"_s, category },
        { u"d"_s, eventTime }, { u"S"_s, false } };
    return { { u"e"_s, u"announcement"_s }, { u"en"_s, text }, { u"zh"_s, text } };
}

QJsonObject FakeJson::accountConfigUpdate(const QString &symbol, int leverage, qint64 eventTime)
{
    return { { u"e"_s, u"ACCOUNT_CONFIG_UPDATE"_s }, { u"E"_s, eventTime }, { u"T"_s, eventTime },
        { u"ac"_s, QJsonObject { { u"s"_s, symbol }, { u"l"_s, leverage } } } };
}

QJsonObject FakeJson::listenKeyExpired(qint64 eventTime)
{
    return { { u"e"_s, u"listenKeyExpired"_s }, { u"E"_s, eventTime } };
}

QJsonObject FakeJson::markPriceUpdate(const QString &symbol, Decimal mark, qint64 eventTime)
{
    return { { u"e"_s, u"markPriceUpdate"_s }, { u"E"_s, eventTime }, { u"s"_s, symbol }, { u"p"_s, dec(mark) },
        { u"i"_s, dec(mark) }, { u"P"_s, dec(mark) }, { u"r"_s, kFundingRate },
        { u"T"_s, nextFundingTime(eventTime) } };
}

QJsonObject FakeJson::bookTicker(const QString &symbol, Decimal bid, Decimal ask, qint64 updateId, qint64 eventTime)
{
    // One unit at each price: enough for a client that reads bid and ask.
    return { { u"e"_s, u"bookTicker"_s }, { u"u"_s, updateId }, { u"E"_s, eventTime }, { u"T"_s, eventTime },
        { u"s"_s, symbol }, { u"b"_s, dec(bid) }, { u"B"_s, u"1"_s }, { u"a"_s, dec(ask) }, { u"A"_s, u"1"_s } };
}

QJsonArray FakeJson::klineRow(const FakeCandles::Candle &c)
{
    // The fake has no market trades: volumes are zero, the trade count is the number of marks.
    const QString zero = u"0"_s;
    return { c.openTime, dec(c.open), dec(c.high), dec(c.low), dec(c.close), zero, c.closeTime, zero, c.marks, zero,
        zero, zero };
}

QJsonObject FakeJson::klineEvent(
    const QString &symbol, const QString &interval, const FakeCandles::Candle &c, bool isClosed, qint64 eventTime)
{
    const QString zero = u"0"_s;
    const QJsonObject k { { u"t"_s, c.openTime }, { u"T"_s, c.closeTime }, { u"s"_s, symbol }, { u"i"_s, interval },
        { u"o"_s, dec(c.open) }, { u"c"_s, dec(c.close) }, { u"h"_s, dec(c.high) }, { u"l"_s, dec(c.low) },
        { u"v"_s, zero }, { u"n"_s, c.marks }, { u"x"_s, isClosed }, { u"q"_s, zero }, { u"V"_s, zero },
        { u"Q"_s, zero } };
    return { { u"e"_s, u"kline"_s }, { u"E"_s, eventTime }, { u"s"_s, symbol }, { u"k"_s, k } };
}

QJsonObject FakeJson::premiumIndex(const QString &symbol, Decimal mark, qint64 time)
{
    return { { u"symbol"_s, symbol }, { u"markPrice"_s, dec(mark) }, { u"indexPrice"_s, dec(mark) },
        { u"estimatedSettlePrice"_s, dec(mark) }, { u"lastFundingRate"_s, kFundingRate },
        { u"interestRate"_s, u"0.00010000"_s }, { u"nextFundingTime"_s, nextFundingTime(time) }, { u"time"_s, time } };
}

qint64 FakeJson::nextFundingTime(qint64 nowMs)
{
    return (nowMs / kFundingIntervalMs + 1) * kFundingIntervalMs;
}

} // namespace trd::exchange
