// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "tranche/Tranche.h"
#include "tranche/TrancheEvent.h"

#include <QHash>
#include <QJsonObject>

namespace trd::core {
class TrancheManager;
class TrancheStore;
} // namespace trd::core
namespace trd::exchange {
class PaperMatchingEngine;
}

namespace trd::cli {

// The JSON document `tranchedesk-cli simulate` prints (formats.md §2). Numbers that are prices,
// quantities or money are strings; times are epoch milliseconds, null where not set.
class ScenarioOutput
{
public:
    static core::Result<QJsonObject> build(
        core::TrancheStore &store, const exchange::PaperMatchingEngine &engine, const core::TrancheManager &manager);
    static QJsonObject trancheJson(const core::Tranche &tranche, int index);
    static QJsonObject eventJson(const core::TrancheEvent &event, int index);
    // Per symbol and side creation order, 1-based: what close_tranche's "index" means.
    static QHash<QString, int> indexByTranche(const QList<core::Tranche> &tranches);
};

} // namespace trd::cli
