// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveExchange.h"

#include "ExchangeLog.h"
#include "protocol/RestParser.h"
#include "protocol/StreamParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using namespace core;

namespace {
using P = RateLimiter::Priority;
const Endpoint kPlace { "POST", u"/fapi/v1/order"_s, 1, true, true, P::Order };
const Endpoint kCancel { "DELETE", u"/fapi/v1/order"_s, 1, true, false, P::Order };
const Endpoint kQuery { "GET", u"/fapi/v1/order"_s, 1, true, false, P::Account };
const Endpoint kPositions { "GET", u"/fapi/v2/positionRisk"_s, 5, true, false, P::Account };
const Endpoint kOpenOrders { "GET", u"/fapi/v1/openOrders"_s, 40, true, false, P::Account };
const Endpoint kLeverage { "POST", u"/fapi/v1/leverage"_s, 1, true, false, P::Account };
const Endpoint kBalance { "GET", u"/fapi/v2/balance"_s, 5, true, false, P::Account };
const Endpoint kPremiumIndex { "GET", u"/fapi/v1/premiumIndex"_s, 10, false, false, P::MarketData };
const Endpoint kExchangeInfo { "GET", u"/fapi/v1/exchangeInfo"_s, 1, false, false, P::Account };

QString key(const QString &symbol, PositionSide side)
{
    return symbol + u'/' + toString(side);
}
} // namespace

LiveExchange::LiveExchange(RestClient *rest, PositionMode mode, QObject *parent)
    : Exchange(parent)
    , m_rest(rest)
    , m_mode(mode)
{ }

std::optional<SymbolFilters> LiveExchange::symbolFilters(const QString &symbol) const
{
    const auto it = m_filters.constFind(symbol);
    return it == m_filters.constEnd() ? std::nullopt : std::optional<SymbolFilters>(*it);
}

void LiveExchange::loadExchangeInfo(std::function<void(const std::optional<ExchangeError> &)> done)
{
    m_rest->call(kExchangeInfo, {}, [this, done](const QByteArray &body, const std::optional<ExchangeError> &error) {
        if (!error) {
            if (auto info = RestParser::exchangeInfo(body)) {
                for (const SymbolFilters &f : info->symbols) {
                    m_filters.insert(f.symbol, f);
                }
            } else {
                Q_EMIT requestFailed(u"exchangeInfo"_s, 0, info.error().message);
            }
        } else {
            Q_EMIT requestFailed(u"exchangeInfo"_s, error->code, error->message);
        }
        if (done) {
            done(error);
        }
    });
}

void LiveExchange::emitRejected(const OrderRequest &request, const ExchangeError &error)
{
    OrderUpdate u;
    u.symbol = request.symbol;
    u.clientOrderId = request.clientOrderId;
    u.side = request.side;
    u.positionSide = request.positionSide;
    u.type = request.type;
    u.quantity = request.quantity;
    u.execution = ExecutionType::Rejected;
    u.status = OrderStatus::Rejected;
    u.errorCode = error.code;
    u.errorMessage = error.message;
    Q_EMIT orderUpdated(u);
}

