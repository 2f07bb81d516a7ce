// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"
#include "tranche/Tranche.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ui {
class TrancheAdjustDialog;
}

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

// "Close part…" and "Move TP/SL…" of one tranche: the values, what they would do at the current
// mark, and the engine's own refusal shown in place when it refuses. Accepting sends the request
// through TrancheManager; the dialog never decides anything itself.
class TrancheAdjustDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        ClosePart,
        MoveProtection
    };

    TrancheAdjustDialog(Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark,
        core::TrancheManager *manager, QWidget *parent = nullptr);
    ~TrancheAdjustDialog() override;

    // Opens the dialog and, when accepted, asks the engine; true when the engine took it.
    static bool run(Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark,
        core::TrancheManager *manager, QWidget *parent);
    // Tests: the next run() takes these field values and accepts without showing the dialog
    // (an empty list cancels).
    static void setNextValues(const QStringList &values);
    static QString lastError();

    void accept() override;

private:
    void updateEstimate();

    std::unique_ptr<Ui::TrancheAdjustDialog> m_ui;
    Kind m_kind;
    core::Tranche m_tranche;
    std::optional<core::Decimal> m_mark;
    core::TrancheManager *m_manager;
};

} // namespace trd::ui
