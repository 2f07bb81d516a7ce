// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/MaintenanceRateSource.h"

#include <QMutex>
#include <QMutexLocker>

namespace trd::core {

namespace {

QMutex &sourceMutex()
{
    static QMutex mutex;
    return mutex;
}

std::shared_ptr<const MaintenanceRateSource> &installedSource()
{
    static std::shared_ptr<const MaintenanceRateSource> source;
    return source;
}

} // namespace

void MaintenanceRateSource::install(std::shared_ptr<const MaintenanceRateSource> source)
{
    QMutexLocker lock(&sourceMutex());
    installedSource() = std::move(source);
}

void MaintenanceRateSource::uninstall(const MaintenanceRateSource *source)
{
    QMutexLocker lock(&sourceMutex());
    if (installedSource().get() == source) {
        installedSource().reset();
    }
}

std::shared_ptr<const MaintenanceRateSource> MaintenanceRateSource::installed()
{
    QMutexLocker lock(&sourceMutex());
    return installedSource();
}

} // namespace trd::core
