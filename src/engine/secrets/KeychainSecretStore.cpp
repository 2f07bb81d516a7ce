// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace trd::engine {

namespace {

void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{ }

QString KeychainSecretStore::read(const QString &name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runToEnd(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

bool KeychainSecretStore::write(const QString &name, const QString &value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setTextData(value);
    runToEnd(job);
    return job.error() == QKeychain::NoError;
}

bool KeychainSecretStore::remove(const QString &name)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runToEnd(job);
    return job.error() == QKeychain::NoError;
}

} // namespace trd::engine
