// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RestHistoryParser.h"

#include "protocol/JsonFields.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using namespace core;

namespace {

// The answer's array, or an error saying it is not JSON or not an array.
Result<QJsonArray> array(const QByteArray &body, const QString &what)
{
    auto doc = JsonFields::document(body, what);
    if (!doc) {
        return doc.error();
    }
    if (!doc.value().isArray()) {
        return Error { u"the %1 answer is not an array"_s.arg(what) };
    }
    return doc.value().array();
}

// An answer that is an array of objects, each read by `read`.
template<typename T, typename Read>
Result<QList<T>> objects(const QByteArray &body, const QString &what, Read read)
{
    auto rows = array(body, what);
    if (!rows) {
        return rows.error();
    }
    return JsonFields::list<T>(rows.value(), what, read);
}

// An id that one exchange sends as a number and another as a string.
QString idText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

Result<QList<DepthLevel>> levels(const QJsonArray &list, const QString &where)
{
    QList<DepthLevel> result;
    result.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonRow row(list.at(i).toArray(), u"%1 level %2"_s.arg(where).arg(i));
        DepthLevel level { row.decimal(0, u"price"_s, ValueKind::Price),
            row.decimal(1, u"quantity"_s, ValueKind::Quantity) };
        if (!row.ok()) {
            return row.error();
        }
        result.append(level);
    }
    return result;
}

} // namespace

Result<QList<UserTrade>> RestHistoryParser::userTrades(const QByteArray &body)
{
    return objects<UserTrade>(body, u"userTrades"_s, [](JsonFields &f) {
        UserTrade t;
        t.symbol = f.text(u"symbol"_s);
        t.id = f.integer(u"id"_s);
        t.orderId = f.integer(u"orderId"_s);
        t.side = f.choice(u"side"_s, &orderSideFromString);
        t.positionSide = f.optionalChoice(u"positionSide"_s, &positionSideFromString, PositionSide::Both);
        t.price = f.price(u"price"_s);
        t.quantity = f.quantity(u"qty"_s);
        t.quoteQuantity = f.optionalDecimal(u"quoteQty"_s);
        t.realizedPnl = f.decimal(u"realizedPnl"_s);
        t.commission = f.decimal(u"commission"_s);
        t.commissionAsset = f.optionalText(u"commissionAsset"_s);
        t.isMaker = f.flag(u"maker"_s);
        t.isBuyer = f.flag(u"buyer"_s);
        t.time = f.integer(u"time"_s);
        return t;
    });
}

Result<QList<IncomeRecord>> RestHistoryParser::income(const QByteArray &body)
{
    return objects<IncomeRecord>(body, u"income"_s, [](JsonFields &f) {
        IncomeRecord r;
        r.symbol = f.optionalText(u"symbol"_s);
        r.incomeType = f.text(u"incomeType"_s);
        r.income = f.decimal(u"income"_s);
        r.asset = f.text(u"asset"_s);
        r.info = f.optionalText(u"info"_s);
        r.time = f.integer(u"time"_s);
        r.tranId = idText(f.value(u"tranId"_s));
        r.tradeId = idText(f.value(u"tradeId"_s));
        return r;
    });
}

Result<QList<Kline>> RestHistoryParser::klines(const QByteArray &body)
{
    auto rows = array(body, u"klines"_s);
    if (!rows) {
        return rows.error();
    }
    QList<Kline> result;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        JsonRow row(rows->at(i).toArray(), u"klines row %1"_s.arg(i));
        Kline k;
        k.openTime = row.integer(0, u"openTime"_s);
        k.open = row.decimal(1, u"open"_s, ValueKind::Price);
        k.high = row.decimal(2, u"high"_s, ValueKind::Price);
        k.low = row.decimal(3, u"low"_s, ValueKind::Price);
        k.close = row.decimal(4, u"close"_s, ValueKind::Price);
        k.volume = row.decimal(5, u"volume"_s);
        k.closeTime = row.integer(6, u"closeTime"_s);
        k.quoteVolume = row.decimal(7, u"quoteVolume"_s);
        k.trades = row.integer(8, u"trades"_s);
        k.takerBuyVolume = row.decimal(9, u"takerBuyBase"_s);
        k.takerBuyQuoteVolume = row.decimal(10, u"takerBuyQuote"_s);
        if (!row.ok()) {
            return row.error();
        }
        result.append(k);
    }
    return result;
}

Result<DepthBook> RestHistoryParser::depth(const QByteArray &body)
{
    auto doc = JsonFields::document(body, u"depth"_s);
    if (!doc) {
        return doc.error();
    }
    const QJsonObject root = doc.value().object();
    JsonFields f(root, u"depth"_s);
    DepthBook book;
    book.lastUpdateId = f.integer(u"lastUpdateId"_s);
    book.eventTime = f.optionalInteger(u"E"_s);
    book.transactionTime = f.optionalInteger(u"T"_s);
    if (!root.value(u"bids"_s).isArray() || !root.value(u"asks"_s).isArray()) {
        f.fail(root.value(u"bids"_s).isArray() ? u"asks"_s : u"bids"_s, u"expected an array"_s);
    }
    if (!f.ok()) {
        return f.error();
    }
    auto bids = levels(root.value(u"bids"_s).toArray(), u"depth bids"_s);
    if (!bids) {
        return bids.error();
    }
    auto asks = levels(root.value(u"asks"_s).toArray(), u"depth asks"_s);
    if (!asks) {
        return asks.error();
    }
    book.bids = bids.value();
    book.asks = asks.value();
    return book;
}

} // namespace trd::exchange
