// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "config/AppConfig.h"
#include "config/ConfigValidator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace trd::core {

// Reads and writes the configuration file (formats.md §1, keys in tranche-rules.md §9 and
// docs/configuration.md).
//
// Loading never substitutes a default for a value that is present: a wrong type or an
// out-of-range value is an error naming the key path, the value and the allowed range, and every
// error in the document is reported at once (one per line of Error::message). Warnings (a usable
// but doubtful configuration) go to `warnings` when it is given; ConfigValidator::validate()
// returns them again at any time.
class ConfigLoader
{
public:
    static Result<AppConfig> fromJson(const QByteArray &json, QList<ConfigIssue> *warnings = nullptr);
    static Result<AppConfig> fromJsonObject(const QJsonObject &object, QList<ConfigIssue> *warnings = nullptr);
    static Result<AppConfig> loadFile(const QString &path, QList<ConfigIssue> *warnings = nullptr);
    // The original web bot's config.user.json: the same layout, plus its legacy per-symbol
    // `volumeThresholdUSDT`, which stands for whichever of long/shortVolumeThresholdUSDT is absent.
    // The api keys land in AppConfig::apiKey/secretKey for the caller to move to the keychain.
    static Result<AppConfig> importOriginalBotConfig(const QString &path, QList<ConfigIssue> *warnings = nullptr);

    // The known keys written over a copy of AppConfig::original, so unknown keys survive. The api
    // keys are always written blank. Decimals are JSON strings, enums their text.
    static QJsonObject toJson(const AppConfig &config);
    // Refuses a configuration with errors; writes atomically (QSaveFile), so the previous file is
    // intact whenever this fails. Creates the parent folder if needed.
    static Result<void> saveFile(const AppConfig &config, const QString &path);
    // The bytes as the whole new content of `path`, or the old file untouched.
    static Result<void> writeAtomically(const QString &path, const QByteArray &bytes);
};

} // namespace trd::core
