// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyDialog.h"

#include "common/MessageBox.h"
#include "common/UiFormat.h"
#include "protocol/Eip712Signer.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "settings/ExchangeProfileBox.h"
#include "settings/SecretStore.h"
#include "ui_ApiKeyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

ApiKeyDialog::ApiKeyDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApiKeyDialog>())
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    // What is already stored is never shown, only said to be there.
    const QString stored = tr("stored in the keychain — type to replace");
    if (m_secrets && m_secrets->hasV3Keys()) {
        m_ui->apiUserEdit->setPlaceholderText(m_secrets->read(SecretStore::v3UserName()));
        m_ui->apiSignerKeyEdit->setPlaceholderText(stored);
    }
    if (m_secrets && m_secrets->hasHmacKeys()) {
        m_ui->apiKeyEdit->setPlaceholderText(stored);
        m_ui->apiSecretEdit->setPlaceholderText(stored);
    }
    connect(
        m_ui->apiKeyKindCombo, &QComboBox::currentIndexChanged, m_ui->apiKeyPages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->apiSignerKeyEdit, &QLineEdit::textChanged, this, &ApiKeyDialog::updateSignerAddress);
    connect(m_ui->apiKeyButtons, &QDialogButtonBox::accepted, this, &ApiKeyDialog::accept);
    connect(m_ui->apiKeyButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSignerAddress();
    m_ui->exchangeProfileBox->load();
    // The reads above asked the keychain: if there is none, say so before anything is typed.
    if (m_secrets) {
        if (const QString missing = m_secrets->unavailableExplanation(); !missing.isEmpty()) {
            showProblem(missing);
        }
    }
    // What is stored decides which page opens; with nothing stored, the kind Aster issues now.
    setKind(m_secrets && !m_secrets->hasV3Keys() && m_secrets->hasHmacKeys() ? Kind::Hmac : Kind::ApiWallet);
    resize(560, sizeHint().height());
}

ApiKeyDialog::~ApiKeyDialog() = default;

void ApiKeyDialog::openFor(DeskSession *session, QWidget *parent)
{
    if (const RemoteEngine *remote = session->remote()) {
        MessageBox::information(parent, tr("API keys"),
            tr("This window shows the engine at %1. It trades with the API keys of the machine it runs on "
               "(systemd credentials, a key file only its user can read, or that machine's keychain); keys "
               "entered here would stay on this computer and not be used.")
                .arg(remote->address()));
        return;
    }
    ApiKeyDialog dialog(session->secrets(), parent);
    dialog.exec();
}

void ApiKeyDialog::setKind(Kind kind)
{
    m_ui->apiKeyKindCombo->setCurrentIndex(kind == Kind::ApiWallet ? 0 : 1);
    m_ui->apiKeyPages->setCurrentIndex(m_ui->apiKeyKindCombo->currentIndex());
}

void ApiKeyDialog::updateSignerAddress()
{
    // The address the key derives, so the trader can check it against the one Aster shows.
    const QByteArray key = m_ui->apiSignerKeyEdit->text().trimmed().toLatin1();
    if (key.isEmpty()) {
        m_ui->apiSignerAddress->setText(tr("(derived from the private key)"));
        return;
    }
    const auto signer = exchange::Eip712Signer::fromPrivateKey(key);
    m_ui->apiSignerAddress->setText(signer ? signer.value().address() : tr("not a valid private key yet"));
}

void ApiKeyDialog::showProblem(const QString &text)
{
    m_ui->apiKeyStatus->setText(text);
    m_ui->apiKeyStatus->setStyleSheet(u"color: %1;"_s.arg(UiFormat::lossColor().name()));
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
    const auto refused = [this] {
        const QString missing = m_secrets ? m_secrets->unavailableExplanation() : QString();
        return missing.isEmpty()
            ? tr("The keychain refused the keys (is a keyring service running?). Nothing else was changed.")
            : missing;
    };
    if (const auto exchange = m_ui->exchangeProfileBox->profile(); !exchange) {
        showProblem(exchange.error().message);
        return;
    }
    const bool isWallet = m_ui->apiKeyKindCombo->currentIndex() == 0;
    const QString typed = isWallet ? m_ui->apiUserEdit->text() + m_ui->apiSignerKeyEdit->text()
                                   : m_ui->apiKeyEdit->text() + m_ui->apiSecretEdit->text();
    const bool isKept
        = m_secrets && (isWallet ? m_secrets->hasV3Keys() : m_secrets->hasHmacKeys()) && typed.trimmed().isEmpty();
    if (isKept) {
        // Only the exchange changes: the stored keys of this kind stay as they are.
    } else if (isWallet) {
        const QString user = m_ui->apiUserEdit->text().trimmed();
        const QString key = m_ui->apiSignerKeyEdit->text().trimmed();
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
            showProblem(refused());
            return;
        }
    } else {
        const QString key = m_ui->apiKeyEdit->text().trimmed();
        const QString secret = m_ui->apiSecretEdit->text().trimmed();
        if (key.isEmpty() || secret.isEmpty()) {
            showProblem(tr("Enter both the API key and the API secret."));
            return;
        }
        if (!save({ { SecretStore::apiKeyName(), key }, { SecretStore::apiSecretName(), secret } },
                { SecretStore::v3UserName(), SecretStore::v3SignerKeyName() })) {
            showProblem(refused());
            return;
        }
    }
    // Checked above, so this only writes the application's settings (hosts and chain id).
    (void)m_ui->exchangeProfileBox->save();
    m_ui->apiKeyEdit->clear();
    m_ui->apiSecretEdit->clear();
    m_ui->apiSignerKeyEdit->clear();
    QDialog::accept();
}

} // namespace trd::ui
