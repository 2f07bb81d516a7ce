// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatif/WhatIfTableModel.h"

#include "common/UiFormat.h"

#include <QBrush>
#include <QFont>

namespace trd::ui {

WhatIfTableModel::WhatIfTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WhatIfTableModel::setReport(const backtest::StoredRunWhatIf::Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int WhatIfTableModel::rowCount(const QModelIndex &parent) const
{
    // The tranches and a total, or nothing when no close needed a strategy.
    return parent.isValid() || m_report.tranches.isEmpty() ? 0 : int(m_report.tranches.size()) + 1;
}

int WhatIfTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<core::Decimal> WhatIfTableModel::pnl(int row, int column) const
{
    const bool isTotal = row == int(m_report.tranches.size());
    if (column == Combined) {
        return isTotal ? std::optional(m_report.combinedTotal) : std::nullopt;
    }
    if (column == Actual) {
        return isTotal ? m_report.actualTotal : m_report.tranches.at(row).actual;
    }
    if (column >= Lifo && column <= BestFirst) {
        const int s = column - Lifo;
        return isTotal ? m_report.strategyTotals[s] : m_report.tranches.at(row).byStrategy[s];
    }
    return std::nullopt;
}

QVariant WhatIfTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    const bool isTotal = row == int(m_report.tranches.size());
    const auto money = pnl(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (money) {
            return UiFormat::money(*money);
        }
        if (isTotal) {
            //: the what-if table's last row
            return column == Number ? tr("Total") : QVariant();
        }
        switch (column) {
        case Number:
            return QString::number(m_report.tranches.at(row).number);
        case Symbol:
            return m_report.tranches.at(row).symbol;
        case Side:
            return m_report.tranches.at(row).side;
        default:
            return tr("—");
        }
    case RawValueRole:
        if (money) {
            return money->toDouble();
        }
        if (isTotal) {
            return QVariant();
        }
        return column == Number ? QVariant(m_report.tranches.at(row).number)
            : column == Symbol  ? QVariant(m_report.tranches.at(row).symbol)
            : column == Side    ? QVariant(m_report.tranches.at(row).side)
                                : QVariant();
    case Qt::TextAlignmentRole:
        return int((column >= Actual ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (money && !money->isZero()) {
            return QBrush(UiFormat::pnlColor(*money));
        }
        return {};
    default:
        return {};
    }
}

QVariant WhatIfTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        //: column header: the tranche's number
        return tr("#");
    case Symbol:
        return tr("Symbol");
    case Side:
        return tr("Side");
    case Actual:
        //: column header: realized P&L as the engine spread the closes
        return tr("As booked");
    case Lifo:
        return QStringLiteral("LIFO");
    case Fifo:
        return QStringLiteral("FIFO");
    case WorstFirst:
        return QStringLiteral("WORST_FIRST");
    case BestFirst:
        return QStringLiteral("BEST_FIRST");
    case Combined:
        //: column header: tranche management off, one position per symbol and side
        return tr("One position");
    default:
        return {};
    }
}

} // namespace trd::ui
