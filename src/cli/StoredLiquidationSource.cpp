// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredLiquidationSource.h"

#include "Database.h"
#include "SqliteLiquidationStore.h"

#include <algorithm>

namespace trd::cli {

using core::Result;

namespace {
constexpr qint64 kWindowMs = 3'600'000;
constexpr int kUnlimited = std::numeric_limits<int>::max();
} // namespace

StoredLiquidationSource::~StoredLiquidationSource()
{
    m_store.reset(); // before the database it reads
}

Result<std::unique_ptr<backtest::MarketSource>> StoredLiquidationSource::open(
    const QString &path, qint64 from, qint64 to)
{
    storage::DatabaseOptions options;
    options.readOnly = true;
    auto db = storage::Database::open(path, options);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<StoredLiquidationSource> source(new StoredLiquidationSource);
    source->m_db = std::move(db).value();
    auto store = storage::SqliteLiquidationStore::create(*source->m_db);
    if (!store) {
        return store.error();
    }
    source->m_store = std::move(store).value();
    if (auto found = source->findRange(from, to); !found) {
        return found.error();
    }
    return std::unique_ptr<backtest::MarketSource>(std::move(source));
}

Result<void> StoredLiquidationSource::findRange(qint64 from, qint64 to)
{
    // The newest, then the oldest by bisection: the store answers newest first.
    const qint64 low = std::max<qint64>(0, from);
    const qint64 high = to == std::numeric_limits<qint64>::max() ? to : to - 1;
    auto newest = m_store->liquidations(low, high, {}, 1);
    if (!newest) {
        return newest.error();
    }
    if (newest->isEmpty()) {
        m_next = 1;
        m_last = 0;
        return {};
    }
    m_last = newest->first().time;
    qint64 a = low;
    qint64 b = m_last;
    while (a < b) {
        const qint64 mid = a + (b - a) / 2;
        auto some = m_store->liquidations(low, mid, {}, 1);
        if (!some) {
            return some.error();
        }
        if (some->isEmpty()) {
            a = mid + 1;
        } else {
            b = mid;
        }
    }
    m_next = a;
    m_size = std::max<qint64>(1, m_last - a);
    return {};
}

Result<bool> StoredLiquidationSource::next(backtest::MarketEvent &event)
{
    while (m_window.empty()) {
        if (m_next > m_last) {
            return false;
        }
        const qint64 end = std::min(m_last, m_next + kWindowMs - 1);
        auto page = m_store->liquidations(m_next, end, {}, kUnlimited);
        if (!page) {
            return page.error();
        }
        m_window.assign(page->crbegin(), page->crend());
        m_position = end - (m_last - m_size);
        m_next = end + 1;
    }
    const core::Liquidation &l = m_window.front();
    event = {};
    event.kind = backtest::MarketEvent::Kind::Liquidation;
    event.time = l.time;
    event.symbol = l.symbol;
    event.side = l.side;
    event.price = l.price;
    event.averagePrice = l.averagePrice;
    event.quantity = l.quantity;
    m_window.pop_front();
    return true;
}

} // namespace trd::cli
