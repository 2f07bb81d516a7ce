// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestJob.h"

#include <QThread>

namespace trd::ui {

struct BacktestJob::Outcome
{
    QString error;
    QList<backtest::InputSummary> inputs;
    QList<backtest::VariantResult> results;
};

namespace {
// Below this share done, an estimate of the time left says more about start-up than the run.
constexpr double kEstimateAfter = 0.02;
} // namespace

BacktestJob::BacktestJob(QObject *parent)
    : QObject(parent)
{ }

BacktestJob::~BacktestJob()
{
    stop();
    // A cancelled worker stops at its next progress step; none may outlive the window.
    for (const QPointer<QThread> &thread : std::as_const(m_stopping)) {
        if (thread) {
            thread->wait();
            delete thread;
        }
    }
}

void BacktestJob::start(backtest::BacktestSpec spec, bool checkOnly)
{
    Q_ASSERT(!isRunning());
    m_inputs.clear();
    m_results.clear();
    m_runner = std::make_shared<backtest::BacktestRunner>(std::move(spec));
    // The runner emits from its workers: queued onto this object's thread.
    connect(m_runner.get(), &backtest::BacktestRunner::progressed, this, [this](double fraction) {
        if (!m_runner || m_runner->isCancelled()) {
            return;
        }
        const qint64 elapsed = m_elapsed.elapsed();
        const qint64 remaining = fraction < kEstimateAfter ? -1 : qint64(double(elapsed) * (1 - fraction) / fraction);
        Q_EMIT progressed(fraction, remaining);
    });
    auto outcome = std::make_shared<Outcome>();
    std::shared_ptr<backtest::BacktestRunner> runner = m_runner;
    m_thread = QThread::create([runner, outcome, checkOnly] {
        auto inputs = runner->check();
        if (!inputs) {
            outcome->error = inputs.error().message;
            return;
        }
        outcome->inputs = inputs.value();
        if (!checkOnly && !runner->isCancelled()) {
            outcome->results = runner->run();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, outcome, thread = m_thread.data()] {
        // A worker cancelled after it had finished may still deliver this: it is not ours any more.
        if (thread == m_thread) {
            onWorkerDone(outcome);
        }
    });
    m_elapsed.start();
    m_thread->start(QThread::LowPriority);
}

void BacktestJob::cancel()
{
    if (stop()) {
        Q_EMIT cancelled();
    }
}

bool BacktestJob::stop()
{
    if (!m_runner) {
        return false;
    }
    m_runner->cancel();
    // The window is free at once; the worker finishes on its own and its results are dropped.
    QThread *thread = m_thread;
    thread->disconnect(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_stopping.removeAll(nullptr);
    m_stopping.append(thread);
    m_thread = nullptr;
    m_runner->disconnect(this);
    m_runner.reset();
    return true;
}

void BacktestJob::onWorkerDone(const std::shared_ptr<Outcome> &outcome)
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool wasCancelled = m_runner->isCancelled();
    m_runner->disconnect(this);
    m_runner.reset();
    if (!outcome->error.isEmpty()) {
        Q_EMIT failed(outcome->error);
        return;
    }
    if (wasCancelled) {
        Q_EMIT cancelled();
        return;
    }
    m_inputs = outcome->inputs;
    m_results = outcome->results;
    Q_EMIT progressed(1.0, 0);
    Q_EMIT finished();
}

} // namespace trd::ui
