// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ScreenFit.h"
#include "config/ConfigLoader.h"
#include "session/DeskSession.h"
#include "settings/ApiKeyDialog.h"
#include "settings/ConfigForm.h"
#include "settings/KeyHelp.h"
#include "settings/SecretStore.h"
#include "settings/StrategyPresets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

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
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_symbolList(new QListWidget(this))
    , m_newSymbol(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_global(new ConfigForm(core::ConfigScope::Global, u"global"_s, this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("TrancheDesk settings"));

    // Symbols page: list with add/remove on the left, presets and the symbol's form on the right.
    m_symbolList->setObjectName(u"symbolList"_s);
    m_symbolList->setMaximumWidth(180);
    m_newSymbol->setObjectName(u"newSymbolEdit"_s);
    m_newSymbol->setPlaceholderText(tr("e.g. SOLUSDT"));
    auto *add = new QPushButton(QIcon(u":/ui/icons/add.svg"_s), tr("Add"), this);
    add->setObjectName(u"addSymbolButton"_s);
    auto *remove = new QPushButton(QIcon(u":/ui/icons/remove.svg"_s), tr("Remove"), this);
    remove->setObjectName(u"removeSymbolButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addSymbol(m_newSymbol->text().trimmed().toUpper())) {
            m_newSymbol->clear();
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeSymbol(currentSymbol()); });
    auto *left = new QVBoxLayout;
    left->addWidget(m_symbolList, 1);
    left->addWidget(m_newSymbol);
    auto *addRemove = new QHBoxLayout;
    addRemove->addWidget(add);
    addRemove->addWidget(remove);
    left->addLayout(addRemove);

    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Strategy presets:"), this));
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
        presets->addWidget(button);
    }
    presets->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addLayout(presets);
    right->addWidget(m_stack, 1);
    auto *symbolsPage = new QWidget(this);
    auto *symbolsLayout = new QHBoxLayout(symbolsPage);
    symbolsLayout->addLayout(left);
    symbolsLayout->addLayout(right, 1);
    connect(m_symbolList, &QListWidget::currentTextChanged, this, [this](const QString &symbol) {
        if (ConfigForm *form = m_forms.value(symbol)) {
            m_stack->setCurrentWidget(form->parentWidget()->parentWidget());
        }
    });

    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(symbolsPage, tr("Symbols"));
    m_global->setObjectName(u"globalForm"_s);
    m_tabs->addTab(scrolled(m_global), tr("Global"));

    m_summary->setObjectName(u"settingsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->hide();

    auto *importButton = new QPushButton(tr("Import original bot config…"), this);
    importButton->setObjectName(u"importConfigButton"_s);
    auto *exportButton = new QPushButton(tr("Export config…"), this);
    exportButton->setObjectName(u"exportConfigButton"_s);
    auto *keysButton = new QPushButton(QIcon(u":/ui/icons/key.svg"_s), tr("API keys…"), this);
    keysButton->setObjectName(u"apiKeysButton"_s);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialog::openFileName(this, tr("Import the original bot's config"), tr("JSON (*.json)"));
        if (!path.isEmpty()) {
            importOriginalConfig(path);
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialog::saveFileName(this, tr("Export configuration"), u"config.json"_s, tr("JSON (*.json)"));
        if (!path.isEmpty()) {
            exportConfig(path);
        }
    });
    connect(keysButton, &QPushButton::clicked, this, [this] {
        ApiKeyDialog dialog(m_session->secrets(), this);
        dialog.exec();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"settingsButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(importButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(keysButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addLayout(bottom);
    // Never taller or wider than the screen (1366×768 at 150 % leaves 910×512): Save and Cancel
    // stay on screen, the pages scroll.
    ScreenFit::fit(this, QSize(1000, 760));
    load(m_session->config());
}

void SettingsDialog::load(const core::AppConfig &config)
{
    m_base = config;
    for (ConfigForm *form : std::as_const(m_forms)) {
        QWidget *page = form->parentWidget()->parentWidget();
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_forms.clear();
    m_symbolList->clear();
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        makeSymbolForm(it.key(), it.value());
    }
    m_global->setGlobalConfig(config.global);
    if (m_symbolList->count() > 0) {
        m_symbolList->setCurrentRow(0);
    }
}

ConfigForm *SettingsDialog::makeSymbolForm(const QString &symbol, const core::SymbolConfig &config)
{
    auto *form = new ConfigForm(core::ConfigScope::Symbol, u"symbols."_s + symbol);
    form->setObjectName(u"symbolForm_"_s + symbol);
    form->setSymbolConfig(config);
    QScrollArea *page = scrolled(form);
    m_stack->addWidget(page);
    m_forms.insert(symbol, form);
    m_symbolList->addItem(symbol);
    return form;
}

void SettingsDialog::selectSymbol(const QString &symbol)
{
    const auto items = m_symbolList->findItems(symbol, Qt::MatchExactly);
    if (!items.isEmpty()) {
        m_symbolList->setCurrentItem(items.front());
    }
}

QString SettingsDialog::currentSymbol() const
{
    return m_symbolList->currentItem() ? m_symbolList->currentItem()->text() : QString();
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
    m_stack->removeWidget(page);
    page->deleteLater();
    const auto items = m_symbolList->findItems(symbol, Qt::MatchExactly);
    for (QListWidgetItem *item : items) {
        delete item;
    }
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

bool SettingsDialog::collect(core::AppConfig *config)
{
    core::AppConfig result = m_base;
    result.symbols.clear();
    QStringList failed;
    for (auto it = m_forms.cbegin(); it != m_forms.cend(); ++it) {
        core::SymbolConfig symbol = m_base.symbols.value(it.key());
        if (!it.value()->readSymbolConfig(&symbol)) {
            failed << it.value()->errors();
            continue;
        }
        result.symbols.insert(it.key(), symbol);
    }
    if (!m_global->readGlobalConfig(&result.global)) {
        failed << m_global->errors();
    }
    if (!failed.isEmpty()) {
        setSummary(tr("Not saved — fix the highlighted fields: %1").arg(failed.join(u"; "_s)), true);
        return false;
    }
    result.apiKey.clear();
    result.secretKey.clear();
    *config = result;
    return true;
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
    QList<core::ConfigIssue> warnings;
    auto imported = core::ConfigLoader::importOriginalBotConfig(path, &warnings);
    if (!imported) {
        setSummary(tr("Import failed: %1").arg(imported.error().message), true);
        return;
    }
    core::AppConfig config = imported.value();
    QString keysNote;
    if (!config.apiKey.isEmpty() && !config.secretKey.isEmpty() && m_session->secrets()) {
        const bool stored = m_session->secrets()->write(SecretStore::apiKeyName(), config.apiKey)
            && m_session->secrets()->write(SecretStore::apiSecretName(), config.secretKey);
        keysNote = stored ? tr(" Its API keys were moved to the keychain.") : tr(" Its API keys could not be stored.");
    }
    config.apiKey.clear();
    config.secretKey.clear();
    // The mode stays what it is: importing a file never switches to LIVE.
    config.global.paperMode = m_base.global.paperMode;
    load(config);
    setSummary(
        tr("Imported %n symbol(s) from %1.%2 Review and Save.", "", int(config.symbols.size())).arg(path, keysNote)
            + (warnings.isEmpty() ? QString() : tr(" Warnings: %1").arg(warnings.front().message)),
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
    m_summary->setText(text);
    m_summary->setStyleSheet(isError ? u"color: #e5484d; font-weight: 600;"_s : u"color: #2eb85c;"_s);
    m_summary->setVisible(!text.isEmpty());
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    ScreenFit::clip(this);
}

} // namespace trd::ui
