// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteLiquidationStore.h"
#include "UiTestRig.h"
#include "common/UiRoles.h"
#include "hunter/LiquidationHunter.h"
#include "liquidations/LiquidationFilterProxy.h"
#include "liquidations/LiquidationTableModel.h"
#include "liquidations/LiquidationView.h"
#include "mainwindow/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {

core::Liquidation liquidation(
    const QString &symbol, core::OrderSide side, const char *price, const char *quantity, qint64 time)
{
    core::Liquidation l;
    l.symbol = symbol;
    l.side = side;
    l.price = l.averagePrice = core::Decimal::fromString(QString::fromLatin1(price));
    l.quantity = core::Decimal::fromString(QString::fromLatin1(quantity));
    l.time = time;
    return l;
}

} // namespace

// Issue 4: every liquidation from the stream is shown and stored, traded symbol or not.
class TstLiquidationFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newestFirstInBatchesAndCapped();
    void everyLiquidationIsStoredAndShownAgainAfterARestart();
    void filtersTradedOnlyMinimumVolumeAndSymbol();
    void theMainWindowHasAFeedDock();
};

void TstLiquidationFeed::newestFirstInBatchesAndCapped()
{
    LiquidationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(2);
    model.setTradedSymbols({ u"BTCUSDT"_s });
    model.append(liquidation(u"BTCUSDT"_s, core::OrderSide::Sell, "50000", "0.5", 1000));
    model.append(liquidation(u"DOGEUSDT"_s, core::OrderSide::Buy, "0.1", "1000", 2000));
    // A cascade comes in a batch, not a row at a time.
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LiquidationTableModel::SymbolColumn).data().toString(), u"DOGEUSDT"_s);
    QCOMPARE(model.index(0, LiquidationTableModel::LiquidatedColumn).data().toString(), u"SHORTS"_s);
    QCOMPARE(model.index(1, LiquidationTableModel::LiquidatedColumn).data().toString(), u"LONGS"_s);
    QCOMPARE(model.index(1, LiquidationTableModel::VolumeColumn).data().toString(), u"25000.00"_s);
    QCOMPARE(model.index(1, LiquidationTableModel::TradedColumn).data(LiquidationTableModel::IsTradedRole), true);
    QCOMPARE(model.index(0, LiquidationTableModel::TradedColumn).data(LiquidationTableModel::IsTradedRole), false);
    // Past the capacity the oldest leave the view (the store keeps them).
    model.append(liquidation(u"ETHUSDT"_s, core::OrderSide::Sell, "3000", "2", 3000));
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.liquidation(0).symbol, u"ETHUSDT"_s);
    QCOMPARE(model.liquidation(1).symbol, u"DOGEUSDT"_s);
}

void TstLiquidationFeed::everyLiquidationIsStoredAndShownAgainAfterARestart()
{
    test::UiTestRig rig;
    auto store = storage::SqliteLiquidationStore::create(rig.store->database());
    QVERIFY(store);
    core::LiquidationHunter hunter(rig.manager.get(), rig.exchange.get(), &rig.clock);
    hunter.setConfig(rig.manager->config());
    hunter.setLiquidationStore(store.value().get());
    hunter.setPaused(true); // the feed is what is tested here, not the entries
    LiquidationTableModel model;
    connect(&hunter, &core::LiquidationHunter::liquidationSeen, &model, &LiquidationTableModel::append);
    const qint64 now = rig.clock.nowMs();
    hunter.onLiquidation(liquidation(u"BTCUSDT"_s, core::OrderSide::Sell, "50000", "0.2", now));
    // A symbol nobody trades is shown and kept too.
    hunter.onLiquidation(liquidation(u"PEPEUSDT"_s, core::OrderSide::Buy, "0.00001", "90000000", now + 1));
    model.flush();
    QCOMPARE(model.rowCount(), 2);

    LiquidationTableModel reopened;
    reopened.load(store.value().get());
    QCOMPARE(reopened.rowCount(), 2);
    QCOMPARE(reopened.liquidation(0).symbol, u"PEPEUSDT"_s);
    QCOMPARE(reopened.liquidation(0).quantity, core::Decimal::fromString(u"90000000"_s));
    QCOMPARE(reopened.liquidation(1).price, core::Decimal::fromString(u"50000"_s));
}

void TstLiquidationFeed::filtersTradedOnlyMinimumVolumeAndSymbol()
{
    LiquidationTableModel model;
    model.setTradedSymbols({ u"BTCUSDT"_s, u"ETHUSDT"_s });
    model.append(liquidation(u"BTCUSDT"_s, core::OrderSide::Sell, "50000", "1", 1000)); // 50,000
    model.append(liquidation(u"ETHUSDT"_s, core::OrderSide::Buy, "3000", "1", 2000)); // 3,000
    model.append(liquidation(u"SOLUSDT"_s, core::OrderSide::Sell, "150", "100", 3000)); // 15,000
    model.flush();
    LiquidationView view(&model);
    LiquidationFilterProxy *proxy = view.proxy();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy->rowCount(), 3);
    view.findChild<QCheckBox *>(u"liquidationTradedOnly"_s)->setChecked(true);
    QCOMPARE(proxy->rowCount(), 2);
    proxy->setMinimumVolume(10'000);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, LiquidationTableModel::SymbolColumn).data().toString(), u"BTCUSDT"_s);
    view.findChild<QCheckBox *>(u"liquidationTradedOnly"_s)->setChecked(false);
    QCOMPARE(proxy->rowCount(), 2);
    proxy->setSymbolText(u"sol"_s);
    QCOMPARE(proxy->rowCount(), 1);
    // Sorting by volume reads the numbers, not their text.
    proxy->setSymbolText({});
    proxy->setMinimumVolume(0);
    proxy->sort(LiquidationTableModel::VolumeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, LiquidationTableModel::SymbolColumn).data().toString(), u"BTCUSDT"_s);
    QCOMPARE(proxy->index(1, LiquidationTableModel::SymbolColumn).data().toString(), u"SOLUSDT"_s);
    QCOMPARE(proxy->index(2, LiquidationTableModel::SymbolColumn).data().toString(), u"ETHUSDT"_s);
}

void TstLiquidationFeed::theMainWindowHasAFeedDock()
{
    test::UiTestRig rig;
    auto store = storage::SqliteLiquidationStore::create(rig.store->database());
    QVERIFY(store);
    QVERIFY(store.value()->appendLiquidation(
        liquidation(u"XRPUSDT"_s, core::OrderSide::Sell, "0.5", "20000", rig.clock.nowMs())));
    rig.session->setLiquidationStore(store.value().get());
    MainWindow w(rig.session.get());
    w.loadData();
    auto *dock = w.findChild<QDockWidget *>(u"liquidationsDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->widget(), static_cast<QWidget *>(w.liquidations()));
    QCOMPARE(w.liquidationModel()->rowCount(), 1);
    QCOMPARE(w.liquidationModel()->liquidation(0).symbol, u"XRPUSDT"_s);
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstLiquidationFeed)
#include "tst_liquidation_feed.moc"
