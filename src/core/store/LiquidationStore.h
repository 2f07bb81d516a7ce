// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "market/Liquidation.h"

#include <QList>
#include <QString>

namespace trd::core {

// Where the liquidation feed is kept (every symbol, traded or not), so the feed survives a restart
// and can be studied later; old rows are removed by the caller's retention.
class LiquidationStore
{
public:
    virtual ~LiquidationStore() = default;

    virtual Result<void> appendLiquidation(const Liquidation &liquidation) = 0;
    // Newest first, at most `limit`; an empty symbol means every symbol.
    virtual Result<QList<Liquidation>> liquidations(
        qint64 fromMs, qint64 toMs, const QString &symbol = {}, int limit = 1000)
        = 0;
    // Removes the liquidations older than cutoffMs; returns how many.
    virtual Result<int> removeLiquidationsBefore(qint64 cutoffMs) = 0;
};

} // namespace trd::core
