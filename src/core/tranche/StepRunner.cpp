// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tranche/StepRunner.h"

#include "common/CoreLog.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

StepRunner::StepRunner(TrancheStore *store)
    : m_store(store)
{ }

StepRunner::Scope::Scope(StepRunner &runner)
    : m_runner(runner)
    , m_isOuter(!runner.m_busy)
{
    m_runner.m_busy = true;
}

StepRunner::Scope::~Scope()
{
    if (m_isOuter) {
        m_runner.finish();
        m_runner.m_busy = false;
        if (m_runner.m_onStepEnd) {
            m_runner.m_onStepEnd();
        }
    }
}

void StepRunner::post(std::function<void()> work)
{
    if (!m_halted) {
        m_inbox.push_back(std::move(work));
    }
}

void StepRunner::send(std::function<void()> request)
{
    if (!m_halted) {
        m_outbox.push_back(std::move(request));
    }
}

bool StepRunner::prepareWrite()
{
    if (!m_store || m_halted || !m_writeError.isEmpty()) {
        return false;
    }
    if (!m_transactionOpen) {
        if (auto begun = m_store->begin(); !begun) {
            writeFailed(u"begin a transaction: %1"_s.arg(begun.error().message));
            return false;
        }
        m_transactionOpen = true;
    }
    return true;
}

void StepRunner::writeFailed(const QString &reason)
{
    if (m_writeError.isEmpty()) {
        m_writeError = reason;
    }
}

bool StepRunner::commitNow()
{
    return settle();
}

// Ends the step's transaction: committed, or rolled back (and halted) when a write or the
// commit failed. Returns whether the step may let its requests out.
bool StepRunner::settle()
{
    if (m_halted) {
        return false;
    }
    if (m_transactionOpen && m_writeError.isEmpty() && m_beforeCommit) {
        m_beforeCommit();
    }
    if (!m_writeError.isEmpty()) {
        if (m_transactionOpen) {
            m_store->rollback();
            m_transactionOpen = false;
        }
        halt(m_writeError);
        return false;
    }
    if (m_transactionOpen) {
        m_transactionOpen = false;
        if (auto committed = m_store->commit(); !committed) {
            m_store->rollback();
            halt(u"commit a transaction: %1"_s.arg(committed.error().message));
            return false;
        }
    }
    return true;
}

void StepRunner::finish()
{
    for (;;) {
        if (!settle()) {
            return;
        }
        if (!m_outbox.empty()) {
            auto requests = std::move(m_outbox);
            m_outbox.clear();
            for (auto &request : requests) {
                request();
            }
            continue;
        }
        if (m_inbox.empty()) {
            return;
        }
        auto work = std::move(m_inbox.front());
        m_inbox.pop_front();
        work();
    }
}

void StepRunner::halt(const QString &reason)
{
    qCCritical(lcTranche).noquote() << "engine stopped: the store failed to" << reason << "-" << m_outbox.size()
                                    << "exchange requests of the step were not sent";
    m_halted = true;
    m_haltReason = reason;
    m_outbox.clear();
    m_inbox.clear();
    if (m_onHalt) {
        m_onHalt(reason);
    }
}

} // namespace trd::core
