// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "protocol/StreamEvents.h"

#include <QByteArray>
#include <QJsonObject>

namespace trd::exchange {

// Turns a stream frame (plain, or wrapped by a combined stream as {"stream","data"}) into a typed
// event. Pure and table-tested: a frame that does not match the protocol is an error naming the
// event and the field, never a zero.
class StreamParser
{
public:
    static core::Result<StreamEvent> parse(const QByteArray &frame);
    static core::Result<StreamEvent> parseEvent(const QJsonObject &payload);

    static core::Result<core::OrderUpdate> orderTradeUpdate(const QJsonObject &event);
    static core::Result<AccountUpdateEvent> accountUpdate(const QJsonObject &event);
    static core::Result<core::Liquidation> forceOrder(const QJsonObject &event);
    static core::Result<MarkPriceEvent> markPrice(const QJsonObject &event);
    static core::Result<BookTickerEvent> bookTicker(const QJsonObject &event);
    static core::Result<CandleEvent> kline(const QJsonObject &event);
    static core::Result<AccountSettingsEvent> accountSettings(const QJsonObject &event);
    static core::Result<MarginCallEvent> marginCall(const QJsonObject &event);
    static core::Result<AnnouncementEvent> announcement(const QJsonObject &event);
};

} // namespace trd::exchange
