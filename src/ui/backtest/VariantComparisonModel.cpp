// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VariantComparisonModel.h"

#include "common/UiFormat.h"
#include "common/UiRoles.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using core::Decimal;

namespace {

Decimal moneyOf(const backtest::VariantResult &r, int column)
{
    switch (column) {
    case VariantComparisonModel::RealizedColumn:
        return r.realizedPnl;
    case VariantComparisonModel::FeesColumn:
        return r.fees;
    case VariantComparisonModel::FundingColumn:
        return r.funding;
    case VariantComparisonModel::NetColumn:
        return r.netPnl;
    case VariantComparisonModel::DrawdownColumn:
        return r.maxDrawdown;
    default:
        return r.endBalance;
    }
}

qint64 countOf(const backtest::VariantResult &r, int column)
{
    switch (column) {
    case VariantComparisonModel::EntriesColumn:
        return r.entries;
    case VariantComparisonModel::TranchesColumn:
        return r.tranchesCreated;
    case VariantComparisonModel::IsolatedColumn:
        return r.tranchesIsolated;
    default:
        return r.tranchesLiquidated;
    }
}

bool isCount(int column)
{
    return column >= VariantComparisonModel::EntriesColumn && column <= VariantComparisonModel::LiquidatedColumn;
}

} // namespace

VariantComparisonModel::VariantComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void VariantComparisonModel::setResults(const QList<backtest::VariantResult> &results, const QStringList &names)
{
    beginResetModel();
    m_results = results;
    m_names = names;
    endResetModel();
}

QString VariantComparisonModel::overridesText(const backtest::VariantResult &result)
{
    QStringList parts;
    for (const auto &[key, value] : result.overrides) {
        parts.append(u"%1=%2"_s.arg(key, value));
    }
    return parts.join(u", "_s);
}

QColor VariantComparisonModel::colorOf(int row)
{
    // Told apart on dark and light backgrounds, and by the common colour-blindness types first.
    static const QColor colors[] { QColor(0x4e, 0x9a, 0xf1), QColor(0xf5, 0x9e, 0x0b), QColor(0x10, 0xb9, 0x81),
        QColor(0xe1, 0x1d, 0x74), QColor(0x8b, 0x5c, 0xf6), QColor(0x06, 0xb6, 0xd4), QColor(0x84, 0xcc, 0x16),
        QColor(0xef, 0x44, 0x44) };
    return colors[row % int(std::size(colors))];
}

int VariantComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int VariantComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size()) {
        return {};
    }
    const backtest::VariantResult &r = m_results.at(index.row());
    const int column = index.column();
    const bool hasFigures = r.error.isEmpty() && !r.isCancelled;
    if (column == NameColumn || column == OverridesColumn) {
        const QString text = column == NameColumn ? m_names.value(index.row(), r.id) : overridesText(r);
        if (role == Qt::DisplayRole || role == RawRole) {
            return text;
        }
        if (role == Qt::DecorationRole && column == NameColumn) {
            return colorOf(index.row());
        }
        if (role == Qt::ToolTipRole) {
            if (!r.error.isEmpty()) {
                return tr("This variant stopped: %1").arg(r.error);
            }
            return text;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!hasFigures) {
        if (role == Qt::DisplayRole) {
            return r.isCancelled ? tr("cancelled") : tr("failed");
        }
        return role == RawRole ? QVariant(0.0) : QVariant();
    }
    if (isCount(column)) {
        const qint64 n = countOf(r, column);
        if (role == Qt::DisplayRole) {
            return QLocale().toString(n);
        }
        return role == RawRole ? QVariant(double(n)) : QVariant();
    }
    const Decimal value = moneyOf(r, column);
    switch (role) {
    case Qt::DisplayRole:
        // Fees are a cost and a drawdown a fall: sizes, not signed P&L.
        if (column == EndBalanceColumn || column == DrawdownColumn || column == FeesColumn) {
            return UiFormat::amount(value);
        }
        return UiFormat::money(value);
    case RawRole:
        return value.toDouble();
    case Qt::ForegroundRole:
        if (column == NetColumn || column == RealizedColumn) {
            return UiFormat::pnlColor(value);
        }
        return {};
    default:
        return {};
    }
}

QVariant VariantComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Variant", "backtest column");
    case OverridesColumn:
        return tr("Overrides", "backtest column");
    case EntriesColumn:
        return tr("Entries", "backtest column");
    case TranchesColumn:
        return tr("Tranches", "backtest column");
    case IsolatedColumn:
        return tr("Isolated", "backtest column");
    case LiquidatedColumn:
        return tr("Liquidated", "backtest column");
    case RealizedColumn:
        return tr("Realized", "backtest column");
    case FeesColumn:
        return tr("Fees", "backtest column");
    case FundingColumn:
        return tr("Funding", "backtest column");
    case NetColumn:
        return tr("Net P&L", "backtest column");
    case DrawdownColumn:
        return tr("Max drawdown", "backtest column");
    case EndBalanceColumn:
        return tr("End balance", "backtest column");
    default:
        return {};
    }
}

} // namespace trd::ui
