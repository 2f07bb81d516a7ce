// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointF>

#include <deque>

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

// The recent mark prices of every symbol, for the price chart: at most one point per symbol per
// `resolutionMs`, the last `capacity` points kept.
class PriceHistory : public QObject
{
    Q_OBJECT
public:
    PriceHistory(core::TrancheManager *manager, QObject *parent = nullptr);

    void record(const QString &symbol, double price, qint64 timeMs);
    const std::deque<QPointF> &points(const QString &symbol) const;
    void setCapacity(int capacity) { m_capacity = capacity; }
    void setResolution(qint64 ms) { m_resolutionMs = ms; }

private:
    core::TrancheManager *m_manager;
    QHash<QString, std::deque<QPointF>> m_points;
    int m_capacity = 3000;
    qint64 m_resolutionMs = 500;
};

} // namespace trd::ui
