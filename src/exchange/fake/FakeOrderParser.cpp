// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeOrderParser.h"

#include "paper/PaperMatchingEngine.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {

core::Error missing(const QString &parameter)
{
    return { u"Mandatory parameter '%1' was not sent, was empty/null, or malformed."_s.arg(parameter), -1102 };
}

core::Error illegal(const QString &parameter, const QString &range)
{
    return { u"Illegal characters found in parameter '%1'; legal range is '%2'."_s.arg(parameter, range), -1100 };
}

const QString kDecimalRange = u"^([0-9]{1,20})(\\.[0-9]{1,20})?$"_s;

// Binance's pattern for decimals: digits, one optional point, no sign, no exponent ("1e-3" is
// refused although it would parse).
std::optional<core::Decimal> decimalParameter(const QHash<QString, QString> &params, const QString &key)
{
    static const QRegularExpression pattern(kDecimalRange);
    const QString text = params.value(key);
    if (!pattern.match(text).hasMatch()) {
        return std::nullopt;
    }
    auto parsed = core::Decimal::parse(text);
    if (!parsed) {
        return std::nullopt;
    }
    return parsed.value();
}

core::Error invalid(const QString &parameter)
{
    return { u"Data sent for parameter '%1' is not valid."_s.arg(parameter), -1130 };
}

// A boolean parameter is "true" or "false"; anything else is refused, never read as false.
std::optional<core::Error> checkBoolean(const QHash<QString, QString> &params, const QString &key)
{
    if (!params.contains(key)) {
        return std::nullopt;
    }
    const QString value = params.value(key);
    if (value.compare(u"true"_s, Qt::CaseInsensitive) != 0 && value.compare(u"false"_s, Qt::CaseInsensitive) != 0) {
        return invalid(key);
    }
    return std::nullopt;
}

bool isTrue(const QHash<QString, QString> &params, const QString &key)
{
    return params.value(key).compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

core::Result<core::OrderRequest> FakeOrderParser::parse(
    const QHash<QString, QString> &params, const PaperMatchingEngine &engine)
{
    for (const QString &key : { u"reduceOnly"_s, u"closePosition"_s, u"priceProtect"_s }) {
        if (auto error = checkBoolean(params, key)) {
            return *error;
        }
    }
    if (params.contains(u"workingType"_s) && params.value(u"workingType"_s) != u"MARK_PRICE"_s
        && params.value(u"workingType"_s) != u"CONTRACT_PRICE"_s) {
        return invalid(u"workingType"_s);
    }
    core::OrderRequest request;
    request.symbol = params.value(u"symbol"_s);
    if (request.symbol.isEmpty()) {
        return missing(u"symbol"_s);
    }
    const auto side = core::orderSideFromString(params.value(u"side"_s));
    if (!side) {
        return params.contains(u"side"_s) ? core::Error { u"Invalid side."_s, -1117 } : missing(u"side"_s);
    }
    request.side = *side;
    const auto type = core::orderTypeFromString(params.value(u"type"_s));
    if (!type) {
        return params.contains(u"type"_s) ? core::Error { u"Invalid orderType."_s, -1116 } : missing(u"type"_s);
    }
    request.type = *type;
    if (params.contains(u"positionSide"_s)) {
        const auto positionSide = core::positionSideFromString(params.value(u"positionSide"_s));
        if (!positionSide) {
            return illegal(u"positionSide"_s, u"BOTH, LONG, SHORT"_s);
        }
        request.positionSide = *positionSide;
    }
    if (request.type == core::OrderType::Limit) {
        const auto tif = core::timeInForceFromString(params.value(u"timeInForce"_s));
        if (!tif) {
            return params.contains(u"timeInForce"_s) ? core::Error { u"Invalid timeInForce."_s, -1115 }
                                                     : missing(u"timeInForce"_s);
        }
        request.timeInForce = *tif;
    }
    const QString &decimalRange = kDecimalRange;
    const bool isClosePosition = isTrue(params, u"closePosition"_s);
    const bool isStop
        = request.type == core::OrderType::StopMarket || request.type == core::OrderType::TakeProfitMarket;
    if (isClosePosition && isStop) {
        // The engine has no closePosition: the order closes what is open when it is placed.
        const core::PositionSide book = engine.settings().positionMode == core::PositionMode::Hedge
            ? request.positionSide
            : core::PositionSide::Both;
        core::Decimal amount;
        for (const core::PositionSnapshot &p : engine.positions()) {
            if (p.symbol == request.symbol && p.positionSide == book) {
                amount = p.amount.abs();
            }
        }
        if (amount.isZero()) {
            return core::Error { u"ReduceOnly Order is rejected."_s, -2022 };
        }
        request.quantity = amount;
        request.reduceOnly = engine.settings().positionMode == core::PositionMode::OneWay;
    } else if (!params.contains(u"quantity"_s)) {
        return missing(u"quantity"_s);
    } else if (const auto quantity = decimalParameter(params, u"quantity"_s)) {
        request.quantity = *quantity;
    } else {
        return illegal(u"quantity"_s, decimalRange);
    }
    if (params.contains(u"price"_s)) {
        const auto price = decimalParameter(params, u"price"_s);
        if (!price) {
            return illegal(u"price"_s, decimalRange);
        }
        request.price = *price;
    } else if (request.type == core::OrderType::Limit) {
        return missing(u"price"_s);
    }
    if (params.contains(u"stopPrice"_s)) {
        const auto stopPrice = decimalParameter(params, u"stopPrice"_s);
        if (!stopPrice) {
            return illegal(u"stopPrice"_s, decimalRange);
        }
        request.stopPrice = *stopPrice;
    } else if (isStop) {
        return missing(u"stopPrice"_s);
    }
    if (params.contains(u"reduceOnly"_s)) {
        request.reduceOnly = isTrue(params, u"reduceOnly"_s);
    }
    request.clientOrderId = params.value(u"newClientOrderId"_s);
    static const QRegularExpression clientIdPattern(u"^[\\.A-Z\\:/a-z0-9_-]{1,36}$"_s);
    if (params.contains(u"newClientOrderId"_s) && !clientIdPattern.match(request.clientOrderId).hasMatch()) {
        return illegal(u"newClientOrderId"_s, clientIdPattern.pattern());
    }

    return request;
}

} // namespace trd::exchange
