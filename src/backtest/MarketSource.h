// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketEvent.h"
#include "common/Result.h"

namespace trd::backtest {

// A stream of market events in time order (a file, a store): what the merger interleaves.
class MarketSource
{
public:
    virtual ~MarketSource();
    // The next event into `event`: true, or false at the end; an error names the file and line.
    virtual core::Result<bool> next(MarketEvent &event) = 0;
    // How far the source has read, for progress: bytes (or rows) done and in all.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

} // namespace trd::backtest
