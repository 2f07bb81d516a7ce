// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace trd::core {

// One line of the audit trail (tranche-rules.md §7). Fields that do not apply stay empty/zero.
struct TrancheEvent
{
    qint64 id = 0; // assigned by the store
    qint64 time = 0;
    EventType type = EventType::Created;
    QString symbol;
    std::optional<Side> side;
    QString trancheId;
    std::optional<Decimal> price;
    std::optional<Decimal> quantity;
    std::optional<Decimal> pnl;
    QString reason;
    QString details; // JSON object text with extra facts (codes, quantities, states)
};

} // namespace trd::core

Q_DECLARE_METATYPE(trd::core::TrancheEvent)
