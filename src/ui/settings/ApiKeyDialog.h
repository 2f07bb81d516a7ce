// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QLabel;

namespace trd::ui {

class SecretStore;

// The Aster API key and secret, written straight to the OS keychain; the configuration file
// never holds them and nothing logs them.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiKeyDialog(SecretStore *secrets, QWidget *parent = nullptr);
    void accept() override;

private:
    SecretStore *m_secrets;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    QLabel *m_status;
};

} // namespace trd::ui
