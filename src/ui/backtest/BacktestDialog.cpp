// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestDialog.h"

#include "BacktestCommand.h"
#include "MemoryTrancheStore.h"
#include "backtest/BacktestExport.h"
#include "backtest/BacktestJob.h"
#include "backtest/BacktestPlan.h"
#include "backtest/EquityComparisonChart.h"
#include "backtest/RecordedSources.h"
#include "backtest/RemoteRecordingFetch.h"
#include "backtest/VariantComparisonModel.h"
#include "common/DataTable.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ScreenFit.h"
#include "common/UiFormat.h"
#include "common/UiRoles.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "settings/ConfigForm.h"
#include "settings/KeyHelp.h"
#include "settings/StrategyPresets.h"
#include "store/LiquidationStore.h"
#include "timeline/EventFilterProxy.h"
#include "timeline/EventTableModel.h"
#include "tranches/TrancheFilterProxy.h"
#include "tranches/TrancheTableModel.h"
#include "ui_BacktestDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

using backtest::BacktestSpec;
using backtest::MarketFileReader;

namespace {

enum InputColumn
{
    FileColumn,
    KindColumn,
    RowsColumn,
    FromColumn,
    ToColumn
};

QString kindLabel(MarketFileReader::Kind kind)
{
    switch (kind) {
    case MarketFileReader::Kind::Candles:
        return BacktestDialog::tr("candles", "input kind");
    case MarketFileReader::Kind::Ticks:
        return BacktestDialog::tr("price ticks", "input kind");
    case MarketFileReader::Kind::Liquidations:
        return BacktestDialog::tr("liquidations", "input kind");
    case MarketFileReader::Kind::Funding:
        return BacktestDialog::tr("funding rates", "input kind");
    }
    return {};
}

bool isPriceKind(int kind)
{
    return kind == int(MarketFileReader::Kind::Candles) || kind == int(MarketFileReader::Kind::Ticks);
}

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60) {
        return BacktestDialog::tr("about %n s left", nullptr, int(s));
    }
    return BacktestDialog::tr("about %n min left", nullptr, int((s + 59) / 60));
}

} // namespace

BacktestDialog::BacktestDialog(DeskSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BacktestDialog>())
    , m_session(session)
    , m_job(new BacktestJob(this))
    , m_comparison(new VariantComparisonModel(this))
    , m_comparisonProxy(new QSortFilterProxyModel(this))
    , m_chart(new EquityComparisonChart(this))
    , m_trancheModel(new TrancheTableModel(nullptr, this))
    , m_trancheProxy(new TrancheFilterProxy(TrancheFilterProxy::View::All, this))
    , m_eventProxy(new EventFilterProxy(this))
{
    m_ui->setupUi(this);
    // The scrolling pages keep the tab's own background.
    for (QScrollArea *scroll : { m_ui->dataScroll, m_ui->variantsScroll }) {
        scroll->viewport()->setAutoFillBackground(false);
        scroll->widget()->setAutoFillBackground(false);
    }
    setWindowTitle(tr("Backtest"));
    m_ui->errorLabel->setStyleSheet(u"color: %1;"_s.arg(UiFormat::lossColor().name()));
    m_ui->errorLabel->hide();
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setTextVisible(true);
    m_ui->progressBar->setFormat(u"%p%"_s);
    setUpData();
    setUpVariants();
    setUpResults();
    connect(m_ui->runButton, &QPushButton::clicked, this, &BacktestDialog::run);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BacktestDialog::cancelRun);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &BacktestDialog::reject);
    connect(m_job, &BacktestJob::progressed, this, [this](double fraction, qint64 remainingMs) {
        m_ui->progressBar->setValue(int(fraction * 1000));
        m_ui->remainingLabel->setText(remainingMs < 0 ? tr("estimating…") : durationText(remainingMs));
    });
    connect(m_job, &BacktestJob::finished, this, &BacktestDialog::showResults);
    connect(m_job, &BacktestJob::failed, this, [this](const QString &message) {
        setRunning(false);
        showError(message);
    });
    connect(m_job, &BacktestJob::cancelled, this, [this] {
        setRunning(false);
        m_ui->progressBar->setValue(0);
        m_ui->remainingLabel->setText(tr("Cancelled; nothing was written."));
    });
    setRunning(false);
    ScreenFit::fit(this, QSize(1280, 860));
}

