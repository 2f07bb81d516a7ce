// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QString>

#include <memory>
#include <optional>

namespace trd::core {

// Where the configuration warning "stop beyond the liquidation price" gets a symbol's maintenance
// margin rate (its first leverage bracket's): a live session installs the brackets it read from
// the exchange; with none installed, or for a symbol the source does not know, the validator uses
// its default (ConfigValidator::lowestMaintenanceMarginRate()). Implementations answer from any
// thread.
class MaintenanceRateSource
{
public:
    virtual ~MaintenanceRateSource() = default;
    virtual std::optional<Decimal> firstBracketRate(const QString &symbol) const = 0;

    // nullptr removes the installed source. Thread-safe.
    static void install(std::shared_ptr<const MaintenanceRateSource> source);
    // Removes `source` only if it is still the installed one (a later session may have replaced it).
    static void uninstall(const MaintenanceRateSource *source);
    static std::shared_ptr<const MaintenanceRateSource> installed();
};

} // namespace trd::core
