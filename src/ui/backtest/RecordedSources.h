// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketSource.h"
#include "StoredMarkSource.h"

#include <QString>

#include <functional>
#include <memory>

namespace trd::core {
class TrancheStore;
}

namespace trd::ui {

// What the app recorded itself, as backtest inputs: the liquidation feed and the prices
// (marks every second, or 1-minute candles from marks or downloaded klines) in the app's store.
// A replay's workers each open the store file read-only on their own thread (a SQLite connection
// belongs to the thread that opened it; WAL lets readers in beside the running app).
class RecordedSources
{
public:
    using Factory = std::function<core::Result<std::unique_ptr<backtest::MarketSource>>()>;

    // The store's file, when the session's store is a SQLite file (else nothing is offered).
    explicit RecordedSources(core::TrancheStore *store);

    bool isAvailable() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    // "1,204 liquidations since …; marks as 1-minute candles since …", or what is missing.
    QString describe() const;
    Factory liquidations(qint64 from, qint64 to) const;
    Factory prices(backtest::StoredMarkSource::Kind kind, qint64 from, qint64 to) const;

private:
    QString m_path;
};

} // namespace trd::ui
