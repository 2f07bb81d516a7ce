// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrancheTableModel.h"

#include "common/UiFormat.h"
#include "common/UiRoles.h"
#include "store/TrancheStore.h"
#include "tranche/TrancheManager.h"
#include "tranche/TrancheMath.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using core::Decimal;
using core::Tranche;

namespace {

// The state's key: StatusRole, read by the filter proxy and the status delegate.
QString statusText(const Tranche &t)
{
    if (!t.isOpen()) {
        return t.status == core::TrancheStatus::Liquidated ? u"LIQUIDATED"_s : u"CLOSED"_s;
    }
    return t.isolated ? u"ISOLATED"_s : u"ACTIVE"_s;
}

QString statusLabel(const Tranche &t)
{
    if (!t.isOpen()) {
        return t.status == core::TrancheStatus::Liquidated ? TrancheTableModel::tr("LIQUIDATED", "tranche status")
                                                           : TrancheTableModel::tr("CLOSED", "tranche status");
    }
    return t.isolated ? TrancheTableModel::tr("ISOLATED", "tranche status")
                      : TrancheTableModel::tr("ACTIVE", "tranche status");
}

} // namespace

TrancheTableModel::TrancheTableModel(core::TrancheManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    m_flushTimer.setInterval(250);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &TrancheTableModel::flush);
    m_historyTimer.setInterval(0);
    m_historyTimer.setSingleShot(true);
    connect(&m_historyTimer, &QTimer::timeout, this, &TrancheTableModel::loadHistoryPage);
    if (!m_manager) {
        return;
    }
    connect(m_manager, &core::TrancheManager::trancheCreated, this, &TrancheTableModel::upsert);
    connect(m_manager, &core::TrancheManager::trancheChanged, this, &TrancheTableModel::upsert);
    connect(m_manager, &core::TrancheManager::trancheIsolated, this, &TrancheTableModel::upsert);
    connect(m_manager, &core::TrancheManager::trancheClosed, this, &TrancheTableModel::upsert);
    connect(m_manager, &core::TrancheManager::markApplied, this, [this](const QString &symbol) {
        m_dirtySymbols.insert(symbol);
        if (!m_flushTimer.isActive()) {
            m_flushTimer.start();
        }
    });
}

void TrancheTableModel::load(core::TrancheStore *store)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_historyTimer.stop();
    m_history = store;
    m_historyAfterSeq = 0;
    m_isHistoryLoaded = store == nullptr;
    if (m_manager) {
        // Growing the index page by page would rehash all of it each time it doubles.
        m_rowById.reserve(qsizetype(std::min<qint64>(m_manager->createdTrancheCount(), 10'000'000)) + 64);
        for (const Tranche &t : m_manager->openTranches()) {
            m_rowById.insert(t.id, int(m_rows.size()));
            m_rows.push_back(t);
        }
    }
    m_bestIds.clear();
    QSet<QPair<QString, int>> books;
    for (const Tranche &t : m_rows) {
        if (t.isOpen()) {
            books.insert({ t.symbol, int(t.side) });
        }
    }
    for (const auto &b : books) {
        refreshBest(b.first, core::Side(b.second));
    }
    endResetModel();
    Q_EMIT refreshed();
    if (m_history) {
        m_historyTimer.start();
    }
}

void TrancheTableModel::loadHistoryPage()
{
    if (!m_history) {
        return;
    }
    auto page = m_history->tranches(core::TrancheQuery { m_historyAfterSeq, m_historyPageSize });
    if (!page) {
        m_history = nullptr;
        m_isHistoryLoaded = true;
        Q_EMIT historyFailed(page.error().message);
        return;
    }
    // Open tranches are already here with the engine's latest state, and anything the engine
    // created since load() arrived through its signals: only rows not yet known are added.
    std::vector<Tranche> fresh;
    fresh.reserve(size_t(page.value().size()));
    for (Tranche &t : page.value()) {
        m_historyAfterSeq = std::max(m_historyAfterSeq, t.seq);
        if (!m_rowById.contains(t.id)) {
            fresh.push_back(std::move(t));
        }
    }
    insertHistoryRows(std::move(fresh));
    if (m_historyPageSize < 0 || page.value().size() < m_historyPageSize) {
        m_history = nullptr;
        m_isHistoryLoaded = true;
        Q_EMIT historyLoaded();
    } else {
        m_historyTimer.start();
    }
}

void TrancheTableModel::insertHistoryRows(std::vector<Tranche> fresh)
{
    if (fresh.empty()) {
        return;
    }
    const int first = int(m_rows.size());
    const int last = first + int(fresh.size()) - 1;
    beginInsertRows({}, first, last);
    for (Tranche &t : fresh) {
        m_rowById.insert(t.id, int(m_rows.size()));
        m_rows.push_back(std::move(t));
    }
    endInsertRows();
    Q_EMIT historyRowsLoaded(first, last);
}