void LiveExchange::placeOrder(const OrderRequest &request)
{
    RequestSigner::Parameters p { { u"symbol"_s, request.symbol }, { u"side"_s, toString(request.side) },
        { u"type"_s, toString(request.type) }, { u"quantity"_s, request.quantity.toString() } };
    // positionSide must be sent in hedge mode, and reduceOnly cannot be (exchange.md).
    if (m_mode == PositionMode::Hedge) {
        p.append({ u"positionSide"_s, toString(request.positionSide) });
    } else if (request.reduceOnly) {
        p.append({ u"reduceOnly"_s, u"true"_s });
    }
    if (request.type == OrderType::Limit) {
        p.append({ u"price"_s, request.price.toString() });
        p.append({ u"timeInForce"_s, toString(request.timeInForce) });
    }
    if (request.type == OrderType::StopMarket || request.type == OrderType::TakeProfitMarket) {
        p.append({ u"stopPrice"_s, request.stopPrice.toString() });
        p.append({ u"workingType"_s, u"MARK_PRICE"_s });
    }
    p.append({ u"newClientOrderId"_s, request.clientOrderId });
    p.append({ u"newOrderRespType"_s, u"RESULT"_s });
    m_rest->call(kPlace, p, [this, request](const QByteArray &body, const std::optional<ExchangeError> &error) {
        if (error) {
            if (error->isOutcomeUnknown()) {
                qCWarning(lcExchange).noquote() << "placing" << request.clientOrderId << ":" << error->describe()
                                                << "; asking the exchange what became of it";
                queryOrder(request.symbol, request.clientOrderId);
            } else {
                emitRejected(request, *error);
            }
            return;
        }
        if (auto u = RestParser::order(body)) {
            Q_EMIT orderUpdated(u.value());
        } else {
            queryOrder(request.symbol, request.clientOrderId);
        }
    });
}

void LiveExchange::cancelOrder(const QString &symbol, const QString &clientOrderId)
{
    m_rest->call(kCancel, { { u"symbol"_s, symbol }, { u"origClientOrderId"_s, clientOrderId } },
        [this, symbol, clientOrderId](const QByteArray &body, const std::optional<ExchangeError> &error) {
            if (error) {
                // Already filled or cancelled (-2011/-2013), or unknown: ask what it is now.
                queryOrder(symbol, clientOrderId);
                return;
            }
            if (auto u = RestParser::order(body)) {
                Q_EMIT orderUpdated(u.value());
            }
        });
}

void LiveExchange::queryOrder(const QString &symbol, const QString &clientOrderId)
{
    m_rest->call(kQuery, { { u"symbol"_s, symbol }, { u"origClientOrderId"_s, clientOrderId } },
        [this, symbol, clientOrderId](const QByteArray &body, const std::optional<ExchangeError> &error) {
            if (error) {
                OrderRequest r;
                r.symbol = symbol;
                r.clientOrderId = clientOrderId;
                if (error->code == -2013 || error->action != ExchangeError::Action::QueryOrder) {
                    emitRejected(r, *error);
                } else {
                    Q_EMIT requestFailed(u"query order %1"_s.arg(clientOrderId), error->code, error->message);
                }
                return;
            }
            if (auto u = RestParser::order(body)) {
                Q_EMIT orderUpdated(u.value());
            }
        });
}

void LiveExchange::applyAccountPositions(const PositionSnapshots &changed, bool isComplete)
{
    if (isComplete) {
        m_lastPositions.clear();
    }
    for (const PositionSnapshot &p : changed) {
        m_lastPositions.insert(key(p.symbol, p.positionSide), p);
    }
}

void LiveExchange::requestPositions()
{
    m_rest->call(kPositions, {}, [this](const QByteArray &body, const std::optional<ExchangeError> &error) {
        if (error) {
            Q_EMIT requestFailed(u"positions"_s, error->code, error->message);
            return;
        }
        auto positions = RestParser::positionRisk(body);
        if (!positions) {
            Q_EMIT requestFailed(u"positions"_s, 0, positions.error().message);
            return;
        }
        applyAccountPositions(positions.value(), true);
        Q_EMIT positionsReceived(positions.value());
    });
}

void LiveExchange::requestOpenOrders()
{
    m_rest->call(kOpenOrders, {}, [this](const QByteArray &body, const std::optional<ExchangeError> &error) {
        if (error) {
            Q_EMIT requestFailed(u"open orders"_s, error->code, error->message);
            return;
        }
        if (auto orders = RestParser::openOrders(body)) {
            Q_EMIT openOrdersReceived(orders.value());
        } else {
            Q_EMIT requestFailed(u"open orders"_s, 0, orders.error().message);
        }
    });
}

