// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredRunWhatIf.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QAction;
class QSortFilterProxyModel;

namespace trd::core {
class TrancheStore;
}

namespace Ui {
class WhatIfDialog;
}

namespace trd::ui {

class RemoteEngine;
class WhatIfTableModel;

// Tools → What-if on this run… (issue 12 item 5): the session's run (or another store file)
// with its untagged closes spread again under each closing strategy, side by side per tranche
// and in total, and where a strategy would have changed what came after, which only a re-run
// answers: the button opens the Backtest window through `backtestAction` (null: it explains).
// A remote engine's run (the store is a RemoteEngine) is read from the engine through its history
// pages, every tranche and event, and analysed here the same way.
class WhatIfDialog : public QDialog
{
    Q_OBJECT
public:
    WhatIfDialog(core::TrancheStore *store, QAction *backtestAction, QWidget *parent = nullptr);
    ~WhatIfDialog() override;

    // Reads another run's store, read-only (it may be the running app's other mode); false and a
    // message box when it cannot be read.
    bool openStoreFile(const QString &path);
    const backtest::StoredRunWhatIf::Report &report() const { return m_report; }
    // While a remote engine's run is being read.
    bool isReading() const { return m_isReading; }

Q_SIGNALS:
    void reportShown();

private:
    void analyse(core::TrancheStore &store, const QString &name);
    void analyseEngineRun(RemoteEngine *remote);
    void showReport();
    void openBacktest();

    std::unique_ptr<Ui::WhatIfDialog> m_ui;
    WhatIfTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<QAction> m_backtestAction;
    backtest::StoredRunWhatIf::Report m_report;
    bool m_isReading = false;
};

} // namespace trd::ui
