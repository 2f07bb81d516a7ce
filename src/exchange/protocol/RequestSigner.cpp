// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RequestSigner.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

QByteArray RequestSigner::encode(const Parameters &parameters)
{
    QByteArray out;
    for (const auto &[key, value] : parameters) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray RequestSigner::sign(const QByteArray &payload, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(payload, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray RequestSigner::signedQuery(
    Parameters parameters, qint64 timestampMs, int recvWindowMs, const QByteArray &secret)
{
    if (recvWindowMs > 0) {
        parameters.append({ u"recvWindow"_s, QString::number(recvWindowMs) });
    }
    parameters.append({ u"timestamp"_s, QString::number(timestampMs) });
    const QByteArray payload = encode(parameters);
    return payload + "&signature=" + sign(payload, secret);
}

} // namespace trd::exchange
