// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketSource.h"
#include "market/Liquidation.h"

#include <QList>

#include <deque>
#include <memory>

namespace trd::storage {
class Database;
class SqliteLiquidationStore;
} // namespace trd::storage

namespace trd::cli {

// The liquidations a TrancheDesk store recorded (`backtest --store`), oldest first, read an
// hour at a time: the backtest library stays free of SQL, and a long recording is never loaded
// whole. Opened read-only, so it works beside the running application.
class StoredLiquidationSource final : public backtest::MarketSource
{
public:
    static core::Result<std::unique_ptr<backtest::MarketSource>> open(const QString &path, qint64 from, qint64 to);
    ~StoredLiquidationSource() override;

    core::Result<bool> next(backtest::MarketEvent &event) override;
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_size; }

private:
    StoredLiquidationSource() = default;
    core::Result<void> findRange(qint64 from, qint64 to);

    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::SqliteLiquidationStore> m_store;
    std::deque<core::Liquidation> m_window;
    qint64 m_next = 0; // start of the next window
    qint64 m_last = 0; // time of the newest liquidation to read
    qint64 m_position = 0;
    qint64 m_size = 0;
};

} // namespace trd::cli
