// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsPanel.h"

#include "charts/PnlChart.h"
#include "charts/PriceChart.h"
#include "charts/UnrealizedChart.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

ChartsPanel::ChartsPanel(
    PriceHistory *history, TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_price(new PriceChart(history, model, manager, this))
    , m_unrealized(new UnrealizedChart(history, this))
    , m_pnl(new PnlChart(model, manager, this))
{
    setObjectName(u"chartsPanel"_s);
    m_tabs->setObjectName(u"chartTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_price, QIcon(u":/ui/icons/chart-price.svg"_s), tr("Price && levels"));
    m_tabs->addTab(m_unrealized, QIcon(u":/ui/icons/chart-bars.svg"_s), tr("Unrealized per tranche"));
    m_tabs->addTab(m_pnl, QIcon(u":/ui/icons/chart-pnl.svg"_s), tr("Realized P&&L"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ChartsPanel::setSelection(const QString &symbol, const QString &side)
{
    m_price->setSelection(symbol, side);
    m_unrealized->setSelection(symbol, side);
    m_pnl->setSymbol(symbol);
}

} // namespace trd::ui

namespace trd::ui {

void ChartsPanel::setFocusSymbol(const QString &symbol)
{
    m_price->setFocusSymbol(symbol);
}

} // namespace trd::ui
