// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretStore.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class ConnectEngineDialog;
}

namespace trd::ui {

// File → Connect to engine…: the address and token of a tranchedesk-engine, and the certificate
// fingerprint pinned for it. On Connect the address is remembered in the profile and the token in
// the keychain (never in the settings file); the caller opens the window onto it.
class ConnectEngineDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectEngineDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectEngineDialog() override;

    QString address() const;
    QString token() const;
    // A note for the caller when the keychain could not keep the token (it is used this time only).
    QString keychainProblem() const { return m_keychainProblem; }

    void accept() override;

private:
    void showFingerprint();

    std::unique_ptr<Ui::ConnectEngineDialog> m_ui;
    SecretStore *m_secrets;
    QString m_keychainProblem;
};

} // namespace trd::ui
