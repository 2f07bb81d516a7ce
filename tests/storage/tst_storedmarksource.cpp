// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandlePath.h"
#include "Database.h"
#include "SqliteMarkStore.h"
#include "StoredMarkSource.h"

#include <QTest>

using namespace trd;
using namespace trd::backtest;
using namespace Qt::Literals::StringLiterals;
using core::Decimal;
using core::MarkCandle;

namespace {

Decimal d(const char16_t *text)
{
    return Decimal::fromString(QStringView(text));
}

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kStart = 1'700'000'040'000; // 2023-11-14, a whole minute

} // namespace

// The backtest reads what the app recorded (issue 12 item 4): StoredMarkSource over the SQLite
// store, as `--store` and the Backtest window use it.
class TestStoredMarkSource : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<storage::Database> m_db;
    std::shared_ptr<storage::SqliteMarkStore> m_store;

    QList<MarketEvent> readAll(StoredMarkSource::Kind kind, qint64 from, qint64 to, const QString &symbol = {})
    {
        StoredMarkSource source(m_store, kind, from, to, symbol);
        QList<MarketEvent> events;
        MarketEvent e;
        for (;;) {
            auto more = source.next(e);
            if (!more) {
                qWarning().noquote() << more.error().message;
                return {};
            }
            if (!more.value()) {
                break;
            }
            events.append(e);
        }
        return events;
    }

private Q_SLOTS:
    void init()
    {
        auto db = storage::Database::open(storage::Database::kInMemoryPath.toString());
        QVERIFY(db);
        m_db = std::move(db).value();
        auto store = storage::SqliteMarkStore::create(*m_db);
        QVERIFY(store);
        m_store = std::move(store).value();
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void ticksComeBackInTimeOrderAcrossWindows()
    {
        // Three hours of one tick every 10 minutes for two symbols: more than one window.
        QList<core::MarkTick> ticks;
        for (int i = 0; i < 18; ++i) {
            ticks.append({ u"BTCUSDT"_s, kStart + i * 600'000, Decimal::fromInt(50000 + i) });
            ticks.append({ u"ETHUSDT"_s, kStart + i * 600'000 + 1, Decimal::fromInt(3000 + i) });
        }
        QVERIFY(m_store->appendTicks(ticks));
        const QList<MarketEvent> all = readAll(StoredMarkSource::Kind::Ticks, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(all.size(), 36);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).kind, MarketEvent::Kind::Mark);
            QCOMPARE(all.at(i).time, ticks.at(i).time);
            QCOMPARE(all.at(i).symbol, ticks.at(i).symbol);
            QCOMPARE(all.at(i).price, ticks.at(i).price);
        }
        // [from, to) and one symbol.
        const QList<MarketEvent> some
            = readAll(StoredMarkSource::Kind::Ticks, kStart + 600'000, kStart + 1'800'000, u"ETHUSDT"_s);
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.first().price, d(u"3001"));
        QCOMPARE(some.last().price, d(u"3002"));
    }

    void candlesWalkThePathOfTheModelAndKlinesAlsoClose()
    {
        const MarkCandle first { u"BTCUSDT"_s, kStart, d(u"100"), d(u"104"), d(u"99"), d(u"103"), d(u"7.5") };
        // Two days later: the reader jumps the empty day, and crosses its one-day window.
        const MarkCandle later { u"BTCUSDT"_s, kStart + 2 * kDay, d(u"103"), d(u"103.5"), d(u"101"), d(u"102"), {} };
        QVERIFY(m_store->saveCandles(MarkCandle::Source::Klines, { first, later }));
        QVERIFY(m_store->saveCandles(MarkCandle::Source::Mark, { later }));

        const QList<MarketEvent> klines
            = readAll(StoredMarkSource::Kind::KlineCandles, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(klines.size(), 10); // 4 marks and a closed candle each
        const auto path = CandlePath::path(kStart, 60'000, first.open, first.high, first.low, first.close);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(klines.at(i).kind, MarketEvent::Kind::Mark);
            QCOMPARE(klines.at(i).time, path.at(i).time);
            QCOMPARE(klines.at(i).price, path.at(i).price);
        }
        // open 100 → the nearer extreme (the low, 99) → the high → the close.
        QCOMPARE(klines.at(1).price, d(u"99"));
        QCOMPARE(klines.at(4).kind, MarketEvent::Kind::CandleClosed);
        QCOMPARE(klines.at(4).time, kStart + 59'999);
        QCOMPARE(klines.at(4).volume, d(u"7.5"));
        QCOMPARE(klines.at(4).timeframe, u"1m"_s);
        QCOMPARE(klines.at(5).time, kStart + 2 * kDay);

        const QList<MarketEvent> marks
            = readAll(StoredMarkSource::Kind::MarkCandles, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(marks.size(), 4); // recorded marks have no volume: no closed candle
        QCOMPARE(marks.first().time, kStart + 2 * kDay);

        // A range that starts inside a candle keeps the rest of its walk.
        const QList<MarketEvent> inside
            = readAll(StoredMarkSource::Kind::KlineCandles, kStart + 30'000, kStart + 2 * kDay);
        QCOMPARE(inside.size(), 3);
        QCOMPARE(inside.first().time, kStart + 30'000);
    }

    void anEmptyStoreEndsAtOnce()
    {
        QVERIFY(readAll(StoredMarkSource::Kind::Ticks, 0, std::numeric_limits<qint64>::max()).isEmpty());
        QVERIFY(readAll(StoredMarkSource::Kind::MarkCandles, 0, std::numeric_limits<qint64>::max()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoredMarkSource)
#include "tst_storedmarksource.moc"
