// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → Backtest… driven as a trader would: the bundled Binance BTCUSDT klines and forceOrder
// recordings of 2024-12-04…06 (tests/data/PROVENANCE.md; last-price candles, so the mark path
// inside a minute is the model's, not the exchange's), the four strategy presets, a run to the
// end, Cancel, Apply and the exports.
#include "UiTestRig.h"
#include "backtest/BacktestDialog.h"
#include "backtest/BacktestPlan.h"
#include "backtest/EquityComparisonChart.h"
#include "backtest/VariantComparisonModel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/UiRoles.h"
#include "config/ConfigLoader.h"
#include "settings/StrategyPresets.h"
#include "tranches/TrancheTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QPushButton>
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
