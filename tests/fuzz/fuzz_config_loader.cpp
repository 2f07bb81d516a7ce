// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConfigLoader::fromJson on arbitrary bytes (the configuration file's contents): a configuration
// or an error naming what is wrong. An accepted configuration saves as JSON that loads again to
// the same document.
#include "FuzzSupport.h"
#include "config/ConfigLoader.h"

#include <QJsonDocument>

using trd::core::ConfigIssue;
using trd::core::ConfigLoader;
namespace fz = trd::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QList<ConfigIssue> warnings;
    auto config = ConfigLoader::fromJson(fz::bytes(data, size), &warnings);
    fz::requireExplained(config, "ConfigLoader::fromJson");
    for (const ConfigIssue &warning : std::as_const(warnings)) {
        fz::require(!warning.message.trimmed().isEmpty(), "a warning without a message");
    }
    if (!config) {
        return 0;
    }
    const QByteArray saved = QJsonDocument(ConfigLoader::toJson(config.value())).toJson(QJsonDocument::Compact);
    auto reloaded = ConfigLoader::fromJson(saved);
    fz::require(reloaded.hasValue(), "a saved configuration does not load again",
        reloaded ? QString() : reloaded.error().message);
    const QByteArray savedAgain = QJsonDocument(ConfigLoader::toJson(reloaded.value())).toJson(QJsonDocument::Compact);
    fz::require(saved == savedAgain, "saving a reloaded configuration changes it", QString::fromUtf8(saved));
    return 0;
}
