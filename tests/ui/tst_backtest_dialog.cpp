// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → Backtest… driven as a trader would: the bundled Binance BTCUSDT klines and forceOrder
// recordings of 2024-12-04…06 (tests/data/PROVENANCE.md; last-price candles, so the mark path
// inside a minute is the model's, not the exchange's), the four strategy presets, a run to the
// end, Cancel, Apply and the exports.
#include "SqliteLiquidationStore.h"
#include "SqliteMarkStore.h"
#include "UiTestRig.h"
#include "backtest/BacktestDialog.h"
#include "backtest/BacktestPlan.h"
#include "backtest/EquityComparisonChart.h"
#include "backtest/VariantComparisonModel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "common/UiRoles.h"
#include "config/ConfigLoader.h"
#include "mainwindow/MainWindow.h"
#include "settings/StrategyPresets.h"
#include "tranches/TrancheTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDirIterator>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace trd;
using namespace trd::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 300'000; // four replays of two days on a loaded 2-core machine

// BTCUSDT only: 100 USDT at 10x on every liquidation of 10,000 USDT or more, TP 1 %, SL 12 %
// (beyond every preset's isolation threshold, so the presets differ).
const QByteArray kConfig = R"({ "symbols": { "BTCUSDT": {
    "enableTrancheManagement": true, "tradeSize": "100", "leverage": 10, "tpPercent": "1", "slPercent": "12",
    "trancheIsolationThreshold": "5", "longVolumeThresholdUSDT": "10000", "shortVolumeThresholdUSDT": "10000",
    "orderType": "MARKET", "maxTranches": 3, "closingStrategy": "LIFO" } },
  "global": { "paperMode": true, "positionMode": "HEDGE", "maxOpenPositions": 5 } })"_ba;

core::AppConfig testConfig()
{
    auto config = core::ConfigLoader::fromJson(kConfig);
    if (!config) {
        qFatal("config: %s", qPrintable(config.error().message));
    }
    return config.value();
}

QString dataFile(const char *name)
{
    const QString path = QStringLiteral(TRD_TEST_DATA_DIR) + u'/' + QString::fromLatin1(name);
    if (!QFileInfo::exists(path)) {
        qFatal("missing fixture %s", qPrintable(path));
    }
    return path;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    return files;
}

} // namespace

class TestBacktestDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::UiTestRig> m_rig;
    std::unique_ptr<BacktestDialog> m_dialog;

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no %s in the Backtest window", name);
        }
        return widget;
    }

    QAbstractItemModel *table() const { return child<QTableView>("comparisonTable")->model(); }

    void runToTheEnd()
    {
        QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isRunning(), kRunTimeoutMs);
        QCOMPARE(child<QLabel>("errorLabel")->text(), QString());
    }

    // TRD_BACKTEST_SHOTS=DIR saves each page as the trader sees it (TRD_BACKTEST_THEME: dark or light;
    // TRD_BACKTEST_SHOT_SIZE: the window as WxH; TRD_BACKTEST_SHOT_WIDTH: the image scaled to a width).
    void saveShots(const QString &stage)
    {
        const QString dir = qEnvironmentVariable("TRD_BACKTEST_SHOTS");
        if (dir.isEmpty()) {
            return;
        }
        if (const QString size = qEnvironmentVariable("TRD_BACKTEST_SHOT_SIZE"); !size.isEmpty()) {
            m_dialog->resize(size.section(u'x', 0, 0).toInt(), size.section(u'x', 1, 1).toInt());
        }
        auto *tabs = child<QTabWidget>("tabs");
        auto *details = child<QTabWidget>("detailTabs");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const int detailCount = tabs->currentWidget()->objectName() == u"resultsPage"_s ? details->count() : 1;
            for (int detail = 0; detail < detailCount; ++detail) {
                details->setCurrentIndex(detail);
                QTest::qWait(50); // let the charts lay out before the grab
                const QString name = u"%1/backtest-%2-%3%4.png"_s.arg(dir, stage, tabs->currentWidget()->objectName(),
                    detailCount > 1 ? u"-"_s + details->currentWidget()->objectName() : QString());
                QImage image = m_dialog->grab().toImage();
                if (const int width = qEnvironmentVariableIntValue("TRD_BACKTEST_SHOT_WIDTH"); width > 0) {
                    image = image.scaledToWidth(width, Qt::SmoothTransformation); // the user guide's width
                }
                QVERIFY(image.save(name));
            }
        }
        tabs->setCurrentWidget(child<QWidget>("resultsPage"));
        details->setCurrentIndex(0);
    }

    int rowNamed(const QString &name) const
    {
        for (int row = 0; row < table()->rowCount(); ++row) {
            if (table()->index(row, VariantComparisonModel::NameColumn).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Four replays log every tranche they open and close.
        QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s);
        m_rig = std::make_unique<test::UiTestRig>(testConfig());
        if (const QString theme = qEnvironmentVariable("TRD_BACKTEST_THEME"); !theme.isEmpty()) {
            Theme::apply(theme);
        }
        m_dialog = std::make_unique<BacktestDialog>(m_rig->session.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        for (const char *name :
            { "binance-btcusdt-klines-1m-2024-12-04_06.csv", "binance-btcusdt-liquidations-2024-12-04_06.csv" }) {
            FileDialog::setNextFileName(dataFile(name));
            QTest::mouseClick(child<QPushButton>("addFileButton"), Qt::LeftButton);
        }
        auto *inputs = child<QTableWidget>("inputTable");
        QCOMPARE(inputs->rowCount(), 2);
        // Kinds, rows and time ranges come from reading each file in the background.
        QTRY_COMPARE_WITH_TIMEOUT(inputs->item(0, 1)->text(), u"candles"_s, kRunTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(inputs->item(1, 1)->text(), u"liquidations"_s, kRunTimeoutMs);
        QCOMPARE(inputs->item(0, 2)->text(), QLocale().toString(3016));
        QCOMPARE(inputs->item(1, 2)->text(), QLocale().toString(1844));
        QVERIFY(!inputs->item(0, 3)->text().isEmpty());
        child<QCheckBox>("presetsCheck")->setChecked(true);
        QVERIFY(child<QLabel>("variantCountLabel")->text().contains(u'4'));
    }

    void theFormFollowsTheDataAndTheKey()
    {
        // The replay's bounds start at the data's first and last times.
        QCOMPARE(child<QDateTimeEdit>("fromEdit")->dateTime().toMSecsSinceEpoch(), 1'733'328'000'000);
        // What the chosen key accepts is said where its values are typed.
        auto *keys = child<QComboBox>("keyCombo");
        keys->setCurrentIndex(keys->findData(u"closingStrategy"_s));
        QVERIFY(child<QLineEdit>("valuesEdit")->placeholderText().contains(u"WORST_FIRST"_s));
        keys->setCurrentIndex(keys->findData(u"allowTrancheWhileIsolated"_s));
        QVERIFY(child<QLineEdit>("valuesEdit")->placeholderText().contains(u"true, false"_s));
        // A value out of range is refused when it is added, naming the key.
        keys->setCurrentIndex(keys->findData(u"maxTranches"_s));
        QTest::keyClicks(child<QLineEdit>("valuesEdit"), u"2, 0"_s);
        QTest::mouseClick(child<QPushButton>("addVaryButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>("errorLabel")->text().contains(u"maxTranches"_s));
        QCOMPARE(child<QTableWidget>("varyTable")->rowCount(), 0);
        child<QLineEdit>("valuesEdit")->clear();
    }

    void cancelLeavesTheWindowUsableAndWritesNothing()
    {
        const QStringList before = filesUnder(m_rig->dir.path()) + filesUnder(QDir::currentPath());
        QTest::mouseClick(child<QPushButton>("runButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isRunning());
        QVERIFY(child<QPushButton>("cancelButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        // Free at once: the worker winds down on its own.
        QVERIFY(!m_dialog->isRunning());
        QVERIFY(child<QPushButton>("runButton")->isEnabled());
        QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
        QVERIFY(child<QWidget>("dataPage")->isEnabled());
        QVERIFY(child<QLabel>("remainingLabel")->text().contains(u"Cancelled"_s));
        QCOMPARE(table()->rowCount(), 0);
        QVERIFY(!child<QPushButton>("exportCsvButton")->isEnabled());
        QCOMPARE(filesUnder(m_rig->dir.path()) + filesUnder(QDir::currentPath()), before);
    }

    void fourPresetsRunToATableAndCharts()
    {
        runToTheEnd();
        QCOMPARE(table()->rowCount(), 4);
        QStringList names;
        for (const StrategyPreset &preset : StrategyPresets::all()) {
            names.append(preset.name);
            QVERIFY2(rowNamed(preset.name) >= 0, qPrintable(preset.name));
        }
        QAbstractItemModelTester tester(
            m_dialog->comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every preset traded on these two days.
        for (int row = 0; row < 4; ++row) {
            QVERIFY(table()->index(row, VariantComparisonModel::EntriesColumn).data(RawRole).toDouble() > 0);
        }

        // Sorting by a header click follows the numbers, not their text.
        auto *view = child<QTableView>("comparisonTable");
        for (int column : { int(VariantComparisonModel::NetColumn), int(VariantComparisonModel::TranchesColumn) }) {
            view->sortByColumn(column, Qt::AscendingOrder);
            for (int row = 1; row < 4; ++row) {
                QVERIFY(table()->index(row - 1, column).data(RawRole).toDouble()
                    <= table()->index(row, column).data(RawRole).toDouble());
            }
            view->sortByColumn(column, Qt::DescendingOrder);
            for (int row = 1; row < 4; ++row) {
                QVERIFY(table()->index(row - 1, column).data(RawRole).toDouble()
                    >= table()->index(row, column).data(RawRole).toDouble());
            }
        }

        EquityComparisonChart *chart = m_dialog->chart();
        QCOMPARE(chart->equitySeries().size(), 4);
        QCOMPARE(chart->drawdownSeries().size(), 4);
        QStringList seriesNames;
        for (QLineSeries *series : chart->equitySeries()) {
            QVERIFY(series->count() > 1);
            seriesNames.append(series->name());
        }
        QCOMPARE(seriesNames, names);

        // The chosen variant's tranches in the dashboard's tranche model.
        view->selectRow(0);
        const int row = view->currentIndex().row();
        const auto entries
            = qint64(table()->index(row, VariantComparisonModel::TranchesColumn).data(RawRole).toDouble());
        QTRY_COMPARE(qint64(m_dialog->trancheModel()->rowCount()), entries);
        QTRY_VERIFY(child<QTableView>("eventTable")->model()->rowCount() > 0);
        saveShots(u"done"_s);
    }

    void exportsWriteOnlyWhenAsked()
    {
        QTemporaryDir out;
        FileDialog::setNextFileName(out.path());
        QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
        QFile comparison(out.filePath(u"comparison.csv"_s));
        QVERIFY(comparison.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = comparison.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.first().startsWith("id,variant,overrides,status,entries"));
        QVERIFY(QFileInfo::exists(out.filePath(u"summary.json"_s)));
        for (const char *file : { "v0/tranches.csv", "v0/events.csv", "v3/equity.csv" }) {
            QVERIFY2(QFileInfo::exists(out.filePath(QString::fromLatin1(file))), file);
        }
        const QString png = out.filePath(u"charts.png"_s);
        FileDialog::setNextFileName(png);
        QTest::mouseClick(child<QPushButton>("exportPngButton"), Qt::LeftButton);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 200);
    }

    void applyAsksWithTheChangesThenSetsTheConfiguration()
    {
        auto *view = child<QTableView>("comparisonTable");
        const int conservative = rowNamed(u"Conservative"_s);
        QVERIFY(conservative >= 0);
        view->selectRow(conservative);

        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(u"symbols.BTCUSDT.maxTranches: 3 → 2"_s));
        QVERIFY(MessageBox::lastText().contains(u"allowTrancheWhileIsolated"_s));
        QCOMPARE(m_rig->session->config().symbol(u"BTCUSDT"_s).maxTranches, 3);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
        const core::SymbolConfig applied = m_rig->session->config().symbol(u"BTCUSDT"_s);
        QCOMPARE(applied.maxTranches, 2);
        QCOMPARE(applied.maxIsolatedTranches, 1);
        QCOMPARE(applied.allowTrancheWhileIsolated, false);
        QCOMPARE(applied.trancheIsolationThreshold, core::Decimal::fromInt(7));
        // Only the preset's keys changed.
        QCOMPARE(applied.tpPercent, core::Decimal::fromInt(1));
        QVERIFY(QFileInfo::exists(m_rig->session->configPath()));
    }

    void replaysWhatTheAppRecorded()
    {
        // An hour of BTCUSDT mark candles around 100,000 and two liquidations of 1 BTC in the
        // session's own store, as markRecording and the liquidation feed keep them.
        const qint64 start = 1'733'328'000'000; // 2024-12-04T16:00Z
        {
            auto marks = storage::SqliteMarkStore::create(m_rig->store->database());
            auto liquidations = storage::SqliteLiquidationStore::create(m_rig->store->database());
            QVERIFY(marks && liquidations);
            QList<core::MarkCandle> candles;
            for (int minute = 0; minute < 60; ++minute) {
                const auto mid = core::Decimal::fromInt(100'000 - 40 * (minute % 10));
                candles.append({ u"BTCUSDT"_s, start + minute * core::MarkCandle::kIntervalMs, mid,
                    mid + core::Decimal::fromInt(30), mid - core::Decimal::fromInt(30), mid, {} });
            }
            QVERIFY(marks.value()->saveCandles(core::MarkCandle::Source::Mark, candles));
            for (int minute : { 10, 30 }) {
                core::Liquidation l;
                l.symbol = u"BTCUSDT"_s;
                l.side = core::OrderSide::Sell;
                l.price = core::Decimal::fromInt(99'900);
                l.averagePrice = l.price;
                l.quantity = core::Decimal::fromInt(1);
                l.time = start + minute * core::MarkCandle::kIntervalMs + 30'000;
                QVERIFY(liquidations.value()->appendLiquidation(l));
            }
        }
        BacktestDialog dialog(m_rig->session.get());
        auto *note = dialog.findChild<QLabel *>(u"recordedNote"_s);
        QVERIFY2(note->text().contains(u"liquidations are recorded"_s, Qt::CaseInsensitive), qPrintable(note->text()));
        QVERIFY(note->text().contains(u"mark candles since"_s));
        auto *run = dialog.findChild<QPushButton *>(u"runButton"_s);
        // Liquidations alone give no prices: refused before anything runs.
        dialog.findChild<QCheckBox *>(u"recordedCheck"_s)->setChecked(true);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"needs prices"_s));
        dialog.findChild<QCheckBox *>(u"recordedPricesCheck"_s)->setChecked(true);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kRunTimeoutMs);
        QCOMPARE(dialog.findChild<QLabel *>(u"errorLabel"_s)->text(), QString());
        QCOMPARE(dialog.comparisonModel()->rowCount(), 1);
        QCOMPARE(dialog.comparisonModel()->result(0).liquidations, 2);
        QCOMPARE(dialog.comparisonModel()->result(0).entries, 2);
    }

    void aBadRowStopsTheRunAndShowsNothing()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"candles.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("time,open,high,low,close\n"
                   "1733328000000,100000,100050,99950,100010\n"
                   "1733328060000,100010,not-a-price,99960,100020\n"
                   "1733328120000,100020,100070,99970,100030\n");
        file.close();
        BacktestDialog dialog(m_rig->session.get());
        dialog.addInputFile(file.fileName());
        auto *inputs = dialog.findChild<QTableWidget *>(u"inputTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(inputs->item(0, 1)->text(), u"candles"_s, kRunTimeoutMs);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kRunTimeoutMs);
        const QString error = dialog.findChild<QLabel *>(u"errorLabel"_s)->text();
        QVERIFY2(error.contains(u"candles.csv"_s) && error.contains(u'3'), qPrintable(error));
        QCOMPARE(dialog.comparisonModel()->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"applyButton"_s)->isEnabled());
    }

    void toolsMenuOpensOneBacktestWindow()
    {
        MainWindow window(m_rig->session.get());
        auto *action = window.findChild<QAction *>(u"backtestAction"_s);
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(window.findChild<BacktestDialog *>() && window.findChild<BacktestDialog *>()->isVisible());
        action->trigger();
        QCOMPARE(window.findChildren<BacktestDialog *>().size(), 1);
    }

    void planCrossesPresetsWithTheVariedKeys()
    {
        QList<BacktestPlan::Preset> presets;
        for (const StrategyPreset &preset : StrategyPresets::all()) {
            presets.append({ preset.name, preset.values });
        }
        auto vary = backtest::VariantGrid::parseVary(u"tpPercent=1,2"_s);
        QVERIFY(vary);
        auto entries = BacktestPlan::build(testConfig(), presets, { vary.value() });
        QVERIFY2(entries, entries ? "" : qPrintable(entries.error().message));
        QCOMPARE(entries->size(), 8);
        QCOMPARE(BacktestPlan::count(4, { vary.value() }), 8);
        QCOMPARE(entries->at(1).name, u"Aggressive Scalping · tpPercent=2"_s);
        QCOMPARE(entries->at(7).variant.id, u"v7"_s);
        QCOMPARE(entries->at(7).variant.config.symbol(u"BTCUSDT"_s).maxTranches, 2);
        QCOMPARE(entries->at(7).variant.overrides.size(), 5);

        auto bad = backtest::VariantGrid::parseVary(u"maxTranches=0"_s);
        QVERIFY(bad);
        auto refused = BacktestPlan::build(testConfig(), {}, { bad.value() });
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"maxTranches"_s));
        QVERIFY(BacktestPlan::variableKeys().contains(u"closingStrategy"_s));
        QVERIFY(BacktestPlan::variableKeys().contains(u"paperSlippageBps"_s));
    }
};

QTEST_MAIN(TestBacktestDialog)
#include "tst_backtest_dialog.moc"
