// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPoints.h"

namespace trd::ui::ChartPoints {

QList<QPointF> thinned(const QList<QPointF> &points, int maxPoints)
{
    if (points.size() <= maxPoints) {
        return points;
    }
    QList<QPointF> out;
    out.reserve(maxPoints + 1);
    const double step = double(points.size()) / maxPoints;
    for (int i = 0; i < maxPoints; ++i) {
        out.append(points[qsizetype(i * step)]);
    }
    out.append(points.back());
    return out;
}

} // namespace trd::ui::ChartPoints
