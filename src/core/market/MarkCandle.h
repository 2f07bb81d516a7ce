// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QString>

namespace trd::core {

// One mark price as the app recorded it (markRecording "ticks": at most one a second).
struct MarkTick
{
    QString symbol;
    qint64 time = 0; // epoch ms
    Decimal price;
};

// One 1-minute candle kept for later backtests: built by the app from the marks it saw, or
// downloaded from the exchange's klines (last prices, with their volume).
struct MarkCandle
{
    enum class Source : quint8
    {
        Mark, // recorded from the mark price stream; volume stays zero
        Klines, // GET /fapi/v1/klines: last (trade) prices
    };
    static constexpr qint64 kIntervalMs = 60'000;

    QString symbol;
    qint64 openTime = 0; // epoch ms, a whole minute
    Decimal open;
    Decimal high;
    Decimal low;
    Decimal close;
    Decimal volume;
};

} // namespace trd::core
