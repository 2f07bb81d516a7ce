// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataTable.h"

#include <QHeaderView>
#include <QTableView>

namespace trd::ui::DataTable {

void setUp(QTableView *table, QAbstractItemModel *model, const QString &objectName, int rowHeight)
{
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
}

} // namespace trd::ui::DataTable
