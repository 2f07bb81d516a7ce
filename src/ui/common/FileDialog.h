// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace trd::ui {

// File choosers behind a seam: tests set the next answer instead of driving a native dialog.
class FileDialog
{
public:
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString directoryName(QWidget *parent, const QString &title);
    // The next chooser returns this path at once (empty: as if cancelled).
    static void setNextFileName(const QString &path);

private:
    static bool takeNext(QString *path);
};

} // namespace trd::ui