BacktestDialog::~BacktestDialog() = default;

void BacktestDialog::setUpData()
{
    QTableWidget *inputs = m_ui->inputTable;
    inputs->setColumnCount(5);
    inputs->setHorizontalHeaderLabels({ tr("File", "backtest input column"), tr("Kind", "backtest input column"),
        tr("Rows", "backtest input column"), tr("From", "backtest input column"), tr("To", "backtest input column") });
    inputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    inputs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    inputs->verticalHeader()->hide();
    inputs->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    for (int c = KindColumn; c <= ToColumn; ++c) {
        inputs->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_ui->addFileButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Add recorded market data"), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            addInputFile(path);
        }
    });
    connect(m_ui->removeFileButton, &QPushButton::clicked, this, &BacktestDialog::removeSelectedFiles);

    const RecordedSources recorded(m_session ? m_session->store() : nullptr);
    RemoteEngine *remote = m_session ? m_session->remote() : nullptr;
    const bool offersRecorded = remote ? RemoteRecordingFetch::isOffered(*remote) : recorded.isAvailable();
    m_ui->recordedCheck->setEnabled(offersRecorded);
    m_ui->recordedPricesCheck->setEnabled(offersRecorded);
    m_ui->recordedPricesCombo->addItem(tr("marks, every second"), int(backtest::StoredMarkSource::Kind::Ticks));
    m_ui->recordedPricesCombo->addItem(
        tr("1-minute candles of the marks"), int(backtest::StoredMarkSource::Kind::MarkCandles));
    m_ui->recordedPricesCombo->addItem(
        tr("downloaded 1-minute klines"), int(backtest::StoredMarkSource::Kind::KlineCandles));
    m_ui->recordedPricesCombo->setCurrentIndex(1); // what markRecording keeps by default
    m_ui->recordedPricesCombo->setEnabled(false);
    connect(m_ui->recordedPricesCheck, &QCheckBox::toggled, m_ui->recordedPricesCombo, &QWidget::setEnabled);
    m_ui->recordedNote->setText(remote ? RemoteRecordingFetch::describe(*remote) : recorded.describe());
    if (remote) {
        setUpEngineRecordings();
    }

    const QStringList symbols = m_session ? m_session->config().symbols.keys() : QStringList();
    m_ui->symbolEdit->setText(symbols.value(0));
    m_ui->symbolEdit->setToolTip(tr("Configured symbols: %1").arg(symbols.join(u", "_s)));
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->fromEdit->setDateTime(now.addDays(-7));
    m_ui->toEdit->setDateTime(now);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    const core::Decimal balance
        = m_session ? m_session->config().global.paperStartingBalanceUSDT : core::Decimal::fromInt(10000);
    m_ui->balanceEdit->setText(balance.toString());
    connect(m_ui->exchangeInfoButton, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialog::openFileName(this, tr("Exchange info"), tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            m_ui->exchangeInfoEdit->setText(path);
        }
    });
}

void BacktestDialog::setUpVariants()
{
    QStringList presetNames;
    for (const StrategyPreset &preset : StrategyPresets::all()) {
        presetNames.append(preset.name);
    }
    m_ui->presetsList->setText(tr("%1. Each sets the isolation threshold, the tranche limits and whether new tranches "
                                  "open while one is isolated, as in the Settings dialog.")
                                   .arg(presetNames.join(u", "_s)));
    connect(m_ui->presetsCheck, &QCheckBox::toggled, this, &BacktestDialog::updateVariantCount);
    for (const QString &key : BacktestPlan::variableKeys()) {
        m_ui->keyCombo->addItem(u"%1 — %2"_s.arg(KeyHelp::label(key), key), key);
    }
    m_ui->keyCombo->setMaxVisibleItems(20);
    // What the chosen key accepts, where the values are typed.
    auto showAllowed = [this] {
        const QString key = m_ui->keyCombo->currentData().toString();
        const QStringList choices = core::ConfigValidator::allowedValues(key);
        QString allowed;
        if (!choices.isEmpty()) {
            allowed = choices.join(u", "_s);
        } else if (const auto range = core::ConfigValidator::rangeOf(key)) {
            allowed = ConfigForm::rangeInWords(*range);
        } else if (BacktestPlan::isBooleanKey(key)) {
            allowed = u"true, false"_s;
        }
        m_ui->valuesEdit->setPlaceholderText(
            allowed.isEmpty() ? tr("values, comma-separated") : tr("values, comma-separated (%1)").arg(allowed));
        m_ui->valuesEdit->setToolTip(KeyHelp::text(key));
    };
    connect(m_ui->keyCombo, &QComboBox::currentIndexChanged, this, showAllowed);
    showAllowed();
    QTableWidget *varies = m_ui->varyTable;
    varies->setColumnCount(2);
    varies->setHorizontalHeaderLabels({ tr("Setting", "backtest vary column"), tr("Values", "backtest vary column") });
    varies->setSelectionBehavior(QAbstractItemView::SelectRows);
    varies->setEditTriggers(QAbstractItemView::NoEditTriggers);
    varies->verticalHeader()->hide();
    varies->horizontalHeader()->setStretchLastSection(true);
    auto add = [this] { addVary(m_ui->keyCombo->currentData().toString(), m_ui->valuesEdit->text()); };
    connect(m_ui->addVaryButton, &QPushButton::clicked, this, add);
    connect(m_ui->valuesEdit, &QLineEdit::returnPressed, this, add);
    connect(m_ui->removeVaryButton, &QPushButton::clicked, this, &BacktestDialog::removeSelectedVaries);
    updateVariantCount();
}

