// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/ExchangeError.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

ExchangeError::Action ExchangeError::actionFor(int httpStatus, int code)
{
    using A = Action;
    if (httpStatus == 418) {
        return A::Banned;
    }
    if (httpStatus == 429 || code == -1003) {
        return A::BackOff;
    }
    switch (code) {
    case -4046:
    case -4059:
        return A::None;
    case -1021:
    case -4225: // a V3 nonce too far from the server's time, or already used
        return A::ResyncClock;
    case -1022:
    case -2014:
    case -2015:
        return A::CheckCredentials;
    case -1111:
    case -4014:
    case -4023:
    case -4003:
    case -4004:
    case -4005:
    case -4164:
        return A::FixRequest;
    case -2018:
    case -2019:
        return A::InsufficientFunds;
    case -2021:
        return A::CloseAtMarket;
    case -2022:
        return A::Reconcile;
    case -2011:
    case -2013:
    case -1001:
    case -1007:
        return A::QueryOrder;
    case -4061:
        return A::ReadPositionMode;
    case -4067:
    case -4068:
        return A::ModeLocked;
    case -2025:
    case -4045:
    case -1015:
        return A::TooManyOrders;
    default:
        break;
    }
    // 503: the request reached the exchange and its outcome is unknown (the order may exist).
    if (httpStatus == 503) {
        return A::QueryOrder;
    }
    if (httpStatus >= 500) {
        return A::Retry;
    }
    return A::Refused;
}

ExchangeError ExchangeError::fromResponse(int httpStatus, const QByteArray &body, int retryAfterSeconds)
{
    ExchangeError e;
    e.httpStatus = httpStatus;
    e.retryAfterSeconds = retryAfterSeconds;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.code = o.value(u"code"_s).toInt();
    e.message = o.value(u"msg"_s).toString();
    if (e.message.isEmpty()) {
        e.message = httpStatus == 418 ? u"IP banned for ignoring rate limits"_s
            : httpStatus == 429       ? u"rate limit exceeded"_s
                                      : QString::fromUtf8(body.left(200)).trimmed();
    }
    if (e.message.isEmpty()) {
        e.message = httpStatus == 503 ? u"the exchange did not say whether the request took effect"_s
                                      : u"the exchange answered HTTP %1"_s.arg(httpStatus);
    }
    e.action = actionFor(httpStatus, e.code);
    return e;
}

ExchangeError ExchangeError::unreadable(const QString &message)
{
    ExchangeError e;
    e.httpStatus = 200;
    e.message = message;
    e.action = Action::Unreadable;
    return e;
}

QString ExchangeError::describe() const
{
    return u"%1 %2 (HTTP %3)"_s.arg(code).arg(message).arg(httpStatus);
}

} // namespace trd::exchange
