// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"
#include "tranche/Tranche.h"

#include <QDialog>
#include <QStringList>

#include <functional>
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
// to the engine (the embedded TrancheManager, or a remote engine's command) and waits for its
// answer; the dialog never decides anything itself.
class TrancheAdjustDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        ClosePart,
        MoveProtection
    };

    // The engine's answer: at once from the embedded manager, when its reply comes from a remote one.
    using Answer = std::function<void(const core::Result<void> &done)>;
    // Sends the request (second is the stop; unused when closing part) and answers exactly once.
    using Adjuster = std::function<void(
        Kind kind, const QString &trancheId, core::Decimal first, core::Decimal second, Answer answer)>;
    static Adjuster managerAdjuster(core::TrancheManager *manager);

    TrancheAdjustDialog(Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark,
        core::TrancheManager *manager, QWidget *parent = nullptr);
    TrancheAdjustDialog(Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark, Adjuster adjuster,
        QWidget *parent = nullptr);
    ~TrancheAdjustDialog() override;

    // Opens the dialog and, when accepted, asks the engine; true when the engine took it.
    static bool run(Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark,
        core::TrancheManager *manager, QWidget *parent);
    static bool run(
        Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark, Adjuster adjuster, QWidget *parent);
    // Tests: the next run() takes these field values and accepts without showing the dialog
    // (an empty list cancels).
    static void setNextValues(const QStringList &values);
    static QString lastError();

    void accept() override;
    // Not while the engine has the request: it may be done already, and its answer is on the way
    // (a dropped link answers too).
    void reject() override;
    bool isWaiting() const { return m_isWaiting; }

Q_SIGNALS:
    void answered();

private:
    void updateEstimate();
    void finish(const core::Result<void> &done);

    std::unique_ptr<Ui::TrancheAdjustDialog> m_ui;
    Kind m_kind;
    core::Tranche m_tranche;
    std::optional<core::Decimal> m_mark;
    Adjuster m_adjuster;
    bool m_isWaiting = false;
};

} // namespace trd::ui
