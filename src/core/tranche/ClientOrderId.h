// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace trd::core {

// Our orders' clientOrderIds name the tranche they serve, so that a fill is attributed exactly
// even when the store's order record is gone: "td" + purpose letter (E entry, T take-profit,
// S stop, C close) + the tranche UUID in 22 base64url characters + "-" + a base-36 sequence.
// At most 36 characters, within the exchange's ^[.A-Z:/a-z0-9_-]{1,36}$.
class ClientOrderId
{
public:
    struct Parts
    {
        OrderPurpose purpose = OrderPurpose::Entry;
        QString trancheId;
        qint64 seq = 0;
    };

    static QString make(OrderPurpose purpose, const QString &trancheId, qint64 seq);
    static std::optional<Parts> parse(QStringView clientOrderId);
    static QString newTrancheId();
};

} // namespace trd::core
