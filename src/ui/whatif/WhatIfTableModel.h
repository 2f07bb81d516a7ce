// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredRunWhatIf.h"

#include <QAbstractTableModel>

namespace trd::ui {

// A stored run's what-if side by side: one row per tranche an untagged close touched, then the
// total; columns: realized P&L as the engine booked it, under each closing strategy, and (in the
// total) as one combined position. Sorting reads RawValueRole.
class WhatIfTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Symbol,
        Side,
        Actual,
        Lifo,
        Fifo,
        WorstFirst,
        BestFirst,
        Combined,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit WhatIfTableModel(QObject *parent = nullptr);

    void setReport(const backtest::StoredRunWhatIf::Report &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The P&L in a money column of a row (the total row is the last); nullopt where none applies.
    std::optional<core::Decimal> pnl(int row, int column) const;

    backtest::StoredRunWhatIf::Report m_report;
};

} // namespace trd::ui
