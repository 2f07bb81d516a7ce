// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiquidationTableModel.h"

#include "common/UiFormat.h"
#include "common/UiRoles.h"
#include "store/LiquidationStore.h"

#include <QBrush>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

LiquidationTableModel::LiquidationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setInterval(250);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &LiquidationTableModel::flush);
}

void LiquidationTableModel::load(core::LiquidationStore *store)
{
    if (!store) {
        return;
    }
    auto stored = store->liquidations(0, std::numeric_limits<qint64>::max(), {}, m_capacity);
    if (!stored) {
        Q_EMIT loadFailed(stored.error().message);
        return;
    }
    beginResetModel();
    // Anything that arrived live before the read is newer than what the store returned.
    m_rows.clear();
    for (const core::Liquidation &l : std::as_const(stored.value())) {
        m_rows.push_back(l);
    }
    endResetModel();
    flush();
}

void LiquidationTableModel::setTradedSymbols(const QStringList &symbols)
{
    m_traded = QSet<QString>(symbols.cbegin(), symbols.cend());
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void LiquidationTableModel::append(const core::Liquidation &liquidation)
{
    m_pending.append(liquidation);
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void LiquidationTableModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty()) {
        return;
    }
    const QList<core::Liquidation> batch = std::exchange(m_pending, {});
    beginInsertRows({}, 0, int(batch.size()) - 1);
    for (const core::Liquidation &l : batch) {
        m_rows.push_front(l); // the last of the batch is the newest: it ends on top
    }
    endInsertRows();
    trim();
}

void LiquidationTableModel::trim()
{
    if (int(m_rows.size()) <= m_capacity) {
        return;
    }
    beginRemoveRows({}, m_capacity, int(m_rows.size()) - 1);
    m_rows.resize(size_t(m_capacity));
    endRemoveRows();
}

int LiquidationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiquidationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiquidationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const core::Liquidation &l = m_rows[size_t(index.row())];
    // A SELL liquidation order closes a long: longs were liquidated.
    const bool isLongs = l.side == core::OrderSide::Sell;
    const bool isTraded = m_traded.contains(l.symbol);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return UiFormat::dateTime(l.time);
        case SymbolColumn:
            return l.symbol;
        case LiquidatedColumn:
            return isLongs ? tr("LONGS") : tr("SHORTS");
        case PriceColumn:
            return UiFormat::price(l.price);
        case QuantityColumn:
            return UiFormat::quantity(l.quantity);
        case VolumeColumn:
            return l.volumeUsdt().toString(2);
        case TradedColumn:
            return isTraded ? u"✓"_s : QString();
        }
        return {};
    case RawRole:
        switch (index.column()) {
        case TimeColumn:
            return l.time;
        case SymbolColumn:
            return l.symbol;
        case LiquidatedColumn:
            return isLongs ? u"LONGS"_s : u"SHORTS"_s;
        case PriceColumn:
            return l.price.toDouble();
        case QuantityColumn:
            return l.quantity.toDouble();
        case VolumeColumn:
            return l.volumeUsdt().toDouble();
        case TradedColumn:
            return isTraded;
        }
        return {};
    case SymbolRole:
        return l.symbol;
    case IsTradedRole:
        return isTraded;
    case Qt::ForegroundRole:
        return index.column() == LiquidatedColumn
            ? QVariant(QBrush(isLongs ? UiFormat::lossColor() : UiFormat::profitColor()))
            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= PriceColumn && index.column() <= VolumeColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 %2 liquidated: %3 at %4 (average %5), %6 USDT")
            .arg(l.symbol, isLongs ? tr("longs") : tr("shorts"), UiFormat::quantity(l.quantity),
                UiFormat::price(l.price), UiFormat::price(l.averagePrice), l.volumeUsdt().toString(2));
    default:
        return {};
    }
}

QVariant LiquidationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SymbolColumn:
        return tr("Symbol");
    case LiquidatedColumn:
        return tr("Liquidated");
    case PriceColumn:
        return tr("Price");
    case QuantityColumn:
        return tr("Quantity");
    case VolumeColumn:
        return tr("Volume (USDT)");
    case TradedColumn:
        return tr("Traded");
    }
    return {};
}

} // namespace trd::ui
