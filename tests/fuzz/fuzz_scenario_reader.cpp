// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario reader of `tranchedesk-cli simulate` (ScenarioRunner::prepare, which checks every
// line before the store is opened) on arbitrary JSONL: accepted, or refused with a message
// naming the line.
#include "FuzzSupport.h"
#include "ScenarioRunner.h"

#include <QBuffer>

#include <memory>

namespace fz = trd::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // One runner for the whole run: prepare() touches no store and restores the clock it moved.
    static const auto runner = std::make_unique<trd::cli::ScenarioRunner>();
    QByteArray scenario = fz::bytes(data, size);
    QBuffer input(&scenario);
    input.open(QIODevice::ReadOnly);
    auto prepared = runner->prepare(input);
    fz::requireExplained(prepared, "ScenarioRunner::prepare");
    if (!prepared) {
        fz::require(prepared.error().message.startsWith(QStringLiteral("line ")),
            "a refused scenario does not name the line", prepared.error().message);
    }
    for (const QString &warning : runner->warnings()) {
        fz::require(warning.startsWith(QStringLiteral("line ")), "a warning does not name the line", warning);
    }
    return 0;
}
