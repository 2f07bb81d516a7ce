// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredRunWhatIf.h"

#include "WhatIfRecorder.h"
#include "store/TrancheStore.h"
#include "tranche/ClientOrderId.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::backtest {

using namespace core;

namespace {

struct RebuiltLot
{
    ClosePlanner::Lot lot;
    QString symbol;
    bool isOpen = false;
};

QJsonObject detailsOf(const TrancheEvent &e)
{
    return QJsonDocument::fromJson(e.details.toUtf8()).object();
}

bool isClose(const TrancheEvent &e)
{
    return e.type == EventType::Closed || e.type == EventType::PartialClose;
}

// A close the engine spread by its strategy: the order is not one of ours.
bool isUntaggedClose(const TrancheEvent &e)
{
    if (!isClose(e)) {
        return false;
    }
    const QString orderId = detailsOf(e).value(u"orderId"_s).toString();
    return !orderId.isEmpty() && !ClientOrderId::parse(orderId);
}

// This fill's P&L in a close event: a closed event carries the tranche's whole P&L, its fillPnl
// is this fill's part.
Decimal fillPnlOf(const TrancheEvent &e)
{
    if (e.type == EventType::Closed) {
        if (const auto fillPnl = Decimal::parse(detailsOf(e).value(u"fillPnl"_s).toString())) {
            return fillPnl.value();
        }
    }
    return e.pnl.value_or(Decimal());
}

// The tranches open at each moment, rebuilt from the event trail as the TrancheManager moved them.
class LotBook
{
public:
    explicit LotBook(const QList<Tranche> &tranches)
    {
        for (const Tranche &t : tranches) {
            m_tranches.insert(t.id, t);
        }
    }

    void apply(const TrancheEvent &e)
    {
        const auto tranche = m_tranches.constFind(e.trancheId);
        if (tranche == m_tranches.cend()) {
            return; // an account event, or a tranche retention removed
        }
        RebuiltLot &l = m_lots[e.trancheId];
        const Decimal quantity = e.quantity.value_or(Decimal());
        switch (e.type) {
        case EventType::Created:
        case EventType::RecoveryCreated:
            l.lot = { tranche->id, tranche->seq, e.time, tranche->side, e.price.value_or(tranche->entryPrice),
                quantity.isPositive() ? quantity : tranche->originalQuantity, false };
            l.symbol = tranche->symbol;
            l.isOpen = true;
            break;
        case EventType::EntryFilled:
            if (l.isOpen && quantity.isPositive()) {
                const Decimal total = l.lot.quantity + quantity;
                l.lot.entryPrice
                    = (l.lot.entryPrice * l.lot.quantity + e.price.value_or(Decimal()) * quantity).divided(total);
                l.lot.quantity = total;
            }
            break;
        case EventType::Isolated:
            l.lot.isolated = true;
            break;
        case EventType::PartialClose:
            l.lot.quantity -= quantity;
            break;
        case EventType::Closed:
            l.lot.quantity = Decimal();
            l.isOpen = false;
            break;
        default:
            break;
        }
    }

