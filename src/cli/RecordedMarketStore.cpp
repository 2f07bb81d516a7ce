// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordedMarketStore.h"

#include "Database.h"
#include "SqliteMarkStore.h"
#include "StoredLiquidationSource.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::cli {

using core::Result;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trd::cli::RecordedMarketStore", text);
}

// A mark store that owns its read-only connection, for a source on a worker thread.
struct OwnedMarkStore
{
    ~OwnedMarkStore() { store.reset(); } // before the database it reads

    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::SqliteMarkStore> store;
};

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

RecordedMarketStore::RecordedMarketStore(QString path)
    : m_path(std::move(path))
{ }

Result<std::shared_ptr<core::MarkStore>> RecordedMarketStore::openMarks(const QString &path)
{
    storage::DatabaseOptions options;
    options.readOnly = true;
    auto db = storage::Database::open(path, options);
    if (!db) {
        return db.error();
    }
    auto owned = std::make_shared<OwnedMarkStore>();
    owned->db = std::move(db).value();
    auto store = storage::SqliteMarkStore::create(*owned->db);
    if (!store) {
        return core::Error { u"%1: %2"_s.arg(path, store.error().message) };
    }
    owned->store = std::move(store).value();
    // Shares ownership of both, points at the store.
    return std::shared_ptr<core::MarkStore>(owned, owned->store.get());
}

RecordedMarketStore::Factory RecordedMarketStore::liquidations(qint64 from, qint64 to) const
{
    return [path = m_path, from, to] { return StoredLiquidationSource::open(path, from, to); };
}

RecordedMarketStore::Factory RecordedMarketStore::prices(PriceKind kind, qint64 from, qint64 to) const
{
    return [path = m_path, kind, from, to]() -> Result<std::unique_ptr<backtest::MarketSource>> {
        auto store = openMarks(path);
        if (!store) {
            return store.error();
        }
        return std::unique_ptr<backtest::MarketSource>(
            std::make_unique<backtest::StoredMarkSource>(store.value(), kind, from, to));
    };
}

Result<RecordedMarketStore::PriceKind> RecordedMarketStore::pricesToReplay(
    std::optional<PriceKind> wanted, qint64 from, qint64 to) const
{
    auto store = openMarks(m_path);
    if (!store) {
        return store.error();
    }
    const qint64 low = std::max<qint64>(0, from);
    const qint64 high = to == std::numeric_limits<qint64>::max() ? to : to - 1;
    // A candle that opened up to a minute before `from` still walks into the range.
    const qint64 candleLow = std::max<qint64>(0, low - core::MarkCandle::kIntervalMs + 1);
    for (const PriceKind kind : { PriceKind::Ticks, PriceKind::MarkCandles, PriceKind::KlineCandles }) {
        if (wanted && kind != *wanted) {
            continue;
        }
        auto holds = [&]() -> Result<bool> {
            if (kind == PriceKind::Ticks) {
                auto ticks = store.value()->ticks(low, high, {}, 1);
                return ticks ? Result<bool>(!ticks->isEmpty()) : Result<bool>(ticks.error());
            }
            const auto source
                = kind == PriceKind::MarkCandles ? core::MarkCandle::Source::Mark : core::MarkCandle::Source::Klines;
            auto candles = store.value()->candles(source, candleLow, high, {}, 1);
            return candles ? Result<bool>(!candles->isEmpty()) : Result<bool>(candles.error());
        }();
        if (!holds) {
            return core::Error { u"%1: %2"_s.arg(m_path, holds.error().message) };
        }
        if (holds.value()) {
            return kind;
        }
    }
    const QString what = !wanted            ? tr("no recorded prices (marks or candles)")
        : *wanted == PriceKind::Ticks       ? tr("no marks recorded every second")
        : *wanted == PriceKind::MarkCandles ? tr("no 1-minute mark candles")
                                            : tr("no downloaded klines");
    constexpr qint64 kStart = std::numeric_limits<qint64>::min();
    constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
    if (from == kStart && to == kEnd) {
        return core::Error { tr("%1: %2 in this store (the markRecording setting keeps marks; Download candles… "
                                "fetches klines)")
                                 .arg(m_path, what) };
    }
    return core::Error { tr("%1: %2 from %3 to %4")
                             .arg(m_path, what, from == kStart ? tr("the start") : timeText(from),
                                 to == kEnd ? tr("the end") : timeText(to)) };
}

} // namespace trd::cli
