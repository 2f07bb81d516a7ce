// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketFileReader.h"
#include "VariantGrid.h"
#include "VariantResult.h"
#include "market/SymbolFilters.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace trd::backtest {

// What one input file held (summary.json's inputs).
struct InputSummary
{
    QString file;
    MarketFileReader::Kind kind = MarketFileReader::Kind::Candles;
    QByteArray sha256; // hex
    qint64 rows = 0;
    qint64 from = 0; // first and last row time, epoch ms
    qint64 to = 0;
};

// Everything a backtest needs (backtest.md §3), whoever collected it: the CLI's options or a
// window's form.
struct BacktestSpec
{
    QStringList files; // candles, ticks, liquidations and funding files, told apart by their headers
    // Sources that are not files (the app's own store): each call opens a fresh one.
    QList<std::function<core::Result<std::unique_ptr<MarketSource>>()>> extraSources;
    QString defaultSymbol;
    std::optional<QTimeZone> zone;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    QList<Variant> variants;
    QList<core::SymbolFilters> filters; // of the configured symbols
    bool recordsWhatIf = false;
    bool keepsHistory = true;
    int jobs = 0; // 0: one per core
};

// Runs the variants of a backtest, each on its own thread with its own hunter, TrancheManager,
// paper exchange and readers (nothing shared but the immutable spec), and gives the results in
// variant order, so that what is written from them is the same whatever the number of threads.
// check() opens every input (its header and first row), hashes it and counts its rows without
// parsing them; a bad row met while replaying stops its variant with an input error
// (VariantResult::isInputError), and a caller writes nothing of a run that has one.
//
// For a window: run() blocks, so call it from a worker (QtConcurrent::run); progressed() and
// variantFinished() come from the worker threads (connect them queued); cancel() may be called
// from any thread and makes run() return soon with the unfinished variants marked cancelled.
class BacktestRunner : public QObject
{
    Q_OBJECT
public:
    explicit BacktestRunner(BacktestSpec spec, QObject *parent = nullptr);
    ~BacktestRunner() override;

    // The model of backtest.md §2 in one sentence, for reports.
    static QString modelDescription();

    core::Result<QList<InputSummary>> check();
    QList<VariantResult> run();
    void cancel() { m_isCancelled = true; }
    bool isCancelled() const { return m_isCancelled; }
    const BacktestSpec &spec() const { return m_spec; }
    // Whether a funding file is among the inputs (known after check()).
    bool hasRecordedFunding() const { return m_hasRecordedFunding; }

Q_SIGNALS:
    void progressed(double fraction); // 0…1 over every variant
    void variantFinished(int index);

private:
    core::Result<std::unique_ptr<MarketSource>> openMerged() const;
    VariantResult runVariant(int index);
    void reportProgress(int index, qint64 done);

    BacktestSpec m_spec;
    std::atomic<bool> m_isCancelled { false };
    bool m_hasRecordedFunding = false;
    qint64 m_totalBytes = 0;
    std::unique_ptr<std::atomic<qint64>[]> m_done;
};

} // namespace trd::backtest
