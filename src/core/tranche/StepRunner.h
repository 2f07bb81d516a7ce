// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/TrancheStore.h"

#include <QString>

#include <deque>
#include <functional>
#include <vector>

namespace trd::core {

// The engine's step rule, in one place (architecture.md "One engine step"): work that arrives
// while a step runs waits in the inbox; the step's store writes share one transaction; its
// exchange requests wait in the outbox and leave only after that transaction has committed.
//
// A step whose write or commit fails is rolled back and sends nothing, and the runner halts:
// from then on no write is attempted, no request leaves and arriving work is dropped, because
// the engine's memory now holds a step the store does not. The owner is told once, with the
// reason; a restart reloads the last committed state and reconciles it with the exchange.
class StepRunner
{
public:
    explicit StepRunner(TrancheStore *store);
    StepRunner(const StepRunner &) = delete;
    StepRunner &operator=(const StepRunner &) = delete;

    // Marks a step; the outermost scope, when it ends, settles the transaction, lets the
    // outbox out and runs the inbox, each item as a step of its own.
    class Scope
    {
    public:
        explicit Scope(StepRunner &runner);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        StepRunner &m_runner;
        bool m_isOuter;
    };

    bool isBusy() const { return m_busy; }
    bool isHalted() const { return m_halted; }
    const QString &haltReason() const { return m_haltReason; }

    // Work for after the current step (an exchange callback that arrived during it).
    void post(std::function<void()> work);
    // An exchange request of the current step: it leaves after the commit, or never.
    void send(std::function<void()> request);
    // Before each store write: opens the step's transaction; false once halted (write nothing).
    bool prepareWrite();
    // A store write of the current step failed: the step will be rolled back.
    void writeFailed(const QString &reason);
    // Commits what the step wrote so far (before work that needs its own transaction).
    bool commitNow();

    // Called once, when the runner halts.
    void setHaltHandler(std::function<void(const QString &reason)> handler) { m_onHalt = std::move(handler); }
    // Called at the end of every outermost step (to free what the step retired).
    void setStepEndHandler(std::function<void()> handler) { m_onStepEnd = std::move(handler); }
    // Called before each commit of a step that wrote, inside its transaction: its writes (or
    // their failure, through writeFailed) commit or roll back with the step's own.
    void setBeforeCommitHandler(std::function<void()> handler) { m_beforeCommit = std::move(handler); }

private:
    void finish();
    bool settle();
    void halt(const QString &reason);

    TrancheStore *m_store;
    bool m_busy = false;
    bool m_transactionOpen = false;
    bool m_halted = false;
    QString m_writeError; // the first failed write of the current step
    QString m_haltReason;
    std::deque<std::function<void()>> m_inbox;
    std::vector<std::function<void()>> m_outbox;
    std::function<void(const QString &)> m_onHalt;
    std::function<void()> m_onStepEnd;
    std::function<void()> m_beforeCommit;
};

} // namespace trd::core
