// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Types.h"
#include "exchange/OpenOrder.h"
#include "exchange/OrderRequest.h"
#include "exchange/OrderUpdate.h"
#include "exchange/PositionSnapshot.h"
#include "market/SymbolFilters.h"
#include "money/Decimal.h"

#include <QObject>
#include <QString>

#include <optional>

namespace trd::core {

// The one door from the engine to an exchange. PaperExchange and LiveExchange implement it, so
// paper and live run every line of TrancheManager alike.
//
// Every request is asynchronous: its outcome arrives as a signal, possibly before the call
// returns (the paper exchange answers at once) or much later (a live exchange). A placement is
// answered by orderUpdated: NEW, then TRADE executions, or REJECTED with the exchange's code and
// message. Listeners must therefore tolerate being called back from inside their own request.
class Exchange : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Exchange() override;

    // "paper" or "live": shown to the user, never used to branch engine logic.
    virtual QString name() const = 0;
    virtual std::optional<SymbolFilters> symbolFilters(const QString &symbol) const = 0;

    virtual void placeOrder(const OrderRequest &request) = 0;
    virtual void cancelOrder(const QString &symbol, const QString &clientOrderId) = 0;
    // Answered by orderUpdated with the order's current state, or REJECTED with code -2013
    // when the exchange does not know it.
    virtual void queryOrder(const QString &symbol, const QString &clientOrderId) = 0;
    virtual void requestPositions() = 0;
    virtual void requestOpenOrders() = 0;
    virtual void setLeverage(const QString &symbol, int leverage) = 0;
    // Answered by markPriceUpdated for every symbol with a known mark (start-up evaluation).
    virtual void requestMarkPrices() { }
    // Answered by balanceUpdated (USDT). An exchange may also emit it unasked (account updates).
    virtual void requestBalance() { }

Q_SIGNALS:
    void orderUpdated(const trd::core::OrderUpdate &update);
    // A complete snapshot of every position (answer to requestPositions).
    void positionsReceived(const trd::core::PositionSnapshots &positions);
    // The positions an account update changed (ACCOUNT_UPDATE): a reason to reconcile.
    void accountUpdated(const trd::core::PositionSnapshots &changed);
    void openOrdersReceived(const trd::core::OpenOrders &orders);
    void markPriceUpdated(const QString &symbol, const trd::core::Decimal &price, qint64 time);
    void leverageChanged(const QString &symbol, int leverage);
    // A funding payment on one position (Binance's FUNDING_FEE income, ACCOUNT_UPDATE "m"):
    // `amount` USDT received when positive, paid when negative, at the funding time `time`.
    void fundingFeeReceived(const trd::core::PositionSnapshot &position, const trd::core::Decimal &amount, qint64 time);
    // USDT available for new margin, and the wallet balance.
    void balanceUpdated(const trd::core::Decimal &available, const trd::core::Decimal &wallet);
    // A request other than an order failed (positions, leverage, open orders).
    void requestFailed(const QString &what, int code, const QString &message);
};

} // namespace trd::core
