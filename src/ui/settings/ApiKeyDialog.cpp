// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyDialog.h"

#include "protocol/Eip712Signer.h"
#include "settings/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {
QLineEdit *secretEdit(QWidget *parent, const QString &name, QLineEdit::EchoMode echo, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(echo);
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

ApiKeyDialog::ApiKeyDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"apiKeyDialog"_s);
    setWindowTitle(tr("Aster API keys"));
    m_kind->setObjectName(u"apiKeyKindCombo"_s);
    m_kind->addItem(tr("API wallet (V3, keys created since March 2026)"));
    m_kind->addItem(tr("HMAC API key and secret (V1, older keys)"));
    m_pages->addWidget(makeWalletPage());
    m_pages->addWidget(makeHmacPage());
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_status->setObjectName(u"apiKeyStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("Kept in the operating system's keychain, never in the configuration file or the logs."));

    auto *kindRow = new QFormLayout;
    kindRow->addRow(tr("Key type:"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"apiKeyButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApiKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_pages);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // What is stored decides which page opens; with nothing stored, the kind Aster issues now.
    setKind(m_secrets && !m_secrets->hasV3Keys() && m_secrets->hasHmacKeys() ? Kind::Hmac : Kind::ApiWallet);
    resize(560, sizeHint().height());
}

QWidget *ApiKeyDialog::makeWalletPage()
{
    auto *page = new QWidget(this);
    const bool has = m_secrets && m_secrets->hasV3Keys();
    m_user = new QLineEdit(page);
    m_user->setObjectName(u"apiUserEdit"_s);
    m_user->setPlaceholderText(has ? m_secrets->read(SecretStore::v3UserName()) : u"0x…"_s);
    m_signerKey = secretEdit(page, u"apiSignerKeyEdit"_s, QLineEdit::Password,
        has ? tr("stored in the keychain — type to replace") : tr("64 hex digits, with or without 0x"));
    m_signerAddress = new QLabel(page);
    m_signerAddress->setObjectName(u"apiSignerAddress"_s);
    m_signerAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_signerKey, &QLineEdit::textChanged, this, &ApiKeyDialog::updateSignerAddress);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Account address:"), m_user);
    form->addRow(tr("API wallet private key:"), m_signerKey);
    form->addRow(tr("API wallet address:"), m_signerAddress);
    updateSignerAddress();
    return page;
}

QWidget *ApiKeyDialog::makeHmacPage()
{
    auto *page = new QWidget(this);
    const bool has = m_secrets && m_secrets->hasHmacKeys();
    const QString stored = tr("stored in the keychain — type to replace");
    m_key = secretEdit(page, u"apiKeyEdit"_s, QLineEdit::PasswordEchoOnEdit, has ? stored : tr("API key"));
    m_secret = secretEdit(page, u"apiSecretEdit"_s, QLineEdit::Password, has ? stored : tr("API secret"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("API key:"), m_key);
    form->addRow(tr("API secret:"), m_secret);
    return page;
}

void ApiKeyDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(kind == Kind::ApiWallet ? 0 : 1);
    m_pages->setCurrentIndex(m_kind->currentIndex());
}

void ApiKeyDialog::updateSignerAddress()
{
    // The address the key derives, so the trader can check it against the one Aster shows.
    const QByteArray key = m_signerKey->text().trimmed().toLatin1();
    if (key.isEmpty()) {
        m_signerAddress->setText(tr("(derived from the private key)"));
        return;
    }
    const auto signer = exchange::Eip712Signer::fromPrivateKey(key);
    m_signerAddress->setText(signer ? signer.value().address() : tr("not a valid private key yet"));
}

void ApiKeyDialog::showProblem(const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(u"color: #e5484d;"_s);
}

bool ApiKeyDialog::save(const QList<QPair<QString, QString>> &values, const QStringList &removed)
{
    if (!m_secrets) {
        return false;
    }
    for (const auto &[name, value] : values) {
        if (!m_secrets->write(name, value)) {
            return false;
        }
    }
    for (const QString &name : removed) {
        m_secrets->remove(name);
    }
    return true;
}

void ApiKeyDialog::accept()
{
    const QString refused
        = tr("The keychain refused the keys (is a keyring service running?). Nothing else was changed.");
    if (m_kind->currentIndex() == 0) {
        const QString user = m_user->text().trimmed();
        const QString key = m_signerKey->text().trimmed();
        static const QRegularExpression address(u"^0x[0-9a-fA-F]{40}$"_s);
        if (!address.match(user).hasMatch()) {
            showProblem(tr("Account address: enter the wallet address of your Aster account (0x and 40 hex digits)."));
            return;
        }
        if (!exchange::Eip712Signer::fromPrivateKey(key.toLatin1())) {
            // The key itself is never repeated in a message.
            showProblem(tr("API wallet private key: not a secp256k1 private key (64 hex digits, with or without 0x)."));
            return;
        }
        if (!save({ { SecretStore::v3UserName(), user }, { SecretStore::v3SignerKeyName(), key } },
                { SecretStore::apiKeyName(), SecretStore::apiSecretName() })) {
            showProblem(refused);
            return;
        }
    } else {
        const QString key = m_key->text().trimmed();
        const QString secret = m_secret->text().trimmed();
        if (key.isEmpty() || secret.isEmpty()) {
            showProblem(tr("Enter both the API key and the API secret."));
            return;
        }
        if (!save({ { SecretStore::apiKeyName(), key }, { SecretStore::apiSecretName(), secret } },
                { SecretStore::v3UserName(), SecretStore::v3SignerKeyName() })) {
            showProblem(refused);
            return;
        }
    }
    m_key->clear();
    m_secret->clear();
    m_signerKey->clear();
    QDialog::accept();
}

} // namespace trd::ui
