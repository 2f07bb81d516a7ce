// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace trd::core {

// An error a user can act on: the message names what was wrong (a key, a line, a file) and why.
struct Error
{
    QString message;
    int code = 0; // the exchange's error code where there is one, else 0
};

// A value or the error that prevented it. E is Error almost everywhere; the exchange library
// uses its ExchangeError, which also says what to do about it.
// A value quoted in an error message, cut to `max` characters and "…": a multi-megabyte bad value
// is not echoed whole into a message a person has to read.
inline QString shortened(QStringView text, qsizetype max = 80)
{
    return text.size() > max ? text.left(max).toString() + QChar(0x2026) : text.toString();
}

template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(E error)
        : m_error(std::move(error))
    { }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const E &error() const { return m_error; }

private:
    std::optional<T> m_value;
    E m_error;
};

template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return m_error; }

private:
    E m_error;
    bool m_failed = false;
};

} // namespace trd::core
