// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "protocol/RequestSigner.h"

#include <QByteArray>
#include <QString>

namespace trd::exchange {

// Aster's V3 ("Pro API") request signing, for keys created since it stopped issuing HMAC keys:
// the parameters plus nonce (µs), user and signer are form-encoded into one string msg, signed
// as EIP-712 typed data Message{string msg} under the domain {name "AsterSignTransaction",
// version "1", chainId, verifyingContract 0x0} with the API wallet's secp256k1 key
// (Keccak-256, recoverable ECDSA, 65 bytes as 0x-hex). The private key never leaves this class.
class Eip712Signer
{
public:
    static constexpr quint64 kMainnetChainId = 1666;
    static constexpr quint64 kTestnetChainId = 714; // Aster's testnet document

    // privateKeyHex: 64 hex digits, with or without 0x. An invalid key is an error, not a crash.
    static core::Result<Eip712Signer> fromPrivateKey(
        const QByteArray &privateKeyHex, quint64 chainId = kMainnetChainId);

    // The API wallet's address, EIP-55 checksummed ("0x…").
    QString address() const { return m_address; }
    // keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(Message{msg})).
    QByteArray digest(const QByteArray &message) const { return digest(message, m_chainId); }
    // The same for any chain: what a verifier recovers the signer's address from.
    static QByteArray digest(const QByteArray &message, quint64 chainId);
    // "0x" + r ‖ s ‖ v (v = 27 + recovery id), as ethers' signTypedData writes it.
    QByteArray sign(const QByteArray &message) const;
    // The full query: parameters, nonce, user, signer, then signature (what is sent).
    QByteArray signedQuery(RequestSigner::Parameters parameters, qint64 nonceMicros, const QString &user) const;

    static QByteArray keccak256(const QByteArray &data);
    static QString checksumAddress(const QByteArray &twentyBytes);
    // The address of an uncompressed secp256k1 public key (0x04 ‖ x ‖ y, 65 bytes).
    static QString addressOf(const QByteArray &uncompressedPublicKey);

private:
    Eip712Signer() = default;

    QByteArray m_privateKey; // 32 bytes
    quint64 m_chainId = kMainnetChainId;
    QString m_address;
};

} // namespace trd::exchange
