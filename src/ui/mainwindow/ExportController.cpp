// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportController.h"

#include "CsvExporter.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "session/RemoteEngine.h"
#include "store/TrancheStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

ExportController::ExportController(core::TrancheStore *store, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_window(window)
{ }

void ExportController::exportTranches()
{
    const QString path = FileDialog::saveFileName(
        m_window, tr("Export tranches as CSV"), QDir::home().filePath(u"tranches.csv"_s), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (m_remote) {
        exportFromEngine(u"tranches"_s, path);
        return;
    }
    report(tr("tranches"), path, exportTranchesTo(path));
}

void ExportController::exportEvents()
{
    const QString path = FileDialog::saveFileName(
        m_window, tr("Export events as CSV"), QDir::home().filePath(u"events.csv"_s), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (m_remote) {
        exportFromEngine(u"events"_s, path);
        return;
    }
    report(tr("events"), path, exportEventsTo(path));
}

core::Result<qint64> ExportController::exportTranchesTo(const QString &path)
{
    if (!m_store) {
        return core::Error { tr("no store is open") };
    }
    auto result = cli::CsvExporter::exportTranches(*m_store, path);
    if (result) {
        Q_EMIT exported(path, result.value());
    }
    return result;
}

core::Result<qint64> ExportController::exportEventsTo(const QString &path)
{
    if (!m_store) {
        return core::Error { tr("no store is open") };
    }
    QProgressDialog progress(tr("Exporting events…"), QString(), 0, 0, m_window);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    // The exporter reads the store a page at a time; between pages the window repaints.
    auto result = cli::CsvExporter::exportEvents(*m_store, path, [&progress](qint64 written) {
        progress.setLabelText(tr("Exporting events… %L1 written").arg(written));
        progress.setValue(0);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    progress.reset();
    if (result) {
        Q_EMIT exported(path, result.value());
    }
    return result;
}

void ExportController::exportFromEngine(const QString &what, const QString &path)
{
    const QString shown = what == u"events"_s ? tr("events") : tr("tranches");
    if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        main->statusBar()->showMessage(tr("The engine is writing the %1 CSV…").arg(shown));
    }
    m_remote->query(u"exportCsv"_s, { { u"what"_s, what } },
        [this, shown, path, guard = QPointer<ExportController>(this)](const core::Result<QJsonObject> &reply) {
            if (!guard) {
                return;
            }
            core::Result<qint64> result = reply
                ? core::Result<qint64>(qint64(reply.value().value(u"rows"_s).toDouble()))
                : core::Result<qint64>(reply.error());
            if (reply) {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly)
                    || file.write(reply.value().value(u"csv"_s).toString().toUtf8()) < 0 || !file.commit()) {
                    result = core::Error { u"%1: %2"_s.arg(path, file.errorString()) };
                }
            }
            if (result) {
                Q_EMIT exported(path, result.value());
            } else {
                Q_EMIT failed(path, result.error().message);
            }
            report(shown, path, result);
        });
}

void ExportController::report(const QString &what, const QString &path, const core::Result<qint64> &result)
{
    if (!result) {
        MessageBox::warning(
            m_window, tr("Export failed"), tr("Could not export %1: %2").arg(what, result.error().message));
        return;
    }
    if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        main->statusBar()->showMessage(tr("Exported %L1 %2 to %3").arg(result.value()).arg(what, path), 8000);
    }
}

} // namespace trd::ui
