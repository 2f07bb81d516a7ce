// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "protocol/ExchangeError.h"

#include <utility>

namespace trd::exchange {

// The answer to one REST call: a typed value, or the ExchangeError with the exchange's code,
// message and what to do about it (query the order, back off, resync the clock), which
// core::Error cannot carry. An answer that arrived but cannot be read is an ExchangeError too
// (Action::Unreadable) whose message names the field.
template<typename T>
using ApiResult = core::Result<T, ExchangeError>;

// A parse result as an answer: its error becomes Unreadable.
template<typename T>
ApiResult<T> fromParsed(core::Result<T> parsed)
{
    if (!parsed) {
        return ExchangeError::unreadable(parsed.error().message);
    }
    return std::move(parsed).value();
}

} // namespace trd::exchange
