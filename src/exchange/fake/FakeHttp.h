// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace trd::exchange {

// One HTTP request as the fake exchange sees it. The query string and body are kept exactly as
// sent, because the signature covers those bytes and not a re-encoding of the parameters.
struct FakeRequest
{
    QString method; // GET, POST, PUT, DELETE
    QString path;
    QByteArray rawQuery;
    QByteArray body;
    QByteArray apiKey; // X-MBX-APIKEY
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// When the stream server pings, gives up on a connection that does not pong, and cuts every
// connection (exchange.md: at most 24 h). Times are of the server clock; checkIntervalMs is how
// often, in real time, the server looks at that clock.
struct FakeStreamTimings
{
    qint64 pingIntervalMs = 5 * 60 * 1000;
    qint64 pongTimeoutMs = 15 * 60 * 1000;
    qint64 lifetimeMs = 24 * 60 * 60 * 1000;
    int checkIntervalMs = 1000;
};

struct FakeExchangeSettings
{
    QByteArray apiKey;
    QByteArray secret;
    int recvWindowMaxMs = 60000;
    // A V3 ("Pro API") account: its wallet and the API wallet that signs for it; empty: none.
    QString v3User {};
    QString v3Signer {};
    // How far a V3 nonce may be from the server clock, either way: 10 s, as Aster's V3 document
    // states, so a client whose clock drifts meets -4225 here as it would there.
    qint64 nonceWindowMs = 10000;
    FakeStreamTimings streams {};
    // The EIP-712 chainId V3 signatures are checked with: Aster's mainnet 1666 or testnet 714.
    quint64 chainId = 1666;
};

} // namespace trd::exchange
