// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BacktestReport.h"
#include "BacktestRunner.h"
#include "VariantGrid.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class BacktestDialog;
}

namespace trd::ui {

class BacktestJob;
class RemoteRecordingFetch;
class DeskSession;
class EquityComparisonChart;
class EventFilterProxy;
class EventTableModel;
class TrancheFilterProxy;
class TrancheTableModel;
class VariantComparisonModel;

// Tools → Backtest…: recorded market data (files, or the liquidations and prices the app recorded, or in
// a window onto a remote engine what that engine recorded, fetched first), the
// settings to vary and the four strategy presets, run off the window's thread with progress and
// Cancel; then the variants compared in a table, their equity and drawdown overlaid, the chosen
// variant's tranches and events in the dashboard's models, "Apply these settings" through the
// session, and exports on request. The replay is the backtest library's; this class only
// collects the inputs and shows the results.
class BacktestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BacktestDialog(DeskSession *session, QWidget *parent = nullptr);
    ~BacktestDialog() override;

    // Adds an input file and reads it in the background (kind, rows, time range).
    void addInputFile(const QString &path);
    void addVary(const QString &key, const QString &valuesText);
    bool isRunning() const;
    VariantComparisonModel *comparisonModel() const { return m_comparison; }
    EquityComparisonChart *chart() const { return m_chart; }
    TrancheTableModel *trancheModel() const { return m_trancheModel; }
    EventTableModel *eventModel() const { return m_eventModel; }

public Q_SLOTS:
    void run();
    void cancelRun();
    void applySelected();
    void exportTables();
    void exportCharts();

protected:
    void reject() override;

private:
    void setUpData();
    void setUpVariants();
    void setUpResults();
    void showInspection(const QString &path, BacktestJob *job, const QString &error);
    void removeSelectedFiles();
    void removeSelectedVaries();
    void updateVariantCount();
    void setRunning(bool running);
    void showError(const QString &message);
    void showResults();
    void showVariant(int sourceRow);
    int selectedSourceRow() const;
    QString inputsText() const;
    void setUpEngineRecordings();

    std::unique_ptr<Ui::BacktestDialog> m_ui;
    DeskSession *m_session;
    QStringList m_files;
    QHash<QString, int> m_fileKinds; // path → MarketFileReader::Kind, once read
    qint64 m_dataFrom = 0; // the inputs' first and last time, once read
    qint64 m_dataTo = 0;
    QList<backtest::Vary> m_varies;
    BacktestJob *m_job;
    RemoteRecordingFetch *m_engineRecordings = nullptr; // remote mode only
    backtest::BacktestSpec m_pendingSpec; // while the engine's recordings are fetched
    QStringList m_runNames;
    cli::BacktestReport::Context m_runContext;
    VariantComparisonModel *m_comparison;
    QSortFilterProxyModel *m_comparisonProxy;
    EquityComparisonChart *m_chart;
    TrancheTableModel *m_trancheModel;
    TrancheFilterProxy *m_trancheProxy;
    EventTableModel *m_eventModel = nullptr;
    EventFilterProxy *m_eventProxy;
};

} // namespace trd::ui
