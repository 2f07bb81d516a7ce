// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "SqliteMarkStore.h"
#include "common/MessageBox.h"
#include "fake/FakeExchangeServer.h"
#include "paper/PaperMatchingEngine.h"
#include "recording/DownloadCandlesDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace trd;
using namespace trd::ui;
using namespace Qt::Literals::StringLiterals;
using core::Decimal;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kNow = 1'767'225'600'000; // 2026-01-01, the fake's clock
constexpr int kHistory = 1600;
constexpr qint64 kFirst = kNow - kHistory * kMinute;

} // namespace

// Tools → Download candles… in PAPER, against the fake exchange on 127.0.0.1 standing in for
// the configured REST address: nothing is asked before the trader agrees; then the candles
// arrive page by page into the store.
class TestDownloadCandles : public QObject
{
    Q_OBJECT
private:
    core::ManualClock m_clock { kNow };
    std::unique_ptr<exchange::PaperMatchingEngine> m_engine;
    std::unique_ptr<exchange::FakeExchangeServer> m_server;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::SqliteMarkStore> m_store;
    int m_klineRequests = 0;

    qsizetype storedCount()
    {
        auto candles = m_store->candles(core::MarkCandle::Source::Klines, 0, std::numeric_limits<qint64>::max());
        return candles ? candles->size() : -1;
    }

    static void setRange(DownloadCandlesDialog &dialog)
    {
        const auto utc = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
        dialog.findChild<QDateTimeEdit *>(u"fromEdit"_s)->setDateTime(utc(kFirst));
        dialog.findChild<QDateTimeEdit *>(u"toEdit"_s)->setDateTime(utc(kNow));
    }

private Q_SLOTS:
    void init()
    {
        m_engine = std::make_unique<exchange::PaperMatchingEngine>(&m_clock);
        m_server = std::make_unique<exchange::FakeExchangeServer>(
            m_engine.get(), &m_clock, exchange::FakeExchangeSettings { "key", "secret", 60000 });
        core::SymbolFilters filters;
        filters.symbol = u"BTCUSDT"_s;
        filters.tickSize = Decimal::fromString(u"0.1");
        filters.stepSize = Decimal::fromString(u"0.001");
        filters.minQty = filters.stepSize;
        m_server->declareSymbol(filters);
        QList<exchange::FakeCandles::Candle> history;
        for (int i = 0; i < kHistory; ++i) {
            const qint64 open = kFirst + i * kMinute;
            const Decimal p = Decimal::fromInt(90000 + i);
            history.append({ open, open + kMinute - 1, p, p + Decimal::fromInt(5), p - Decimal::fromInt(5), p, 1 });
        }
        m_server->addCandleHistory(u"BTCUSDT"_s, history);
        QVERIFY(m_server->listen());
        m_klineRequests = 0;
        connect(m_server.get(), &exchange::FakeExchangeServer::requestServed, this,
            [this](const QString &, const QString &path, bool, int) {
                m_klineRequests += path == u"/fapi/v1/klines"_s ? 1 : 0;
            });
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
        m_server.reset();
        m_engine.reset();
    }

    void paperAsksBeforeUsingTheConfiguredAddress()
    {
        DownloadCandlesDialog dialog(m_store.get(), { u"BTCUSDT"_s }, { nullptr, m_server->restBase() });
        dialog.show();
        setRange(dialog);
        QVERIFY(dialog.findChild<QLabel *>(u"sourceLabel"_s)->text().contains(u"127.0.0.1"_s));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"downloadButton"_s), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(u"PAPER"_s));
        QVERIFY(!dialog.isDownloading());
        QCOMPARE(m_klineRequests, 0); // no client was made: nothing can be in flight
        QCOMPARE(storedCount(), 0);
    }

    void downloadsPageByPageWithProgressIntoTheStore()
    {
        DownloadCandlesDialog dialog(m_store.get(), { u"BTCUSDT"_s, u"ETHUSDT"_s }, { nullptr, m_server->restBase() });
        dialog.show();
        setRange(dialog);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto *download = dialog.findChild<QPushButton *>(u"downloadButton"_s);
        QTest::mouseClick(download, Qt::LeftButton);
        QVERIFY(dialog.findChild<QPushButton *>(u"cancelButton"_s)->isEnabled() || !dialog.isDownloading());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDownloading(), 30000);
        QCOMPARE(dialog.findChild<QProgressBar *>(u"progressBar"_s)->value(), 1000);
        QCOMPARE(storedCount(), kHistory);
        QCOMPARE(m_klineRequests, 2); // 1500 + 100
        const QString status = dialog.findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(u"1600"_s) || status.contains(QLocale().toString(1600)), qPrintable(status));
        QVERIFY(download->isEnabled());

        // Again: everything is there, nothing more is asked.
        QTest::mouseClick(download, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isDownloading(), 30000);
        QCOMPARE(m_klineRequests, 2);
    }
};

QTEST_MAIN(TestDownloadCandles)
#include "tst_download_candles.moc"
