// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketSource.h"
#include "StoredMarkSource.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace trd::core {
class MarkStore;
}

namespace trd::cli {

// What a TrancheDesk store recorded (its liquidation feed and the prices of the markRecording
// key, or downloaded klines) as backtest inputs, for `backtest --store` and the Backtest window
// alike. Each source opens the file read-only on the thread that calls its factory (a SQLite
// connection belongs to the thread that opened it; WAL lets readers in beside the running app).
class RecordedMarketStore
{
public:
    using Factory = std::function<core::Result<std::unique_ptr<backtest::MarketSource>>()>;
    using PriceKind = backtest::StoredMarkSource::Kind;

    explicit RecordedMarketStore(QString path);

    const QString &path() const { return m_path; }

    // The store's marks and candles over a read-only connection the pointer owns.
    static core::Result<std::shared_ptr<core::MarkStore>> openMarks(const QString &path);

    Factory liquidations(qint64 from, qint64 to) const;
    Factory prices(PriceKind kind, qint64 from, qint64 to) const;
    // The prices to replay from `from` (included) to `to` (excluded): `wanted` when the store holds
    // such prices there, else (no kind wanted) the finest it holds: the marks of every second, then
    // 1-minute mark candles, then downloaded klines. The error names the file, when it cannot be
    // read or holds no such prices there.
    core::Result<PriceKind> pricesToReplay(std::optional<PriceKind> wanted, qint64 from, qint64 to) const;

private:
    QString m_path;
};

} // namespace trd::cli
