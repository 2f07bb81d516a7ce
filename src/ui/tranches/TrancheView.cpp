// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheView.h"

#include "common/DataTable.h"
#include "common/MessageBox.h"
#include "common/UiRoles.h"
#include "tranche/TrancheManager.h"
#include "tranches/TrancheDetailPanel.h"
#include "tranches/TrancheFilterProxy.h"
#include "tranches/TrancheStatusDelegate.h"
#include "tranches/TrancheTableModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

TrancheView::TrancheView(TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_manager(manager)
    , m_tabs(new QTabWidget(this))
    , m_detail(new TrancheDetailPanel(model, this))
{
    setObjectName(u"trancheView"_s);
    m_tabs->setObjectName(u"trancheTabs"_s);
    m_tabs->setDocumentMode(true);
    const QList<std::pair<TrancheFilterProxy::View, QString>> views { { TrancheFilterProxy::View::Active,
                                                                          u"activeTable"_s },
        { TrancheFilterProxy::View::Isolated, u"isolatedTable"_s },
        { TrancheFilterProxy::View::Closed, u"closedTable"_s } };
    for (const auto &[view, name] : views) {
        auto *proxy = new TrancheFilterProxy(view, this);
        proxy->setSourceModel(m_model);
        m_proxies << proxy;
        QTableView *table = makeTable(proxy, name);
        m_tables << table;
        m_tabs->addTab(table, QString());
    }
    // Newest first in the closed history, oldest first for open tranches (the card order).
    m_tables[2]->sortByColumn(TrancheTableModel::ExitColumn, Qt::DescendingOrder);
    m_tables[2]->setColumnHidden(TrancheTableModel::MarkColumn, true);
    m_tables[2]->setColumnHidden(TrancheTableModel::UnrealizedColumn, true);
    m_tables[2]->setColumnHidden(TrancheTableModel::PnlPercentColumn, true);
    m_tables[2]->setColumnHidden(TrancheTableModel::RoePercentColumn, true);
    for (int i = 0; i < 2; ++i) {
        m_tables[i]->sortByColumn(TrancheTableModel::IdColumn, Qt::AscendingOrder);
        m_tables[i]->setColumnHidden(TrancheTableModel::ExitColumn, true);
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"trancheSplitter"_s);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_detail->setMinimumWidth(320);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrancheView::updateTabTitles);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrancheView::updateTabTitles);
    connect(m_model, &TrancheTableModel::refreshed, this, &TrancheView::updateTabTitles);
    // The card is never empty while there is a tranche to show: the first row is picked.
    connect(m_model, &TrancheTableModel::refreshed, this, [this] {
        QTableView *current = m_tables.value(m_tabs->currentIndex());
        if (current && !current->selectionModel()->hasSelection() && current->model()->rowCount() > 0) {
            current->selectRow(0);
        }
    });
    updateTabTitles();
}

QTableView *TrancheView::makeTable(TrancheFilterProxy *proxy, const QString &name)
{
    auto *table = new QTableView(this);
    DataTable::setUp(table, proxy, name, 26);
    table->setSortingEnabled(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(96);
    table->horizontalHeader()->setHighlightSections(false);
    table->setColumnWidth(TrancheTableModel::IdColumn, 80);
    table->setColumnWidth(TrancheTableModel::TimeColumn, 140);
    table->setColumnWidth(TrancheTableModel::TpColumn, 130);
    table->setColumnWidth(TrancheTableModel::SlColumn, 130);
    table->setColumnWidth(TrancheTableModel::StatusColumn, 110);
    table->setItemDelegateForColumn(TrancheTableModel::StatusColumn, new TrancheStatusDelegate(table));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this,
        [this, table](const QPoint &pos) { showContextMenu(table, pos); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_detail->showTranche(current.data(IdRole).toString());
        }
    });
    return table;
}

QTableView *TrancheView::table(int tab) const
{
    return m_tables.value(tab);
}

TrancheFilterProxy *TrancheView::proxy(int tab) const
{
    return m_proxies.value(tab);
}

void TrancheView::setSymbol(const QString &symbol)
{
    for (auto *proxy : std::as_const(m_proxies)) {
        proxy->setSymbol(symbol);
    }
    updateTabTitles();
}

void TrancheView::setSide(const QString &side)
{
    for (auto *proxy : std::as_const(m_proxies)) {
        proxy->setSide(side);
    }
    updateTabTitles();
}

void TrancheView::updateTabTitles()
{
    static const QStringList kNames { tr("Active"), tr("Isolated"), tr("Closed") };
    for (int i = 0; i < m_proxies.size(); ++i) {
        m_tabs->setTabText(i, u"%1 (%2)"_s.arg(kNames.at(i)).arg(m_proxies[i]->rowCount()));
    }
}

QMenu *TrancheView::createContextMenu(const QModelIndex &index, QWidget *parent)
{
    if (!index.isValid()) {
        return nullptr;
    }
    const QString id = index.data(IdRole).toString();
    const QString status = index.data(StatusRole).toString();
    const bool isOpen = status == u"ACTIVE" || status == u"ISOLATED";
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"trancheContextMenu"_s);
    QAction *close = menu->addAction(QIcon(u":/ui/icons/close.svg"_s), tr("Close this tranche…"));
    close->setObjectName(u"closeTrancheAction"_s);
    close->setEnabled(isOpen && m_manager);
    QAction *details = menu->addAction(tr("Show details"));
    details->setObjectName(u"showTrancheAction"_s);
    connect(close, &QAction::triggered, this, [this, id] { closeTranche(id); });
    connect(details, &QAction::triggered, this, [this, id] { m_detail->showTranche(id); });
    return menu;
}

void TrancheView::showContextMenu(QTableView *table, const QPoint &pos)
{
    QMenu *menu = createContextMenu(table->indexAt(pos), this);
    if (menu) {
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(table->viewport()->mapToGlobal(pos));
    }
}

void TrancheView::closeTranche(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_manager) {
        return;
    }
    const core::Tranche &t = m_model->tranche(row);
    const QString text = tr("Close tranche #%1 (%2 %3, %4 @ %5) at market now?\n\n"
                            "A reduce-only order for its quantity is sent; the other tranches are untouched.")
                             .arg(t.seq)
                             .arg(t.symbol, core::toString(t.side), t.quantity.toString(), t.entryPrice.toString());
    if (MessageBox::question(this, tr("Close this tranche"), text) != QMessageBox::Yes) {
        return;
    }
    if (auto result = m_manager->closeTranche(id); !result) {
        MessageBox::warning(this, tr("Close this tranche"), result.error().message);
    }
}

} // namespace trd::ui
