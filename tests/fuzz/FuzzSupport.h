// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: an invariant that does not hold is a crash (abort), which
// libFuzzer records with the input that caused it.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace trd::fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (!condition) {
        fail(what, detail);
    }
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    // A deep copy: Qt may keep what it parsed, and libFuzzer frees the buffer after the call.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A refused input says why: an error with a non-empty message, never a silent failure.
template<typename T, typename E>
void requireExplained(const core::Result<T, E> &result, const char *what)
{
    if (!result) {
        require(!result.error().message.trimmed().isEmpty(), what, QStringLiteral("refused without a message"));
    }
}

} // namespace trd::fuzz
