// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/ConnectEngineDialog.h"

#include "common/UiFormat.h"
#include "session/RemoteProfile.h"
#include "ui_ConnectEngineDialog.h"

#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

ConnectEngineDialog::ConnectEngineDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectEngineDialog>())
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    setObjectName(u"connectEngineDialog"_s);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_ui->connectError->setStyleSheet(u"color: %1;"_s.arg(UiFormat::lossColor().name()));
    m_ui->connectError->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConnectEngineDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &ConnectEngineDialog::showFingerprint);
    m_ui->addressEdit->setText(RemoteProfile::savedAddress());
    if (auto url = RemoteProfile::urlFor(address());
        url && !RemoteProfile::savedToken(m_secrets, url.value()).isEmpty()) {
        m_ui->tokenEdit->setPlaceholderText(tr("kept in the keychain; type to replace it"));
    }
    showFingerprint();
}

ConnectEngineDialog::~ConnectEngineDialog() = default;

QString ConnectEngineDialog::address() const
{
    return m_ui->addressEdit->text().trimmed();
}

QString ConnectEngineDialog::token() const
{
    const QString typed = m_ui->tokenEdit->text().trimmed();
    if (!typed.isEmpty()) {
        return typed;
    }
    auto url = RemoteProfile::urlFor(address());
    return url ? RemoteProfile::savedToken(m_secrets, url.value()) : QString();
}

void ConnectEngineDialog::showFingerprint()
{
    auto url = RemoteProfile::urlFor(address());
    if (!url) {
        m_ui->fingerprintLabel->setText(tr("—"));
    } else if (url.value().scheme() == u"ws"_s) {
        m_ui->fingerprintLabel->setText(tr("none: plain WebSocket on this machine's loopback (or an SSH tunnel)"));
    } else if (const QByteArray pinned = RemoteProfile::pinnedFingerprint(url.value()); !pinned.isEmpty()) {
        m_ui->fingerprintLabel->setText(tr("pinned SHA-256 %1").arg(RemoteProfile::displayFingerprint(pinned)));
    } else {
        m_ui->fingerprintLabel->setText(
            tr("not pinned yet: its fingerprint is shown at the first connection, to compare with the engine's log"));
    }
}

void ConnectEngineDialog::accept()
{
    auto url = RemoteProfile::urlFor(address());
    QString problem = url ? QString() : url.error().message;
    if (problem.isEmpty() && token().isEmpty()) {
        problem = tr("Enter the token that tranchedesk-engine --add-token printed for this desk.");
    }
    if (!problem.isEmpty()) {
        m_ui->connectError->setText(problem);
        m_ui->connectError->show();
        return;
    }
    RemoteProfile::saveAddress(address());
    if (!m_ui->tokenEdit->text().trimmed().isEmpty()
        && !RemoteProfile::saveToken(m_secrets, url.value(), m_ui->tokenEdit->text().trimmed())) {
        m_keychainProblem = m_secrets ? m_secrets->unavailableExplanation() : QString();
    }
    QDialog::accept();
}

} // namespace trd::ui
