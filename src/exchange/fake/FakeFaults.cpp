// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeFaults.h"

#include "fake/FakeJson.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

void FakeFaults::failNext(const Failure &failure)
{
    if (failure.remaining > 0) {
        m_failures.append(failure);
    }
}

std::optional<FakeFaults::Failure> FakeFaults::takeFailure(const QString &path)
{
    for (qsizetype i = 0; i < m_failures.size(); ++i) {
        Failure &failure = m_failures[i];
        if (!failure.path.isEmpty() && failure.path != path) {
            continue;
        }
        const Failure taken = failure;
        if (--failure.remaining <= 0) {
            m_failures.removeAt(i);
        }
        return taken;
    }
    return std::nullopt;
}

FakeResponse FakeFaults::failureResponse(const Failure &failure)
{
    // Bodies as the real exchange words them, so the client's message handling is exercised.
    FakeResponse response;
    response.status = failure.httpStatus;
    switch (failure.httpStatus) {
    case 429:
        response.body = failure.code == -1015
            ? FakeJson::error(-1015, u"Too many new orders; current limit is 1200 orders per MINUTE."_s)
            : FakeJson::error(-1003,
                u"Too many requests; current limit is 2400 requests per minute. Please use the websocket for "
                u"live updates to avoid polling the API."_s);
        break;
    case 418:
        response.body = FakeJson::error(-1003, u"Way too many requests; IP banned until further notice."_s);
        break;
    case 503:
        response.body = FakeJson::error(-1001, u"Service Unavailable."_s);
        break;
    default:
        response.body = FakeJson::error(-1000, u"An unknown error occurred while processing the request."_s);
        break;
    }
    if (failure.httpStatus == 429 || failure.httpStatus == 418) {
        response.headers.append({ "Retry-After", QByteArray::number(failure.retryAfterSeconds) });
    }
    return response;
}

std::optional<core::Error> FakeFaults::takeOrderRejection()
{
    return std::exchange(m_orderRejection, std::nullopt);
}

void FakeFaults::clear()
{
    m_failures.clear();
    m_delayMs = 0;
    m_orderRejection.reset();
}

} // namespace trd::exchange