void BacktestDialog::setUpResults()
{
    m_comparisonProxy->setSourceModel(m_comparison);
    m_comparisonProxy->setSortRole(RawRole);
    DataTable::setUp(m_ui->comparisonTable, m_comparisonProxy, u"comparisonTable"_s);
    m_ui->comparisonTable->setSortingEnabled(true);
    m_ui->comparisonTable->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_ui->comparisonTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    // The overrides can be long (a preset sets four keys): cut to a width, whole in the tooltip.
    header->setSectionResizeMode(VariantComparisonModel::OverridesColumn, QHeaderView::Interactive);
    header->resizeSection(VariantComparisonModel::OverridesColumn, 200);
    m_ui->comparisonTable->setTextElideMode(Qt::ElideRight);
    connect(m_ui->comparisonTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            showVariant(current.isValid() ? m_comparisonProxy->mapToSource(current).row() : -1);
        });
    m_ui->chartsPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_ui->chartsPage->layout()->addWidget(m_chart);
    m_trancheProxy->setSourceModel(m_trancheModel);
    DataTable::setUp(m_ui->trancheTable, m_trancheProxy, u"trancheTable"_s);
    m_ui->trancheTable->setSortingEnabled(true);
    m_ui->trancheTable->sortByColumn(TrancheTableModel::IdColumn, Qt::AscendingOrder);
    DataTable::setUp(m_ui->eventTable, m_eventProxy, u"eventTable"_s);
    m_ui->eventTable->horizontalHeader()->setStretchLastSection(true);
    // Room for a handful of variants above the charts; the splitter moves for more.
    m_ui->resultsSplitter->setSizes({ 190, 520 });
    m_ui->resultsNote->setToolTip(backtest::BacktestRunner::modelDescription());
    connect(
        m_trancheModel, &TrancheTableModel::historyLoaded, m_ui->trancheTable, &QTableView::resizeColumnsToContents);
    m_ui->resultsNote->setText(tr("Run a backtest to compare its variants here."));
    connect(m_ui->applyButton, &QPushButton::clicked, this, &BacktestDialog::applySelected);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &BacktestDialog::exportTables);
    connect(m_ui->exportPngButton, &QPushButton::clicked, this, &BacktestDialog::exportCharts);
}

void BacktestDialog::addInputFile(const QString &path)
{
    const QString file = QDir::cleanPath(path);
    if (m_files.contains(file)) {
        return;
    }
    m_files.append(file);
    QTableWidget *inputs = m_ui->inputTable;
    const int row = inputs->rowCount();
    inputs->insertRow(row);
    auto *name = new QTableWidgetItem(QDir::toNativeSeparators(file));
    name->setData(Qt::UserRole, file);
    name->setToolTip(QDir::toNativeSeparators(file));
    inputs->setItem(row, FileColumn, name);
    inputs->setItem(row, KindColumn, new QTableWidgetItem(tr("reading…")));
    // Each file is read on its own worker, so a large one never holds up the window.
    auto *inspector = new BacktestJob(this);
    connect(inspector, &BacktestJob::finished, this, [this, file, inspector] { showInspection(file, inspector, {}); });
    connect(inspector, &BacktestJob::failed, this,
        [this, file, inspector](const QString &error) { showInspection(file, inspector, error); });
    BacktestSpec spec;
    spec.files = { file };
    spec.defaultSymbol = m_ui->symbolEdit->text().trimmed().toUpper();
    inspector->start(spec, true);
}

