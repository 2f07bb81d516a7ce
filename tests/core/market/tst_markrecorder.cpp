// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "market/MarkRecorder.h"
#include "store/MarkStore.h"

#include <QTest>

using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

namespace {

Decimal d(const char16_t *text)
{
    return Decimal::fromString(QStringView(text));
}

// Keeps what it is given, and counts the writes (each one a transaction in the real store).
class MemoryMarkStore : public MarkStore
{
public:
    Result<void> appendTicks(const QList<MarkTick> &ticks) override
    {
        ++writes;
        this->tickRows += ticks;
        return {};
    }
    Result<void> saveCandles(MarkCandle::Source source, const QList<MarkCandle> &candles) override
    {
        ++writes;
        if (source == MarkCandle::Source::Mark) {
            candleRows += candles;
        }
        return {};
    }
    Result<QList<MarkTick>> ticks(qint64, qint64, const QString &, int) override { return tickRows; }
    Result<QList<MarkCandle>> candles(MarkCandle::Source, qint64, qint64, const QString &, int) override
    {
        return candleRows;
    }
    Result<std::optional<qint64>> lastCandleTime(MarkCandle::Source, const QString &) override
    {
        return std::optional<qint64>();
    }

    QList<MarkTick> tickRows;
    QList<MarkCandle> candleRows;
    int writes = 0;
};

} // namespace

class TestMarkRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modesAreTheKeysValues()
    {
        for (const auto mode : { MarkRecorder::Mode::Off, MarkRecorder::Mode::Ticks, MarkRecorder::Mode::Candles }) {
            QCOMPARE(MarkRecorder::modeFromString(MarkRecorder::toString(mode)), mode);
        }
        QVERIFY(!MarkRecorder::modeFromString(u"TICKS").has_value());
    }

    void ticksKeepTheLastMarkOfEachSecondOfTheConfiguredSymbols()
    {
        MemoryMarkStore store;
        MarkRecorder recorder(&store);
        recorder.setMode(MarkRecorder::Mode::Ticks);
        recorder.setSymbols({ u"BTCUSDT"_s });
        recorder.onMarkPrice(u"BTCUSDT"_s, d(u"100"), 1'000);
        recorder.onMarkPrice(u"BTCUSDT"_s, d(u"100.5"), 1'900); // the same second: replaces
        recorder.onMarkPrice(u"ETHUSDT"_s, d(u"3000"), 1'950); // not configured
        recorder.onMarkPrice(u"BTCUSDT"_s, d(u"101"), 2'000);
        recorder.onMarkPrice(u"BTCUSDT"_s, d(u"99"), 1'500); // from the past: dropped
        recorder.onMarkPrice(u"BTCUSDT"_s, d(u"102"), 3'100);
        QVERIFY(recorder.flush());
        QCOMPARE(store.tickRows.size(), 2); // the second in progress (3) is not complete yet
        QCOMPARE(store.tickRows.at(0).time, 1'900);
        QCOMPARE(store.tickRows.at(0).price, d(u"100.5"));
        QCOMPARE(store.tickRows.at(1).price, d(u"101"));
        QVERIFY(store.candleRows.isEmpty());
    }

    void candlesAreOpenHighLowCloseOfEachMinute()
    {
        MemoryMarkStore store;
        MarkRecorder recorder(&store);
        recorder.setMode(MarkRecorder::Mode::Candles);
        recorder.setSymbols({ u"BTCUSDT"_s });
        for (const auto &[time, price] : { std::pair { 60'500, u"100" }, { 70'000, u"103.5" }, { 80'000, u"98.25" },
                 { 119'999, u"101" }, { 120'000, u"101.5" } }) {
            recorder.onMarkPrice(u"BTCUSDT"_s, d(price), time);
        }
        QVERIFY(recorder.flush());
        QCOMPARE(store.candleRows.size(), 1);
        const MarkCandle &c = store.candleRows.first();
        QCOMPARE(c.openTime, 60'000);
        QCOMPARE(c.open, d(u"100"));
        QCOMPARE(c.high, d(u"103.5"));
        QCOMPARE(c.low, d(u"98.25"));
        QCOMPARE(c.close, d(u"101"));
        QVERIFY(store.tickRows.isEmpty());
    }

    void writesInBatchesNotPerMark()
    {
        MemoryMarkStore store;
        MarkRecorder recorder(&store);
        recorder.setMode(MarkRecorder::Mode::Ticks);
        recorder.setSymbols({ u"BTCUSDT"_s, u"ETHUSDT"_s });
        for (qint64 second = 0; second < 60; ++second) {
            recorder.onMarkPrice(u"BTCUSDT"_s, d(u"100"), 1'000'000 + second * 1000);
            recorder.onMarkPrice(u"ETHUSDT"_s, d(u"3000"), 1'000'000 + second * 1000);
        }
        QVERIFY(store.writes >= 5); // every 10 s of marks
        QVERIFY(store.writes <= 6);
        QVERIFY(recorder.flush());
        QCOMPARE(store.tickRows.size(), 2 * 59); // every complete second of both symbols
    }

    void offRecordsNothing()
    {
        MemoryMarkStore store;
        {
            MarkRecorder recorder(&store);
            recorder.setSymbols({ u"BTCUSDT"_s });
            for (qint64 t = 0; t < 300'000; t += 1000) {
                recorder.onMarkPrice(u"BTCUSDT"_s, d(u"100"), t);
            }
        }
        QCOMPARE(store.writes, 0);
    }
};

QTEST_GUILESS_MAIN(TestMarkRecorder)
#include "tst_markrecorder.moc"
