// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>

namespace trd::bench {

// Installed on the application: when the first widget paint came, on `clock`.
class PaintProbe : public QObject
{
public:
    QElapsedTimer *clock = nullptr;
    qint64 firstPaintMs = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaintMs < 0 && watched->isWidgetType()) {
            firstPaintMs = clock->elapsed();
        }
        return false;
    }
};

} // namespace trd::bench