void BacktestDialog::showInspection(const QString &path, BacktestJob *job, const QString &error)
{
    job->deleteLater();
    QTableWidget *inputs = m_ui->inputTable;
    for (int row = 0; row < inputs->rowCount(); ++row) {
        if (inputs->item(row, FileColumn)->data(Qt::UserRole).toString() != path) {
            continue;
        }
        if (!error.isEmpty()) {
            auto *kind = new QTableWidgetItem(tr("cannot read", "input kind"));
            kind->setForeground(UiFormat::lossColor());
            kind->setToolTip(error);
            inputs->setItem(row, KindColumn, kind);
            showError(error);
            return;
        }
        const backtest::InputSummary input = job->inputs().value(0);
        // The replay's bounds start at the data's, for when the trader narrows them.
        if (input.rows > 0) {
            if (!m_ui->fromCheck->isChecked() && (m_fileKinds.isEmpty() || input.from < m_dataFrom)) {
                m_dataFrom = input.from;
                m_ui->fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(input.from));
            }
            if (!m_ui->toCheck->isChecked() && (m_fileKinds.isEmpty() || input.to > m_dataTo)) {
                m_dataTo = input.to;
                m_ui->toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(input.to + 1));
            }
        }
        m_fileKinds.insert(path, int(input.kind));
        inputs->setItem(row, KindColumn, new QTableWidgetItem(kindLabel(input.kind)));
        auto *rows = new QTableWidgetItem(QLocale().toString(input.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        inputs->setItem(row, RowsColumn, rows);
        inputs->setItem(row, FromColumn, new QTableWidgetItem(input.rows ? UiFormat::dateTime(input.from) : QString()));
        inputs->setItem(row, ToColumn, new QTableWidgetItem(input.rows ? UiFormat::dateTime(input.to) : QString()));
        return;
    }
}

void BacktestDialog::removeSelectedFiles()
{
    QTableWidget *inputs = m_ui->inputTable;
    const QModelIndexList rows = inputs->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows) {
        numbers.append(index.row());
    }
    std::sort(numbers.rbegin(), numbers.rend());
    for (int row : std::as_const(numbers)) {
        const QString path = inputs->item(row, FileColumn)->data(Qt::UserRole).toString();
        m_files.removeAll(path);
        m_fileKinds.remove(path);
        inputs->removeRow(row);
    }
}

void BacktestDialog::addVary(const QString &key, const QString &valuesText)
{
    auto vary = backtest::VariantGrid::parseVary(key + u'=' + valuesText);
    if (!vary) {
        showError(vary.error().message);
        return;
    }
    // Each value is checked against the key's range now, not when the run starts.
    const core::AppConfig base = m_session ? m_session->config() : core::AppConfig();
    for (const QString &value : std::as_const(vary->values)) {
        if (auto checked = backtest::VariantGrid::withOverride(base, key, value); !checked) {
            showError(checked.error().message);
            return;
        }
    }
    m_ui->errorLabel->hide();
    m_varies.removeIf([&key](const backtest::Vary &v) { return v.key == key; });
    m_varies.append(vary.value());
    QTableWidget *table = m_ui->varyTable;
    table->setRowCount(0);
    for (const backtest::Vary &v : std::as_const(m_varies)) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *name = new QTableWidgetItem(u"%1 (%2)"_s.arg(KeyHelp::label(v.key), v.key));
        name->setData(Qt::UserRole, v.key);
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(v.values.join(u", "_s)));
    }
    table->resizeColumnToContents(0);
    m_ui->valuesEdit->clear();
    updateVariantCount();
}

