// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventTableModel.h"

#include "common/UiFormat.h"
#include "common/UiRoles.h"
#include "store/TrancheStore.h"
#include "tranche/TrancheManager.h"

#include <QBrush>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using core::EventType;
using core::TrancheEvent;

EventTableModel::EventTableModel(core::TrancheManager *manager, core::TrancheStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_flushTimer.setInterval(150);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventTableModel::flush);
    if (manager) {
        connect(manager, &core::TrancheManager::eventRecorded, this, &EventTableModel::append);
    }
}

qint64 EventTableModel::newestStoredId() const
{
    // The store pages forwards only; the newest id is found by bisection on "is there an event
    // after x", about forty indexed look-ups whatever the size of the trail.
    auto exists = [this](qint64 after) {
        auto page = m_store->events({ after, 1 });
        return page && !page.value().isEmpty();
    };
    if (!exists(0)) {
        return 0;
    }
    qint64 lo = 0; // an event exists after lo
    qint64 hi = 1;
    while (exists(hi)) {
        lo = hi;
        hi *= 2;
    }
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (exists(mid)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return hi;
}

QList<TrancheEvent> EventTableModel::olderPage(qint64 beforeId) const
{
    QList<TrancheEvent> page;
    qint64 from = beforeId;
    while (page.isEmpty() && from > m_firstStoredId) {
        from = std::max<qint64>(0, from - m_pageSize - 1);
        auto events = m_store->events({ from, m_pageSize });
        if (!events) {
            break;
        }
        for (const TrancheEvent &e : events.value()) {
            if (e.id < beforeId) {
                page.append(e);
            }
        }
        if (from == 0) {
            break;
        }
    }
    std::reverse(page.begin(), page.end());
    return page;
}

void EventTableModel::load()
{
    beginResetModel();
    m_rows.clear();
    m_newestId = m_oldestId = m_firstStoredId = 0;
    if (m_store) {
        const qint64 newest = newestStoredId();
        if (newest > 0) {
            auto first = m_store->events({ 0, 1 });
            m_firstStoredId = first && !first.value().isEmpty() ? first.value().front().id : 1;
            for (const TrancheEvent &e : olderPage(newest + 1)) {
                m_rows.push_back(e);
            }
            m_newestId = newest;
            m_oldestId = m_rows.empty() ? newest + 1 : m_rows.back().id;
        }
    }
    endResetModel();
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Views may ask again while the rows of a page are being announced: one page at a time.
    return !parent.isValid() && m_store && !m_isFetching && m_oldestId > m_firstStoredId;
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<TrancheEvent> page = olderPage(m_oldestId);
    if (page.isEmpty()) {
        m_oldestId = m_firstStoredId;
        return;
    }
    const int first = int(m_rows.size());
    m_isFetching = true;
    m_oldestId = page.back().id;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const TrancheEvent &e : page) {
        m_rows.push_back(e);
    }
    endInsertRows();
    m_isFetching = false;
}

void EventTableModel::append(const TrancheEvent &event)
{
    m_pending.append(event);
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void EventTableModel::flush()
{
    m_flushTimer.stop();
    QList<TrancheEvent> fresh;
    for (const TrancheEvent &e : std::as_const(m_pending)) {
        if (e.id == 0 || e.id > m_newestId) {
            fresh.append(e);
        }
    }
    m_pending.clear();
    if (fresh.isEmpty()) {
        return;
    }
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    for (const TrancheEvent &e : std::as_const(fresh)) {
        m_rows.push_front(e);
        m_newestId = std::max(m_newestId, e.id);
    }
    if (m_oldestId == 0) {
        m_oldestId = m_rows.back().id;
        m_firstStoredId = m_oldestId;
    }
    endInsertRows();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::typeLabel(EventType type)
{
    switch (type) {
    case EventType::Created:
        return tr("Tranche created");
    case EventType::EntryFilled:
        return tr("Entry filled");
    case EventType::Isolated:
        return tr("Tranche isolated");
    case EventType::PartialClose:
        return tr("Partial close");
    case EventType::Closed:
        return tr("Tranche closed");
    case EventType::RecoveryCreated:
        return tr("Recovery tranche");
    case EventType::EntryRefused:
        return tr("Entry refused");
    case EventType::OrderRejected:
        return tr("Order rejected");
    case EventType::Sync:
        return tr("Exchange sync");
    case EventType::ProtectiveReplaced:
        return tr("TP/SL replaced");
    case EventType::ConfigChanged:
        return tr("Config changed");
    case EventType::Connection:
        return tr("Connection");
    }
    return core::toString(type);
}

QIcon EventTableModel::typeIcon(EventType type)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(type));
    if (it == cache.end()) {
        it = cache.insert(int(type), QIcon(u":/ui/icons/event-%1.svg"_s.arg(core::toString(type))));
    }
    return *it;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TrancheEvent &e = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TypeColumn:
            return typeLabel(e.type);
        case TimeColumn:
            return UiFormat::dateTime(e.time);
        case SymbolColumn:
            return e.symbol;
        case SideColumn:
            return e.side ? core::toString(*e.side) : QString();
        case TrancheColumn:
            return UiFormat::shortId(e.trancheId);
        case PriceColumn:
            return e.price ? UiFormat::price(*e.price) : QString();
        case QuantityColumn:
            return e.quantity ? e.quantity->toString() : QString();
        case PnlColumn:
            return e.pnl ? UiFormat::money(*e.pnl) : QString();
        case ReasonColumn:
            return e.reason;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == TypeColumn ? QVariant(typeIcon(e.type)) : QVariant();
    case Qt::ForegroundRole:
        if (column == PnlColumn && e.pnl) {
            return QBrush(UiFormat::pnlColor(*e.pnl));
        }
        if (column == TypeColumn && (e.type == EventType::Isolated || e.type == EventType::OrderRejected)) {
            return QBrush(UiFormat::lossColor());
        }
        return {};
    case Qt::ToolTipRole:
        return e.details.isEmpty() ? QVariant() : QVariant(e.details);
    case RawRole:
        switch (column) {
        case TypeColumn:
            return core::toString(e.type);
        case TimeColumn:
            return e.id;
        case PriceColumn:
            return e.price ? e.price->toDouble() : 0.0;
        case QuantityColumn:
            return e.quantity ? e.quantity->toDouble() : 0.0;
        case PnlColumn:
            return e.pnl ? e.pnl->toDouble() : 0.0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return e.id;
    case TypeRole:
        return core::toString(e.type);
    case SymbolRole:
        return e.symbol;
    case SearchTextRole:
        return QString(typeLabel(e.type) + u' ' + e.symbol + u' ' + e.trancheId + u' ' + e.reason + u' ' + e.details);
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static const QStringList kHeaders { tr("Event"), tr("Time"), tr("Symbol"), tr("Side"), tr("Tranche"), tr("Price"),
        tr("Quantity"), tr("P&L"), tr("Reason") };
    return section >= 0 && section < kHeaders.size() ? QVariant(kHeaders.at(section)) : QVariant();
}

} // namespace trd::ui
