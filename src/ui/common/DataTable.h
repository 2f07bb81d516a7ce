// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace trd::ui::DataTable {

// How every data table of the app looks: whole rows selected, alternating rows without a grid,
// one line per row, no row numbers. Views add their sorting and column widths.
void setUp(QTableView *table, QAbstractItemModel *model, const QString &objectName, int rowHeight = 24);

} // namespace trd::ui::DataTable
