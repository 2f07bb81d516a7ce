// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace trd::engine {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "trd.engine.secrets")

void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

// The keychain's own failures; an absent entry (or one that could not be deleted) is about the
// entry, not the keychain.
bool isBackendFailure(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return true;
}

} // namespace

template<typename Job>
void KeychainSecretStore::run(Job &job)
{
    runToEnd(job);
    if (isBackendFailure(job.error())) {
        // qtkeychain's text names the cause ("No keychain service available", a D-Bus error); it
        // never holds the secret.
        QString failure
            = job.errorString().isEmpty() ? QStringLiteral("error %1").arg(int(job.error())) : job.errorString();
#ifdef Q_OS_LINUX
        // Headless, qtkeychain only says "Unknown error": the missing session bus is the reason.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            failure += QStringLiteral("; no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set");
        }
#endif
        if (failure != m_failure) {
            qCWarning(lcSecrets).noquote() << "keychain unavailable:" << failure;
        }
        m_failure = failure;
    } else {
        m_failure.clear();
    }
}

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{ }

QString KeychainSecretStore::read(const QString &name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    run(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool KeychainSecretStore::write(const QString &name, const QString &value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setTextData(value);
    run(job);
    return job.error() == QKeychain::NoError;
}

bool KeychainSecretStore::remove(const QString &name)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    run(job);
    return job.error() == QKeychain::NoError;
}

} // namespace trd::engine
