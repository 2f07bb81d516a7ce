// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace trd::ui::ChartPoints {

// At most maxPoints evenly spread points of a long line, keeping the last: a chart shows no more
// than its pixels, and QtCharts slows down with every point it holds.
QList<QPointF> thinned(const QList<QPointF> &points, int maxPoints = 1500);

} // namespace trd::ui::ChartPoints