void LiveExchange::setLeverage(const QString &symbol, int leverage)
{
    m_rest->call(kLeverage, { { u"symbol"_s, symbol }, { u"leverage"_s, QString::number(leverage) } },
        [this, symbol, leverage](const QByteArray &, const std::optional<ExchangeError> &error) {
            if (error && error->action != ExchangeError::Action::None) {
                Q_EMIT requestFailed(u"setLeverage %1"_s.arg(symbol), error->code, error->message);
                return;
            }
            Q_EMIT leverageChanged(symbol, leverage);
        });
}

void LiveExchange::requestMarkPrices()
{
    m_rest->call(kPremiumIndex, {}, [this](const QByteArray &body, const std::optional<ExchangeError> &error) {
        if (error) {
            Q_EMIT requestFailed(u"mark prices"_s, error->code, error->message);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const auto price = Decimal::parse(o.value(u"markPrice"_s).toString());
            if (price) {
                Q_EMIT markPriceUpdated(o.value(u"symbol"_s).toString(), price.value(), o.value(u"time"_s).toInteger());
            }
        }
    });
}

void LiveExchange::requestBalance()
{
    m_rest->call(kBalance, {}, [this](const QByteArray &body, const std::optional<ExchangeError> &error) {
        if (error) {
            Q_EMIT requestFailed(u"balance"_s, error->code, error->message);
            return;
        }
        if (auto b = RestParser::balance(body)) {
            Q_EMIT balanceUpdated(b->available, b->wallet);
        }
    });
}

void LiveExchange::handleUserFrame(const QByteArray &frame)
{
    auto event = StreamParser::parse(frame);
    if (!event) {
        qCWarning(lcExchange).noquote() << "user stream frame refused:" << event.error().message;
        Q_EMIT frameRejected(event.error().message);
        return;
    }
    if (auto *u = std::get_if<OrderUpdate>(&event.value())) {
        Q_EMIT orderUpdated(*u);
    } else if (auto *a = std::get_if<AccountUpdateEvent>(&event.value())) {
        // Positions that went to zero are left out of the update: fill them in for the
        // symbols it names, from the last amounts we knew.
        PositionSnapshots changed = a->positions;
        QSet<QString> listed;
        QSet<QString> symbols;
        for (const PositionSnapshot &p : changed) {
            listed.insert(key(p.symbol, p.positionSide));
            symbols.insert(p.symbol);
        }
        for (const PositionSnapshot &last : std::as_const(m_lastPositions)) {
            if (!listed.contains(key(last.symbol, last.positionSide)) && !last.amount.isZero()
                && (symbols.contains(last.symbol) || a->reason == u"ORDER")) {
                PositionSnapshot zero = last;
                zero.amount = Decimal();
                zero.time = a->time;
                changed.append(zero);
            }
        }
        applyAccountPositions(changed, false);
        Q_EMIT accountUpdated(changed);
    } else if (auto *l = std::get_if<LeverageUpdateEvent>(&event.value())) {
        Q_EMIT leverageChanged(l->symbol, l->leverage);
    } else if (std::holds_alternative<ListenKeyExpiredEvent>(event.value())) {
        Q_EMIT listenKeyExpired();
    }
}

void LiveExchange::handleMarketFrame(const QByteArray &frame)
{
    auto event = StreamParser::parse(frame);
    if (!event) {
        Q_EMIT frameRejected(event.error().message);
        return;
    }
    if (auto *marks = std::get_if<QList<MarkPriceEvent>>(&event.value())) {
        for (const MarkPriceEvent &m : *marks) {
            Q_EMIT markPriceUpdated(m.symbol, m.markPrice, m.time);
        }
    } else if (auto *liquidations = std::get_if<QList<Liquidation>>(&event.value())) {
        for (const Liquidation &l : *liquidations) {
            Q_EMIT liquidation(l);
        }
    } else if (auto *book = std::get_if<BookTickerEvent>(&event.value())) {
        Q_EMIT bookTicker(book->symbol, book->bidPrice, book->askPrice);
    }
}

} // namespace trd::exchange
