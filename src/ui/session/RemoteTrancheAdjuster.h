// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranches/TrancheAdjustDialog.h"

namespace trd::ui {

class RemoteEngine;

// Close part… and Move TP/SL… sent to a remote engine as its closePart and moveProtection
// commands (docs/control-protocol.md); the engine checks them, and its answer, done or refused in
// its own words, goes back to the dialog that waits for it.
class RemoteTrancheAdjuster
{
public:
    static TrancheAdjustDialog::Adjuster adjuster(RemoteEngine *remote);
    // The command and arguments of one adjustment (decimals as exact strings).
    static std::pair<QString, QJsonObject> command(
        TrancheAdjustDialog::Kind kind, const QString &trancheId, core::Decimal first, core::Decimal second);
};

} // namespace trd::ui
