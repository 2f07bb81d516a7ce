// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Engine-internal state of TrancheManager, shared by its implementation files only.

#include "tranche/TrancheManager.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace trd::core {

// How long an order's query may stay unanswered before its symbol is reconciled anyway, and
// before a sync asks again about an order whose placement was never answered.
constexpr qint64 kQueryPatienceMs = 30'000;

struct TrancheManager::OpenLot
{
    Tranche t;
    // pnl% thresholds pre-multiplied by E, so that the per-tick test is a subtraction, a
    // multiplication by 100 and a comparison: dir·(P − E)·100 ≤ −T·E (tranche-rules §3).
    Decimal isolationBound;
    Decimal recoveryBound;
    QString tpOrderId;
    QString slOrderId;
    QString closeOrderId; // a close of ours in flight
    qint64 lastPersist = 0;
    Decimal persistedUnrealized; // what the store holds, so unchanged values are not rewritten

    bool isClosing() const { return !closeOrderId.isEmpty(); }
};

struct TrancheManager::Book
{
    QString symbol;
    SymbolConfig config;
    std::vector<std::unique_ptr<OpenLot>> lots; // open tranches in creation order
    std::optional<Decimal> mark;
    std::optional<Decimal> lastFillPrice;
    // When the newest fill we applied happened: a position snapshot older than that predates
    // it and would look like drift. Only fills change positions, so only fills move it (an order
    // placed or cancelled later must not make every later snapshot look stale).
    qint64 lastFillTime = 0;
    SyncState sync[2] = { SyncState::Unknown, SyncState::Unknown };
    bool isSyncPending = false;
    // The leverage the exchange last reported for the symbol (after REDUCE_LEVERAGE, say): a new
    // entry trades at it, whatever the configuration says.
    std::optional<int> exchangeLeverage;
};

// One engine step (StepRunner): the outermost one runs the queued callbacks, commits the store
// transaction and only then lets the exchange requests out.
class TrancheManager::Step
{
public:
    explicit Step(TrancheManager &manager)
        : m_scope(manager.m_steps)
    { }

private:
    StepRunner::Scope m_scope;
};

template<typename F>
void TrancheManager::dispatch(F &&work)
{
    if (m_steps.isHalted()) {
        return; // stopped: nothing done now could be stored, so nothing is done
    }
    if (m_steps.isBusy()) {
        m_steps.post(std::forward<F>(work));
        return;
    }
    Step step(*this);
    work();
}

// Event details are small JSON objects.
inline QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline int sideIndex(Side side)
{
    return side == Side::Long ? 0 : 1;
}

} // namespace trd::core
