// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/TrancheStore.h"

#include <QHash>
#include <QStringList>

namespace trd::test {

// An in-memory TrancheStore that keeps what was committed and can be told to fail, for engine
// tests that check what is written, when, and what happens when writing fails.
class FakeStore : public core::TrancheStore
{
public:
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

    QHash<QString, core::Tranche> storedTranches;
    QHash<QString, core::OrderRecord> orders;
    QList<core::TrancheEvent> eventLog;
    QHash<QString, QByteArray> documents;
    qint64 nextTrancheSeq = 1;
    qint64 nextOrderSeq = 1;
    int unrealizedWrites = 0;
    int commits = 0;
    bool failWrites = false;
    // Every write succeeds but the commit does not (a disk that fills at the end of a step).
    bool failCommits = false;
    int rollbacks = 0;
    // Shared with a FakeExchange's test to see the order of "saved" and "sent".
    QStringList *journal = nullptr;

private:
    int m_depth = 0;
};

} // namespace trd::test
