// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → What-if on this run… and Tools → Backtest… in a window onto a remote engine (issues 12
// and 13): an engine in PAPER served on 127.0.0.1 in this process, whose store already holds a
// run with a close that named no tranche and a recorded market; the window reads both from the
// engine through the control protocol and gives the numbers the embedded app gives.
#include "../engine/EngineRig.h"
#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"
#include "SqliteTrancheStore.h"
#include "StoredMarkSource.h"
#include "StoredRunWhatIf.h"
#include "backtest/BacktestDialog.h"
#include "backtest/RemoteRecordingFetch.h"
#include "backtest/VariantComparisonModel.h"
#include "common/UiFormat.h"
#include "config/ConfigLoader.h"
#include "mainwindow/MainWindow.h"
#include "market/MarkRecorder.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "tranche/ClientOrderId.h"
#include "whatif/WhatIfDialog.h"
#include "whatif/WhatIfTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using trd::engine::test::EngineRig;

namespace trd::ui {

namespace {

constexpr int kWait = 60'000;

core::Decimal d(const char16_t *text)
{
    return core::Decimal::fromString(QStringView(text));
}

// Recent enough that the engine's retention (closed tranches, liquidations) keeps them.
const qint64 kDayAgo = (QDateTime::currentMSecsSinceEpoch() - 86'400'000) / 60'000 * 60'000;

const QString kT1 = u"00000000-0000-4000-8000-00000000000a"_s;
const QString kT2 = u"00000000-0000-4000-8000-00000000000b"_s;

// Two SHORT tranches closed long ago, #1 1 @ 200 and #2 1 @ 180; an outside buy closed 1 @ 190
// with no fee, which the engine (LIFO) gave to #2: −10. FIFO and BEST_FIRST (at 190: #1 +5 %,
// #2 −5.6 %) take #1: +10; WORST_FIRST takes #2; one position (2 @ 190) realizes 0. #1 closed
// later at its own take-profit, a tagged close.
void writeRun(core::TrancheStore &store)
{
    for (const auto &[id, seq, price] : { std::tuple { kT1, 1, u"200" }, std::tuple { kT2, 2, u"180" } }) {
        core::Tranche t;
        t.id = id;
        t.seq = seq;
        t.symbol = u"ETHUSDT"_s;
        t.side = core::Side::Short;
        t.entryPrice = d(price);
        t.originalQuantity = d(u"1");
        t.leverage = 5;
        t.entryTime = kDayAgo - 3'600'000 + seq * 1000;
        t.entryOrderId = core::ClientOrderId::make(core::OrderPurpose::Entry, id, seq);
        t.status = core::TrancheStatus::Closed;
        t.exitTime = kDayAgo + seq;
        QVERIFY(store.saveTranche(t));
    }
    QVERIFY(store.saveCounters(3, 10));
    const auto event = [](core::EventType type, const QString &id, qint64 time, const char16_t *price,
                           std::optional<core::Decimal> pnl, const QJsonObject &details) {
        core::TrancheEvent e;
        e.type = type;
        e.time = time;
        e.symbol = u"ETHUSDT"_s;
        e.side = core::Side::Short;
        e.trancheId = id;
        e.price = d(price);
        e.quantity = d(u"1");
        e.pnl = pnl;
        e.reason = type == core::EventType::Closed ? u"external"_s : u"entry filled"_s;
        e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        return e;
    };
    QVERIFY(store.appendEvent(event(core::EventType::Created, kT1, kDayAgo - 3'599'000, u"200", std::nullopt, {})));
    QVERIFY(store.appendEvent(event(core::EventType::Created, kT2, kDayAgo - 3'598'000, u"180", std::nullopt, {})));
    QVERIFY(store.appendEvent(event(core::EventType::Closed, kT2, kDayAgo, u"190", d(u"-10"),
        { { u"fillPnl"_s, u"-10"_s }, { u"orderId"_s, u"web_1"_s } })));
    QVERIFY(store.appendEvent(event(core::EventType::Closed, kT1, kDayAgo + 1, u"150", d(u"50"),
        { { u"fillPnl"_s, u"50"_s },
            { u"orderId"_s, core::ClientOrderId::make(core::OrderPurpose::TakeProfit, kT1, 1) } })));
}

// The hand-computed day of tst_backtestrunner on BTCUSDT at a thousand times the price.
const qint64 kStart = kDayAgo + 3'600'000;
constexpr qint64 kMinute = 60'000;
const QByteArray kConfig = R"({ "symbols": { "BTCUSDT": {
    "enableTrancheManagement": true, "tradeSize": "100", "leverage": 10, "tpPercent": "2", "slPercent": "10",
    "trancheIsolationThreshold": "5", "longVolumeThresholdUSDT": "1000", "shortVolumeThresholdUSDT": "1000",
    "orderType": "MARKET", "maxTranches": 3, "closingStrategy": "LIFO" } },
  "global": { "paperMode": true, "positionMode": "ONE_WAY", "maxOpenPositions": 5, "paperTakerFeePercent": "0.04",
    "paperMakerFeePercent": "0.02", "paperSlippageBps": "0", "paperFundingRatePercent": "0" } })";

