// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/KlineDownloader.h"

#include "ExchangeLog.h"
#include "store/MarkStore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using core::MarkCandle;

namespace {

constexpr qint64 kMinuteMs = MarkCandle::kIntervalMs;
constexpr int kLongestPauseMs = 60'000;

qint64 ceilToMinute(qint64 time)
{
    return (time + kMinuteMs - 1) / kMinuteMs * kMinuteMs;
}

} // namespace

KlineDownloader::KlineDownloader(AsterRestApi *api, core::MarkStore *store, const core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_clock(clock)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &KlineDownloader::requestPage);
}

void KlineDownloader::start(const QString &symbol, qint64 fromMs, qint64 toMs)
{
    if (m_isRunning) {
        cancel();
    }
    ++m_generation;
    m_symbol = symbol;
    m_from = ceilToMinute(std::max<qint64>(0, fromMs));
    // The minute in progress has no candle yet: the range ends where the last closed one does.
    m_to = std::min(toMs, m_clock->nowMs() / kMinuteMs * kMinuteMs);
    m_cursor = m_from;
    m_stored = 0;
    m_retries = 0;
    m_isRunning = true;
    // Resumable: what an earlier download (or a cancelled one) stored is not asked for again.
    auto last = m_store->lastCandleTime(MarkCandle::Source::Klines, symbol);
    if (!last) {
        finish(false, last.error().message);
        return;
    }
    if (m_to <= m_from) {
        finish(true, {});
        return;
    }
    if (last->has_value() && **last >= m_from && **last < m_to) {
        m_cursor = **last + kMinuteMs;
    }
    Q_EMIT progressed(m_cursor - m_from, std::max<qint64>(1, m_to - m_from), 0);
    requestPage();
}

void KlineDownloader::cancel()
{
    if (!m_isRunning) {
        return;
    }
    ++m_generation;
    m_retryTimer.stop();
    finish(false, {});
}

void KlineDownloader::requestPage()
{
    if (!m_isRunning) {
        return;
    }
    if (m_cursor >= m_to) {
        finish(true, {});
        return;
    }
    KlinesQuery query;
    query.symbol = m_symbol;
    query.interval = u"1m"_s;
    query.startTimeMs = m_cursor;
    query.endTimeMs = m_to - 1;
    query.limit = kPageLimit;
    QPointer<KlineDownloader> self(this);
    const quint64 generation = m_generation;
    m_api->klines(query, [self, generation](const ApiResult<QList<Kline>> &page) {
        if (self) {
            self->onPage(generation, page);
        }
    });
}

void KlineDownloader::onPage(quint64 generation, const ApiResult<QList<Kline>> &page)
{
    if (generation != m_generation || !m_isRunning) {
        return;
    }
    if (!page) {
        const ExchangeError &e = page.error();
        // A 503's unknown outcome matters for an order, not for a read: it is asked again too.
        const bool isTransient = e.action == ExchangeError::Action::BackOff || e.action == ExchangeError::Action::Retry
            || e.action == ExchangeError::Action::QueryOrder;
        if (!isTransient || m_retries >= kMaxRetries) {
            finish(false, tr("The exchange refused the klines of %1: %2").arg(m_symbol, e.describe()));
            return;
        }
        ++m_retries;
        if (e.action == ExchangeError::Action::BackOff) {
            // The client's rate limiter now holds every request until the exchange's Retry-After
            // (on the client's clock): the page is asked again at once and waits there.
            qCInfo(lcExchange).noquote() << "klines of" << m_symbol << "refused (" << e.describe()
                                         << "): asking again after the exchange's Retry-After";
            Q_EMIT retrying(e.retryAfterSeconds * 1000, e.describe());
            requestPage();
            return;
        }
        const int pause = std::min(kLongestPauseMs, m_backoffMs << (m_retries - 1));
        qCInfo(lcExchange).noquote() << "klines of" << m_symbol << "failed (" << e.describe() << "): asking again in"
                                     << pause << "ms";
        Q_EMIT retrying(pause, e.describe());
        m_retryTimer.start(pause);
        return;
    }
    m_retries = 0;
    // Only closed candles, inside the range and after the cursor (an exchange may answer more).
    const qint64 now = m_clock->nowMs();
    QList<MarkCandle> candles;
    bool isOpenCandleReached = false;
    for (const Kline &k : page.value()) {
        if (k.openTime < m_cursor || k.openTime >= m_to) {
            continue;
        }
        if (k.openTime + kMinuteMs > now) {
            isOpenCandleReached = true;
            break;
        }
        candles.append({ m_symbol, k.openTime, k.open, k.high, k.low, k.close, k.volume });
    }
    if (!candles.isEmpty()) {
        if (auto saved = m_store->saveCandles(MarkCandle::Source::Klines, candles); !saved) {
            finish(false, saved.error().message);
            return;
        }
        m_stored += candles.size();
        m_cursor = candles.last().openTime + kMinuteMs;
    }
    // A short page is the end of what the exchange has; so is the minute in progress.
    const bool isLastPage = page->size() < kPageLimit || candles.isEmpty() || isOpenCandleReached;
    Q_EMIT progressed(std::min(m_cursor, m_to) - m_from, std::max<qint64>(1, m_to - m_from), m_stored);
    if (isLastPage) {
        finish(true, {});
        return;
    }
    requestPage();
}

void KlineDownloader::finish(bool isComplete, const QString &error)
{
    m_isRunning = false;
    m_retryTimer.stop();
    Q_EMIT finished(isComplete, error);
}

} // namespace trd::exchange
