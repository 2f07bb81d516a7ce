// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTableView>

namespace trd::ui {

// A table whose first columns stay in view while the others scroll sideways (Qt's "frozen
// column" pattern): a second table over the left edge shows only those columns, over the same
// model and the same selection model, so the two never disagree on the current row.
//
// The frozen columns are moved to the left of the header. Hiding one (the column chooser) or
// resizing it is followed; sorting, the context menu and the header's menu of the frozen part act
// on this table, and keyboard focus stays here.
class FrozenColumnTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FrozenColumnTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Call after setModel(); the frozen table is named after this one ("…Frozen").
    void setFrozenColumns(const QList<int> &logicalColumns);
    QTableView *frozenView() const { return m_frozen; }
    // Width of the frozen part: what scrolled cells slide under.
    int frozenWidth() const;
    // After columns were hidden or shown: the frozen part shows the frozen columns still shown.
    void syncFrozenColumns();

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isFrozen(int logicalColumn) const { return m_frozenColumns.contains(logicalColumn); }
    QList<int> shownFrozenColumns() const;
    void updateFrozenGeometry();
    void sortFromFrozenHeader(int logicalColumn);

    QTableView *m_frozen;
    QWidget *m_edge; // a 1 px line where scrolled cells slide under the frozen part
    QList<int> m_frozenColumns;
    QList<int> m_shownFrozen; // the frozen columns the frozen table shows now
};

} // namespace trd::ui
