// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tranche/Tranche.h"

#include <QDialog>

#include <deque>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

// "Close all…": the tranches of what the trader is looking at (the symbol and side of the
// toolbar) by default, the whole account only when chosen explicitly; every tranche is listed
// with its P&L now, and the estimated result of closing them at market.
class CloseTranchesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope
    {
        Selection,
        Account
    };

    CloseTranchesDialog(
        core::TrancheManager *manager, const QString &symbol, const QString &side, QWidget *parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);
    QList<core::Tranche> tranches() const { return m_tranches; }
    QString estimateText() const;

    // Shows the dialog (or answers it through the seam) and, when confirmed, sends the closes:
    // one manual close per tranche of the selection, or the kill switch for the whole account.
    // Returns whether anything was sent.
    bool run();

    // Tests: the next dialog calls this instead of showing itself; it may look at the dialog,
    // change the scope, and returns whether the trader confirmed.
    using Answer = std::function<bool(CloseTranchesDialog &)>;
    static void setNextAnswer(Answer answer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    bool isWholeAccountSelection() const;

    core::TrancheManager *m_manager;
    QString m_symbol;
    QString m_side;
    QComboBox *m_scope;
    QTableWidget *m_list;
    QLabel *m_estimate;
    QPushButton *m_confirm;
    QList<core::Tranche> m_tranches;
    static std::deque<Answer> s_answers;
};

} // namespace trd::ui