void TrancheTableModel::appendHistory(const QList<Tranche> &tranches)
{
    std::vector<Tranche> fresh;
    fresh.reserve(size_t(tranches.size()));
    QSet<QString> seen; // a page that names a tranche twice adds it once
    for (const Tranche &t : tranches) {
        if (!m_rowById.contains(t.id) && !seen.contains(t.id)) {
            seen.insert(t.id);
            fresh.push_back(t);
        }
    }
    insertHistoryRows(std::move(fresh));
}

void TrancheTableModel::upsert(const Tranche &tranche)
{
    const int row = m_rowById.value(tranche.id, -1);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rowById.insert(tranche.id, at);
        m_rows.push_back(tranche);
        endInsertRows();
    } else {
        m_rows[size_t(row)] = tranche;
        markDirty(row);
    }
    m_dirtySymbols.insert(tranche.symbol);
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void TrancheTableModel::markDirty(int row)
{
    m_dirtyRows.insert(row);
}

void TrancheTableModel::refreshBest(const QString &symbol, core::Side side)
{
    if (!m_manager) {
        return;
    }
    for (const Tranche &t : m_manager->openTranches(symbol, side)) {
        m_bestIds.remove(t.id);
    }
    if (auto best = m_manager->bestEntryId(symbol, side)) {
        m_bestIds.insert(*best);
    }
}

void TrancheTableModel::flush()
{
    m_flushTimer.stop();
    if (m_manager) {
        for (const QString &symbol : std::as_const(m_dirtySymbols)) {
            for (const Tranche &t : m_manager->openTranches(symbol)) {
                const int row = m_rowById.value(t.id, -1);
                if (row >= 0) {
                    m_rows[size_t(row)] = t;
                    m_dirtyRows.insert(row);
                }
            }
            // Best entry can move to a closed tranche's neighbour: drop stale marks of the symbol.
            for (auto it = m_bestIds.begin(); it != m_bestIds.end();) {
                const int row = m_rowById.value(*it, -1);
                if (row < 0 || (m_rows[size_t(row)].symbol == symbol && !m_rows[size_t(row)].isOpen())) {
                    if (row >= 0) {
                        m_dirtyRows.insert(row);
                    }
                    it = m_bestIds.erase(it);
                } else {
                    ++it;
                }
            }
            refreshBest(symbol, core::Side::Long);
            refreshBest(symbol, core::Side::Short);
        }
    }
    m_dirtySymbols.clear();
    if (m_dirtyRows.isEmpty()) {
        Q_EMIT refreshed();
        return;
    }
    QList<int> rows(m_dirtyRows.cbegin(), m_dirtyRows.cend());
    m_dirtyRows.clear();
    std::sort(rows.begin(), rows.end());
    // One dataChanged per contiguous run: open tranches sit together at the end of the table,
    // so a tick of every symbol is usually a single signal.
    int first = rows.front();
    int last = first;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows[i] == last + 1) {
            last = rows[i];
            continue;
        }
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        if (i < rows.size()) {
            first = last = rows[i];
        }
    }
    Q_EMIT refreshed();
}

int TrancheTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrancheTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Decimal TrancheTableModel::markOf(const Tranche &t) const
{
    if (m_manager) {
        if (auto mark = m_manager->markPrice(t.symbol)) {
            return *mark;
        }
        return t.entryPrice;
    }
    // A remote engine sends each tranche's unrealized P&L, not the mark: the mark it implies.
    return core::TrancheMath::impliedMark(t);
}

QVariant TrancheTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Tranche &t = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(t, column);
    case RawRole:
        return raw(t, column);
    case IdRole:
        return t.id;
    case SymbolRole:
        return t.symbol;
    case SideRole:
        return core::toString(t.side);
    case StatusRole:
        return statusText(t);
    case IsBestRole:
        return m_bestIds.contains(t.id);
    case SearchTextRole:
        return QString(t.id + u' ' + t.symbol);
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == SymbolColumn || column == SideColumn || column == StatusColumn
            || column == OriginColumn) {
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        QColor color;
        if (column == StatusColumn) {
            color = !t.isOpen() ? UiFormat::closedColor()
                                : (t.isolated ? UiFormat::lossColor() : UiFormat::profitColor());
        } else if (column == UnrealizedColumn || column == PnlPercentColumn || column == RoePercentColumn) {
            color = t.isOpen() ? UiFormat::pnlColor(t.unrealizedPnl) : QColor();
        } else if (column == RealizedColumn) {
            color = UiFormat::pnlColor(t.realizedPnl);
        } else if (column == FundingColumn) {
            color = UiFormat::pnlColor(t.fundingFee);
        } else if (!t.isOpen()) {
            color = UiFormat::closedColor();
        }
        return color.isValid() ? QVariant(QBrush(color)) : QVariant();
    }
    case Qt::FontRole:
        if (column == IdColumn && m_bestIds.contains(t.id)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == FundingColumn || column == RealizedColumn) {
            return tr("Funding received (+) or paid (−) while open: %1 USDT, already part of realized P&L (%2)")
                .arg(UiFormat::money(t.fundingFee, 4), UiFormat::money(t.realizedPnl));
        }
        if (column == IdColumn) {
            return m_bestIds.contains(t.id)
                ? QString(t.id + u'\n' + tr("★ best entry of %1 %2").arg(t.symbol, core::toString(t.side)))
                : t.id;
        }
        return {};
    default:
        return {};
    }
}

