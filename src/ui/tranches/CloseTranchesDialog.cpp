// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloseTranchesDialog.h"

#include "common/MessageBox.h"
#include "common/ScreenFit.h"
#include "common/UiFormat.h"
#include "tranche/TrancheManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

std::deque<CloseTranchesDialog::Answer> CloseTranchesDialog::s_answers;

CloseTranchesDialog::CloseTranchesDialog(
    core::TrancheManager *manager, const QString &symbol, const QString &side, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_symbol(symbol)
    , m_side(side)
    , m_scope(new QComboBox(this))
    , m_list(new QTableWidget(this))
    , m_estimate(new QLabel(this))
{
    setObjectName(u"closeTranchesDialog"_s);
    setWindowTitle(tr("Close tranches"));
    m_scope->setObjectName(u"closeScope"_s);
    const QString symbolText = symbol.isEmpty() ? tr("all symbols") : symbol;
    const QString sideText = side.isEmpty() ? tr("both sides") : side;
    m_scope->addItem(tr("What is shown: %1, %2").arg(symbolText, sideText), int(Scope::Selection));
    m_scope->addItem(tr("The whole account (every symbol, both sides)"), int(Scope::Account));
    m_list->setObjectName(u"closeList"_s);
    m_list->setColumnCount(5);
    m_list->setHorizontalHeaderLabels({ tr("#"), tr("Symbol"), tr("Side"), tr("Quantity"), tr("P&L now") });
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_estimate->setObjectName(u"closeEstimate"_s);
    m_estimate->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"closeConfirmButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Close:"), m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_estimate);
    layout->addWidget(buttons);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CloseTranchesDialog::fill);
    fill();
    ScreenFit::fit(this, QSize(560, 380));
}

CloseTranchesDialog::Scope CloseTranchesDialog::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void CloseTranchesDialog::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

QString CloseTranchesDialog::estimateText() const
{
    return m_estimate->text();
}

bool CloseTranchesDialog::isWholeAccountSelection() const
{
    return scope() == Scope::Account || (m_symbol.isEmpty() && m_side.isEmpty());
}

void CloseTranchesDialog::fill()
{
    m_tranches.clear();
    if (m_manager) {
        const auto side = core::sideFromString(m_side);
        if (scope() == Scope::Account) {
            m_tranches = m_manager->openTranches();
        } else {
            m_tranches = side ? m_manager->openTranches(m_symbol, *side) : m_manager->openTranches(m_symbol);
        }
    }
    m_list->setRowCount(int(m_tranches.size()));
    core::Decimal total;
    for (int row = 0; row < m_tranches.size(); ++row) {
        const core::Tranche &t = m_tranches.at(row);
        total += t.unrealizedPnl;
        auto *pnl = new QTableWidgetItem(UiFormat::money(t.unrealizedPnl));
        pnl->setForeground(UiFormat::pnlColor(t.unrealizedPnl));
        pnl->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(row, 0, new QTableWidgetItem(u"#%1"_s.arg(t.seq)));
        m_list->setItem(row, 1, new QTableWidgetItem(t.symbol));
        m_list->setItem(row, 2, new QTableWidgetItem(core::toString(t.side)));
        m_list->setItem(row, 3, new QTableWidgetItem(UiFormat::quantity(t.quantity)));
        m_list->setItem(row, 4, pnl);
    }
    const int count = int(m_tranches.size());
    if (count == 0) {
        m_estimate->setText(tr("No open tranche in this scope: nothing to close."));
    } else {
        m_estimate->setText(tr("Estimated result: %1 USDT — the unrealized P&L now; the fill price, fees and "
                               "slippage decide the final figure. This cannot be undone.")
                                .arg(UiFormat::money(total)));
    }
    if (isWholeAccountSelection()) {
        m_estimate->setText(
            m_estimate->text() + u"\n"_s + tr("Resting entry orders of every symbol are cancelled too."));
    }
    m_confirm->setText(tr("Close %n tranche(s)", "", count));
    m_confirm->setEnabled(count > 0 || isWholeAccountSelection());
}

bool CloseTranchesDialog::run()
{
    bool confirmed = false;
    if (!s_answers.empty()) {
        Answer answer = std::move(s_answers.front());
        s_answers.pop_front();
        confirmed = answer(*this);
    } else {
        confirmed = exec() == QDialog::Accepted;
    }
    if (!confirmed || !m_manager) {
        return false;
    }
    // The list may have changed while the dialog was open: the closes go to what it shows now.
    fill();
    if (isWholeAccountSelection()) {
        m_manager->closeAll();
        return true;
    }
    QStringList failures;
    for (const core::Tranche &t : std::as_const(m_tranches)) {
        if (auto result = m_manager->closeTranche(t.id); !result) {
            failures << tr("#%1: %2").arg(t.seq).arg(result.error().message);
        }
    }
    if (!failures.isEmpty()) {
        MessageBox::warning(parentWidget(), tr("Close tranches"),
            tr("Some tranches could not be closed:\n%1").arg(failures.join(u'\n')));
    }
    return true;
}

void CloseTranchesDialog::setNextAnswer(Answer answer)
{
    s_answers.push_back(std::move(answer));
}

void CloseTranchesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    ScreenFit::clip(this);
}

} // namespace trd::ui
