// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyDialog.h"

#include "settings/SecretStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

ApiKeyDialog::ApiKeyDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_key(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"apiKeyDialog"_s);
    setWindowTitle(tr("Aster API keys"));
    m_key->setObjectName(u"apiKeyEdit"_s);
    m_secret->setObjectName(u"apiSecretEdit"_s);
    m_key->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_secret->setEchoMode(QLineEdit::Password);
    const bool has = m_secrets && m_secrets->hasApiKeys();
    m_key->setPlaceholderText(has ? tr("stored in the keychain — type to replace") : tr("API key"));
    m_secret->setPlaceholderText(has ? tr("stored in the keychain — type to replace") : tr("API secret"));
    m_status->setObjectName(u"apiKeyStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("The key and secret are kept in the operating system's keychain, never in the "
                         "configuration file or the logs."));
    auto *form = new QFormLayout;
    form->addRow(tr("API key:"), m_key);
    form->addRow(tr("API secret:"), m_secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"apiKeyButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApiKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void ApiKeyDialog::accept()
{
    const QString key = m_key->text().trimmed();
    const QString secret = m_secret->text().trimmed();
    if (key.isEmpty() || secret.isEmpty()) {
        m_status->setText(tr("Enter both the API key and the API secret."));
        m_status->setStyleSheet(u"color: #e5484d;"_s);
        return;
    }
    if (!m_secrets || !m_secrets->write(SecretStore::apiKeyName(), key)
        || !m_secrets->write(SecretStore::apiSecretName(), secret)) {
        m_status->setText(tr("The keychain refused the keys (is a keyring service running?). Nothing was saved."));
        m_status->setStyleSheet(u"color: #e5484d;"_s);
        return;
    }
    m_key->clear();
    m_secret->clear();
    QDialog::accept();
}

} // namespace trd::ui
