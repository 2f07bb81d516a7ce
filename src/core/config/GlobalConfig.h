// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "money/Decimal.h"

#include <QString>

namespace trd::core {

struct GlobalConfig
{
    bool paperMode = true;
    PositionMode positionMode = PositionMode::OneWay;
    int maxOpenPositions = 5; // 1–50
    int syncIntervalSeconds = 10; // 1–3600
    Decimal syncDriftPercent = Decimal::fromInt(1); // 0–100
    int closedRetentionDays = 90; // 0 (keep forever)–36500
    int pnlPersistSeconds = 5; // 1–3600
    Decimal paperTakerFeePercent = Decimal::fromString(u"0.04"); // 0–1
    Decimal paperMakerFeePercent = Decimal::fromString(u"0.02"); // 0–1
    Decimal paperSlippageBps; // 0–1000
    Decimal paperStartingBalanceUSDT = Decimal::fromInt(10000); // (0, 1e12]: the paper wallet at first start
    Decimal paperFundingRatePercent = Decimal::fromString(u"0.01"); // −3–3, per 8 h, longs pay when positive
    QString markRecording = QStringLiteral("candles"); // off, ticks (1 s) or candles (1 min): kept for backtests
    int liquidationRetentionDays = 7; // 0 (keep forever)–36500
};

} // namespace trd::core