    // The open lots of a symbol's side, in creation order.
    QList<ClosePlanner::Lot> open(const QString &symbol, Side side) const
    {
        QList<ClosePlanner::Lot> lots;
        for (const RebuiltLot &l : m_lots) {
            if (l.isOpen && l.symbol == symbol && l.lot.side == side && l.lot.quantity.isPositive()) {
                lots.append(l.lot);
            }
        }
        std::sort(lots.begin(), lots.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
        return lots;
    }

    const Tranche *tranche(const QString &id) const
    {
        const auto found = m_tranches.constFind(id);
        return found == m_tranches.cend() ? nullptr : &*found;
    }

private:
    QHash<QString, Tranche> m_tranches;
    QHash<QString, RebuiltLot> m_lots;
};

} // namespace

Result<StoredRunWhatIf::Report> StoredRunWhatIf::analyse(TrancheStore &store)
{
    auto tranches = store.allTranches();
    if (!tranches) {
        return tranches.error();
    }
    auto events = store.events(EventQuery {});
    if (!events) {
        return events.error();
    }
    return analyse(tranches.value(), events.value());
}

StoredRunWhatIf::Report StoredRunWhatIf::analyse(const QList<Tranche> &tranches, const QList<TrancheEvent> &events)
{
    Report report;
    LotBook book(tranches);
    QHash<QString, qsizetype> totalRow; // tranche id → its row in report.tranches
    for (qsizetype i = 0; i < events.size();) {
        const TrancheEvent &first = events.at(i);
        if (!isUntaggedClose(first)) {
            book.apply(first);
            ++i;
            continue;
        }
        // One fill: the close events of one order at one moment, as closeByStrategy wrote them.
        const QString orderId = detailsOf(first).value(u"orderId"_s).toString();
        qsizetype end = i;
        while (end < events.size() && isClose(events.at(end)) && events.at(end).time == first.time
            && detailsOf(events.at(end)).value(u"orderId"_s).toString() == orderId) {
            ++end;
        }
        const Tranche *t = book.tranche(first.trancheId);
        if (!t) {
            ++report.skippedFills;
            for (; i < end; ++i) {
                book.apply(events.at(i));
            }
            continue;
        }
        const Side side = t->side;
        const int dir = direction(side);
        const QList<ClosePlanner::Lot> open = book.open(t->symbol, side);
        WhatIfFill fill;
        fill.time = first.time;
        fill.symbol = t->symbol;
        fill.side = toString(side);
        fill.reason = first.reason;
        fill.orderId = orderId;
        fill.price = first.price.value_or(Decimal());
        Decimal held;
        for (const auto &lot : open) {
            held += lot.quantity;
        }
        // What the engine charged on this fill beyond the price move: its fee and the entry
        // fees of what it closed, known here only in total.
        Decimal charged;
        QHash<QString, QPair<Decimal, Decimal>> actual; // tranche → (quantity, pnl)
        for (qsizetype k = i; k < end; ++k) {
            const TrancheEvent &e = events.at(k);
            const Decimal q = e.quantity.value_or(Decimal());
            const Decimal pnl = fillPnlOf(e);
            fill.quantity += q;
            auto &a = actual[e.trancheId];
            a.first += q;
            a.second += pnl;
            const auto lot
                = std::find_if(open.cbegin(), open.cend(), [&](const auto &l) { return l.id == e.trancheId; });
            if (lot != open.cend()) {
                charged += (fill.price - lot->entryPrice).multipliedBy(dir) * q - pnl;
            }
        }
        if (open.isEmpty() || fill.quantity > held) {
            ++report.skippedFills;
            for (; i < end; ++i) {
                book.apply(events.at(i));
            }
            continue;
        }
        QList<WhatIfRecorder::Lot> lots;
        for (const auto &lot : open) {
            lots.append({ lot, Decimal() });
        }
        // The fill's price stands in for the mark the store did not keep.
        fill = WhatIfRecorder::attribute(std::move(fill), lots, charged, fill.price);
        for (WhatIfFill::Share &share : fill.shares) {
            share.actualQuantity = actual.value(share.trancheId).first;
            share.actualPnl = actual.value(share.trancheId).second;
        }
        for (int s = 0; s < kStrategies; ++s) {
            const bool isSame = std::all_of(fill.shares.cbegin(), fill.shares.cend(),
                [s](const WhatIfFill::Share &share) { return share.quantity[s] == share.actualQuantity; });
            if (!isSame && !report.firstDivergence[s]) {
                report.firstDivergence[s] = fill.time;
            }
        }
        for (const WhatIfFill::Share &share : fill.shares) {
            if (share.actualQuantity.isZero()
                && std::all_of(
                    share.quantity.cbegin(), share.quantity.cend(), [](const Decimal &q) { return q.isZero(); })) {
                continue;
            }
            if (!totalRow.contains(share.trancheId)) {
                totalRow.insert(share.trancheId, report.tranches.size());
                report.tranches.append({ share.trancheId, share.number, fill.symbol, fill.side, {}, {} });
            }
            TrancheTotal &total = report.tranches[totalRow.value(share.trancheId)];
            total.actual += share.actualPnl;
            report.actualTotal += share.actualPnl;
            for (int s = 0; s < kStrategies; ++s) {
                total.byStrategy[s] += share.pnl[s];
                report.strategyTotals[s] += share.pnl[s];
            }
        }
        report.combinedTotal += fill.combinedPnl;
        report.fills.append(fill);
        for (; i < end; ++i) {
            book.apply(events.at(i));
        }
    }
    std::sort(report.tranches.begin(), report.tranches.end(),
        [](const TrancheTotal &a, const TrancheTotal &b) { return a.number < b.number; });
    return report;
}

} // namespace trd::backtest
