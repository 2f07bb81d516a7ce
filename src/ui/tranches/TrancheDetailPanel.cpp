// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheDetailPanel.h"

#include "common/UiFormat.h"
#include "tranches/TrancheTableModel.h"
#include "ui_TrancheDetailPanel.h"

#include <QEvent>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

TrancheDetailPanel::TrancheDetailPanel(TrancheTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrancheDetailPanel>())
    , m_model(model)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->trancheDetailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->trancheDetailTitle->setFont(titleFont);
    m_fields = {
        { u"Entry"_s, m_ui->detail_Entry },
        { u"Time"_s, m_ui->detail_Time },
        { u"Quantity"_s, m_ui->detail_Quantity },
        { u"Margin"_s, m_ui->detail_Margin },
        { u"Leverage"_s, m_ui->detail_Leverage },
        { u"Unrealized P&L"_s, m_ui->detail_UnrealizedPnl },
        { u"PnL % / ROE %"_s, m_ui->detail_PnlRoePercent },
        { u"Take profit"_s, m_ui->detail_Takeprofit },
        { u"Stop loss"_s, m_ui->detail_Stoploss },
        { u"Realized P&L"_s, m_ui->detail_RealizedPnl },
        { u"Fees"_s, m_ui->detail_Fees },
        { u"Funding"_s, m_ui->detail_Funding },
        { u"Origin"_s, m_ui->detail_Origin },
        { u"Isolated at"_s, m_ui->detail_Isolatedat },
        { u"Exit"_s, m_ui->detail_Exit },
        { u"Position side"_s, m_ui->detail_Positionside },
        { u"Entry order"_s, m_ui->detail_Entryorder },
    };
    connect(m_model, &TrancheTableModel::refreshed, this, &TrancheDetailPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrancheDetailPanel::refresh);
    refresh();
}

TrancheDetailPanel::~TrancheDetailPanel() = default;

void TrancheDetailPanel::showTranche(const QString &id)
{
    m_id = id;
    refresh();
}

void TrancheDetailPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
}

QString TrancheDetailPanel::fieldText(const QString &name) const
{
    const QLabel *label = m_fields.value(name);
    return label ? label->text() : QString();
}

void TrancheDetailPanel::setField(const QString &name, const QString &text, const QColor &color)
{
    QLabel *label = m_fields.value(name);
    label->setText(text);
    label->setStyleSheet(color.isValid() ? u"color: %1; font-weight: 600;"_s.arg(color.name()) : QString());
}

void TrancheDetailPanel::refresh()
{
    const int row = m_model->rowOf(m_id);
    if (row < 0) {
        m_ui->trancheDetailTitle->setText(tr("No tranche selected"));
        m_ui->trancheDetailStatus->setText(tr("Select a row to see its card."));
        m_ui->trancheDetailStatus->setStyleSheet({});
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            setField(it.key(), QString());
        }
        return;
    }
    const core::Tranche &t = m_model->tranche(row);
    const bool best = m_model->isBest(t.id);
    m_ui->trancheDetailTitle->setText(tr("Tranche #%1 · %2 %3").arg(t.seq).arg(t.symbol, core::toString(t.side))
        + (best ? u"  "_s + tr("★ best entry") : QString()));
    const QString status
        = !t.isOpen() ? core::toString(t.status).toUpper() : (t.isolated ? tr("ISOLATED") : tr("ACTIVE"));
    const QColor color
        = !t.isOpen() ? UiFormat::closedColor() : (t.isolated ? UiFormat::lossColor() : UiFormat::profitColor());
    m_ui->trancheDetailStatus->setText(u"● %1"_s.arg(status));
    m_ui->trancheDetailStatus->setStyleSheet(u"color: %1; font-weight: 700;"_s.arg(color.name()));
    setField(u"Entry"_s, UiFormat::price(t.entryPrice));
    setField(u"Time"_s, UiFormat::dateTime(t.entryTime));
    setField(u"Quantity"_s, tr("%1 of %2").arg(UiFormat::quantity(t.quantity), UiFormat::quantity(t.originalQuantity)));
    setField(u"Margin"_s, tr("%1 USDT").arg(UiFormat::amount(t.marginUsed)));
    setField(u"Leverage"_s, tr("%1x", "leverage").arg(t.leverage));
    if (t.isOpen()) {
        setField(u"Unrealized P&L"_s, UiFormat::money(t.unrealizedPnl), UiFormat::pnlColor(t.unrealizedPnl));
        setField(u"PnL % / ROE %"_s,
            tr("%1 / %2", "PnL % / ROE %")
                .arg(m_model->index(row, TrancheTableModel::PnlPercentColumn).data().toString(),
                    m_model->index(row, TrancheTableModel::RoePercentColumn).data().toString()),
            UiFormat::pnlColor(t.unrealizedPnl));
    } else {
        setField(u"Unrealized P&L"_s, u"—"_s);
        setField(u"PnL % / ROE %"_s, u"—"_s);
    }
    //: a take-profit or stop-loss price, then its distance from the entry in percent
    const char *const target = QT_TR_NOOP("%1 (%2%)");
    setField(u"Take profit"_s, tr(target).arg(UiFormat::price(t.tpPrice), UiFormat::number(t.tpPercent)));
    setField(u"Stop loss"_s, tr(target).arg(UiFormat::price(t.slPrice), UiFormat::number(t.slPercent)));
    setField(u"Realized P&L"_s, UiFormat::money(t.realizedPnl), UiFormat::pnlColor(t.realizedPnl));
    setField(u"Fees"_s, UiFormat::amount(t.feesPaid, 6));
    // Realized P&L already holds it (the engine books each payment there): shown, not added again.
    setField(u"Funding"_s,
        tr("%1 USDT (in realized P&L)", "funding of one tranche").arg(UiFormat::money(t.fundingFee, 6)),
        t.fundingFee.isZero() ? QColor() : UiFormat::pnlColor(t.fundingFee));
    setField(u"Origin"_s, core::toString(t.origin));
    setField(u"Isolated at"_s,
        t.isolationTime > 0
            ? tr("%1 @ %2", "time @ price").arg(UiFormat::dateTime(t.isolationTime), UiFormat::price(t.isolationPrice))
            : u"—"_s);
    setField(u"Exit"_s,
        t.isOpen()
            ? u"—"_s
            : tr("%1 @ %2 (%3)", "time @ price (close reason)")
                  .arg(UiFormat::dateTime(t.exitTime), UiFormat::price(t.exitPrice), core::toString(t.closeReason)));
    setField(u"Position side"_s, core::toString(t.positionSide));
    setField(u"Entry order"_s, t.entryOrderId);
}

} // namespace trd::ui
