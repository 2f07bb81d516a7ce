// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatif/WhatIfDialog.h"

#include "SqliteTrancheStore.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/UiFormat.h"
#include "session/RemoteEngine.h"
#include "session/RemoteHistory.h"
#include "ui_WhatIfDialog.h"
#include "whatif/WhatIfTableModel.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {

const char *const kStrategyNames[] = { "LIFO", "FIFO", "WORST_FIRST", "BEST_FIRST" };

} // namespace

WhatIfDialog::WhatIfDialog(core::TrancheStore *store, QAction *backtestAction, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WhatIfDialog>())
    , m_model(new WhatIfTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_backtestAction(backtestAction)
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WhatIfTableModel::RawValueRole);
    m_ui->whatIfTable->setModel(m_proxy);
    m_ui->whatIfTable->verticalHeader()->hide();
    m_ui->whatIfTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->openStoreButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Open a TrancheDesk store"), tr("TrancheDesk stores (*.db *.sqlite);;All files (*)"));
        if (!path.isEmpty()) {
            openStoreFile(path);
        }
    });
    connect(m_ui->openBacktestButton, &QPushButton::clicked, this, &WhatIfDialog::openBacktest);
    if (auto *remote = dynamic_cast<RemoteEngine *>(store)) {
        analyseEngineRun(remote);
    } else if (store) {
        analyse(*store, tr("this session's run"));
    } else {
        showReport();
    }
}

WhatIfDialog::~WhatIfDialog() = default;

bool WhatIfDialog::openStoreFile(const QString &path)
{
    storage::DatabaseOptions options;
    options.readOnly = true;
    auto store = storage::SqliteTrancheStore::open(path, options);
    if (!store) {
        MessageBox::warning(this, tr("What-if"), tr("%1 cannot be read: %2").arg(path, store.error().message));
        return false;
    }
    analyse(*store.value(), QFileInfo(path).fileName());
    return true;
}

void WhatIfDialog::analyse(core::TrancheStore &store, const QString &name)
{
    auto report = backtest::StoredRunWhatIf::analyse(store);
    if (!report) {
        m_ui->sourceLabel->setText(tr("%1 cannot be read: %2").arg(name, report.error().message));
        m_report = {};
    } else {
        m_ui->sourceLabel->setText(tr("Run: %1").arg(name));
        m_report = std::move(report).value();
    }
    showReport();
}

void WhatIfDialog::analyseEngineRun(RemoteEngine *remote)
{
    // The window's mirror holds only the engine's recent events: the whole run is read first.
    auto *history = new RemoteHistory(remote->client(), this);
    const QString name = tr("the run of the engine at %1").arg(remote->address());
    m_isReading = true;
    m_ui->sourceLabel->setText(tr("Reading %1…").arg(name));
    connect(history, &RemoteHistory::progressed, this, [this, name](qint64 tranches, qint64 events) {
        m_ui->sourceLabel->setText(tr("Reading %1: %2 tranches, %3 events…")
                                       .arg(name, QLocale().toString(tranches), QLocale().toString(events)));
    });
    connect(history, &RemoteHistory::finished, this, [this, history, name] {
        m_isReading = false;
        m_report = backtest::StoredRunWhatIf::analyse(history->tranches(), history->events());
        m_ui->sourceLabel->setText(tr("Run: %1").arg(name));
        history->deleteLater();
        showReport();
    });
    connect(history, &RemoteHistory::failed, this, [this, history, name](const QString &error) {
        m_isReading = false;
        m_report = {};
        m_ui->sourceLabel->setText(tr("%1 cannot be read: %2").arg(name, error));
        history->deleteLater();
        showReport();
    });
    history->start();
    showReport();
}

void WhatIfDialog::showReport()
{
    m_model->setReport(m_report);
    const int fills = int(m_report.fills.size());
    QString summary = fills == 0
        ? tr("This run has no close that named no tranche (a liquidation, a close made outside TrancheDesk): "
             "every close went to the tranche it was for, so no closing strategy had a choice to make.")
        : tr("%n close(s) named no tranche and were spread over the open tranches by the closing strategy. "
             "Realized P&L of those closes, per tranche:",
            nullptr, fills);
    if (m_report.skippedFills > 0) {
        summary += u' '
            + tr("%n close(s) were left out: the tranches they came from are no longer in the store (retention).",
                nullptr, m_report.skippedFills);
    }
    if (m_isReading) {
        summary = tr("Reading the engine's tranches and events; the comparison follows.");
    }
    m_ui->summaryLabel->setText(summary);

    QStringList changed;
    for (int s = 0; s < backtest::StoredRunWhatIf::kStrategies; ++s) {
        if (const auto time = m_report.firstDivergence[s]) {
            changed << tr("%1 from %2").arg(QString::fromLatin1(kStrategyNames[s]), UiFormat::dateTime(*time));
        }
    }
    if (fills == 0) {
        m_ui->divergenceLabel->clear();
    } else if (changed.isEmpty()) {
        m_ui->divergenceLabel->setText(tr("Every strategy would have closed the same tranches as the engine did: "
                                          "nothing after these closes would have changed."));
    } else {
        m_ui->divergenceLabel->setText(
            tr("Where a strategy closed other tranches than the engine did, it would have left other tranches open, "
               "with their own take-profit and stop orders, isolation and limits: %1. What followed is not what "
               "that strategy would have met; the figures after that moment compare the closes only, and only a "
               "re-run (a backtest with closingStrategy varied) answers the rest. One position (tranche management "
               "off) changes every order after the first close.")
                .arg(changed.join(u"; "_s)));
    }
    m_ui->modelNoteLabel->setVisible(fills > 0);
    if (!m_isReading) {
        Q_EMIT reportShown();
    }
}

void WhatIfDialog::openBacktest()
{
    if (m_backtestAction && m_backtestAction->isEnabled()) {
        m_backtestAction->trigger();
        return;
    }
    MessageBox::information(this, tr("What-if"),
        tr("A re-run needs the Backtest window (Tools → Backtest…), which this build does not have. The "
           "command line does the same: tranchedesk-cli backtest --vary closingStrategy=LIFO,FIFO,WORST_FIRST,"
           "BEST_FIRST over the recorded data replays it under each strategy."));
}

} // namespace trd::ui
