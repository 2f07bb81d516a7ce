// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paper/PaperExchange.h"

#include "paper/PaperMatchingEngine.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

PaperExchange::PaperExchange(PaperMatchingEngine *engine, QObject *parent)
    : core::Exchange(parent)
    , m_engine(engine)
{
    m_listenerId = m_engine->addListener([this](const PaperEvent &event) { handleEvent(event); });
}

PaperExchange::~PaperExchange()
{
    m_engine->removeListener(m_listenerId);
}

QString PaperExchange::name() const
{
    return u"paper"_s;
}

std::optional<core::SymbolFilters> PaperExchange::symbolFilters(const QString &symbol) const
{
    return m_engine->filters(symbol);
}

void PaperExchange::placeOrder(const core::OrderRequest &request)
{
    m_engine->placeOrder(request);
}

void PaperExchange::cancelOrder(const QString &symbol, const QString &clientOrderId)
{
    m_engine->cancelOrder(symbol, clientOrderId);
}

void PaperExchange::queryOrder(const QString &symbol, const QString &clientOrderId)
{
    m_engine->queryOrder(symbol, clientOrderId);
}

void PaperExchange::requestPositions()
{
    m_engine->requestPositions();
}

void PaperExchange::requestOpenOrders()
{
    m_engine->requestOpenOrders();
}

void PaperExchange::setLeverage(const QString &symbol, int leverage)
{
    const auto result = m_engine->setLeverage(symbol, leverage);
    if (!result) {
        Q_EMIT requestFailed(u"setLeverage %1"_s.arg(symbol), result.error().code, result.error().message);
    }
}

void PaperExchange::requestMarkPrices()
{
    for (const auto &[symbol, price] : m_engine->markPrices()) {
        Q_EMIT markPriceUpdated(symbol, price, 0);
    }
}

void PaperExchange::requestBalance()
{
    Q_EMIT balanceUpdated(m_engine->availableBalance(), m_engine->walletBalance());
}

void PaperExchange::handleEvent(const PaperEvent &event)
{
    switch (event.kind) {
    case PaperEvent::Kind::OrderUpdate:
        Q_EMIT orderUpdated(event.order);
        break;
    case PaperEvent::Kind::AccountUpdate:
        if (event.reason == u"FUNDING_FEE" && !event.positions.isEmpty()) {
            // No position changed, only the wallet: nothing to reconcile.
            Q_EMIT fundingFeeReceived(event.positions.first(), event.amount, event.time);
            Q_EMIT balanceUpdated(m_engine->availableBalance(), event.walletBalance);
        } else {
            Q_EMIT accountUpdated(event.positions);
        }
        break;
    case PaperEvent::Kind::MarkPrice:
        Q_EMIT markPriceUpdated(event.symbol, event.price, event.time);
        break;
    case PaperEvent::Kind::Positions:
        Q_EMIT positionsReceived(event.positions);
        break;
    case PaperEvent::Kind::OpenOrders:
        Q_EMIT openOrdersReceived(event.openOrders);
        break;
    case PaperEvent::Kind::LeverageChanged:
        Q_EMIT leverageChanged(event.symbol, event.leverage);
        break;
    }
}

} // namespace trd::exchange
