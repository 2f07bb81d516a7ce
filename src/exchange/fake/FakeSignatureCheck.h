// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "fake/FakeHttp.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <set>

namespace trd::exchange {

// Verifies signed requests as Aster does. HMAC (V1): the hex HMAC-SHA256 of the query then the
// body as sent, timestamp and recvWindow. V3 ("Pro API"): the address recovered from the 65-byte
// signature over the EIP-712 digest of the query (or body) as sent must be the `signer` sent and
// the configured API wallet of the configured `user`; the microsecond nonce must lie within the
// nonce window of the server clock and not be one of the signer's last 100 (Aster's "V3 Nonce
// Mechanism"). Refusals are the exchange's: -1102, -1131, -1021, -1022, -4225.
class FakeSignatureCheck
{
public:
    using Now = std::function<qint64()>;
    using Params = QHash<QString, QString>;

    FakeSignatureCheck(const FakeExchangeSettings &settings, Now now);

    // A request that names a signer is signed the V3 way.
    static bool isV3(const Params &params) { return params.contains(QStringLiteral("signer")); }
    // Nothing when the request is authentic, else the answer that refuses it.
    std::optional<FakeResponse> checkHmac(const FakeRequest &request, const Params &params) const;
    std::optional<FakeResponse> checkV3(const FakeRequest &request, const Params &params);

    // The EIP-55 address whose key made `signatureHex` ("0x" + r ‖ s ‖ v) over the typed-data
    // digest of `message`.
    static core::Result<QString> recoverSigner(
        const QByteArray &message, const QByteArray &signatureHex, quint64 chainId = 1666);

private:
    static constexpr int kRememberedNonces = 100;

    QByteArray m_secret;
    int m_recvWindowMaxMs;
    QString m_user;
    QString m_signer;
    qint64 m_nonceWindowMs;
    quint64 m_chainId;
    Now m_now;
    QHash<QString, std::set<qint64>> m_nonces; // per signer (lower case), the last ones used
};

} // namespace trd::exchange