void BacktestDialog::removeSelectedVaries()
{
    const QModelIndexList rows = m_ui->varyTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString key = m_ui->varyTable->item(index.row(), 0)->data(Qt::UserRole).toString();
        m_varies.removeIf([&key](const backtest::Vary &v) { return v.key == key; });
    }
    QList<int> numbers;
    for (const QModelIndex &index : rows) {
        numbers.append(index.row());
    }
    std::sort(numbers.rbegin(), numbers.rend());
    for (int row : std::as_const(numbers)) {
        m_ui->varyTable->removeRow(row);
    }
    updateVariantCount();
}

void BacktestDialog::updateVariantCount()
{
    const qsizetype presets = m_ui->presetsCheck->isChecked() ? StrategyPresets::all().size() : 0;
    const qsizetype n = BacktestPlan::count(presets, m_varies);
    m_ui->variantCountLabel->setText(tr("%n variant(s) will run.", nullptr, int(n)));
}

bool BacktestDialog::isRunning() const
{
    return m_job->isRunning() || (m_engineRecordings && m_engineRecordings->isRunning());
}

void BacktestDialog::setUpEngineRecordings()
{
    m_engineRecordings = new RemoteRecordingFetch(this);
    connect(m_engineRecordings, &RemoteRecordingFetch::progressed, this, [this](qint64 rows) {
        m_ui->remainingLabel->setText(tr("reading what the engine recorded: %1 rows…").arg(QLocale().toString(rows)));
    });
    connect(m_engineRecordings, &RemoteRecordingFetch::failed, this, [this](const QString &message) {
        setRunning(false);
        m_ui->remainingLabel->clear();
        showError(message);
    });
    connect(m_engineRecordings, &RemoteRecordingFetch::finished, this, [this] {
        m_pendingSpec.extraSources += m_engineRecordings->sources();
        m_ui->remainingLabel->setText(tr("reading the inputs…"));
        m_job->start(std::exchange(m_pendingSpec, {}));
    });
}

void BacktestDialog::setRunning(bool running)
{
    m_ui->dataPage->setEnabled(!running);
    m_ui->variantsPage->setEnabled(!running);
    m_ui->resultsPage->setEnabled(!running);
    m_ui->runButton->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->progressBar->setVisible(running || m_ui->progressBar->value() > 0);
    const bool hasResults = !running && m_comparison->rowCount() > 0;
    m_ui->applyButton->setEnabled(hasResults);
    m_ui->exportCsvButton->setEnabled(hasResults);
    m_ui->exportPngButton->setEnabled(hasResults);
}

void BacktestDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void BacktestDialog::run()
{
    if (isRunning() || !m_session) {
        return;
    }
    showError({});
    const bool useRecordedPrices = m_ui->recordedPricesCheck->isChecked();
    const bool hasPrices = useRecordedPrices || std::any_of(m_fileKinds.cbegin(), m_fileKinds.cend(), isPriceKind);
    if (m_fileKinds.size() == m_files.size() && !hasPrices) {
        showError(tr("The replay needs prices: add a candle or tick file, or replay the prices this app recorded."));
        m_ui->tabs->setCurrentWidget(m_ui->dataPage);
        return;
    }
    BacktestSpec spec;
    spec.files = m_files;
    spec.defaultSymbol = m_ui->symbolEdit->text().trimmed().toUpper();
    if (m_ui->fromCheck->isChecked()) {
        spec.from = m_ui->fromEdit->dateTime().toMSecsSinceEpoch();
    }
    if (m_ui->toCheck->isChecked()) {
        spec.to = m_ui->toEdit->dateTime().toMSecsSinceEpoch();
    }
    if (spec.from >= spec.to) {
        showError(tr("The replay's start must be before its end."));
        return;
    }
    const auto priceKind = backtest::StoredMarkSource::Kind(m_ui->recordedPricesCombo->currentData().toInt());
    // In remote mode what the engine recorded is fetched first (after the checks below).
    const bool fetchesEngineRecordings = m_engineRecordings && (m_ui->recordedCheck->isChecked() || useRecordedPrices);
    const RecordedSources recorded(m_session->store());
    if (m_ui->recordedCheck->isChecked() && !m_engineRecordings) {
        spec.extraSources.append(recorded.liquidations(spec.from, spec.to));
    }
    if (useRecordedPrices && !m_engineRecordings) {
        spec.extraSources.append(recorded.prices(priceKind, spec.from, spec.to));
    }
    core::AppConfig base = m_session->config();
    auto balance
        = backtest::VariantGrid::withOverride(base, u"paperStartingBalanceUSDT"_s, m_ui->balanceEdit->text().trimmed());
    if (!balance) {
        showError(tr("Starting balance: %1").arg(balance.error().message));
        return;
    }
    base = balance.value();
    auto filters = cli::BacktestCommand::symbolFilters(base, m_ui->exchangeInfoEdit->text().trimmed());
    if (!filters) {
        showError(filters.error().message);
        return;
    }
    spec.filters = filters.value();
    QList<BacktestPlan::Preset> presets;
    if (m_ui->presetsCheck->isChecked()) {
        for (const StrategyPreset &preset : StrategyPresets::all()) {
            presets.append({ preset.name, preset.values });
        }
    }
    auto entries = BacktestPlan::build(base, presets, m_varies);
    if (!entries) {
        showError(entries.error().message);
        return;
    }
    m_runNames.clear();
    for (const BacktestPlan::Entry &entry : entries.value()) {
        m_runNames.append(entry.name);
        spec.variants.append(entry.variant);
    }
    m_runContext = { {}, spec.filters, base.global.paperStartingBalanceUSDT, false };
    m_ui->progressBar->setValue(0);
    if (fetchesEngineRecordings) {
        RemoteRecordingFetch::Request request;
        request.symbols = base.symbols.keys();
        request.from = std::max<qint64>(0, spec.from);
        request.to = spec.to;
        request.wantsLiquidations = m_ui->recordedCheck->isChecked();
        if (useRecordedPrices) {
            request.prices = priceKind;
        }
        m_pendingSpec = std::move(spec);
        m_ui->remainingLabel->setText(tr("reading what the engine recorded…"));
        setRunning(true);
        m_engineRecordings->start(m_session->remote()->client(), request);
        return;
    }
    m_ui->remainingLabel->setText(tr("reading the inputs…"));
    m_job->start(std::move(spec));
    setRunning(true);
}

