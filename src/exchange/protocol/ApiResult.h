// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "protocol/ExchangeError.h"

#include <optional>
#include <utility>

namespace trd::exchange {

// The answer to one REST call: a typed value, or the ExchangeError with the exchange's code,
// message and what to do about it. core::Result's Error cannot carry that action (query the
// order, back off, resync the clock), which is why a REST answer is not a core::Result. An
// answer that arrived but cannot be read is an ExchangeError too (Action::Unreadable) whose
// message names the field.
template<typename T>
class [[nodiscard]] ApiResult
{
public:
    ApiResult(T value)
        : m_value(std::move(value))
    { }
    ApiResult(ExchangeError error)
        : m_error(std::move(error))
    { }
    // A parse result: its error becomes Unreadable.
    static ApiResult fromParsed(core::Result<T> parsed)
    {
        if (!parsed) {
            return ExchangeError::unreadable(parsed.error().message);
        }
        return std::move(parsed).value();
    }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const T &value() const & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const ExchangeError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ExchangeError m_error;
};

template<>
class [[nodiscard]] ApiResult<void>
{
public:
    ApiResult() = default;
    ApiResult(ExchangeError error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const ExchangeError &error() const { return m_error; }

private:
    ExchangeError m_error;
    bool m_failed = false;
};

} // namespace trd::exchange
