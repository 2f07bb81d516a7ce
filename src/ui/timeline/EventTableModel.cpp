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

void EventTableModel::setTrancheNumbers(TrancheNumbers numbers)
{
    m_numbers = std::move(numbers);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, TrancheColumn), index(rowCount() - 1, TrancheColumn));
    }
}

QString EventTableModel::trancheLabel(const QString &trancheId) const
{
    if (trancheId.isEmpty()) {
        return {};
    }
    const qint64 seq = m_numbers ? m_numbers(trancheId) : 0;
    return seq > 0 ? u"#%1"_s.arg(seq) : UiFormat::shortId(trancheId);
}

bool EventTableModel::isPausedRefusal(const TrancheEvent &e)
{
    return e.type == EventType::EntryRefused && e.reason == u"paused";
}

int EventTableModel::pausedRowOfMinute(const TrancheEvent &e, int from, int step) const
{
    // Rows of one minute sit together (newest first); a paused minute is mostly refusals, so the
    // row is found within a few steps.
    constexpr int kMaxScan = 64;
    const qint64 minute = e.time / 60'000;
    for (int i = from, n = 0; i >= 0 && i < int(m_rows.size()) && n < kMaxScan; i += step, ++n) {
        const TrancheEvent &row = m_rows[size_t(i)];
        if (row.time / 60'000 != minute) {
            return -1;
        }
        if (isPausedRefusal(row)) {
            return i;
        }
    }
    return -1;
}

void EventTableModel::mergeInto(int row, const TrancheEvent &e)
{
    TrancheEvent &target = m_rows[size_t(row)];
    ++m_counts[size_t(row)];
    if (target.symbol != e.symbol) {
        target.symbol.clear(); // several symbols in the minute
    }
    if (target.side != e.side) {
        target.side.reset();
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

qint64 EventTableModel::firstStoredId() const
{
    auto first = m_store->events({ 0, 1 });
    return first && !first.value().isEmpty() ? first.value().front().id : 1;
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
    m_counts.clear();
    m_newestId = m_oldestId = m_firstStoredId = 0;
    m_mayOlderCome = true;
    if (m_store) {
        const qint64 newest = newestStoredId();
        if (newest > 0) {
            m_firstStoredId = firstStoredId();
            qint64 oldest = newest + 1;
            for (const TrancheEvent &e : olderPage(newest + 1)) {
                oldest = e.id;
                if (const int row = isPausedRefusal(e) ? pausedRowOfMinute(e, int(m_rows.size()) - 1, -1) : -1;
                    row >= 0) {
                    mergeInto(row, e);
                    continue;
                }
                m_rows.push_back(e);
                m_counts.push_back(1);
            }
            m_newestId = newest;
            m_oldestId = oldest;
        }
    }
    endResetModel();
}

bool EventTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Views may ask again while the rows of a page are being announced: one page at a time.
    return !parent.isValid() && m_store && !m_isFetching
        && (m_oldestId > m_firstStoredId || (m_requestOlder && m_mayOlderCome && m_oldestId > 0));
}

void EventTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    if (m_requestOlder) {
        m_firstStoredId = firstStoredId(); // the store grows backwards as older pages arrive
    }
    const QList<TrancheEvent> page = olderPage(m_oldestId);
    if (page.isEmpty() && m_requestOlder) {
        m_mayOlderCome = m_requestOlder();
        return;
    }
    if (page.isEmpty()) {
        m_oldestId = m_firstStoredId;
        return;
    }
    const int first = int(m_rows.size());
    m_isFetching = true;
    m_oldestId = page.back().id;
    // Paused refusals of a minute already shown are counted into its row; the rest are new rows.
    std::vector<TrancheEvent> fresh;
    std::vector<int> freshCounts;
    int firstMerged = -1;
    for (const TrancheEvent &e : page) {
        if (isPausedRefusal(e)) {
            if (!fresh.empty() && fresh.back().time / 60'000 == e.time / 60'000 && isPausedRefusal(fresh.back())) {
                ++freshCounts.back();
                continue;
            }
            if (fresh.empty()) {
                if (const int row = pausedRowOfMinute(e, first - 1, -1); row >= 0) {
                    mergeInto(row, e);
                    firstMerged = firstMerged < 0 ? row : std::min(firstMerged, row);
                    continue;
                }
            }
        }
        fresh.push_back(e);
        freshCounts.push_back(1);
    }
    if (firstMerged >= 0) {
        Q_EMIT dataChanged(index(firstMerged, 0), index(first - 1, ColumnCount - 1));
    }
    if (!fresh.empty()) {
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (size_t i = 0; i < fresh.size(); ++i) {
            m_rows.push_back(fresh[i]);
            m_counts.push_back(freshCounts[i]);
        }
        endInsertRows();
    }
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
    // A paused hunter refuses every signal: those of one minute become one counted row.
    QList<TrancheEvent> rows; // oldest first, as they arrived
    QList<int> counts;
    int lastMerged = -1;
    for (const TrancheEvent &e : std::as_const(fresh)) {
        m_newestId = std::max(m_newestId, e.id);
        if (isPausedRefusal(e)) {
            int found = -1;
            for (int i = int(rows.size()) - 1; i >= 0 && rows[i].time / 60'000 == e.time / 60'000; --i) {
                if (isPausedRefusal(rows[i])) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                ++counts[found];
                if (rows[found].symbol != e.symbol) {
                    rows[found].symbol.clear();
                }
                if (rows[found].side != e.side) {
                    rows[found].side.reset();
                }
                continue;
            }
            if (const int row = pausedRowOfMinute(e, 0, 1); row >= 0 && rows.isEmpty()) {
                mergeInto(row, e);
                lastMerged = std::max(lastMerged, row);
                continue;
            }
        }
        rows.append(e);
        counts.append(1);
    }
    if (lastMerged >= 0) {
        Q_EMIT dataChanged(index(0, 0), index(lastMerged, ColumnCount - 1));
    }
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, 0, int(rows.size()) - 1);
    for (int i = 0; i < rows.size(); ++i) {
        m_rows.push_front(rows[i]);
        m_counts.push_front(counts[i]);
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
    case EventType::AccountAlert:
        return tr("Account alert");
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
            return trancheLabel(e.trancheId);
        case PriceColumn:
            return e.price ? UiFormat::price(*e.price) : QString();
        case QuantityColumn:
            return e.quantity ? UiFormat::quantity(*e.quantity) : QString();
        case PnlColumn:
            return e.pnl ? UiFormat::money(*e.pnl) : QString();
        case ReasonColumn:
            if (const int count = m_counts[size_t(index.row())]; count > 1) {
                return tr("paused — %n signal(s) refused in this minute", "", count);
            }
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
        return QString(typeLabel(e.type) + u' ' + e.symbol + u' ' + trancheLabel(e.trancheId) + u' ' + e.trancheId
            + u' ' + e.reason + u' ' + e.details);
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
