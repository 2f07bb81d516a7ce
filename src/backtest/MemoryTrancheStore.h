// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/TrancheStore.h"

#include <QHash>
#include <QList>

#include <map>

namespace trd::backtest {

// The store of a replay: the TrancheManager writes to it exactly as to SQLite, and it keeps what
// a report needs in memory. Without history it keeps only open tranches and live orders, so
// that a long replay runs in memory that does not grow with the data (the benchmark's "store
// off"); with history, every tranche and event for tranches.csv and events.csv.
class MemoryTrancheStore final : public core::TrancheStore
{
public:
    explicit MemoryTrancheStore(bool keepsHistory = true);

    core::Result<void> begin() override;
    core::Result<void> commit() override;
    void rollback() override;
    core::Result<void> saveTranche(const core::Tranche &tranche) override;
    core::Result<qint64> appendEvent(const core::TrancheEvent &event) override;
    core::Result<void> saveOrder(const core::OrderRecord &order) override;
    core::Result<void> saveUnrealized(const QList<core::Tranche> &tranches) override;
    core::Result<void> saveCounters(qint64 nextTrancheSeq, qint64 nextOrderSeq) override;
    core::Result<void> saveDocument(const QString &key, const QByteArray &value) override;
    core::Result<std::optional<QByteArray>> document(const QString &key) override;
    core::Result<core::StoredState> loadState() override;
    core::Result<QList<core::Tranche>> tranches(const core::TrancheQuery &query) override;
    core::Result<QList<core::TrancheEvent>> events(const core::EventQuery &query) override;
    core::Result<int> removeClosedBefore(qint64 cutoffMs) override;

    bool keepsHistory() const { return m_keepsHistory; }
    qint64 eventCount() const { return m_nextEventId - 1; }

private:
    bool m_keepsHistory;
    std::map<qint64, core::Tranche> m_tranches; // by seq
    QHash<QString, qint64> m_seqById;
    QHash<QString, core::OrderRecord> m_liveOrders;
    QList<core::TrancheEvent> m_events;
    QHash<QString, QByteArray> m_documents;
    qint64 m_nextEventId = 1;
    qint64 m_nextTrancheSeq = 1;
    qint64 m_nextOrderSeq = 1;
};

} // namespace trd::backtest
