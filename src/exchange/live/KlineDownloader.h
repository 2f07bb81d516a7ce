// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "live/AsterRestApi.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace trd::core {
class MarkStore;
}

namespace trd::exchange {

// "Download candles…" (issue 12 item 4): the 1-minute klines of one symbol over a range, from
// the exchange's public GET /fapi/v1/klines, into the store as MarkCandle::Source::Klines.
// Paged (1500 a request, the most the exchange gives), through the RestClient's rate limiter (so
// the weight budget it tracks is respected and orders keep their reserve), resumable: it starts
// after the newest candle already stored. After a 429 the page is asked again at once: the
// client's limiter holds it until the exchange's Retry-After. A 5xx with no effect is asked again
// after a doubling pause. Any other refusal, or too many in a row, ends the download with the
// exchange's message. Only closed candles are stored: the minute in progress is not.
class KlineDownloader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageLimit = 1500;
    static constexpr int kMaxRetries = 6;

    KlineDownloader(AsterRestApi *api, core::MarkStore *store, const core::Clock *clock, QObject *parent = nullptr);

    // Downloads [fromMs, toMs); a running download is cancelled first.
    void start(const QString &symbol, qint64 fromMs, qint64 toMs);
    // Stops after the page in flight (whose answer is dropped); finished(false, {}) follows.
    void cancel();
    bool isRunning() const { return m_isRunning; }
    // The first pause after a server fault; tests make it short.
    void setBackoffMs(int ms) { m_backoffMs = ms; }

Q_SIGNALS:
    // doneMs of totalMs of the range are in the store; candles: how many this download stored.
    void progressed(qint64 doneMs, qint64 totalMs, qint64 candles);
    // A page was refused and is asked again after delayMs: the exchange's Retry-After (429), or
    // a pause of ours after a server fault.
    void retrying(int delayMs, const QString &reason);
    // isComplete: the whole range is stored; else cancelled (error empty) or failed.
    void finished(bool isComplete, const QString &error);

private:
    void requestPage();
    void onPage(quint64 generation, const ApiResult<QList<Kline>> &page);
    void finish(bool isComplete, const QString &error);

    AsterRestApi *m_api;
    core::MarkStore *m_store;
    const core::Clock *m_clock;
    QTimer m_retryTimer;
    QString m_symbol;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_cursor = 0; // the open time of the next candle to ask for
    qint64 m_stored = 0;
    int m_retries = 0;
    int m_backoffMs = 1000;
    quint64 m_generation = 0; // answers of an earlier (cancelled) download are dropped
    bool m_isRunning = false;
};

} // namespace trd::exchange
