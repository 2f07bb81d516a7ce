// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigSecrets.h"
#include "settings/SecretStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PlainKeysDialog;
}

namespace trd::ui {

// Offers to move API keys found in a configuration file (an imported original bot config, or a
// config.json edited by hand) into the OS keychain: they are stored through the SecretStore, then
// blanked in the file atomically. The keys are named by their path only, never shown or logged.
// Window-modal (open()), so the caller goes on; keysMoved() tells when the move is done.
// The layout is forms/settings/PlainKeysDialog.ui.
class PlainKeysDialog : public QDialog
{
    Q_OBJECT
public:
    PlainKeysDialog(
        SecretStore *secrets, const QString &path, const QList<core::PlainSecret> &found, QWidget *parent = nullptr);
    ~PlainKeysDialog() override;

    // Keychain first, then the file: a keychain that refuses leaves the file as it was, so no
    // key is ever lost. False, with the reason in the dialog, when either step fails.
    bool moveToKeychain();
    QString statusText() const;

Q_SIGNALS:
    void keysMoved();

private:
    void showProblem(const QString &text);

    std::unique_ptr<Ui::PlainKeysDialog> m_ui;
    SecretStore *m_secrets;
    QString m_path;
    QList<core::PlainSecret> m_found;
};

} // namespace trd::ui
