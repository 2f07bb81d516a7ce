// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "LoopbackRig.h"
#include "SqliteMarkStore.h"
#include "live/AsterRestApi.h"
#include "live/KlineDownloader.h"

#include <QSignalSpy>
#include <QTest>

using namespace trd;
using namespace trd::exchange;
using namespace trd::exchange::test;
using core::Decimal;
using core::MarkCandle;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr int kHistory = 3100; // more than two pages of 1500
// The minute of the fake's current mark (the open candle); the history closes before it.
constexpr qint64 kOpenMinute = LoopbackRig::kStart / kMinute * kMinute;
constexpr qint64 kFirst = kOpenMinute - kHistory * kMinute;

QList<FakeCandles::Candle> history()
{
    QList<FakeCandles::Candle> candles;
    for (int i = 0; i < kHistory; ++i) {
        const qint64 open = kFirst + i * kMinute;
        const Decimal base = Decimal::fromInt(50000 + i % 50);
        candles.append({ open, open + kMinute - 1, base, base + Decimal::fromInt(7), base - Decimal::fromInt(3),
            base + Decimal::fromInt(1), 4 });
    }
    return candles;
}

} // namespace

// "Download candles…" against the fake exchange on 127.0.0.1 (issue 12 item 4): paged, through
// the client's rate limiter, resumable after a cancel, and patient with a 429. The clock is a
// ManualClock: the weight window only moves when the test moves it.
class TestKlineDownloader : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LoopbackRig> m_rig;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<AsterRestApi> m_api;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::SqliteMarkStore> m_store;
    std::unique_ptr<KlineDownloader> m_downloader;
    int m_klineRequests = 0;

    QList<MarkCandle> stored()
    {
        auto candles = m_store->candles(MarkCandle::Source::Klines, 0, std::numeric_limits<qint64>::max());
        return candles ? candles.value() : QList<MarkCandle>();
    }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>(FakeExchangeSettings { "key", "secret", 60000 });
        m_rig->server.addCandleHistory(u"BTCUSDT"_s, history());
        QVERIFY(m_rig->start());
        m_klineRequests = 0;
        connect(&m_rig->server, &FakeExchangeServer::requestServed, this,
            [this](const QString &, const QString &path, bool, int) {
                m_klineRequests += path == u"/fapi/v1/klines"_s ? 1 : 0;
            });
        m_client = std::make_unique<RestClient>(m_rig->server.restBase(), &m_rig->clock);
        m_api = std::make_unique<AsterRestApi>(m_client.get());
        auto db = storage::Database::open(storage::Database::kInMemoryPath.toString());
        QVERIFY(db);
        m_db = std::move(db).value();
        auto store = storage::SqliteMarkStore::create(*m_db);
        QVERIFY(store);
        m_store = std::move(store).value();
        m_downloader = std::make_unique<KlineDownloader>(m_api.get(), m_store.get(), &m_rig->clock);
        m_downloader->setBackoffMs(20);
    }
    void cleanup()
    {
        m_downloader.reset();
        m_store.reset();
        m_db.reset();
        m_api.reset();
        m_client.reset();
        m_rig.reset();
    }

    void pagesThroughMoreThanOnePageIntoTheStore()
    {
        QSignalSpy finished(m_downloader.get(), &KlineDownloader::finished);
        QSignalSpy progressed(m_downloader.get(), &KlineDownloader::progressed);
        // To a minute past now: the candle in progress (the fake's current mark) is not stored.
        m_downloader->start(u"BTCUSDT"_s, kFirst, LoopbackRig::kStart + kMinute);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(m_klineRequests, 3); // 1500 + 1500 + 100 (and the open candle)
        const QList<MarkCandle> candles = stored();
        QCOMPARE(candles.size(), kHistory);
        QCOMPARE(candles.first().openTime, kFirst);
        QCOMPARE(candles.last().openTime, kOpenMinute - kMinute);
        for (int i = 0; i < candles.size(); ++i) {
            QCOMPARE(candles.at(i).openTime, kFirst + i * kMinute); // no gap, no double
        }
        const Decimal base = Decimal::fromInt(50000 + 1700 % 50);
        QCOMPARE(candles.at(1700).open, base);
        QCOMPARE(candles.at(1700).high, base + Decimal::fromInt(7));
        QCOMPARE(candles.at(1700).low, base - Decimal::fromInt(3));
        QCOMPARE(candles.at(1700).close, base + Decimal::fromInt(1));
        QCOMPARE(progressed.last().at(2).toLongLong(), qint64(kHistory));
    }

    void respectsTheWeightBudgetOfTheClient()
    {
        // 25 weight a minute, none reserved: two pages (10 each) now, the third a minute later.
        m_client->limiter().setLimits({ 25, 5, 0 });
        QSignalSpy finished(m_downloader.get(), &KlineDownloader::finished);
        m_downloader->start(u"BTCUSDT"_s, kFirst, LoopbackRig::kStart);
        QTRY_COMPARE_WITH_TIMEOUT(m_klineRequests, 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->limiter().status().queued, 1, 30000);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(stored().size(), 3000);
        m_rig->clock.advanceMs(60'000);
        m_client->pump();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(stored().size(), kHistory);
    }

    void resumesAfterTheLastStoredCandleAfterACancel()
    {
        QSignalSpy finished(m_downloader.get(), &KlineDownloader::finished);
        connect(m_downloader.get(), &KlineDownloader::progressed, this, [this](qint64, qint64, qint64 candles) {
            if (candles > 0) {
                m_downloader->cancel();
            }
        });
        m_downloader->start(u"BTCUSDT"_s, kFirst, LoopbackRig::kStart);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), false); // cancelled, no error
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(stored().size(), 1500);
        QCOMPARE(m_klineRequests, 1);
        m_downloader->disconnect(this);

        QSignalSpy progressed(m_downloader.get(), &KlineDownloader::progressed);
        m_downloader->start(u"BTCUSDT"_s, kFirst, LoopbackRig::kStart);
        // It starts where the first one stopped.
        QCOMPARE(progressed.first().at(0).toLongLong(), 1500 * kMinute);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(m_klineRequests, 1 + 2); // 1500 + 100: nothing asked twice
        QCOMPARE(progressed.last().at(2).toLongLong(), qint64(kHistory - 1500));
        QCOMPARE(stored().size(), kHistory);

        // Once everything is there, a third run asks for nothing.
        m_downloader->start(u"BTCUSDT"_s, kFirst, LoopbackRig::kStart);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(m_klineRequests, 3);
    }

    void aTooManyRequestsAnswerBacksOffAndAsksAgain()
    {
        m_rig->server.failNextRequests(429, 1, 7);
        QSignalSpy retrying(m_downloader.get(), &KlineDownloader::retrying);
        QSignalSpy finished(m_downloader.get(), &KlineDownloader::finished);
        m_downloader->start(u"BTCUSDT"_s, kFirst, LoopbackRig::kStart);
        QTRY_COMPARE_WITH_TIMEOUT(retrying.size(), 1, 30000);
        QCOMPARE(retrying.first().at(0).toInt(), 7000);
        QVERIFY2(retrying.first().at(1).toString().contains(u"429"_s), qPrintable(retrying.first().at(1).toString()));
        // The page waits in the client's limiter for the exchange's Retry-After.
        QCOMPARE(m_client->limiter().status().queued, 1);
        m_rig->clock.advanceMs(6'999);
        m_client->pump();
        QCOMPARE(m_klineRequests, 1);
        QCOMPARE(finished.size(), 0);
        m_rig->clock.advanceMs(1);
        m_client->pump();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(m_klineRequests, 1 + 3); // the refused page, asked again
        QCOMPARE(stored().size(), kHistory);
    }

    void aServerFaultIsAskedAgainAfterAPause()
    {
        m_rig->server.failNextRequests(503, 2);
        QSignalSpy retrying(m_downloader.get(), &KlineDownloader::retrying);
        QSignalSpy finished(m_downloader.get(), &KlineDownloader::finished);
        m_downloader->start(u"BTCUSDT"_s, kFirst, LoopbackRig::kStart);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(0).toInt(), 20); // doubling from setBackoffMs
        QCOMPARE(retrying.at(1).at(0).toInt(), 40);
        QCOMPARE(stored().size(), kHistory);
    }

    void aRefusalEndsTheDownloadWithTheExchangesWords()
    {
        QSignalSpy finished(m_downloader.get(), &KlineDownloader::finished);
        m_downloader->start(u"NOPEUSDT"_s, kFirst, LoopbackRig::kStart);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString error = finished.first().at(1).toString();
        QVERIFY2(error.contains(u"NOPEUSDT"_s) && error.contains(u"-1121"_s), qPrintable(error));
        QVERIFY(stored().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKlineDownloader)
#include "tst_klinedownloader.moc"
