// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RemoteTrancheAdjuster.h"

#include "session/RemoteEngine.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

std::pair<QString, QJsonObject> RemoteTrancheAdjuster::command(
    TrancheAdjustDialog::Kind kind, const QString &trancheId, core::Decimal first, core::Decimal second)
{
    if (kind == TrancheAdjustDialog::Kind::ClosePart) {
        return { u"closePart"_s, { { u"id"_s, trancheId }, { u"quantity"_s, first.toString() } } };
    }
    return { u"moveProtection"_s,
        { { u"id"_s, trancheId }, { u"tpPrice"_s, first.toString() }, { u"slPrice"_s, second.toString() } } };
}

TrancheAdjustDialog::Adjuster RemoteTrancheAdjuster::adjuster(RemoteEngine *remote)
{
    return [remote](TrancheAdjustDialog::Kind kind, const QString &trancheId, core::Decimal first, core::Decimal second,
               const TrancheAdjustDialog::Answer &answer) {
        const auto [name, args] = command(kind, trancheId, first, second);
        remote->sendControl(name, args, answer);
    };
}

} // namespace trd::ui
