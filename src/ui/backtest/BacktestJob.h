// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BacktestRunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace trd::ui {

// One backtest off the window's thread: check() then run() of a BacktestRunner on a worker
// thread (the runner spreads the variants over its own thread pool), with progress and the time
// remaining on the window's thread. Cancel returns the window at once; the worker stops at its
// next progress step and its results are dropped. Nothing is written anywhere: exports happen
// only when the user asks, from the results.
class BacktestJob : public QObject
{
    Q_OBJECT
public:
    explicit BacktestJob(QObject *parent = nullptr);
    ~BacktestJob() override;

    // checkOnly: read the inputs (kinds, rows, time ranges) and stop there.
    void start(backtest::BacktestSpec spec, bool checkOnly = false);
    void cancel();
    bool isRunning() const { return m_runner != nullptr; }

    const QList<backtest::InputSummary> &inputs() const { return m_inputs; }
    const QList<backtest::VariantResult> &results() const { return m_results; }

Q_SIGNALS:
    // remainingMs < 0: not known yet.
    void progressed(double fraction, qint64 remainingMs);
    void finished();
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome;
    bool stop(); // false: nothing was running
    void onWorkerDone(const std::shared_ptr<Outcome> &outcome);

    std::shared_ptr<backtest::BacktestRunner> m_runner;
    QPointer<QThread> m_thread;
    QList<QPointer<QThread>> m_stopping; // cancelled workers still on their way out
    QElapsedTimer m_elapsed;
    QList<backtest::InputSummary> m_inputs;
    QList<backtest::VariantResult> m_results;
};

} // namespace trd::ui
