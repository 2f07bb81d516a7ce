// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Exchange.h"

namespace trd::exchange {

class PaperMatchingEngine;
struct PaperEvent;

// The app's door to the paper matching engine: forwards each request and turns the engine's
// events into the Exchange signals. The engine is not owned: it plays the exchange, which
// outlives the app, so destroying this adaptor and creating another over the same engine is an
// app restart that finds its positions and resting orders still there.
class PaperExchange : public core::Exchange
{
    Q_OBJECT
public:
    explicit PaperExchange(PaperMatchingEngine *engine, QObject *parent = nullptr);
    ~PaperExchange() override;

    QString name() const override;
    std::optional<core::SymbolFilters> symbolFilters(const QString &symbol) const override;

    void placeOrder(const core::OrderRequest &request) override;
    void cancelOrder(const QString &symbol, const QString &clientOrderId) override;
    void queryOrder(const QString &symbol, const QString &clientOrderId) override;
    void requestPositions() override;
    void requestOpenOrders() override;
    void setLeverage(const QString &symbol, int leverage) override;
    void requestBalance() override;
    void requestMarkPrices() override;

private:
    void handleEvent(const PaperEvent &event);

    PaperMatchingEngine *m_engine;
    int m_listenerId = 0;
};

} // namespace trd::exchange
