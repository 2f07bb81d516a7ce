// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/SecretStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApiKeyDialog;
}

namespace trd::ui {

class DeskSession;

// The Aster API credentials, written straight to the OS keychain; the configuration file never
// holds them and nothing logs them. Two kinds: an API wallet (V3, what Aster issues since
// 2026-03-25: the account's address and the API wallet's private key) or an older HMAC key and
// secret (V1). Saving one kind removes the other, so the app never guesses which to use.
// The layout is forms/settings/ApiKeyDialog.ui; this class fills in what is already stored.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        ApiWallet,
        Hmac
    };

    explicit ApiKeyDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~ApiKeyDialog() override;
    // Settings → API keys… and the settings dialog's button: this dialog for the embedded engine.
    // A window onto a remote engine explains instead that the engine trades with the keys of the
    // machine it runs on: keys typed here would land in this desk's keychain and never be used.
    static void openFor(DeskSession *session, QWidget *parent);
    void setKind(Kind kind);
    void accept() override;

private:
    void showProblem(const QString &text);
    void updateSignerAddress();
    bool save(const QList<QPair<QString, QString>> &values, const QStringList &removed);

    std::unique_ptr<Ui::ApiKeyDialog> m_ui;
    SecretStore *m_secrets;
};

} // namespace trd::ui
