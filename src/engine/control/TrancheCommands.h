// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace trd::core {
class TrancheManager;
}

namespace trd::engine {

// The control protocol's hand adjustments of one open tranche: closePart and moveProtection.
// Their arguments are checked here, against the tranche and the engine's mark, before the manager
// is asked; a refusal names the argument and the range it must lie in, as setConfig's errors do.
class TrancheCommands
{
    Q_DECLARE_TR_FUNCTIONS(trd::engine::TrancheCommands)

public:
    struct Refusal
    {
        QString key; // the argument at fault ("quantity", "tpPrice"), or empty
        QString message; // "key: what is wrong"
    };

    // {"id", "quantity"}: closes that much of the tranche at market (less than its open quantity).
    static std::optional<Refusal> closePart(core::TrancheManager &manager, const QJsonObject &args);
    // {"id", "tpPrice", "slPrice"}: both on the right side of the mark, for the tranche's side.
    static std::optional<Refusal> moveProtection(core::TrancheManager &manager, const QJsonObject &args);
};

} // namespace trd::engine
