// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

// The exchange's own codes and texts (Aster's and Binance's futures error tables), so that code
// written against the paper exchange meets exactly what the live one answers.
namespace trd::exchange::paperError {

using namespace Qt::Literals::StringLiterals;

inline core::Error noMarkPrice(const QString &symbol)
{
    return { u"No mark price for %1 yet: the paper exchange cannot fill a market order."_s.arg(symbol), -1 };
}
inline core::Error parameterNotRequired(const QString &parameter)
{
    return { u"Parameter '%1' sent when not required."_s.arg(parameter), -1106 };
}
inline core::Error cancelRejected()
{
    return { u"Unknown order sent."_s, -2011 };
}
inline core::Error noSuchOrder()
{
    return { u"Order does not exist."_s, -2013 };
}
inline core::Error marginInsufficient()
{
    return { u"Margin is insufficient."_s, -2019 };
}
inline core::Error wouldImmediatelyTrigger()
{
    return { u"Order would immediately trigger."_s, -2021 };
}
inline core::Error reduceOnlyRejected()
{
    return { u"ReduceOnly Order is rejected."_s, -2022 };
}
inline core::Error priceNotPositive()
{
    return { u"Price less than 0."_s, -4001 };
}
inline core::Error quantityNotPositive()
{
    return { u"Quantity less than or equal to zero."_s, -4003 };
}
inline core::Error quantityBelowMin()
{
    return { u"Quantity less than min quantity."_s, -4004 };
}
inline core::Error quantityAboveMax()
{
    return { u"Quantity greater than max quantity."_s, -4005 };
}
inline core::Error stopPriceNotPositive()
{
    return { u"Stop price less than zero."_s, -4006 };
}
inline core::Error priceBelowMin()
{
    return { u"Price less than min price."_s, -4013 };
}

inline core::Error priceAboveMax()
{
    return { u"Price greater than max price."_s, -4002 };
}

inline core::Error stopPriceAboveMax()
{
    return { u"Stop price greater than max price."_s, -4007 };
}

inline core::Error limitPriceTooHigh(const QString &limit)
{
    return { u"Limit price can't be higher than %1."_s.arg(limit), -4016 };
}

inline core::Error limitPriceTooLow(const QString &limit)
{
    return { u"Limit price can't be lower than %1."_s.arg(limit), -4024 };
}

inline core::Error priceNotOnTick()
{
    return { u"Price not increased by tick size."_s, -4014 };
}
inline core::Error quantityNotOnStep()
{
    return { u"Quantity not increased by step size."_s, -4023 };
}
inline core::Error invalidLeverage(int leverage)
{
    return { u"Leverage %1 is not valid"_s.arg(leverage), -4028 };
}
inline core::Error marginTypeWithPosition()
{
    return { u"Margin type cannot be changed if there exists position."_s, -4048 };
}
inline core::Error positionSideMismatch()
{
    return { u"Order's position side does not match user's setting."_s, -4061 };
}
inline core::Error duplicateClientOrderId()
{
    return { u"ClientOrderId is duplicated."_s, -4116 };
}
inline core::Error notionalBelowMin(const QString &minNotional)
{
    return { u"Order's notional must be no smaller than %1 (unless you choose reduce only)."_s.arg(minNotional),
        -4164 };
}
inline core::Error postOnlyRejected()
{
    return { u"Due to the order could not be executed as maker, the Post Only order will be rejected. The order "
             u"will not be recorded in the order history"_s,
        -5022 };
}

} // namespace trd::exchange::paperError
