// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StreamParser::parse on arbitrary frames: a typed event or an error that says why.
#include "FuzzSupport.h"
#include "protocol/StreamParser.h"

namespace fz = trd::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray frame = fz::bytes(data, size);
    auto event = trd::exchange::StreamParser::parse(frame);
    fz::requireExplained(event, "StreamParser::parse");
    // Parsing is pure: the same frame gives the same outcome.
    auto again = trd::exchange::StreamParser::parse(frame);
    fz::require(event.hasValue() == again.hasValue(), "StreamParser::parse is not deterministic");
    if (event && again) {
        fz::require(event->index() == again->index(), "StreamParser::parse is not deterministic");
    }
    return 0;
}
