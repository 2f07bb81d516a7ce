// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheView.h"

#include "common/DataTable.h"
#include "common/FrozenColumnTableView.h"
#include "common/MessageBox.h"
#include "common/UiRoles.h"
#include "tranche/TrancheManager.h"
#include "tranche/TrancheMath.h"
#include "tranches/TrancheDetailPanel.h"
#include "tranches/TrancheFilterProxy.h"
#include "tranches/TrancheStatusDelegate.h"
#include "tranches/TrancheTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
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
    , m_closeSelected(new QAction(QIcon(u":/ui/icons/close.svg"_s), tr("Close selected tranche…"), this))
{
    setObjectName(u"trancheView"_s);
    m_tabs->setObjectName(u"trancheTabs"_s);
    m_tabs->setDocumentMode(true);
    const QList<std::pair<TrancheFilterProxy::View, QString>> views { { TrancheFilterProxy::View::Active,
                                                                          u"activeTable"_s },
        { TrancheFilterProxy::View::Isolated, u"isolatedTable"_s },
        { TrancheFilterProxy::View::Closed, u"closedTable"_s }, { TrancheFilterProxy::View::Open, u"allOpenTable"_s } };
    for (const auto &[view, name] : views) {
        auto *proxy = new TrancheFilterProxy(view, this);
        proxy->setSourceModel(m_model);
        // Connected before the table's own handlers: a view moves its current index to a
        // neighbour when the current row goes, and that move is not the trader's choice.
        const auto begin = [this] { m_isAdjusting = true; };
        connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        m_proxies << proxy;
        QTableView *table = makeTable(proxy, name);
        m_tables << table;
        m_tabs->addTab(table, QString());
        const auto end = [this] {
            m_isAdjusting = false;
            followCurrent();
        };
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, end);
        connect(proxy, &QAbstractItemModel::modelReset, this, end);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, end);
    }
    // Newest first in the closed history, oldest first for open tranches (the card order).
    m_tables[2]->sortByColumn(TrancheTableModel::ExitColumn, Qt::DescendingOrder);
    m_tables[2]->setColumnHidden(TrancheTableModel::MarkColumn, true);
    m_tables[2]->setColumnHidden(TrancheTableModel::UnrealizedColumn, true);
    m_tables[2]->setColumnHidden(TrancheTableModel::PnlPercentColumn, true);
    m_tables[2]->setColumnHidden(TrancheTableModel::RoePercentColumn, true);
    for (int i : { int(ActiveTab), int(IsolatedTab), int(AllOpenTab) }) {
        m_tables[i]->sortByColumn(TrancheTableModel::IdColumn, Qt::AscendingOrder);
        m_tables[i]->setColumnHidden(TrancheTableModel::ExitColumn, true);
        // What a trader reads first sits next to the tranche: its P&L now, then the rest.
        QHeaderView *header = m_tables[i]->horizontalHeader();
        header->moveSection(header->visualIndex(TrancheTableModel::UnrealizedColumn), 3);
        header->moveSection(header->visualIndex(TrancheTableModel::PnlPercentColumn), 4);
    }
    // Funding shows by default, after the fees: both are what holding the tranche cost (the
    // model appends it, so the numbers of saved column choices stay as they were).
    for (QTableView *table : std::as_const(m_tables)) {
        QHeaderView *header = table->horizontalHeader();
        header->moveSection(header->visualIndex(TrancheTableModel::FundingColumn),
            header->visualIndex(TrancheTableModel::FeesColumn) + 1);
    }
    // The columns a trader hid or showed (right-click on a header), over the defaults above.
    for (QTableView *table : std::as_const(m_tables)) {
        restoreColumns(table);
        table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(
            table->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
                QMenu *menu = createColumnMenu(table, this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(table->horizontalHeader()->mapToGlobal(pos));
            });
    }
    {
        QHeaderView *header = m_tables[ClosedTab]->horizontalHeader();
        header->moveSection(header->visualIndex(TrancheTableModel::RealizedColumn), 3);
        header->moveSection(header->visualIndex(TrancheTableModel::ExitColumn), 4);
        // The exit carries its close reason: wide enough not to cut it.
        m_tables[ClosedTab]->setColumnWidth(TrancheTableModel::ExitColumn, 260);
    }

    // The card scrolls rather than cutting its values at a narrow width or a large font.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(u"trancheDetailScroll"_s);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setMinimumWidth(220);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"trancheSplitter"_s);
    splitter->addWidget(m_tabs);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrancheView::updateTabTitles);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrancheView::updateTabTitles);
    connect(m_model, &TrancheTableModel::refreshed, this, &TrancheView::updateTabTitles);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const QModelIndex current = currentTable()->currentIndex();
        setCurrentTranche(current.isValid() ? current.data(IdRole).toString() : QString());
    });

    m_closeSelected->setObjectName(u"closeSelectedAction"_s);
    m_closeSelected->setShortcut(QKeySequence::Delete);
    m_closeSelected->setToolTip(tr("Close the selected open tranche at market (asks first)"));
    m_closeSelected->setEnabled(false);
    connect(m_closeSelected, &QAction::triggered, this, [this] {
        if (!m_currentId.isEmpty()) {
            closeTranche(m_currentId);
        }
    });
    updateTabTitles();
}