// What markRecording "ticks" and the liquidation feed keep: the marks 100,000, 101,000, 102,500
// and 90,000 a minute apart, and two SELL liquidations of 20 BTC a second after the first two.
void writeMarket(storage::Database &db)
{
    auto marks = storage::SqliteMarkStore::create(db);
    auto liquidations = storage::SqliteLiquidationStore::create(db);
    QVERIFY(marks && liquidations);
    core::MarkRecorder recorder(marks.value().get());
    recorder.setSymbols({ u"BTCUSDT"_s });
    recorder.setMode(core::MarkRecorder::Mode::Ticks);
    for (const auto &[time, price] : { std::pair { kStart, u"100000" }, std::pair { kStart + kMinute, u"101000" },
             std::pair { kStart + 2 * kMinute, u"102500" }, std::pair { kStart + 3 * kMinute, u"90000" },
             std::pair { kStart + 3 * kMinute + 1000, u"90000" } }) {
        recorder.onMarkPrice(u"BTCUSDT"_s, d(price), time);
    }
    QVERIFY(recorder.flush());
    for (const auto &[time, price] :
        { std::pair { kStart + 1000, u"100000" }, std::pair { kStart + kMinute + 1000, u"101000" } }) {
        QVERIFY(liquidations.value()->appendLiquidation(
            { u"BTCUSDT"_s, core::OrderSide::Sell, d(price), d(price), d(u"20"), time }));
    }
}

} // namespace

class TestRemoteTools : public QObject
{
    Q_OBJECT

