// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordedMarketStore.h"

#include <QString>

#include <functional>
#include <memory>

namespace trd::core {
class TrancheStore;
}

namespace trd::ui {

// What the app recorded itself, as backtest inputs: the liquidation feed and the prices
// (marks every second, or 1-minute candles from marks or downloaded klines) in the app's store,
// read through the same cli::RecordedMarketStore as `tranchedesk-cli backtest --store`.
class RecordedSources
{
public:
    using Factory = cli::RecordedMarketStore::Factory;

    // The store's file, when the session's store is a SQLite file (else nothing is offered).
    explicit RecordedSources(core::TrancheStore *store);
    // A store file read elsewhere (what a remote engine recorded, fetched into a local file).
    explicit RecordedSources(QString path);

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
