// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "market/MarkCandle.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace trd::core {

class MarkStore;

// Keeps the mark prices of the configured symbols for later backtests (issue 12): one tick a
// second, or one candle a minute built from the marks (open, highest, lowest, last), as the
// markRecording key says. Rows are written in batches, by mark time, so a second's stream of
// every symbol costs one transaction every few seconds. A candle is written once its minute is
// over: the minute in progress when the app stops is not kept.
class MarkRecorder
{
public:
    enum class Mode
    {
        Off,
        Ticks,
        Candles,
    };
    // "off", "ticks", "candles" (the markRecording key's values).
    static std::optional<Mode> modeFromString(QStringView text);
    static QString toString(Mode mode);

    explicit MarkRecorder(MarkStore *store);
    ~MarkRecorder();

    // A change of mode or symbols writes what is complete and drops the rest.
    void setMode(Mode mode);
    void setSymbols(const QSet<QString> &symbols);
    Mode mode() const { return m_mode; }

    void onMarkPrice(const QString &symbol, Decimal price, qint64 time);
    // Writes the complete ticks and candles held back; the store's error, if it failed (the
    // rows are dropped then: a recording is best effort and never holds the engine up).
    Result<void> flush();

private:
    // Where nobody waits for the answer (a mark arriving, the mode changing): the log says it.
    void flushOrWarn();
    void keepTick(const MarkTick &tick);
    void keepCandle(const MarkCandle &candle);

    static constexpr qint64 kFlushEveryMs = 10'000;
    static constexpr qsizetype kFlushRows = 512;

    MarkStore *m_store;
    Mode m_mode = Mode::Off;
    QSet<QString> m_symbols;
    QHash<QString, MarkTick> m_openTicks; // per symbol, the second in progress
    QHash<QString, MarkCandle> m_openCandles; // per symbol, the minute in progress
    QList<MarkTick> m_ticks; // complete, not written yet
    QList<MarkCandle> m_candles;
    qint64 m_lastFlush = 0;
};

} // namespace trd::core
