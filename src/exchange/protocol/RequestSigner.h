// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace trd::exchange {

// HMAC-SHA256 request signing of Binance-compatible APIs (Aster's V1 keys): the signature is
// the lowercase hex HMAC of the exact parameter string sent, query string then body,
// concatenated as sent and never re-ordered.
class RequestSigner
{
public:
    using Parameters = QList<QPair<QString, QString>>;

    // "a=1&b=2" in the given order, values percent-encoded as a form would send them.
    static QByteArray encode(const Parameters &parameters);
    static QByteArray sign(const QByteArray &payload, const QByteArray &secret);
    // The parameters with recvWindow and timestamp appended and the signature last.
    static QByteArray signedQuery(
        Parameters parameters, qint64 timestampMs, int recvWindowMs, const QByteArray &secret);
};

} // namespace trd::exchange