QVariant TrancheTableModel::display(const Tranche &t, int column) const
{
    switch (column) {
    case IdColumn:
        return QString((m_bestIds.contains(t.id) ? u"★ #"_s : u"#"_s) + QString::number(t.seq));
    case SymbolColumn:
        return t.symbol;
    case SideColumn:
        return core::toString(t.side);
    case StatusColumn:
        return statusLabel(t);
    case EntryColumn:
        return UiFormat::price(t.entryPrice);
    case TimeColumn:
        return UiFormat::dateTime(t.entryTime);
    case QuantityColumn:
        return UiFormat::quantity(t.isOpen() ? t.quantity : t.originalQuantity);
    case MarginColumn:
        return t.marginUsed.toString(2);
    case LeverageColumn:
        return QString(QString::number(t.leverage) + u'x');
    case MarkColumn:
        return t.isOpen() ? UiFormat::price(markOf(t)) : QString();
    case UnrealizedColumn:
        return t.isOpen() ? UiFormat::money(t.unrealizedPnl) : QString();
    case PnlPercentColumn:
        return t.isOpen() ? UiFormat::percent(core::TrancheMath::pnlPercent(t, markOf(t))) : QString();
    case RoePercentColumn:
        return t.isOpen() ? UiFormat::percent(core::TrancheMath::roePercent(t, markOf(t))) : QString();
    case TpColumn:
        return QString(UiFormat::price(t.tpPrice) + u" ("_s + t.tpPercent.toString() + u"%)"_s);
    case SlColumn:
        return QString(UiFormat::price(t.slPrice) + u" ("_s + t.slPercent.toString() + u"%)"_s);
    case RealizedColumn:
        return UiFormat::money(t.realizedPnl);
    case FeesColumn:
        return t.feesPaid.toString(4);
    case OriginColumn:
        return core::toString(t.origin);
    case ExitColumn:
        return t.isOpen() ? QString()
                          : QString(UiFormat::price(t.exitPrice) + u" · "_s + core::toString(t.closeReason));
    case FundingColumn:
        return UiFormat::money(t.fundingFee, 4);
    default:
        return {};
    }
}

QVariant TrancheTableModel::raw(const Tranche &t, int column) const
{
    switch (column) {
    case IdColumn:
        return t.seq;
    case SymbolColumn:
        return t.symbol;
    case SideColumn:
        return core::toString(t.side);
    case StatusColumn:
        return !t.isOpen() ? 2 : (t.isolated ? 1 : 0);
    case EntryColumn:
        return t.entryPrice.toDouble();
    case TimeColumn:
        return t.entryTime;
    case QuantityColumn:
        return (t.isOpen() ? t.quantity : t.originalQuantity).toDouble();
    case MarginColumn:
        return t.marginUsed.toDouble();
    case LeverageColumn:
        return t.leverage;
    case MarkColumn:
        return t.isOpen() ? markOf(t).toDouble() : 0.0;
    case UnrealizedColumn:
        return t.isOpen() ? t.unrealizedPnl.toDouble() : 0.0;
    case PnlPercentColumn:
        return t.isOpen() ? core::TrancheMath::pnlPercent(t, markOf(t)).toDouble() : 0.0;
    case RoePercentColumn:
        return t.isOpen() ? core::TrancheMath::roePercent(t, markOf(t)).toDouble() : 0.0;
    case TpColumn:
        return t.tpPrice.toDouble();
    case SlColumn:
        return t.slPrice.toDouble();
    case RealizedColumn:
        return t.realizedPnl.toDouble();
    case FeesColumn:
        return t.feesPaid.toDouble();
    case OriginColumn:
        return core::toString(t.origin);
    case ExitColumn:
        return t.exitTime;
    case FundingColumn:
        return t.fundingFee.toDouble();
    default:
        return {};
    }
}

bool TrancheTableModel::isTextColumn(int column)
{
    return column == SymbolColumn || column == SideColumn || column == OriginColumn;
}

double TrancheTableModel::sortKey(int row, int column) const
{
    // Every sortable column's raw value is already a number (or, for text columns, unused).
    return raw(m_rows[size_t(row)], column).toDouble();
}

QVariant TrancheTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static const QStringList kHeaders { tr("Tranche"), tr("Symbol"), tr("Side"), tr("Status"), tr("Entry"), tr("Time"),
        tr("Quantity"), tr("Margin"), tr("Lev."), tr("Mark"), tr("Unrealized"), tr("PnL %"), tr("ROE %"), tr("TP"),
        tr("SL"), tr("Realized"), tr("Fees"), tr("Origin"), tr("Exit"), tr("Funding") };
    return section >= 0 && section < kHeaders.size() ? QVariant(kHeaders.at(section)) : QVariant();
}

} // namespace trd::ui