QTableView *TrancheView::currentTable() const
{
    return m_tables.value(m_tabs->currentIndex());
}

void TrancheView::setCurrentTranche(const QString &id)
{
    const int row = m_model->rowOf(id);
    m_closeSelected->setEnabled(row >= 0 && (m_manager || m_remoteCloser) && m_model->tranche(row).isOpen());
    if (id == m_currentId) {
        return;
    }
    m_currentId = id;
    m_detail->showTranche(id);
    Q_EMIT currentTrancheChanged(id, row >= 0 ? m_model->tranche(row).symbol : QString());
}

void TrancheView::followCurrent()
{
    QTableView *table = currentTable();
    auto *proxy = m_proxies.value(m_tabs->currentIndex());
    if (!table || !proxy) {
        return;
    }
    const int sourceRow = m_currentId.isEmpty() ? -1 : m_model->rowOf(m_currentId);
    const QModelIndex shown
        = sourceRow < 0 ? QModelIndex() : proxy->mapFromSource(m_model->index(sourceRow, TrancheTableModel::IdColumn));
    const QSignalBlocker block(table->selectionModel());
    if (shown.isValid()) {
        if (table->currentIndex().row() != shown.row()) {
            table->selectionModel()->setCurrentIndex(
                shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        setCurrentTranche(m_currentId); // enables or disables the close action as its state moved
        return;
    }
    table->selectionModel()->clear();
    table->viewport()->update();
    setCurrentTranche({});
}

QTableView *TrancheView::makeTable(TrancheFilterProxy *proxy, const QString &name)
{
    auto *table = new FrozenColumnTableView(this);
    DataTable::setUp(table, proxy, name, 26);
    // The tranche's # and symbol stay in view when the trader scrolls to the right.
    table->setFrozenColumns({ TrancheTableModel::IdColumn, TrancheTableModel::SymbolColumn });
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
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this, table](const QModelIndex &current) {
            if (m_isAdjusting || table != currentTable()) {
                return;
            }
            setCurrentTranche(current.isValid() ? current.data(IdRole).toString() : QString());
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
    const QStringList names { tr("Active"), tr("Isolated"), tr("Closed"), tr("All open") };
    for (int i = 0; i < m_proxies.size(); ++i) {
        m_tabs->setTabText(i, tr("%1 (%2)").arg(names.at(i)).arg(m_proxies[i]->rowCount()));
    }
    m_tabs->setTabToolTip(AllOpenTab, tr("Every open tranche, active and isolated"));
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
    const bool mayControl = isOpen && (!m_mayControl || m_mayControl());
    close->setEnabled(mayControl && (m_manager || m_remoteCloser));
    QAction *closePart = menu->addAction(tr("Close part…"));
    closePart->setObjectName(u"closePartAction"_s);
    closePart->setEnabled(mayControl && (m_manager || m_remoteAdjuster));
    QAction *move = menu->addAction(tr("Move TP/SL…"));
    move->setObjectName(u"moveProtectionAction"_s);
    move->setEnabled(mayControl && (m_manager || m_remoteAdjuster));
    QAction *details = menu->addAction(tr("Show details"));
    details->setObjectName(u"showTrancheAction"_s);
    connect(close, &QAction::triggered, this, [this, id] { closeTranche(id); });
    connect(
        closePart, &QAction::triggered, this, [this, id] { adjustTranche(id, TrancheAdjustDialog::Kind::ClosePart); });
    connect(
        move, &QAction::triggered, this, [this, id] { adjustTranche(id, TrancheAdjustDialog::Kind::MoveProtection); });
    connect(details, &QAction::triggered, this, [this, index] { currentTable()->setCurrentIndex(index); });
    return menu;
}

QMenu *TrancheView::createColumnMenu(QTableView *table, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"columnChooserMenu"_s);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(u"column_%1"_s.arg(column));
        action->setCheckable(true);
        action->setChecked(!table->isColumnHidden(column));
        // The tranche's # stays: every other view names tranches by it.
        action->setEnabled(column != TrancheTableModel::IdColumn);
        connect(action, &QAction::toggled, this, [this, table, column](bool shown) {
            table->setColumnHidden(column, !shown);
            syncFrozen(table);
            saveColumns(table);
        });
    }
    return menu;
}

