// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QList>

#include <optional>

namespace trd::exchange {

// One notional tier of a symbol's leverage brackets (Binance's GET /fapi/v1/leverageBracket).
struct LeverageBracket
{
    core::Decimal notionalFloor; // the tier applies from this position notional (USDT) up
    int maxLeverage = 1;
    core::Decimal maintenanceMarginRate; // 0.004 = 0.4 %
    core::Decimal maintenanceAmount; // Binance's "cum": keeps the maintenance margin continuous
};

// A symbol's brackets, lowest tier first. Maintenance margin of a position of notional N (at the
// mark) in tier i is N·rate_i − cum_i, with cum_0 = 0 and cum_i = cum_(i−1) + floor_i·(rate_i −
// rate_(i−1)), Binance's definition; the tables below are built from floors, leverages and rates
// only, so cum can never disagree with them.
class LeverageBrackets
{
public:
    struct Tier
    {
        std::int64_t notionalFloor;
        int maxLeverage;
        const char16_t *maintenanceMarginRate;
    };

    LeverageBrackets() = default;
    static LeverageBrackets fromTiers(std::initializer_list<Tier> tiers);
    // Brackets as the exchange sent them (lowest floor first, already checked by the parser).
    static LeverageBrackets fromBrackets(QList<LeverageBracket> brackets);

    // Modelled on Binance USDⓈ-M: BTCUSDT's table (first tier 0.4 % up to 50,000 USDT), which the
    // paper exchange also uses for a symbol with no table of its own.
    static LeverageBrackets majors();
    // SOLUSDT- and DOGEUSDT-like: first tier 0.5 % up to 5,000 USDT at 75x.
    static LeverageBrackets largeAlts();
    // A young, thin market like ASTERUSDT: first tier 1 % up to 5,000 USDT at 50x.
    static LeverageBrackets smallAlts();

    bool isEmpty() const { return m_brackets.isEmpty(); }
    const QList<LeverageBracket> &brackets() const { return m_brackets; }
    // The tier a position of this notional falls in (the first one below its floor: the lowest).
    const LeverageBracket &bracketFor(core::Decimal notional) const;
    core::Decimal maintenanceMargin(core::Decimal notional) const;
    // The most the maintenance margin can grow per unit of notional: the highest rate, when the
    // margin is continuous (every tier's cum meets the tier below at its floor, as Binance defines
    // it); nothing for a table whose margin jumps somewhere, or an empty one.
    std::optional<core::Decimal> steepestRate() const { return m_steepestRate; }

private:
    static std::optional<core::Decimal> findSteepestRate(const QList<LeverageBracket> &brackets);

    QList<LeverageBracket> m_brackets;
    std::optional<core::Decimal> m_steepestRate; // found once: the paper exchange asks after every fill
};

} // namespace trd::exchange
