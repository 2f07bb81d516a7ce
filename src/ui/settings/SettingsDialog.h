// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/AppConfig.h"

#include <QDialog>
#include <QMap>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace trd::ui {

class ConfigForm;
class DeskSession;

// Global and per-symbol settings. Edits stay in the dialog until Save: then every form is
// read (errors shown inline under their fields, and nothing is saved while any remain), the
// whole configuration is validated and handed to the session, which writes the file and the
// engine. The frame is forms/settings/SettingsDialog.ui; the forms inside it and the preset
// buttons are generated from the key and preset tables.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(DeskSession *session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    ConfigForm *symbolForm(const QString &symbol) const { return m_forms.value(symbol); }
    ConfigForm *globalForm() const { return m_global; }
    QStringList symbols() const { return m_forms.keys(); }
    void selectSymbol(const QString &symbol);
    QString currentSymbol() const;
    bool addSymbol(const QString &symbol);
    void removeSymbol(const QString &symbol);
    void applyPreset(const QString &presetId);
    // Reads every form into a configuration; false (errors shown) when any field is wrong.
    bool collect(core::AppConfig *config);
    bool save();
    void importOriginalConfig(const QString &path);
    bool exportConfig(const QString &path);
    // The configuration's warnings as the forms stand now (ConfigValidator's, e.g. a stop beyond
    // the liquidation price): shown under the pages as the user edits; they never block Save.
    QStringList warnings();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(const core::AppConfig &config);
    ConfigForm *makeSymbolForm(const QString &symbol, const core::SymbolConfig &config);
    void setSummary(const QString &text, bool isError);
    // Every form that reads without error, over m_base; `failed` gets the others' errors.
    core::AppConfig readForms(QStringList *failed);
    void updateWarnings();

    void addPresetButtons();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    DeskSession *m_session;
    core::AppConfig m_base;
    QMap<QString, ConfigForm *> m_forms;
    ConfigForm *m_global;
};

} // namespace trd::ui