void TrancheView::saveColumns(QTableView *table)
{
    QStringList hidden;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (table->isColumnHidden(column)) {
            hidden << QString::number(column);
        }
    }
    QSettings().setValue(u"tranches/%1/hiddenColumns"_s.arg(table->objectName()), hidden);
}

void TrancheView::restoreColumns(QTableView *table)
{
    const QVariant saved = QSettings().value(u"tranches/%1/hiddenColumns"_s.arg(table->objectName()));
    if (!saved.isValid()) {
        return;
    }
    const QStringList hidden = saved.toStringList();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        table->setColumnHidden(column, hidden.contains(QString::number(column)));
    }
    syncFrozen(table);
}

void TrancheView::syncFrozen(QTableView *table)
{
    if (auto *frozen = qobject_cast<FrozenColumnTableView *>(table)) {
        frozen->syncFrozenColumns();
    }
}

void TrancheView::showContextMenu(QTableView *table, const QPoint &pos)
{
    QMenu *menu = createContextMenu(table->indexAt(pos), this);
    if (menu) {
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(table->viewport()->mapToGlobal(pos));
    }
}

void TrancheView::adjustTranche(const QString &id, TrancheAdjustDialog::Kind kind)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || (!m_manager && !m_remoteAdjuster)) {
        return;
    }
    const core::Tranche t = m_model->tranche(row);
    if (!m_manager) {
        const auto mark = t.quantity.isZero() ? std::nullopt : std::optional(core::TrancheMath::impliedMark(t));
        TrancheAdjustDialog::run(kind, t, mark, m_remoteAdjuster, this);
        return;
    }
    TrancheAdjustDialog::run(kind, t, m_manager->markPrice(t.symbol), m_manager, this);
}

void TrancheView::closeTranche(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || (!m_manager && !m_remoteCloser)) {
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
    if (!m_manager) {
        m_remoteCloser(id);
        return;
    }
    if (auto result = m_manager->closeTranche(id); !result) {
        MessageBox::warning(this, tr("Close this tranche"), result.error().message);
    }
}

} // namespace trd::ui