void BacktestDialog::cancelRun()
{
    if (m_engineRecordings && m_engineRecordings->isRunning()) {
        m_engineRecordings->abort();
        setRunning(false);
        m_ui->remainingLabel->setText(tr("Cancelled; nothing was written."));
    }
    m_job->cancel();
}

void BacktestDialog::reject()
{
    // Closing while a run goes on cancels it: nothing of it is kept.
    if (m_engineRecordings) {
        m_engineRecordings->abort();
    }
    m_job->cancel();
    QDialog::reject();
}

void BacktestDialog::showResults()
{
    // A bad row met while replaying makes the whole run unusable, as in the CLI: nothing is shown
    // (and so nothing can be exported or applied) but the row's file and line.
    for (const backtest::VariantResult &r : m_job->results()) {
        if (r.isInputError) {
            setRunning(false);
            m_ui->progressBar->setValue(0);
            m_ui->remainingLabel->clear();
            showError(r.error);
            m_ui->tabs->setCurrentWidget(m_ui->dataPage);
            return;
        }
    }
    m_runContext.inputs = m_job->inputs();
    m_comparison->setResults(m_job->results(), m_runNames);
    m_chart->setResults(m_job->results(), m_runNames);
    setRunning(false);
    m_ui->remainingLabel->setText(tr("Done."));
    QStringList failures;
    for (const backtest::VariantResult &r : m_job->results()) {
        if (!r.error.isEmpty()) {
            failures.append(u"%1: %2"_s.arg(r.id, r.error));
        }
    }
    showError(failures.join(u'\n'));
    // The price model is long: in the note's tooltip and the user guide, not in the way.
    m_ui->resultsNote->setText(tr("%n variant(s) over %1.", nullptr, int(m_job->results().size())).arg(inputsText())
        + u' ' + tr("Prices inside a candle follow the model in this note's tooltip."));
    m_ui->tabs->setCurrentWidget(m_ui->resultsPage);
    m_ui->comparisonTable->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->comparisonTable->selectRow(0);
}

QString BacktestDialog::inputsText() const
{
    QStringList parts;
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const backtest::InputSummary &input : m_runContext.inputs) {
        parts.append(tr("%1 (%2 rows)").arg(QFileInfo(input.file).fileName(), QLocale().toString(input.rows)));
        if (input.rows > 0) {
            from = std::min(from, input.from);
            to = std::max(to, input.to);
        }
    }
    if (m_ui->recordedCheck->isChecked()) {
        parts.append(tr("the recorded liquidations"));
    }
    if (m_ui->recordedPricesCheck->isChecked()) {
        parts.append(tr("the recorded %1").arg(m_ui->recordedPricesCombo->currentText()));
    }
    QString text = parts.join(u", "_s);
    if (from <= to) {
        text += u" · "_s + UiFormat::dateTime(from) + u" → "_s + UiFormat::dateTime(to);
    }
    return text;
}

