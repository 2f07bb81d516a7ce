// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrozenColumnTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

FrozenColumnTableView::FrozenColumnTableView(QWidget *parent)
    : QTableView(parent)
    , m_frozen(new QTableView(this))
    , m_edge(new QWidget(this))
{
    m_edge->setObjectName(u"frozenColumnsEdge"_s);
    m_edge->setBackgroundRole(QPalette::Mid);
    m_edge->setAutoFillBackground(true);
    m_edge->hide();
    // The frozen part never takes focus: a click in it selects the row here, and the keys stay here.
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setStretchLastSection(false);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    m_frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    m_frozen->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_frozen->viewport()->installEventFilter(this);
    m_frozen->hide();
    viewport()->stackUnder(m_frozen);
    setHorizontalScrollMode(ScrollPerPixel);

    connect(
        verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(
        m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(horizontalScrollBar(), &QAbstractSlider::valueChanged, this, &FrozenColumnTableView::updateFrozenGeometry);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (isFrozen(logical)) {
            m_frozen->setColumnWidth(logical, size);
            updateFrozenGeometry();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
        [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
        &QHeaderView::setSortIndicator);
    connect(
        m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, &FrozenColumnTableView::sortFromFrozenHeader);
    // The row's menu and the column chooser answer on the frozen part as on the rest of the table.
    connect(m_frozen, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        Q_EMIT customContextMenuRequested(viewport()->mapFrom(this, m_frozen->viewport()->mapTo(this, pos)));
    });
    connect(m_frozen->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QPoint at = horizontalHeader()->mapFrom(this, m_frozen->horizontalHeader()->mapTo(this, pos));
        Q_EMIT horizontalHeader()->customContextMenuRequested(at);
    });
}

void FrozenColumnTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        // A reset may bring the frozen table's hidden columns back.
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenColumnTableView::syncFrozenColumns);
    }
    syncFrozenColumns();
}

void FrozenColumnTableView::setFrozenColumns(const QList<int> &logicalColumns)
{
    m_frozenColumns = logicalColumns;
    m_frozen->setObjectName(objectName() + u"Frozen"_s);
    QHeaderView *header = horizontalHeader();
    for (int i = 0; i < m_frozenColumns.size(); ++i) {
        header->moveSection(header->visualIndex(m_frozenColumns[i]), i);
    }
    syncFrozenColumns();
}

void FrozenColumnTableView::syncFrozenColumns()
{
    if (!model()) {
        return;
    }
    // What the frozen part draws looks like the rows beside it.
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->setShowGrid(showGrid());
    m_frozen->setWordWrap(wordWrap());
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_shownFrozen = shownFrozenColumns();
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        const bool shown = m_shownFrozen.contains(column);
        m_frozen->setColumnHidden(column, !shown);
        if (shown) {
            m_frozen->setItemDelegateForColumn(column, itemDelegateForColumn(column));
            m_frozen->setColumnWidth(column, columnWidth(column));
            m_frozen->horizontalHeader()->moveSection(
                m_frozen->horizontalHeader()->visualIndex(column), header->visualIndex(column));
        }
    }
    m_frozen->horizontalHeader()->setSortIndicator(header->sortIndicatorSection(), header->sortIndicatorOrder());
    updateFrozenGeometry();
}

QList<int> FrozenColumnTableView::shownFrozenColumns() const
{
    QList<int> shown;
    for (int column : std::as_const(m_frozenColumns)) {
        if (!isColumnHidden(column)) {
            shown << column;
        }
    }
    return shown;
}

int FrozenColumnTableView::frozenWidth() const
{
    int width = 0;
    for (int column : shownFrozenColumns()) {
        width += columnWidth(column);
    }
    return width;
}

void FrozenColumnTableView::updateFrozenGeometry()
{
    const int width = frozenWidth();
    m_frozen->setVisible(width > 0 && model());
    // The edge only when something is scrolled under the frozen part.
    m_edge->setVisible(m_frozen->isVisible() && horizontalScrollBar()->value() > 0);
    if (width == 0) {
        return;
    }
    const int left = frameWidth() + (verticalHeader()->isVisible() ? verticalHeader()->width() : 0);
    const int headerHeight = horizontalHeader()->isVisible() ? horizontalHeader()->height() : 0;
    m_frozen->horizontalHeader()->setVisible(horizontalHeader()->isVisible());
    m_frozen->horizontalHeader()->setFixedHeight(headerHeight);
    m_frozen->setGeometry(left, frameWidth(), width, viewport()->height() + headerHeight);
    m_edge->setGeometry(left + width - 1, frameWidth(), 1, m_frozen->height());
    m_edge->raise();
}

void FrozenColumnTableView::sortFromFrozenHeader(int logicalColumn)
{
    if (!isSortingEnabled()) {
        return;
    }
    QHeaderView *header = horizontalHeader();
    const bool same = header->sortIndicatorSection() == logicalColumn;
    const Qt::SortOrder order
        = same && header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    sortByColumn(logicalColumn, order);
}

void FrozenColumnTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid()) {
        return;
    }
    if (isFrozen(index.column())) {
        // A frozen cell is always in view sideways: only the rows scroll.
        const int sideways = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(sideways);
        return;
    }
    QTableView::scrollTo(index, hint);
    // A cell that ended up under the frozen part is brought out beside it.
    const int covered = frozenWidth() - visualRect(index).left();
    if (covered > 0) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - covered);
    }
}

void FrozenColumnTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenColumnTableView::updateGeometries()
{
    QTableView::updateGeometries();
    // Hiding a column comes here (the header's geometry changed) without a signal of its own.
    if (shownFrozenColumns() != m_shownFrozen) {
        syncFrozenColumns();
        return;
    }
    updateFrozenGeometry();
}

bool FrozenColumnTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_frozen->viewport() && event->type() == QEvent::MouseButtonPress) {
        setFocus(Qt::MouseFocusReason);
    }
    return QTableView::eventFilter(watched, event);
}

} // namespace trd::ui
