// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tranche/ClientOrderId.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {
constexpr int kUuidChars = 22;
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QChar letterOf(OrderPurpose purpose)
{
    switch (purpose) {
    case OrderPurpose::Entry:
        return u'E';
    case OrderPurpose::TakeProfit:
        return u'T';
    case OrderPurpose::StopLoss:
        return u'S';
    case OrderPurpose::Close:
        return u'C';
    }
    return u'?';
}
} // namespace

QString ClientOrderId::make(OrderPurpose purpose, const QString &trancheId, qint64 seq)
{
    const QByteArray uuid = QUuid::fromString(trancheId).toRfc4122().toBase64(kEncoding);
    return u"td"_s + letterOf(purpose) + QString::fromLatin1(uuid) + u'-' + QString::number(seq, 36);
}

std::optional<ClientOrderId::Parts> ClientOrderId::parse(QStringView id)
{
    if (id.size() < 3 + kUuidChars + 2 || !id.startsWith(u"td") || id[3 + kUuidChars] != u'-') {
        return std::nullopt;
    }
    Parts parts;
    switch (id[2].unicode()) {
    case u'E':
        parts.purpose = OrderPurpose::Entry;
        break;
    case u'T':
        parts.purpose = OrderPurpose::TakeProfit;
        break;
    case u'S':
        parts.purpose = OrderPurpose::StopLoss;
        break;
    case u'C':
        parts.purpose = OrderPurpose::Close;
        break;
    default:
        return std::nullopt;
    }
    const QByteArray encoded = id.mid(3, kUuidChars).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16) {
        return std::nullopt;
    }
    const QUuid uuid = QUuid::fromRfc4122(decoded.decoded);
    bool ok = false;
    parts.seq = id.mid(3 + kUuidChars + 1).toLongLong(&ok, 36);
    if (uuid.isNull() || !ok) {
        return std::nullopt;
    }
    parts.trancheId = uuid.toString(QUuid::WithoutBraces);
    return parts;
}

QString ClientOrderId::newTrancheId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace trd::core
