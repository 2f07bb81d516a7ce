// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>

class QWidget;

namespace trd::core {
class TrancheStore;
}

namespace trd::ui {

class RemoteEngine;

// File → Export: asks for a file, writes it with the CLI's CsvExporter (formats.md §3) and
// shows progress for long event exports.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(core::TrancheStore *store, QWidget *window, QObject *parent = nullptr);

    void exportTranches();
    void exportEvents();
    core::Result<qint64> exportTranchesTo(const QString &path);
    core::Result<qint64> exportEventsTo(const QString &path);
    // A window onto a remote engine: the engine writes the CSV from its whole store (the exportCsv
    // command; the mirror holds only what was sent) and the file is written here when it arrives:
    // exported(), or failed() with the reason.
    void setRemote(RemoteEngine *remote) { m_remote = remote; }
    void exportFromEngine(const QString &what, const QString &path);

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);
    void failed(const QString &path, const QString &error);

private:
    void report(const QString &what, const QString &path, const core::Result<qint64> &result);

    core::TrancheStore *m_store;
    QWidget *m_window;
    RemoteEngine *m_remote = nullptr;
};

} // namespace trd::ui
