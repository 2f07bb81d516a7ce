// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace trd::engine {

// The engine's TLS certificate and key: the ones given, or a self-signed pair made on first start
// by the openssl command (Qt cannot make certificates) and kept in the data folder, the key
// readable by its owner only. Clients pin its SHA-256 fingerprint, printed at every start.
class TlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(trd::engine::TlsIdentity)

public:
    static core::Result<QSslConfiguration> load(const QString &certificatePath, const QString &keyPath);
    // Makes the pair unless both files exist; hostName goes into the certificate's names.
    static core::Result<void> ensureSelfSigned(
        const QString &certificatePath, const QString &keyPath, const QString &hostName);
    // "AB:CD:…": as openssl x509 -fingerprint -sha256 prints it.
    static QString fingerprint(const QSslCertificate &certificate);
};

} // namespace trd::engine
