// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/MaintenanceRateSource.h"
#include "paper/LeverageBrackets.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace trd::exchange {

// The leverage brackets a live session read from the exchange (GET /fapi/v1/leverageBracket),
// per symbol. As a MaintenanceRateSource it gives the configuration warning "stop beyond the
// liquidation price" the exchange's first-bracket rates. Written on the session's thread, read
// from any.
class ExchangeBracketTable : public core::MaintenanceRateSource
{
public:
    void set(const QString &symbol, const LeverageBrackets &brackets);
    std::optional<LeverageBrackets> brackets(const QString &symbol) const;
    std::optional<core::Decimal> firstBracketRate(const QString &symbol) const override;

private:
    mutable QMutex m_mutex;
    QHash<QString, LeverageBrackets> m_brackets;
};

} // namespace trd::exchange
