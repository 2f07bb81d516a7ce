// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace trd::core {

// The exchange's view of one position (positionRisk, ACCOUNT_UPDATE "P"). In one-way mode the
// positionSide is BOTH and the amount is signed (negative = short).
struct PositionSnapshot
{
    QString symbol;
    PositionSide positionSide = PositionSide::Both;
    Decimal amount;
    Decimal entryPrice;
    qint64 time = 0;
};

using PositionSnapshots = QList<PositionSnapshot>;

} // namespace trd::core

Q_DECLARE_METATYPE(trd::core::PositionSnapshot)
