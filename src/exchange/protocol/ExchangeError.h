// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace trd::exchange {

// An exchange error and what it means for the client (exchange.md "Error codes that change
// behaviour"). The secret never appears here: messages come from the exchange's body.
struct ExchangeError
{
    enum class Action
    {
        None, // not an error after all (-4046, -4059: nothing to change)
        Retry, // a transient server fault where the request had no effect
        ResyncClock, // -1021, -4225 (V3 nonce expired): re-read the server time, then retry once
        CheckCredentials, // -1022, -2014, -2015: tell the user, never retry
        FixRequest, // precision, tick, step, quantity range, notional: our bug or stale filters
        InsufficientFunds, // -2018, -2019
        CloseAtMarket, // -2021: the stop would trigger at once
        Reconcile, // -2022: reduce-only refused, the position is smaller than we think
        QueryOrder, // -2011, -2013, -1001, -1007, HTTP 503: the outcome is unknown, ask
        ReadPositionMode, // -4061: positionSide does not match the account's mode
        ModeLocked, // -4067, -4068: cannot change position mode with open orders/positions
        TooManyOrders, // -2025, -4045, -1015
        BackOff, // HTTP 429, -1003: stop this class of requests until Retry-After
        Banned, // HTTP 418: stop and tell the user
        Refused, // anything else the exchange refused
        Unreadable, // a 2xx answer we cannot read: the request took effect, what it did is unknown
    };

    int httpStatus = 0;
    int code = 0;
    QString message;
    Action action = Action::Refused;
    int retryAfterSeconds = 0;

    // HTTP status plus the JSON body {"code": -1121, "msg": "Invalid symbol."}.
    static ExchangeError fromResponse(int httpStatus, const QByteArray &body, int retryAfterSeconds = 0);
    static Action actionFor(int httpStatus, int code);
    // An answer that came back as success but could not be parsed; the message names the field.
    static ExchangeError unreadable(const QString &message);
    bool isOutcomeUnknown() const { return action == Action::QueryOrder; }
    bool isUnreadable() const { return action == Action::Unreadable; }
    QString describe() const; // "-1121 Invalid symbol. (HTTP 400)"
};

} // namespace trd::exchange
