// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace trd::ui {

namespace {
std::optional<QString> g_next;
} // namespace

void FileDialog::setNextFileName(const QString &path)
{
    g_next = path;
}

bool FileDialog::takeNext(QString *path)
{
    if (!g_next) {
        return false;
    }
    *path = *g_next;
    g_next.reset();
    return true;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    QString path;
    if (takeNext(&path)) {
        return path;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    QString path;
    if (takeNext(&path)) {
        return path;
    }
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileDialog::directoryName(QWidget *parent, const QString &title)
{
    QString path;
    if (takeNext(&path)) {
        return path;
    }
    return QFileDialog::getExistingDirectory(parent, title);
}

} // namespace trd::ui
