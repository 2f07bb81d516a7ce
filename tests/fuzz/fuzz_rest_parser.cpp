// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every REST answer parser (RestParser, RestHistoryParser) on the same arbitrary body: each
// gives a value or an error that says why.
#include "FuzzSupport.h"
#include "protocol/RestHistoryParser.h"
#include "protocol/RestParser.h"

using trd::exchange::RestHistoryParser;
using trd::exchange::RestParser;
namespace fz = trd::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fz::bytes(data, size);
    fz::requireExplained(RestParser::serverTime(body), "serverTime");
    fz::requireExplained(RestParser::exchangeInfo(body), "exchangeInfo");
    fz::requireExplained(RestParser::positionRisk(body), "positionRisk");
    fz::requireExplained(RestParser::order(body), "order");
    fz::requireExplained(RestParser::openOrders(body), "openOrders");
    fz::requireExplained(RestParser::orders(body), "orders");
    fz::requireExplained(RestParser::balance(body), "balance");
    fz::requireExplained(RestParser::account(body), "account");
    fz::requireExplained(RestParser::positionMode(body), "positionMode");
    fz::requireExplained(RestParser::commissionRate(body), "commissionRate");
    fz::requireExplained(RestParser::premiumIndex(body), "premiumIndex");
    fz::requireExplained(RestParser::bookTicker(body), "bookTicker");
    fz::requireExplained(RestParser::listenKey(body), "listenKey");
    fz::requireExplained(RestHistoryParser::userTrades(body), "userTrades");
    fz::requireExplained(RestHistoryParser::income(body), "income");
    fz::requireExplained(RestHistoryParser::klines(body), "klines");
    fz::requireExplained(RestHistoryParser::depth(body), "depth");

    auto batch = RestParser::batchOrders(body);
    fz::requireExplained(batch, "batchOrders");
    if (batch) {
        // A slot that is not an order carries the exchange's refusal.
        for (const auto &slot : batch.value()) {
            fz::require(slot.isPlaced() || !slot.error.message.isEmpty() || slot.error.code != 0,
                "batchOrders: a refused slot without its error");
        }
    }
    return 0;
}
