// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "exchange/OrderRequest.h"

#include <QHash>
#include <QString>

namespace trd::exchange {

class PaperMatchingEngine;

// The parameters of POST /fapi/v1/order read into an order request, with the exchange's codes
// for what is missing (-1102) or malformed (-1100, -1115, -1116, -1117). The rules an order must
// meet once well formed (filters, margin, reduce-only) stay with the engine.
class FakeOrderParser
{
public:
    static core::Result<core::OrderRequest> parse(
        const QHash<QString, QString> &params, const PaperMatchingEngine &engine);
};

} // namespace trd::exchange
