// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordedLiquidationSource.h"

#include "store/LiquidationStore.h"

#include <algorithm>

namespace trd::ui {

namespace {
constexpr int kPage = 10'000;
}

core::Result<RecordedLiquidationSource::List> RecordedLiquidationSource::read(
    core::LiquidationStore &store, qint64 from, qint64 to)
{
    // The store answers newest first, a page at a time; a page ends inside a millisecond it may
    // not hold whole, so that millisecond is read again with the next page.
    QList<core::Liquidation> newestFirst;
    qint64 upper = to == std::numeric_limits<qint64>::max() ? to : to - 1;
    const qint64 lower = std::max<qint64>(0, from);
    while (upper >= lower) {
        auto page = store.liquidations(lower, upper, {}, kPage);
        if (!page) {
            return page.error();
        }
        QList<core::Liquidation> rows = std::move(page).value();
        if (rows.size() < kPage) {
            newestFirst += rows;
            break;
        }
        const qint64 oldest = rows.last().time;
        if (rows.first().time == oldest) {
            // A whole page in one millisecond: keep it, the rest of that millisecond is lost.
            newestFirst += rows;
            upper = oldest - 1;
            continue;
        }
        rows.erase(
            std::remove_if(rows.begin(), rows.end(), [oldest](const auto &l) { return l.time == oldest; }), rows.end());
        newestFirst += rows;
        upper = oldest;
    }
    std::reverse(newestFirst.begin(), newestFirst.end());
    return std::make_shared<const QList<core::Liquidation>>(std::move(newestFirst));
}

RecordedLiquidationSource::RecordedLiquidationSource(List liquidations)
    : m_liquidations(std::move(liquidations))
{ }

core::Result<bool> RecordedLiquidationSource::next(backtest::MarketEvent &event)
{
    if (m_next >= m_liquidations->size()) {
        return false;
    }
    const core::Liquidation &l = m_liquidations->at(m_next++);
    event = {};
    event.kind = backtest::MarketEvent::Kind::Liquidation;
    event.time = l.time;
    event.symbol = l.symbol;
    event.side = l.side;
    event.price = l.price;
    event.averagePrice = l.averagePrice;
    event.quantity = l.quantity;
    return true;
}

} // namespace trd::ui