    EngineRig m_rig;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<RemoteEngine> m_remote;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    static void shoot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TRD_REMOTE_SHOTS");
        if (!dir.isEmpty()) {
            QVERIFY(widget.grab().save(dir + u"/remote-"_s + name + u".png"_s));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        {
            auto store = storage::SqliteTrancheStore::open(m_rig.options().storePath());
            QVERIFY2(store, qPrintable(store.error().message));
            writeRun(*store.value());
            writeMarket(store.value()->database());
        }
        QVERIFY(m_rig.start());
        auto config = core::ConfigLoader::fromJson(kConfig);
        QVERIFY2(config, qPrintable(config.error().message));
        QVERIFY(m_rig.host->applyConfig(config.value()));

        engine::ControlClient::Settings settings;
        settings.url = m_rig.server->url();
        settings.token = m_rig.watchToken; // reading is all these tools do
        settings.name = u"desk window"_s;
        m_secrets = std::make_unique<MemorySecretStore>();
        m_remote = std::make_unique<RemoteEngine>(settings);
        m_session = std::make_unique<DeskSession>(nullptr, m_remote.get(), m_secrets.get(), QString());
        m_session->setRemote(m_remote.get());
        m_remote->bind(m_session.get());
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->resize(1400, 860);
        m_window->show();
        m_window->loadData();
        m_remote->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_remote->link() == RemoteEngine::Link::Up, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->config().symbols.keys(), QStringList { u"BTCUSDT"_s }, kWait);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_remote.reset();
    }

    void whatIfReadsTheEnginesWholeRun()
    {
        auto *whatIf = m_window->findChild<QAction *>(u"whatIfAction"_s);
        QVERIFY(whatIf);
        backtest::StoredRunWhatIf::Report shown;
        QStringList totals;
        QString source;
        bool wasReading = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<WhatIfDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            wasReading = dialog->isReading();
            const auto finish = [&, dialog] {
                shown = dialog->report();
                source = dialog->findChild<QLabel *>(u"sourceLabel"_s)->text();
                auto *table = dialog->findChild<QTableView *>(u"whatIfTable"_s);
                const int total = table->model()->rowCount() - 1;
                for (int column : { WhatIfTableModel::Actual, WhatIfTableModel::Lifo, WhatIfTableModel::Fifo,
                         WhatIfTableModel::WorstFirst, WhatIfTableModel::BestFirst, WhatIfTableModel::Combined }) {
                    totals << table->model()->index(total, column).data().toString();
                }
                dialog->resize(1100, 520);
                shoot(*dialog, u"whatif"_s);
                dialog->reject();
            };
            if (dialog->isReading()) {
                connect(dialog, &WhatIfDialog::reportShown, dialog, finish);
                QTimer::singleShot(kWait, dialog, &QDialog::reject); // never hang the suite
            } else {
                finish();
            }
        });
        whatIf->trigger();
        // Not the window's mirror (its snapshot holds recent events only): the engine's pages.
        QVERIFY(wasReading);
        QVERIFY2(source.contains(m_remote->address()), qPrintable(source));
        QCOMPARE(shown.fills.size(), 1);
        QCOMPARE(shown.skippedFills, 0);
        QCOMPARE(shown.actualTotal, d(u"-10"));
        QCOMPARE(shown.strategyTotals[0], d(u"-10")); // LIFO, what the engine did
        QCOMPARE(shown.strategyTotals[1], d(u"10")); // FIFO
        QCOMPARE(shown.strategyTotals[2], d(u"-10")); // WORST_FIRST
        QCOMPARE(shown.strategyTotals[3], d(u"10")); // BEST_FIRST
        QCOMPARE(shown.combinedTotal, d(u"0"));
        QCOMPARE(totals,
            (QStringList { UiFormat::money(d(u"-10")), UiFormat::money(d(u"-10")), UiFormat::money(d(u"10")),
                UiFormat::money(d(u"-10")), UiFormat::money(d(u"10")), UiFormat::money(core::Decimal()) }));
        // The same as the embedded app's what-if on the engine's own store.
        auto local = backtest::StoredRunWhatIf::analyse(*m_rig.host->store());
        QVERIFY(local);
        QCOMPARE(local->fills.size(), shown.fills.size());
        QCOMPARE(local->strategyTotals, shown.strategyTotals);
        QCOMPARE(local->firstDivergence, shown.firstDivergence);
    }

    void backtestReplaysWhatTheEngineRecorded()
    {
        BacktestDialog dialog(m_session.get());
        dialog.show();
        const QString note = dialog.findChild<QLabel *>(u"recordedNote"_s)->text();
        QVERIFY2(note.contains(m_remote->address()), qPrintable(note));
        auto *recorded = dialog.findChild<QCheckBox *>(u"recordedCheck"_s);
        auto *prices = dialog.findChild<QCheckBox *>(u"recordedPricesCheck"_s);
        QVERIFY(recorded->isEnabled() && prices->isEnabled());
        dialog.findChild<QCheckBox *>(u"presetsCheck"_s)->setChecked(false);
        recorded->setChecked(true);
        prices->setChecked(true);
        auto *kind = dialog.findChild<QComboBox *>(u"recordedPricesCombo"_s);
        kind->setCurrentIndex(kind->findData(int(backtest::StoredMarkSource::Kind::Ticks)));
        dialog.findChild<QCheckBox *>(u"fromCheck"_s)->setChecked(true);
        dialog.findChild<QCheckBox *>(u"toCheck"_s)->setChecked(true);
        dialog.findChild<QDateTimeEdit *>(u"fromEdit"_s)->setDateTime(QDateTime::fromMSecsSinceEpoch(kStart));
        dialog.findChild<QDateTimeEdit *>(u"toEdit"_s)->setDateTime(QDateTime::fromMSecsSinceEpoch(kStart + 3'600'000));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kWait);
        const QString error = dialog.findChild<QLabel *>(u"errorLabel"_s)->text();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(dialog.comparisonModel()->rowCount(), 1);
        const backtest::VariantResult &r = dialog.comparisonModel()->result(0);
        QCOMPARE(r.liquidations, 2);
        QCOMPARE(r.entries, 2);
        QCOMPARE(r.tranchesCreated, 2);
        // Long 0.01 at 100,000 (fee 0.4), TP at 102,000: 20 − 0.408 − 0.4 = 19.192. Long 1,000 /
        // 101,000 = 0.0099… → 0.009 at 101,000 (fee 0.3636), SL at 90,900: −90.9 − 0.32724 − 0.3636
        // = −91.59084. Together −72.39884.
        QCOMPARE(r.realizedPnl, d(u"-72.39884"));
        QCOMPARE(r.fees, d(u"1.49884")); // 0.4 + 0.408 + 0.3636 + 0.32724
        shoot(dialog, u"backtest"_s);
    }

    void aDayOfTicksComesWholeInPages()
    {
        // A day of one mark a second for ETHUSDT, two days back (outside the replays above).
        const qint64 day = kDayAgo - 86'400'000;
        QList<core::MarkTick> ticks;
        for (qint64 s = 0; s < 86'400; ++s) {
            ticks.append({ u"ETHUSDT"_s, day + s * 1000, core::Decimal::fromInt(3000 + s % 100) });
        }
        QVERIFY(m_rig.host->markStore()->appendTicks(ticks));
        RemoteRecordingFetch fetch;
        QSignalSpy finished(&fetch, &RemoteRecordingFetch::finished);
        QSignalSpy failed(&fetch, &RemoteRecordingFetch::failed);
        RemoteRecordingFetch::Request request;
        request.symbols = { u"ETHUSDT"_s };
        request.from = day;
        request.to = day + 86'400'000;
        request.wantsLiquidations = false;
        request.prices = backtest::StoredMarkSource::Kind::Ticks;
        QElapsedTimer clock;
        clock.start();
        fetch.start(m_remote->client(), request);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 1, kWait);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        // Informational: how long 18 pages of 5,000 marks took on this machine (nothing asserted).
        qInfo("a day of marks (86,400) from the engine in %lld ms", qint64(clock.elapsed()));
        QList<qint64> times;
        for (const auto &open : fetch.sources()) {
            auto source = open();
            QVERIFY(source);
            backtest::MarketEvent e;
            for (auto more = source.value()->next(e); more && more.value(); more = source.value()->next(e)) {
                times << e.time;
            }
        }
        QCOMPARE(times.size(), 86'400);
        QCOMPARE(times.first(), day);
        QCOMPARE(times.last(), day + 86'399'000);
        QVERIFY(std::is_sorted(times.cbegin(), times.cend()));
    }

    void anEngineWithoutTheRecordingsSaysWhyNotFailsSilently()
    {
        // The link down: the window says so instead of offering what it cannot read.
        m_remote->close();
        QTRY_VERIFY_WITH_TIMEOUT(m_remote->link() != RemoteEngine::Link::Up, kWait);
        BacktestDialog dialog(m_session.get());
        const QString note = dialog.findChild<QLabel *>(u"recordedNote"_s)->text();
        QVERIFY2(note.contains(u"down"_s), qPrintable(note));
        QVERIFY(!dialog.findChild<QCheckBox *>(u"recordedCheck"_s)->isEnabled());
    }
};

} // namespace trd::ui

QTEST_MAIN(trd::ui::TestRemoteTools)
#include "tst_remote_tools.moc"
