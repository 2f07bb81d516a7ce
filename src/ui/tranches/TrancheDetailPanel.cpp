// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheDetailPanel.h"

#include "common/UiFormat.h"
#include "tranches/TrancheTableModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
// The field keys (what tests and fieldText() name) are also the captions, translated.
const char *const kFieldNames[] = { QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Entry"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Time"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Quantity"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Margin"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Leverage"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Unrealized P&L"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "PnL % / ROE %"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Take profit"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Stop loss"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Realized P&L"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Fees"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Origin"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Isolated at"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Exit"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Position side"),
    QT_TRANSLATE_NOOP("trd::ui::TrancheDetailPanel", "Entry order") };

QStringList fieldKeys()
{
    QStringList keys;
    for (const char *name : kFieldNames) {
        keys << QString::fromLatin1(name);
    }
    return keys;
}
} // namespace

TrancheDetailPanel::TrancheDetailPanel(TrancheTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"trancheDetail"_s);
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"trancheDetailTitle"_s);
    m_title->setWordWrap(true);
    m_status->setObjectName(u"trancheDetailStatus"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    // A narrow card wraps a long value (an exit with its reason, an order id) onto the next line
    // instead of cutting it at the right edge.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const char *name : kFieldNames) {
        auto *value = new QLabel(this);
        value->setObjectName(u"detail_"_s + QString::fromLatin1(name).remove(u' '));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_fields.insert(QString::fromLatin1(name), value);
        auto *caption = new QLabel(tr("%1:").arg(tr(name)), this);
        caption->setTextFormat(Qt::PlainText);
        form->addRow(caption, value);
    }
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_model, &TrancheTableModel::refreshed, this, &TrancheDetailPanel::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrancheDetailPanel::refresh);
    refresh();
}

void TrancheDetailPanel::showTranche(const QString &id)
{
    m_id = id;
    refresh();
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
        m_title->setText(tr("No tranche selected"));
        m_status->setText(tr("Select a row to see its card."));
        m_status->setStyleSheet({});
        for (const QString &name : fieldKeys()) {
            setField(name, QString());
        }
        return;
    }
    const core::Tranche &t = m_model->tranche(row);
    const bool best = m_model->isBest(t.id);
    m_title->setText(tr("Tranche #%1 · %2 %3").arg(t.seq).arg(t.symbol, core::toString(t.side))
        + (best ? u"  "_s + tr("★ best entry") : QString()));
    const QString status
        = !t.isOpen() ? core::toString(t.status).toUpper() : (t.isolated ? u"ISOLATED"_s : u"ACTIVE"_s);
    const QColor color
        = !t.isOpen() ? UiFormat::closedColor() : (t.isolated ? UiFormat::lossColor() : UiFormat::profitColor());
    m_status->setText(u"● %1"_s.arg(status));
    m_status->setStyleSheet(u"color: %1; font-weight: 700;"_s.arg(color.name()));
    setField(u"Entry"_s, UiFormat::price(t.entryPrice));
    setField(u"Time"_s, UiFormat::dateTime(t.entryTime));
    setField(u"Quantity"_s, u"%1 of %2"_s.arg(UiFormat::quantity(t.quantity), UiFormat::quantity(t.originalQuantity)));
    setField(u"Margin"_s, u"%1 USDT"_s.arg(t.marginUsed.toString(2)));
    setField(u"Leverage"_s, u"%1x"_s.arg(t.leverage));
    if (t.isOpen()) {
        setField(u"Unrealized P&L"_s, UiFormat::money(t.unrealizedPnl), UiFormat::pnlColor(t.unrealizedPnl));
        setField(u"PnL % / ROE %"_s,
            u"%1 / %2"_s.arg(m_model->index(row, TrancheTableModel::PnlPercentColumn).data().toString(),
                m_model->index(row, TrancheTableModel::RoePercentColumn).data().toString()),
            UiFormat::pnlColor(t.unrealizedPnl));
    } else {
        setField(u"Unrealized P&L"_s, u"—"_s);
        setField(u"PnL % / ROE %"_s, u"—"_s);
    }
    setField(u"Take profit"_s, u"%1 (%2%)"_s.arg(UiFormat::price(t.tpPrice), t.tpPercent.toString()));
    setField(u"Stop loss"_s, u"%1 (%2%)"_s.arg(UiFormat::price(t.slPrice), t.slPercent.toString()));
    setField(u"Realized P&L"_s, UiFormat::money(t.realizedPnl), UiFormat::pnlColor(t.realizedPnl));
    setField(u"Fees"_s, t.feesPaid.toString(6));
    setField(u"Origin"_s, core::toString(t.origin));
    setField(u"Isolated at"_s,
        t.isolationTime > 0 ? u"%1 @ %2"_s.arg(UiFormat::dateTime(t.isolationTime), UiFormat::price(t.isolationPrice))
                            : u"—"_s);
    setField(u"Exit"_s,
        t.isOpen() ? u"—"_s
                   : u"%1 @ %2 (%3)"_s.arg(
                       UiFormat::dateTime(t.exitTime), UiFormat::price(t.exitPrice), core::toString(t.closeReason)));
    setField(u"Position side"_s, core::toString(t.positionSide));
    setField(u"Entry order"_s, t.entryOrderId);
}

} // namespace trd::ui