int BacktestDialog::selectedSourceRow() const
{
    const QModelIndex current = m_ui->comparisonTable->currentIndex();
    return current.isValid() ? m_comparisonProxy->mapToSource(current).row() : -1;
}

void BacktestDialog::showVariant(int sourceRow)
{
    m_chart->setHighlighted(sourceRow);
    const bool hasStore = sourceRow >= 0 && m_comparison->result(sourceRow).store;
    core::TrancheStore *store = hasStore ? m_comparison->result(sourceRow).store.get() : nullptr;
    m_trancheModel->setHistoryPageSize(-1);
    m_trancheModel->load(store);
    // The event model reads one store for its life: a new one per variant.
    EventTableModel *old = m_eventModel;
    m_eventModel = store ? new EventTableModel(nullptr, store, this) : nullptr;
    m_eventProxy->setSourceModel(m_eventModel);
    if (m_eventModel) {
        m_eventModel->setPageSize(100'000);
        // Tranches by their # as in the tranche tab, once it has read them.
        m_eventModel->setTrancheNumbers([this](const QString &id) -> qint64 {
            const int row = m_trancheModel->rowOf(id);
            return row < 0 ? 0 : m_trancheModel->tranche(row).seq;
        });
        m_eventModel->load();
        m_ui->eventTable->resizeColumnsToContents();
    }
    delete old;
    const QString name = sourceRow >= 0 ? m_comparison->name(sourceRow) : QString();
    m_ui->detailTabs->setTabText(1, name.isEmpty() ? tr("Tranches") : tr("Tranches: %1").arg(name));
    m_ui->detailTabs->setTabText(2, name.isEmpty() ? tr("Events") : tr("Events: %1").arg(name));
}

void BacktestDialog::applySelected()
{
    const int row = selectedSourceRow();
    if (row < 0 || !m_session) {
        return;
    }
    const backtest::VariantResult &result = m_comparison->result(row);
    const core::AppConfig current = m_session->config();
    auto next = BacktestPlan::applied(current, result.overrides);
    if (!next) {
        MessageBox::warning(this, tr("Apply these settings"), next.error().message);
        return;
    }
    const QStringList changes = BacktestPlan::changes(current, next.value());
    if (changes.isEmpty()) {
        MessageBox::information(this, tr("Apply these settings"),
            tr("The configuration already has the settings of \"%1\".").arg(m_comparison->name(row)));
        return;
    }
    const QString text = tr("Apply the settings of \"%1\"? The configuration changes:").arg(m_comparison->name(row))
        + u"\n\n• "_s + changes.join(u"\n• "_s) + u"\n\n"_s
        + tr("The engine uses them from now on; open tranches keep their orders.");
    if (MessageBox::question(this, tr("Apply these settings"), text) != QMessageBox::Yes) {
        return;
    }
    if (auto applied = m_session->applyConfig(next.value()); !applied) {
        MessageBox::warning(this, tr("Apply these settings"), applied.error().message);
        return;
    }
    m_ui->remainingLabel->setText(tr("Settings of \"%1\" applied.").arg(m_comparison->name(row)));
}

void BacktestDialog::exportTables()
{
    const QString dir = FileDialog::directoryName(this, tr("Export the backtest into a folder"));
    if (dir.isEmpty()) {
        return;
    }
    if (auto written = BacktestExport::write(dir, m_runContext, m_comparison->results(), m_comparison->names());
        !written) {
        MessageBox::warning(this, tr("Export"), written.error().message);
        return;
    }
    m_ui->remainingLabel->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(dir)));
}

void BacktestDialog::exportCharts()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Save the charts as PNG"), u"backtest-equity.png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    m_ui->detailTabs->setCurrentWidget(m_ui->chartsPage);
    if (!m_chart->grab().save(path, "PNG")) {
        MessageBox::warning(this, tr("Save the charts"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_ui->remainingLabel->setText(tr("Charts saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace trd::ui
