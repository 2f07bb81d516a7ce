// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/Eip712Signer.h"

#include <QCryptographicHash>

#include <memory>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {

struct ContextDeleter
{
    void operator()(secp256k1_context *c) const { secp256k1_context_destroy(c); }
};
using Context = std::unique_ptr<secp256k1_context, ContextDeleter>;

Context newContext()
{
    return Context(secp256k1_context_create(SECP256K1_CONTEXT_NONE));
}

QByteArray uint256(quint64 value)
{
    QByteArray out(32, '\0');
    for (int i = 0; i < 8; ++i) {
        out[31 - i] = char((value >> (8 * i)) & 0xff);
    }
    return out;
}

} // namespace

QByteArray Eip712Signer::keccak256(const QByteArray &data)
{
    // Qt's Keccak_256 is the original Keccak that Ethereum uses (not SHA3-256's padding).
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

QString Eip712Signer::checksumAddress(const QByteArray &twentyBytes)
{
    const QByteArray hex = twentyBytes.toHex();
    const QByteArray hash = keccak256(hex).toHex();
    QString out = u"0x"_s;
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const char c = hex[i];
        const bool upper = c >= 'a' && c <= 'f' && QByteArray(1, hash[i]).toInt(nullptr, 16) >= 8;
        out += QLatin1Char(upper ? char(c - 'a' + 'A') : c);
    }
    return out;
}

core::Result<Eip712Signer> Eip712Signer::fromPrivateKey(const QByteArray &privateKeyHex, quint64 chainId)
{
    QByteArray hex = privateKeyHex.trimmed();
    if (hex.startsWith("0x") || hex.startsWith("0X")) {
        hex = hex.mid(2);
    }
    const auto decoded = QByteArray::fromHex(hex);
    if (hex.size() != 64 || decoded.size() != 32 || decoded.toHex() != hex.toLower()) {
        return core::Error { u"the API wallet key must be 64 hexadecimal digits"_s };
    }
    const Context ctx = newContext();
    const auto *key = reinterpret_cast<const unsigned char *>(decoded.constData());
    secp256k1_pubkey pubkey;
    if (!secp256k1_ec_seckey_verify(ctx.get(), key) || !secp256k1_ec_pubkey_create(ctx.get(), &pubkey, key)) {
        return core::Error { u"the API wallet key is not a valid secp256k1 private key"_s };
    }
    unsigned char serialized[65];
    size_t length = sizeof serialized;
    secp256k1_ec_pubkey_serialize(ctx.get(), serialized, &length, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    Eip712Signer signer;
    signer.m_privateKey = decoded;
    signer.m_chainId = chainId;
    signer.m_address = addressOf(QByteArray(reinterpret_cast<char *>(serialized), int(length)));
    return signer;
}

QString Eip712Signer::addressOf(const QByteArray &uncompressedPublicKey)
{
    // The last 20 bytes of the Keccak-256 of x ‖ y (the 0x04 prefix is not hashed).
    return checksumAddress(keccak256(uncompressedPublicKey.mid(1)).right(20));
}

QByteArray Eip712Signer::digest(const QByteArray &message, quint64 chainId)
{
    const QByteArray domainType
        = keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    const QByteArray domainSeparator = keccak256(
        domainType + keccak256("AsterSignTransaction") + keccak256("1") + uint256(chainId) + QByteArray(32, '\0'));
    const QByteArray structHash = keccak256(keccak256("Message(string msg)") + keccak256(message));
    return keccak256(QByteArray("\x19\x01", 2) + domainSeparator + structHash);
}

QByteArray Eip712Signer::sign(const QByteArray &message) const
{
    const Context ctx = newContext();
    const QByteArray hash = digest(message);
    secp256k1_ecdsa_recoverable_signature signature;
    // RFC 6979 nonces: the same key and message always give the same signature.
    secp256k1_ecdsa_sign_recoverable(ctx.get(), &signature, reinterpret_cast<const unsigned char *>(hash.constData()),
        reinterpret_cast<const unsigned char *>(m_privateKey.constData()), nullptr, nullptr);
    unsigned char compact[64];
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx.get(), compact, &recoveryId, &signature);
    QByteArray out(reinterpret_cast<char *>(compact), 64);
    out.append(char(27 + recoveryId));
    return "0x" + out.toHex();
}

QByteArray Eip712Signer::signedQuery(
    RequestSigner::Parameters parameters, qint64 nonceMicros, const QString &user) const
{
    parameters.append({ u"nonce"_s, QString::number(nonceMicros) });
    parameters.append({ u"user"_s, user });
    parameters.append({ u"signer"_s, m_address });
    const QByteArray message = RequestSigner::encode(parameters);
    return message + "&signature=" + sign(message);
}

} // namespace trd::exchange
