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

struct FakeExchangeSettings
{
    QByteArray apiKey;
    QByteArray secret;
    int recvWindowMaxMs = 60000;
};

} // namespace trd::exchange
