// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace trd::ui {
class MainWindow;
}

namespace trd::app {

// --screenshot-dir: after the given time, saves a PNG of each main view and quits.
class Screenshooter : public QObject
{
    Q_OBJECT
public:
    Screenshooter(ui::MainWindow *window, const QString &directory, int afterSeconds, QObject *parent = nullptr);

private:
    void shoot();
    void save(QWidget *widget, const QString &name);

    ui::MainWindow *m_window;
    QString m_directory;
};

} // namespace trd::app
