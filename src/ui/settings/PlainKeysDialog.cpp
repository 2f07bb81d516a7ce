// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainKeysDialog.h"

#include "common/UiFormat.h"
#include "ui_PlainKeysDialog.h"

#include <QDir>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

namespace {

// The keychain entry that holds what the original bot kept at this key.
QString keychainName(const QString &key)
{
    return key == u"secretKey" ? SecretStore::apiSecretName() : SecretStore::apiKeyName();
}

} // namespace

PlainKeysDialog::PlainKeysDialog(
    SecretStore *secrets, const QString &path, const QList<core::PlainSecret> &found, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlainKeysDialog>())
    , m_secrets(secrets)
    , m_path(path)
    , m_found(found)
{
    m_ui->setupUi(this);
    QStringList paths;
    for (const core::PlainSecret &secret : std::as_const(m_found)) {
        paths << secret.path;
    }
    m_ui->plainKeysText->setText(
        tr("%1 holds API credentials in plain text (%2): anyone who can read the file can trade with them. "
           "TrancheDesk keeps keys only in the operating system's keychain and does not use these.\n\n"
           "Move to keychain stores them there and rewrites the file without them; everything else in the "
           "file stays as it is.")
            .arg(QDir::toNativeSeparators(m_path), paths.join(u", "_s)));
    m_ui->plainKeysStatus->hide();
    connect(m_ui->moveToKeychainButton, &QPushButton::clicked, this, [this] {
        if (moveToKeychain()) {
            accept();
        }
    });
    connect(m_ui->keepInFileButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

PlainKeysDialog::~PlainKeysDialog() = default;

QString PlainKeysDialog::statusText() const
{
    return m_ui->plainKeysStatus->text();
}

void PlainKeysDialog::showProblem(const QString &text)
{
    m_ui->plainKeysStatus->setText(text);
    m_ui->plainKeysStatus->setStyleSheet(u"color: %1;"_s.arg(UiFormat::lossColor().name()));
    m_ui->plainKeysStatus->show();
}

bool PlainKeysDialog::moveToKeychain()
{
    for (const core::PlainSecret &secret : std::as_const(m_found)) {
        if (!m_secrets || !m_secrets->write(keychainName(secret.key), secret.value)) {
            // Without a keychain service the reason and the way to start one, not just "refused".
            const QString missing = m_secrets ? m_secrets->unavailableExplanation() : QString();
            showProblem(
                tr("The keychain refused the keys, so %1 was left as it was.").arg(QDir::toNativeSeparators(m_path))
                + (missing.isEmpty() ? QString() : u"\n\n"_s + missing));
            return false;
        }
    }
    if (auto removed = core::ConfigSecrets::removeFromFile(m_path); !removed) {
        showProblem(tr("The keys are in the keychain now, but the file could not be rewritten: %1. Blank "
                       "api.apiKey and api.secretKey in it by hand.")
                        .arg(removed.error().message));
        return false;
    }
    Q_EMIT keysMoved();
    return true;
}

} // namespace trd::ui
