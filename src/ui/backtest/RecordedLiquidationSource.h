// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketSource.h"
#include "market/Liquidation.h"

#include <QList>

#include <limits>
#include <memory>

namespace trd::core {
class LiquidationStore;
}

namespace trd::ui {

// The liquidations the app recorded, as a backtest input. They are read once from the app's
// store on the window's thread (its SQL connection belongs to that thread) and replayed from
// memory: every variant's worker opens its own source over the same immutable list.
class RecordedLiquidationSource final : public backtest::MarketSource
{
public:
    using List = std::shared_ptr<const QList<core::Liquidation>>; // oldest first

    // Every stored liquidation with from <= time < to, oldest first.
    static core::Result<List> read(
        core::LiquidationStore &store, qint64 from = 0, qint64 to = std::numeric_limits<qint64>::max());
    explicit RecordedLiquidationSource(List liquidations);

    core::Result<bool> next(backtest::MarketEvent &event) override;
    qint64 position() const override { return m_next; }
    qint64 size() const override { return m_liquidations->size(); }

private:
    List m_liquidations;
    qsizetype m_next = 0;
};

} // namespace trd::ui
