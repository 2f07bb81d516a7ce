// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "market/Liquidation.h"
#include "market/MarkCandle.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace trd::core {
class MarkStore;
}

namespace trd::storage {
class SqliteLiquidationStore;
}

namespace trd::engine {

// The control protocol's `recordedMarket` command (docs/control-protocol.md): what the engine
// recorded for later backtests (the marks of the markRecording key, the candles it downloaded,
// the liquidation feed) read a page at a time, oldest first, so that a remote window replays
// them through the same backtest as the embedded one. A page never splits one millisecond: rows
// that share the time of a page's last row go to the next page. The row shapes are defined here
// once, for the engine that writes them and the client that reads them.
class RecordedMarketPager
{
    Q_DECLARE_TR_FUNCTIONS(trd::engine::RecordedMarketPager)

public:
    static constexpr int kFormat = 1; // the rows' shape; a result carries it
    static constexpr int kDefaultLimit = 2000;
    static constexpr int kMaxLimit = 5000; // a page of candles stays well under a MiB

    // args {"what": "ticks" | "markCandles" | "klines" | "liquidations", "symbol" (absent: every
    // symbol), "from" (included), "to" (excluded), "limit"} → {"what", "format", "items", "next",
    // "isLast"}: ask again with "from": next until isLast. An error names the argument.
    static core::Result<QJsonObject> page(
        core::MarkStore &marks, storage::SqliteLiquidationStore &liquidations, const QJsonObject &args);

    static QJsonObject tickJson(const core::MarkTick &tick);
    static QJsonObject candleJson(const core::MarkCandle &candle);
    static core::Result<core::MarkTick> tickFromJson(const QJsonObject &json);
    static core::Result<core::MarkCandle> candleFromJson(const QJsonObject &json);
    // The shape of ControlProtocol::liquidationJson.
    static core::Result<core::Liquidation> liquidationFromJson(const QJsonObject &json);
};

} // namespace trd::engine
