// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceHistory.h"

#include "tranche/TrancheManager.h"

#include <QDateTime>

namespace trd::ui {

PriceHistory::PriceHistory(core::TrancheManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    if (m_manager) {
        connect(m_manager, &core::TrancheManager::markApplied, this, [this](const QString &symbol) {
            if (auto mark = m_manager->markPrice(symbol)) {
                record(symbol, mark->toDouble(), QDateTime::currentMSecsSinceEpoch());
            }
        });
    }
}

void PriceHistory::record(const QString &symbol, double price, qint64 timeMs)
{
    auto &points = m_points[symbol];
    if (!points.empty() && timeMs - qint64(points.back().x()) < m_resolutionMs) {
        points.back().setY(price);
        return;
    }
    points.emplace_back(double(timeMs), price);
    while (int(points.size()) > m_capacity) {
        points.pop_front();
    }
}

QList<core::Tranche> PriceHistory::openTranches(const QString &symbol, std::optional<core::Side> side) const
{
    if (m_manager) {
        return side ? m_manager->openTranches(symbol, *side) : m_manager->openTranches(symbol);
    }
    return m_openTranches ? m_openTranches(symbol, side) : QList<core::Tranche> {};
}

const std::deque<QPointF> &PriceHistory::points(const QString &symbol) const
{
    static const std::deque<QPointF> kEmpty;
    auto it = m_points.constFind(symbol);
    return it == m_points.cend() ? kEmpty : *it;
}

} // namespace trd::ui
