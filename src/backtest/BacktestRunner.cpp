// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestRunner.h"

#include "MarketMerger.h"
#include "ReplaySession.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

namespace trd::backtest {

using core::Error;
using core::Result;

namespace {
constexpr qint64 kProgressEvery = 16384;
}

BacktestRunner::BacktestRunner(BacktestSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{ }

BacktestRunner::~BacktestRunner() = default;

QString BacktestRunner::modelDescription()
{
    return u"Recorded candles are last-price, not mark-price, and there is no order book. Inside each candle the "
           "mark follows open, the nearer extreme, the farther extreme and close in four equal time steps from the "
           "open (the low first when both are equally near); ticks are used as recorded. Liquidations are "
           "interleaved by their own time; at the same millisecond funding comes first, then prices, then closed "
           "candles, then liquidations. Entries are MARKET orders at the mark plus the configured paper slippage "
           "(no book for LIMIT prices); stops and take-profits that the path crosses fill at their trigger price "
           "plus the configured paper slippage; positions are liquidated by the paper exchange's rule; funding "
           "comes from the funding file when one is given, else from paperFundingRatePercent every 8 h."_s;
}

Result<QList<InputSummary>> BacktestRunner::check()
{
    QList<InputSummary> inputs;
    m_totalBytes = 0;
    m_hasRecordedFunding = false;
    MarketFileReader::Options options { m_spec.defaultSymbol, m_spec.zone, true };
    for (const QString &path : std::as_const(m_spec.files)) {
        auto reader = MarketFileReader::open(path, options);
        if (!reader) {
            return reader.error();
        }
        if (auto scanned = reader.value()->scan(); !scanned) {
            return scanned.error();
        }
        const MarketFileReader &r = *reader.value();
        inputs.append({ path, r.kind(), r.sha256(), r.rows(), r.firstTime(), r.lastTime() });
        m_totalBytes += r.size();
        m_hasRecordedFunding = m_hasRecordedFunding || r.kind() == MarketFileReader::Kind::Funding;
    }
    for (const auto &open : std::as_const(m_spec.extraSources)) {
        auto source = open();
        if (!source) {
            return source.error();
        }
        m_totalBytes += source.value()->size();
    }
    return inputs;
}

Result<std::unique_ptr<MarketSource>> BacktestRunner::openMerged() const
{
    auto merger = std::make_unique<MarketMerger>(m_spec.from, m_spec.to);
    MarketFileReader::Options options { m_spec.defaultSymbol, m_spec.zone, false };
    for (const QString &path : m_spec.files) {
        auto reader = MarketFileReader::open(path, options);
        if (!reader) {
            return reader.error();
        }
        merger->add(std::move(reader).value());
    }
    for (const auto &open : m_spec.extraSources) {
        auto source = open();
        if (!source) {
            return source.error();
        }
        merger->add(std::move(source).value());
    }
    return std::unique_ptr<MarketSource>(std::move(merger));
}

void BacktestRunner::reportProgress(int index, qint64 done)
{
    m_done[index] = done;
    qint64 sum = 0;
    for (qsizetype i = 0; i < m_spec.variants.size(); ++i) {
        sum += m_done[i];
    }
    const qint64 total = std::max<qint64>(1, m_totalBytes * m_spec.variants.size());
    Q_EMIT progressed(std::min(1.0, double(sum) / double(total)));
}

VariantResult BacktestRunner::runVariant(int index)
{
    const Variant &variant = m_spec.variants.at(index);
    VariantResult failed;
    failed.id = variant.id;
    failed.overrides = variant.overrides;
    auto source = openMerged();
    if (!source) {
        failed.error = source.error().message;
        failed.isInputError = true;
        return failed;
    }
    MarketSource &events = *source.value();
    MarketEvent event;
    auto first = events.next(event);
    if (!first) {
        failed.error = first.error().message;
        failed.isInputError = true;
        return failed;
    }
    ReplaySession::Options options;
    options.id = variant.id;
    options.overrides = variant.overrides;
    options.config = variant.config;
    options.filters = m_spec.filters;
    options.keepsHistory = m_spec.keepsHistory;
    options.recordsWhatIf = m_spec.recordsWhatIf;
    options.hasRecordedFunding = m_hasRecordedFunding;
    ReplaySession session(options);
    const qint64 start = first.value() ? event.time : std::max<qint64>(0, m_spec.from);
    if (auto started = session.start(start); !started) {
        failed.error = started.error().message;
        return failed;
    }
    bool hasEvent = first.value();
    qint64 count = 0;
    while (hasEvent) {
        session.apply(event);
        if (++count % kProgressEvery == 0) {
            if (m_isCancelled) {
                failed.isCancelled = true;
                return failed;
            }
            reportProgress(index, events.position());
        }
        auto more = events.next(event);
        if (!more) {
            failed.error = more.error().message;
            failed.isInputError = true;
            return failed;
        }
        hasEvent = more.value();
    }
    reportProgress(index, events.size());
    return session.finish();
}

QList<VariantResult> BacktestRunner::run()
{
    const int count = int(m_spec.variants.size());
    m_done = std::make_unique<std::atomic<qint64>[]>(std::max(1, count));
    QList<VariantResult> results(count);
    QThreadPool pool;
    pool.setMaxThreadCount(m_spec.jobs > 0 ? m_spec.jobs : std::max(1, QThread::idealThreadCount()));
    for (int i = 0; i < count; ++i) {
        pool.start([this, i, &results] {
            if (m_isCancelled) {
                results[i].id = m_spec.variants.at(i).id;
                results[i].isCancelled = true;
            } else {
                results[i] = runVariant(i);
            }
            Q_EMIT variantFinished(i);
        });
    }
    pool.waitForDone();
    return results;
}

} // namespace trd::backtest
