// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

namespace trd::core {
class TrancheStore;
}

namespace trd::cli {

// tranches.csv and events.csv (formats.md §3): RFC 4180, UTF-8, a header row, "." decimals,
// ISO-8601 UTC times beside their epoch-ms column, numbers exactly as stored. Events are read a
// page at a time, so a store with millions of them exports in constant memory.
class CsvExporter
{
public:
    struct Counts
    {
        qint64 tranches = 0;
        qint64 events = 0;
    };
    using Progress = std::function<void(qint64 eventsWritten)>;

    static core::Result<Counts> exportAll(
        core::TrancheStore &store, const QString &directory, const Progress &progress = {});
    static core::Result<qint64> exportTranches(core::TrancheStore &store, const QString &path);
    static core::Result<qint64> exportEvents(
        core::TrancheStore &store, const QString &path, const Progress &progress = {});
    // One RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
    static QString field(const QString &value);
    static QString isoTime(qint64 ms);
};

} // namespace trd::cli
