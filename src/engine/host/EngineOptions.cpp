// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineOptions.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

QString EngineOptions::storePath() const
{
    const QString dir = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    return QDir(dir).filePath(u"tranchedesk.sqlite"_s);
}

QString EngineOptions::liveStorePath() const
{
    return QFileInfo(storePath()).absoluteDir().filePath(u"tranchedesk-live.sqlite"_s);
}

QString EngineOptions::configPath() const
{
    const QString dir
        = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) : dataDir;
    return QDir(dir).filePath(u"config.json"_s);
}

} // namespace trd::engine
