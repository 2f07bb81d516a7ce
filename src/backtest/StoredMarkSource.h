// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketSource.h"
#include "market/MarkCandle.h"

#include <deque>
#include <limits>
#include <memory>

namespace trd::core {
class MarkStore;
}

namespace trd::backtest {

// The prices a TrancheDesk store kept (issue 12 item 4) as a replay input: the marks it recorded
// (one a second), or its 1-minute candles (recorded from marks, or downloaded klines), each
// candle walked as backtest.md §2 says, like a candle file's. Read a window at a time (an hour of
// ticks, a day of candles), so a long recording is never loaded whole. Through core's MarkStore:
// this library stays free of SQL; the caller opens the store (on the thread that reads it) and
// keeps what it needs alive with the shared pointer.
class StoredMarkSource final : public MarketSource
{
public:
    enum class Kind
    {
        Ticks,
        MarkCandles, // MarkCandle::Source::Mark
        KlineCandles, // MarkCandle::Source::Klines: with their volume, also a closed candle for the hunter
    };

    // Times with from <= time < to; an empty symbol reads every symbol.
    StoredMarkSource(std::shared_ptr<core::MarkStore> store, Kind kind, qint64 from = 0,
        qint64 to = std::numeric_limits<qint64>::max(), QString symbol = {});
    ~StoredMarkSource() override;

    core::Result<bool> next(MarketEvent &event) override;
    qint64 position() const override;
    qint64 size() const override;

private:
    core::Result<void> readWindow();
    void expand(const core::MarkCandle &candle);

    std::shared_ptr<core::MarkStore> m_store;
    Kind m_kind;
    qint64 m_from;
    qint64 m_to;
    QString m_symbol;
    qint64 m_next; // start of the next window
    std::deque<MarketEvent> m_window;
};

} // namespace trd::backtest
