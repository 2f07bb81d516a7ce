// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "tranche/Tranche.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>

#include <deque>
#include <functional>
#include <optional>

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

// What the charts read: the recent mark prices of every symbol (at most one point per symbol per
// `resolutionMs`, the last `capacity` points kept) and the open tranches whose levels and P&L
// they draw. The embedded engine's manager feeds both; without one (a remote engine) marks come
// through record() and the open tranches from the lookup given.
class PriceHistory : public QObject
{
    Q_OBJECT
public:
    using OpenTrancheLookup
        = std::function<QList<core::Tranche>(const QString &symbol, std::optional<core::Side> side)>;

    PriceHistory(core::TrancheManager *manager, QObject *parent = nullptr);

    void record(const QString &symbol, double price, qint64 timeMs);
    const std::deque<QPointF> &points(const QString &symbol) const;
    void setCapacity(int capacity) { m_capacity = capacity; }
    void setResolution(qint64 ms) { m_resolutionMs = ms; }
    // The open tranches of a symbol (empty: every symbol), of one side or both, oldest first.
    QList<core::Tranche> openTranches(const QString &symbol, std::optional<core::Side> side) const;
    void setOpenTrancheLookup(OpenTrancheLookup lookup) { m_openTranches = std::move(lookup); }

private:
    core::TrancheManager *m_manager;
    OpenTrancheLookup m_openTranches;
    QHash<QString, std::deque<QPointF>> m_points;
    int m_capacity = 3000;
    qint64 m_resolutionMs = 500;
};

} // namespace trd::ui
