// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiquidationView.h"

#include "common/DataTable.h"
#include "common/UiRoles.h"
#include "liquidations/LiquidationFilterProxy.h"
#include "liquidations/LiquidationTableModel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

LiquidationView::LiquidationView(LiquidationTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new LiquidationFilterProxy(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"liquidationView"_s);
    m_proxy->setSourceModel(m_model);

    auto *tradedOnly = new QCheckBox(tr("Traded symbols only"), this);
    tradedOnly->setObjectName(u"liquidationTradedOnly"_s);
    tradedOnly->setToolTip(tr("Only the symbols of your configuration; the feed itself keeps every symbol."));
    connect(tradedOnly, &QCheckBox::toggled, m_proxy, &LiquidationFilterProxy::setTradedOnly);
    auto *minimum = new QDoubleSpinBox(this);
    minimum->setObjectName(u"liquidationMinimumVolume"_s);
    minimum->setRange(0, 100'000'000);
    minimum->setDecimals(0);
    minimum->setSingleStep(1000);
    minimum->setSuffix(u" USDT"_s);
    minimum->setToolTip(tr("Hide liquidations smaller than this volume."));
    connect(minimum, &QDoubleSpinBox::valueChanged, m_proxy, &LiquidationFilterProxy::setMinimumVolume);
    auto *search = new QLineEdit(this);
    search->setObjectName(u"liquidationSearch"_s);
    search->setPlaceholderText(tr("Symbol…"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, m_proxy, &LiquidationFilterProxy::setSymbolText);
    m_summary->setObjectName(u"liquidationSummary"_s);

    auto *controls = new QHBoxLayout;
    controls->addWidget(tradedOnly);
    controls->addWidget(new QLabel(tr("Minimum"), this));
    controls->addWidget(minimum);
    controls->addWidget(search, 1);
    controls->addWidget(m_summary);

    DataTable::setUp(m_table, m_proxy, u"liquidationTable"_s);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LiquidationTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(LiquidationTableModel::TimeColumn, 150);
    m_table->setColumnWidth(LiquidationTableModel::VolumeColumn, 130);
    m_table->setColumnWidth(LiquidationTableModel::TradedColumn, 60);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_table);

    // Counting on every row would cost a cascade dearly: once a second is plenty.
    auto *summaryTimer = new QTimer(this);
    summaryTimer->setInterval(1000);
    connect(summaryTimer, &QTimer::timeout, this, &LiquidationView::updateSummary);
    summaryTimer->start();
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LiquidationView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LiquidationView::updateSummary);
    updateSummary();
}

void LiquidationView::updateSummary()
{
    double volume = 0;
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        volume += m_proxy->index(row, LiquidationTableModel::VolumeColumn).data(RawRole).toDouble();
    }
    m_summary->setText(tr("%L1 shown · %L2 USDT").arg(rows).arg(volume, 0, 'f', 0));
}

} // namespace trd::ui
