// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake/FakeSignatureCheck.h"

#include "fake/FakeJson.h"
#include "protocol/Eip712Signer.h"
#include "protocol/RequestSigner.h"

#include <QRegularExpression>

#include <cstdlib>
#include <memory>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

namespace {

constexpr qint64 kMaxAheadMs = 1000;
constexpr int kDefaultRecvWindowMs = 5000;

FakeResponse refused(int code, const QString &message)
{
    return { 400, FakeJson::error(code, message), {} };
}

FakeResponse missing(const QString &parameter)
{
    return refused(-1102, u"Mandatory parameter '%1' was not sent, was empty/null, or malformed."_s.arg(parameter));
}

// -1100 as Binance answers a value outside a parameter's pattern ("recvWindow=abc").
std::optional<FakeResponse> illegalUnlessDigits(const QHash<QString, QString> &params, const QString &key)
{
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    if (digits.match(params.value(key)).hasMatch()) {
        return std::nullopt;
    }
    return refused(-1100, u"Illegal characters found in parameter '%1'; legal range is '^[0-9]{1,20}$'."_s.arg(key));
}

FakeResponse badSignature()
{
    return refused(-1022, u"Signature for this request is not valid."_s);
}

FakeResponse nonceExpired()
{
    // As Aster words it (its V3 document's noop example).
    return refused(-4225, u"Nonce Expired"_s);
}

// One part (query or body) without its "signature=..." item, exactly as sent otherwise.
QByteArray withoutSignature(const QByteArray &part)
{
    QList<QByteArray> items = part.split('&');
    items.removeIf([](const QByteArray &item) { return item.startsWith("signature="); });
    return items.join('&');
}

struct ContextDeleter
{
    void operator()(secp256k1_context *c) const { secp256k1_context_destroy(c); }
};

} // namespace

FakeSignatureCheck::FakeSignatureCheck(const FakeExchangeSettings &settings, Now now)
    : m_secret(settings.secret)
    , m_recvWindowMaxMs(settings.recvWindowMaxMs)
    , m_user(settings.v3User)
    , m_signer(settings.v3Signer)
    , m_nonceWindowMs(settings.nonceWindowMs)
    , m_chainId(settings.chainId)
    , m_now(std::move(now))
{ }

std::optional<FakeResponse> FakeSignatureCheck::checkHmac(const FakeRequest &request, const Params &params) const
{
    const QString signature = params.value(u"signature"_s);
    if (signature.isEmpty()) {
        return missing(u"signature"_s);
    }
    // Binance's rule: the query then the body, concatenated as sent with nothing between.
    const QByteArray payload = withoutSignature(request.rawQuery) + withoutSignature(request.body);
    if (signature.toLatin1().toLower() != RequestSigner::sign(payload, m_secret)) {
        return badSignature();
    }
    bool isNumber = false;
    if (params.value(u"timestamp"_s).isEmpty()) {
        return missing(u"timestamp"_s);
    }
    if (auto refusal = illegalUnlessDigits(params, u"timestamp"_s)) {
        return refusal;
    }
    const qint64 timestamp = params.value(u"timestamp"_s).toLongLong(&isNumber);
    int recvWindow = kDefaultRecvWindowMs;
    if (params.contains(u"recvWindow"_s)) {
        if (auto refusal = illegalUnlessDigits(params, u"recvWindow"_s)) {
            return refusal;
        }
        recvWindow = params.value(u"recvWindow"_s).toInt(&isNumber);
        if (!isNumber || recvWindow <= 0 || recvWindow > m_recvWindowMaxMs) {
            return refused(-1131, u"recvWindow must be less than %1."_s.arg(m_recvWindowMaxMs));
        }
    }
    const qint64 now = m_now();
    if (timestamp > now + kMaxAheadMs) {
        return refused(-1021, u"Timestamp for this request was 1000ms ahead of the server's time."_s);
    }
    if (now - timestamp > recvWindow) {
        return refused(-1021, u"Timestamp for this request is outside of the recvWindow."_s);
    }
    return std::nullopt;
}

std::optional<FakeResponse> FakeSignatureCheck::checkV3(const FakeRequest &request, const Params &params)
{
    const QByteArray signature = params.value(u"signature"_s).toLatin1();
    if (signature.isEmpty()) {
        return missing(u"signature"_s);
    }
    bool isNumber = false;
    const qint64 nonce = params.value(u"nonce"_s).toLongLong(&isNumber);
    if (!isNumber) {
        return missing(u"nonce"_s);
    }
    // The signed message is the parameters as sent: in the query or in the body.
    const QByteArray query = withoutSignature(request.rawQuery);
    const QByteArray body = withoutSignature(request.body);
    const QByteArray message = query.isEmpty() || body.isEmpty() ? QByteArray(query + body) : query + '&' + body;
    const auto recovered = recoverSigner(message, signature, m_chainId);
    const QString signer = params.value(u"signer"_s);
    const QString user = params.value(u"user"_s, m_user);
    const auto same = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; };
    // Only the configured API wallet signs, and only for its own account.
    if (!recovered || !same(recovered.value(), signer) || m_signer.isEmpty() || !same(signer, m_signer)
        || !same(user, m_user)) {
        return badSignature();
    }
    if (std::abs(nonce / 1000 - m_now()) > m_nonceWindowMs) {
        return nonceExpired();
    }
    std::set<qint64> &used = m_nonces[signer.toLower()];
    const bool isFull = int(used.size()) >= kRememberedNonces;
    if (used.contains(nonce) || (isFull && nonce < *used.begin())) {
        return nonceExpired();
    }
    used.insert(nonce);
    if (int(used.size()) > kRememberedNonces) {
        used.erase(used.begin());
    }
    return std::nullopt;
}

core::Result<QString> FakeSignatureCheck::recoverSigner(
    const QByteArray &message, const QByteArray &signatureHex, quint64 chainId)
{
    const QByteArray hex = signatureHex.startsWith("0x") ? signatureHex.mid(2) : signatureHex;
    const QByteArray raw = QByteArray::fromHex(hex);
    if (hex.size() != 130 || raw.size() != 65) {
        return core::Error { u"a V3 signature is 65 bytes in hex"_s };
    }
    // v is 27 or 28 as ethers writes it; 0 or 1 from some signers.
    const int v = static_cast<unsigned char>(raw.at(64));
    const int recoveryId = v >= 27 ? v - 27 : v;
    if (recoveryId < 0 || recoveryId > 3) {
        return core::Error { u"the signature's recovery id is out of range"_s };
    }
    const std::unique_ptr<secp256k1_context, ContextDeleter> ctx(secp256k1_context_create(SECP256K1_CONTEXT_NONE));
    secp256k1_ecdsa_recoverable_signature parsed;
    secp256k1_pubkey pubkey;
    const QByteArray digest = Eip712Signer::digest(message, chainId);
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(
            ctx.get(), &parsed, reinterpret_cast<const unsigned char *>(raw.constData()), recoveryId)
        || !secp256k1_ecdsa_recover(
            ctx.get(), &pubkey, &parsed, reinterpret_cast<const unsigned char *>(digest.constData()))) {
        return core::Error { u"no public key recovers from the signature"_s };
    }
    unsigned char serialized[65];
    size_t length = sizeof serialized;
    secp256k1_ec_pubkey_serialize(ctx.get(), serialized, &length, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    return Eip712Signer::addressOf(QByteArray(reinterpret_cast<const char *>(serialized), int(length)));
}

} // namespace trd::exchange
