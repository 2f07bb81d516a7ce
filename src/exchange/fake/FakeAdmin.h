// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fake/FakeHttp.h"

namespace trd::exchange {

class FakeExchangeServer;

// The unsigned /admin/* endpoints, so that a script or the standalone binary can move prices,
// inject liquidations, declare symbols and arm faults (docs/fake-exchange.md lists them).
class FakeAdmin
{
public:
    explicit FakeAdmin(FakeExchangeServer *server);

    FakeResponse handle(const FakeRequest &request);

private:
    FakeResponse mark(const FakeRequest &request);
    FakeResponse liquidation(const FakeRequest &request);
    FakeResponse bookTicker(const FakeRequest &request);
    FakeResponse symbol(const FakeRequest &request);
    FakeResponse funding(const FakeRequest &request);
    FakeResponse fault(const FakeRequest &request);
    FakeResponse state();

    FakeExchangeServer *m_server;
};

} // namespace trd::exchange
