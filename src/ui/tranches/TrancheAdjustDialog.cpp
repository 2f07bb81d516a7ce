// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tranches/TrancheAdjustDialog.h"

#include "common/UiFormat.h"
#include "tranche/TrancheManager.h"
#include "tranche/TrancheMath.h"
#include "ui_TrancheAdjustDialog.h"

#include <QEventLoop>
#include <QPointer>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
std::optional<QStringList> g_nextValues;
QString g_lastError;
} // namespace

TrancheAdjustDialog::Adjuster TrancheAdjustDialog::managerAdjuster(core::TrancheManager *manager)
{
    return [manager](Kind kind, const QString &id, core::Decimal first, core::Decimal second, const Answer &answer) {
        answer(kind == Kind::ClosePart ? manager->closePart(id, first) : manager->moveProtection(id, first, second));
    };
}

TrancheAdjustDialog::TrancheAdjustDialog(Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark,
    core::TrancheManager *manager, QWidget *parent)
    : TrancheAdjustDialog(kind, tranche, mark, managerAdjuster(manager), parent)
{ }

TrancheAdjustDialog::TrancheAdjustDialog(
    Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark, Adjuster adjuster, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrancheAdjustDialog>())
    , m_kind(kind)
    , m_tranche(tranche)
    , m_mark(mark)
    , m_adjuster(std::move(adjuster))
{
    m_ui->setupUi(this);
    setObjectName(kind == Kind::ClosePart ? u"closePartDialog"_s : u"moveProtectionDialog"_s);
    const QString who = tr("#%1 %2 %3, %4 open at %5")
                            .arg(tranche.seq)
                            .arg(tranche.symbol, core::toString(tranche.side), tranche.quantity.toString(),
                                UiFormat::price(tranche.entryPrice));
    const QString markText = mark ? tr("mark %1").arg(UiFormat::price(*mark)) : tr("no mark price yet");
    m_ui->summaryLabel->setText(who + u" · "_s + markText);
    m_ui->errorLabel->setStyleSheet(u"color: %1;"_s.arg(UiFormat::lossColor().name()));
    if (kind == Kind::ClosePart) {
        setWindowTitle(tr("Close part of tranche #%1").arg(tranche.seq));
        m_ui->firstLabel->setText(tr("&Quantity to close"));
        m_ui->firstEdit->setPlaceholderText(tr("less than %1").arg(tranche.quantity.toString()));
        m_ui->secondLabel->hide();
        m_ui->secondEdit->hide();
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Close part at market"));
    } else {
        setWindowTitle(tr("Move TP/SL of tranche #%1").arg(tranche.seq));
        m_ui->firstLabel->setText(tr("&Take profit"));
        m_ui->secondLabel->setText(tr("&Stop loss"));
        m_ui->firstEdit->setText(tranche.tpPrice.toString());
        m_ui->secondEdit->setText(tranche.slPrice.toString());
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TrancheAdjustDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->firstEdit, &QLineEdit::textChanged, this, &TrancheAdjustDialog::updateEstimate);
    connect(m_ui->secondEdit, &QLineEdit::textChanged, this, &TrancheAdjustDialog::updateEstimate);
    updateEstimate();
}

TrancheAdjustDialog::~TrancheAdjustDialog() = default;

void TrancheAdjustDialog::updateEstimate()
{
    m_ui->errorLabel->clear();
    const auto first = core::Decimal::parse(m_ui->firstEdit->text().trimmed());
    const int dir = m_tranche.side == core::Side::Long ? 1 : -1;
    if (m_kind == Kind::ClosePart) {
        if (!first || !m_mark) {
            m_ui->estimateLabel->clear();
            return;
        }
        const core::Decimal pnl = (*m_mark - m_tranche.entryPrice).multipliedBy(dir) * *first;
        m_ui->estimateLabel->setText(
            tr("At the mark this realizes about %1 USDT before fees.").arg(UiFormat::money(pnl)));
        return;
    }
    const auto second = core::Decimal::parse(m_ui->secondEdit->text().trimmed());
    if (!first || !second) {
        m_ui->estimateLabel->clear();
        return;
    }
    const core::Decimal atTp = (*first - m_tranche.entryPrice).multipliedBy(dir) * m_tranche.quantity;
    const core::Decimal atSl = (*second - m_tranche.entryPrice).multipliedBy(dir) * m_tranche.quantity;
    m_ui->estimateLabel->setText(tr("At the take profit: %1 USDT; at the stop: %2 USDT (before fees).")
                                     .arg(UiFormat::money(atTp), UiFormat::money(atSl)));
}

void TrancheAdjustDialog::accept()
{
    const auto first = core::Decimal::parse(m_ui->firstEdit->text().trimmed());
    const auto second = core::Decimal::parse(m_ui->secondEdit->text().trimmed());
    if (m_isWaiting) {
        return;
    }
    if (!first || (m_kind == Kind::MoveProtection && !second)) {
        finish(core::Error { tr("Enter numbers with a '.' as the decimal point.") });
        return;
    }
    m_isWaiting = true;
    m_ui->buttons->setEnabled(false);
    m_ui->errorLabel->clear();
    m_adjuster(m_kind, m_tranche.id, *first, second ? second.value() : core::Decimal(),
        [dialog = QPointer<TrancheAdjustDialog>(this)](const core::Result<void> &done) {
            if (dialog) {
                dialog->finish(done);
            }
        });
}

void TrancheAdjustDialog::reject()
{
    if (!m_isWaiting) {
        QDialog::reject();
    }
}

void TrancheAdjustDialog::finish(const core::Result<void> &done)
{
    m_isWaiting = false;
    m_ui->buttons->setEnabled(true);
    Q_EMIT answered();
    if (!done) {
        // The engine's reason, in place: the dialog stays open for a correction.
        g_lastError = done.error().message;
        m_ui->errorLabel->setText(done.error().message);
        return;
    }
    g_lastError.clear();
    QDialog::accept();
}

bool TrancheAdjustDialog::run(Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark,
    core::TrancheManager *manager, QWidget *parent)
{
    return run(kind, tranche, mark, managerAdjuster(manager), parent);
}

bool TrancheAdjustDialog::run(
    Kind kind, const core::Tranche &tranche, std::optional<core::Decimal> mark, Adjuster adjuster, QWidget *parent)
{
    TrancheAdjustDialog dialog(kind, tranche, mark, std::move(adjuster), parent);
    if (g_nextValues) {
        const QStringList values = *std::exchange(g_nextValues, std::nullopt);
        if (values.isEmpty()) {
            return false;
        }
        dialog.m_ui->firstEdit->setText(values.value(0));
        if (values.size() > 1) {
            dialog.m_ui->secondEdit->setText(values.value(1));
        }
        dialog.accept();
        if (dialog.isWaiting()) {
            // A remote engine answers later; it always answers (a dropped link fails the command).
            QEventLoop loop;
            connect(&dialog, &TrancheAdjustDialog::answered, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void TrancheAdjustDialog::setNextValues(const QStringList &values)
{
    g_nextValues = values;
}

QString TrancheAdjustDialog::lastError()
{
    return g_lastError;
}

} // namespace trd::ui
