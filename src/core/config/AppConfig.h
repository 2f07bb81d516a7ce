// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/GlobalConfig.h"
#include "config/SymbolConfig.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace trd::core {

// The whole configuration file (formats.md §1).
struct AppConfig
{
    QMap<QString, SymbolConfig> symbols;
    GlobalConfig global;
    QString version;
    // Keys found in an imported file; never written to any file by TrancheDesk (they go to the
    // OS keychain and the saved file carries them blank).
    QString apiKey;
    QString secretKey;
    // The document as read, so that keys TrancheDesk does not know survive a save.
    QJsonObject original;

    SymbolConfig symbol(const QString &name) const { return symbols.value(name); }
};

} // namespace trd::core
