// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ScreenFit.h"
#include "common/UiFormat.h"
#include "config/ConfigLoader.h"
#include "config/ConfigSecrets.h"
#include "session/DeskSession.h"
#include "settings/ApiKeyDialog.h"
#include "settings/ConfigForm.h"
#include "settings/KeyHelp.h"
#include "settings/PlainKeysDialog.h"
#include "settings/SecretStore.h"
#include "settings/StrategyPresets.h"
#include "ui_SettingsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {

QScrollArea *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

SettingsDialog::SettingsDialog(DeskSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_session(session)
    , m_global(new ConfigForm(core::ConfigScope::Global, u"global"_s, this))
{
    m_ui->setupUi(this);
    m_global->setObjectName(u"globalForm"_s);
    connect(m_global, &ConfigForm::edited, this, &SettingsDialog::updateWarnings);
    m_ui->globalScroll->setWidget(m_global);
    addPresetButtons();
    m_ui->settingsSummary->hide();

    connect(m_ui->addSymbolButton, &QPushButton::clicked, this, [this] {
        if (addSymbol(m_ui->newSymbolEdit->text().trimmed().toUpper())) {
            m_ui->newSymbolEdit->clear();
        }
    });
    connect(m_ui->removeSymbolButton, &QPushButton::clicked, this, [this] { removeSymbol(currentSymbol()); });
    connect(m_ui->symbolList, &QListWidget::currentTextChanged, this, [this](const QString &symbol) {
        if (ConfigForm *form = m_forms.value(symbol)) {
            m_ui->symbolStack->setCurrentWidget(form->parentWidget()->parentWidget());
        }
    });
    connect(m_ui->importConfigButton, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialog::openFileName(this, tr("Import the original bot's config"), tr("JSON (*.json)"));
        if (!path.isEmpty()) {
            importOriginalConfig(path);
        }
    });
    connect(m_ui->exportConfigButton, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialog::saveFileName(this, tr("Export configuration"), u"config.json"_s, tr("JSON (*.json)"));
        if (!path.isEmpty()) {
            exportConfig(path);
        }
    });
    connect(m_ui->apiKeysButton, &QPushButton::clicked, this, [this] { ApiKeyDialog::openFor(m_session, this); });
    connect(m_ui->settingsButtons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(m_ui->settingsButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Never taller or wider than the screen (1366×768 at 150 % leaves 910×512): Save and Cancel
    // stay on screen, the pages scroll.
    ScreenFit::fit(this, QSize(1000, 760));
    load(m_session->config());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPresetButtons()
{
    // One button per preset of the table, after the row's caption, in the tab order after Remove.
    QWidget *previous = m_ui->removeSymbolButton;
    for (const StrategyPreset &preset : StrategyPresets::all()) {
        auto *button = new QPushButton(QString(preset.name).replace(u'&', u"&&"_s), this);
        button->setObjectName(u"preset_"_s + preset.id);
        QStringList lines;
        for (const auto &[key, value] : preset.values) {
            lines << u"%1 = %2"_s.arg(key, value);
        }
        button->setToolTip(u"%1\n\n%2"_s.arg(preset.goal, lines.join(u'\n')));
        const QString id = preset.id;
        connect(button, &QPushButton::clicked, this, [this, id] { applyPreset(id); });
        m_ui->presetsLayout->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }
    m_ui->presetsLayout->addStretch(1);
}

void SettingsDialog::load(const core::AppConfig &config)
{
    m_base = config;
    for (ConfigForm *form : std::as_const(m_forms)) {
        QWidget *page = form->parentWidget()->parentWidget();
        m_ui->symbolStack->removeWidget(page);
        page->deleteLater();
    }
    m_forms.clear();
    m_ui->symbolList->clear();
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        makeSymbolForm(it.key(), it.value());
    }
    m_global->setGlobalConfig(config.global);
    if (m_ui->symbolList->count() > 0) {
        m_ui->symbolList->setCurrentRow(0);
    }
    updateWarnings();
}

ConfigForm *SettingsDialog::makeSymbolForm(const QString &symbol, const core::SymbolConfig &config)
{
    auto *form = new ConfigForm(core::ConfigScope::Symbol, u"symbols."_s + symbol);
    form->setObjectName(u"symbolForm_"_s + symbol);
    form->setSymbolConfig(config);
    connect(form, &ConfigForm::edited, this, &SettingsDialog::updateWarnings);
    QScrollArea *page = scrolled(form);
    m_ui->symbolStack->addWidget(page);
    m_forms.insert(symbol, form);
    m_ui->symbolList->addItem(symbol);
    return form;
}

void SettingsDialog::selectSymbol(const QString &symbol)
{
    const auto items = m_ui->symbolList->findItems(symbol, Qt::MatchExactly);
    if (!items.isEmpty()) {
        m_ui->symbolList->setCurrentItem(items.front());
    }
}

QString SettingsDialog::currentSymbol() const
{
    return m_ui->symbolList->currentItem() ? m_ui->symbolList->currentItem()->text() : QString();
}

bool SettingsDialog::addSymbol(const QString &symbol)
{
    if (!core::ConfigValidator::isValidSymbolName(symbol)) {
        setSummary(tr("Symbol \"%1\" is not valid: 2–30 capital letters and digits, e.g. BTCUSDT.").arg(symbol), true);
        return false;
    }
    if (m_forms.contains(symbol)) {
        setSummary(tr("%1 is already configured.").arg(symbol), true);
        return false;
    }
    // A symbol the exchange does not list would be saved and then never trade, silently.
    if (const auto refusal = m_session->symbolRefusal(symbol)) {
        setSummary(*refusal, true);
        return false;
    }
    makeSymbolForm(symbol, core::SymbolConfig {});
    selectSymbol(symbol);
    updateWarnings();
    setSummary(tr("%1 added with the documented defaults. Save to start trading it.").arg(symbol), false);
    return true;
}

void SettingsDialog::removeSymbol(const QString &symbol)
{
    ConfigForm *form = m_forms.take(symbol);
    if (!form) {
        return;
    }
    QWidget *page = form->parentWidget()->parentWidget();
    m_ui->symbolStack->removeWidget(page);
    page->deleteLater();
    const auto items = m_ui->symbolList->findItems(symbol, Qt::MatchExactly);
    for (QListWidgetItem *item : items) {
        delete item;
    }
    updateWarnings();
    setSummary(
        tr("%1 removed. Save to stop trading it (its open tranches stay managed until closed).").arg(symbol), false);
}

void SettingsDialog::applyPreset(const QString &presetId)
{
    ConfigForm *form = m_forms.value(currentSymbol());
    if (!form) {
        return;
    }
    for (const StrategyPreset &preset : StrategyPresets::all()) {
        if (preset.id == presetId) {
            // Say what the preset changed, so edits it overwrote are not lost unnoticed.
            QStringList changes;
            for (const auto &[key, value] : preset.values) {
                const QString before = form->fieldText(key);
                form->setFieldText(key, value);
                const QString after = form->fieldText(key);
                if (before != after) {
                    changes << tr("%1: %2 → %3").arg(KeyHelp::label(key), before, after);
                }
            }
            setSummary(changes.isEmpty()
                    ? tr("%1 preset: %2 already has its values; nothing changed.").arg(preset.name, currentSymbol())
                    : tr("%1 preset applied to %2 — %3. Save to use it.")
                          .arg(preset.name, currentSymbol(), changes.join(u"; "_s)),
                false);
        }
    }
}

core::AppConfig SettingsDialog::readForms(QStringList *failed)
{
    core::AppConfig result = m_base;
    result.symbols.clear();
    for (auto it = m_forms.cbegin(); it != m_forms.cend(); ++it) {
        core::SymbolConfig symbol = m_base.symbols.value(it.key());
        if (!it.value()->readSymbolConfig(&symbol)) {
            *failed << it.value()->errors();
            continue;
        }
        result.symbols.insert(it.key(), symbol);
    }
    if (!m_global->readGlobalConfig(&result.global)) {
        *failed << m_global->errors();
    }
    result.apiKey.clear();
    result.secretKey.clear();
    return result;
}

bool SettingsDialog::collect(core::AppConfig *config)
{
    QStringList failed;
    const core::AppConfig result = readForms(&failed);
    if (!failed.isEmpty()) {
        setSummary(tr("Not saved — fix the highlighted fields: %1").arg(failed.join(u"; "_s)), true);
        return false;
    }
    *config = result;
    return true;
}

QStringList SettingsDialog::warnings()
{
    QStringList failed;
    QStringList lines;
    for (const core::ConfigIssue &issue : core::ConfigValidator::validate(readForms(&failed))) {
        if (!issue.isError) {
            lines << issue.message;
        }
    }
    return lines;
}

void SettingsDialog::updateWarnings()
{
    const QStringList lines = warnings();
    QLabel *label = m_ui->settingsWarnings;
    label->setVisible(!lines.isEmpty());
    if (lines.isEmpty()) {
        label->clear();
        return;
    }
    // A few lines at most, so Save stays on a small screen; the tooltip has them all.
    constexpr qsizetype kShown = 3;
    QStringList shown;
    for (const QString &line : lines.mid(0, kShown)) {
        shown << u"⚠ "_s + line;
    }
    if (lines.size() > kShown) {
        shown << tr("… and %n more (hover to read them all)", "", int(lines.size() - kShown));
    }
    label->setText(tr("%n warning(s) — Save still works:", "", int(lines.size())) + u'\n' + shown.join(u'\n'));
    label->setToolTip(lines.join(u'\n'));
    label->setStyleSheet(u"color: #b7791f;"_s);
}

bool SettingsDialog::save()
{
    core::AppConfig config;
    if (!collect(&config)) {
        return false;
    }
    if (auto applied = m_session->applyConfig(config); !applied) {
        setSummary(tr("Not saved: %1").arg(applied.error().message), true);
        return false;
    }
    m_base = config;
    setSummary(tr("Saved."), false);
    return true;
}

void SettingsDialog::importOriginalConfig(const QString &path)
{
    auto imported = core::ConfigLoader::importOriginalBotConfig(path);
    if (!imported) {
        setSummary(tr("Import failed: %1").arg(imported.error().message), true);
        return;
    }
    core::AppConfig config = imported.value();
    // Keys in the file are offered to the keychain (never taken silently, never left unsaid).
    QString keysNote;
    const QList<core::PlainSecret> secrets = core::ConfigSecrets::find(config.original);
    if (!secrets.isEmpty()) {
        keysNote = tr(" The file holds API keys in plain text: move them to the keychain or they are not used.");
        auto *offer = new PlainKeysDialog(m_session->secrets(), path, secrets, this);
        offer->setAttribute(Qt::WA_DeleteOnClose);
        connect(offer, &PlainKeysDialog::keysMoved, this, [this, path] {
            setSummary(tr("The API keys are in the keychain now and no longer in %1.").arg(path), false);
        });
        offer->open();
    }
    config.apiKey.clear();
    config.secretKey.clear();
    // The mode stays what it is: importing a file never switches to LIVE.
    config.global.paperMode = m_base.global.paperMode;
    load(config);
    // The configuration's warnings are listed under the pages (updateWarnings, from load()).
    setSummary(
        tr("Imported %n symbol(s) from %1.%2 Review and Save.", "", int(config.symbols.size())).arg(path, keysNote),
        false);
}

bool SettingsDialog::exportConfig(const QString &path)
{
    core::AppConfig config;
    if (!collect(&config)) {
        return false;
    }
    if (auto saved = core::ConfigLoader::saveFile(config, path); !saved) {
        setSummary(tr("Export failed: %1").arg(saved.error().message), true);
        return false;
    }
    setSummary(tr("Exported to %1 (without API keys).").arg(path), false);
    return true;
}

void SettingsDialog::setSummary(const QString &text, bool isError)
{
    m_ui->settingsSummary->setText(text);
    m_ui->settingsSummary->setStyleSheet(isError ? u"color: %1; font-weight: 600;"_s.arg(UiFormat::lossColor().name())
                                                 : u"color: %1;"_s.arg(UiFormat::profitColor().name()));
    m_ui->settingsSummary->setVisible(!text.isEmpty());
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    ScreenFit::clip(this);
}

} // namespace trd::ui
