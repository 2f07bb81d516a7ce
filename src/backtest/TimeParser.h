// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace trd::backtest {

// Times of the input files (backtest.md §1): epoch milliseconds, epoch seconds (with or without a
// fraction), epoch microseconds, or ISO-8601 ("2024-12-04T16:46:25.584Z", a space for the "T",
// any number of fraction digits, "Z", "+05:30" or "+0530"). A time without an offset is refused
// unless a zone was given, so that an hour is never guessed.
class TimeParser
{
public:
    TimeParser() = default;
    explicit TimeParser(std::optional<QTimeZone> zone);

    // "+05:30", "-03:00", "UTC", "Z" or an IANA name such as "Asia/Kolkata".
    static core::Result<QTimeZone> zoneFromText(const QString &text);

    core::Result<qint64> parse(QByteArrayView text) const;
    bool hasZone() const { return m_zone.has_value(); }

private:
    core::Result<qint64> parseIso(QByteArrayView text) const;

    std::optional<QTimeZone> m_zone;
    int m_fixedOffsetSeconds = 0; // m_zone's offset when it has no daylight saving
    bool m_isFixed = false;
};

} // namespace trd::backtest
