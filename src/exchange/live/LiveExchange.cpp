// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveExchange.h"

#include "ExchangeLog.h"
#include "protocol/RestParser.h"
#include "protocol/StreamParser.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::exchange {

using namespace core;

namespace {
QString key(const QString &symbol, PositionSide side)
{
    return symbol + u'/' + toString(side);
}

// How far before a FUNDING_FEE event its income rows are looked for: the rows carry the funding
// time, the event comes when the wallet changed, a few seconds later on Binance and Aster.
constexpr qint64 kFundingLookBackMs = 5 * 60 * 1000;

// The answer to a placement or cancellation of ours, as an acknowledgement: the fills it reports
// are left to the user stream, whose TRADE events carry their fees. The engine counts fills by
// cumulative quantity, so a fill counted from an answer that came before its TRADE event would
// never get its fee.
OrderUpdate acknowledgement(OrderUpdate u)
{
    if (u.status == OrderStatus::Filled || u.status == OrderStatus::PartiallyFilled) {
        u.status = OrderStatus::New;
    }
    u.cumulativeQuantity = Decimal();
    u.averagePrice = Decimal();
    return u;
}
} // namespace

LiveExchange::LiveExchange(RestClient *rest, PositionMode mode, QObject *parent)
    : Exchange(parent)
    , m_api(rest)
    , m_mode(mode)
{ }

std::optional<SymbolFilters> LiveExchange::symbolFilters(const QString &symbol) const
{
    const auto it = m_filters.constFind(symbol);
    return it == m_filters.constEnd() ? std::nullopt : std::optional<SymbolFilters>(*it);
}

void LiveExchange::loadExchangeInfo(std::function<void(const std::optional<ExchangeError> &)> done)
{
    m_api.exchangeInfo([this, done](const ApiResult<ExchangeInfo> &info) {
        std::optional<ExchangeError> error;
        if (info) {
            for (const SymbolFilters &f : info->symbols) {
                m_filters.insert(f.symbol, f);
            }
        } else {
            reportFailure(u"exchangeInfo"_s, info.error());
            // An unreadable answer is reported, but start-up goes on without those filters.
            if (!info.error().isUnreadable()) {
                error = info.error();
            }
        }
        if (done) {
            done(error);
        }
    });
}

void LiveExchange::loadLeverageBrackets(const QString &symbol)
{
    m_api.leverageBrackets(symbol, [this, symbol](const ApiResult<QList<SymbolLeverageBrackets>> &answer) {
        if (!answer) {
            reportFailure(u"leverageBracket %1"_s.arg(symbol), answer.error());
            return;
        }
        QStringList read;
        for (const SymbolLeverageBrackets &s : answer.value()) {
            m_brackets->set(s.symbol, s.brackets);
            read.append(s.symbol);
        }
        Q_EMIT leverageBracketsRead(read);
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
    m_api.placeOrder(request, m_mode, [this, request](const ApiResult<OrderUpdate> &u) {
        if (u) {
            Q_EMIT orderUpdated(acknowledgement(u.value()));
        } else if (u.error().isUnreadable()) {
            queryOrder(request.symbol, request.clientOrderId);
        } else if (u.error().isOutcomeUnknown()) {
            qCWarning(lcExchange).noquote() << "placing" << request.clientOrderId << ":" << u.error().describe()
                                            << "; asking the exchange what became of it";
            queryOrder(request.symbol, request.clientOrderId);
        } else {
            emitRejected(request, u.error());
            if (u.error().action == ExchangeError::Action::ReadPositionMode) {
                checkPositionMode();
            }
        }
    });
}

void LiveExchange::checkPositionMode()
{
    // -4061: the account's mode is not the one this exchange sends orders for. The stream may
    // not have said so (an event lost in a reconnect); the exchange's own answer settles it.
    m_api.positionMode([this](const ApiResult<core::PositionMode> &mode) {
        if (!mode) {
            reportFailure(u"position mode"_s, mode.error());
        } else if (mode.value() != m_mode) {
            qCWarning(lcExchange).noquote()
                << "orders are refused: the account is in" << core::toString(mode.value()) << "mode";
            Q_EMIT positionModeChanged(mode.value());
        }
    });
}

void LiveExchange::cancelOrder(const QString &symbol, const QString &clientOrderId)
{
    m_api.cancelOrder(symbol, clientOrderId, [this, symbol, clientOrderId](const ApiResult<OrderUpdate> &u) {
        if (u) {
            Q_EMIT orderUpdated(acknowledgement(u.value()));
        } else if (!u.error().isUnreadable()) {
            // Already filled or cancelled (-2011/-2013), or unknown: ask what it is now.
            queryOrder(symbol, clientOrderId);
        }
    });
}

void LiveExchange::queryOrder(const QString &symbol, const QString &clientOrderId)
{
    m_api.queryOrder(symbol, clientOrderId, [this, symbol, clientOrderId](const ApiResult<OrderUpdate> &u) {
        if (u && u.value().cumulativeQuantity.isPositive()) {
            replayTrades(u.value());
            return;
        }
        if (u) {
            Q_EMIT orderUpdated(u.value());
            return;
        }
        const ExchangeError &error = u.error();
        if (error.isUnreadable()) {
            return;
        }
        // Only the exchange saying it has no such order settles it. A query refused for the
        // asking (a ban, a back-off, the clock, a 5xx) says nothing about the order: taken for
        // a rejection, an order resting on the exchange would be placed a second time. The
        // engine asks again at a later sync.
        const bool saysNothingOfTheOrder = error.action == ExchangeError::Action::QueryOrder
            || error.action == ExchangeError::Action::Retry || error.action == ExchangeError::Action::BackOff
            || error.action == ExchangeError::Action::Banned || error.action == ExchangeError::Action::ResyncClock
            || error.action == ExchangeError::Action::CheckCredentials;
        if (error.code == -2013 || !saysNothingOfTheOrder) {
            OrderRequest r;
            r.symbol = symbol;
            r.clientOrderId = clientOrderId;
            emitRejected(r, error);
        } else {
            reportFailure(u"query order %1"_s.arg(clientOrderId), error);
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

void LiveExchange::replayTrades(const OrderUpdate &answer)
{
    // An order's state says how much filled, not what each fill cost. Its trades do: they are
    // replayed as the TRADE events the user stream would have brought (the engine counts by
    // cumulative quantity, so the ones it already had add nothing), and their fees reach the
    // tranches. Then the answer itself, which only adds what the trades could not say.
    UserTradesQuery query;
    query.symbol = answer.symbol;
    query.orderId = answer.orderId;
    m_api.userTrades(query, [this, answer](const ApiResult<QList<UserTrade>> &trades) {
        if (!trades) {
            qCWarning(lcExchange).noquote() << "the fills of" << answer.clientOrderId
                                            << "are counted without their fees:" << trades.error().describe();
        } else {
            QList<UserTrade> own = trades.value();
            own.removeIf([&](const UserTrade &t) { return t.orderId != answer.orderId; });
            std::sort(own.begin(), own.end(), [](const UserTrade &a, const UserTrade &b) { return a.id < b.id; });
            Decimal cumulative;
            Decimal notional;
            for (const UserTrade &trade : std::as_const(own)) {
                OrderUpdate fill = answer;
                fill.execution = ExecutionType::Trade;
                cumulative += trade.quantity;
                notional += trade.price * trade.quantity;
                fill.cumulativeQuantity = cumulative;
                fill.averagePrice = notional.divided(cumulative);
                fill.status = cumulative < answer.quantity ? OrderStatus::PartiallyFilled : OrderStatus::Filled;
                fill.lastQuantity = trade.quantity;
                fill.lastPrice = trade.price;
                // Fees in another asset (a BNB discount) are not USDT: left out rather than mixed in.
                const bool isQuote = trade.commissionAsset.isEmpty() || trade.commissionAsset == u"USDT";
                fill.fee = isQuote ? trade.commission.abs() : Decimal();
                fill.realizedProfit = trade.realizedPnl;
                fill.isMaker = trade.isMaker;
                fill.time = trade.time;
                fill.tradeId = trade.id;
                Q_EMIT orderUpdated(fill);
            }
        }
        Q_EMIT orderUpdated(answer);
    });
}

void LiveExchange::requestPositions()
{
    m_api.positionRisk([this](const ApiResult<PositionSnapshots> &positions) {
        if (!positions) {
            reportFailure(u"positions"_s, positions.error());
            return;
        }
        applyAccountPositions(positions.value(), true);
        Q_EMIT positionsReceived(positions.value());
    });
}

void LiveExchange::requestOpenOrders()
{
    m_api.openOrders({}, [this](const ApiResult<OpenOrders> &orders) {
        if (orders) {
            Q_EMIT openOrdersReceived(orders.value());
        } else {
            reportFailure(u"open orders"_s, orders.error());
        }
    });
}

void LiveExchange::setLeverage(const QString &symbol, int leverage)
{
    m_api.setLeverage(symbol, leverage, [this, symbol, leverage](const ApiResult<void> &done) {
        if (!done) {
            reportFailure(u"setLeverage %1"_s.arg(symbol), done.error());
            return;
        }
        Q_EMIT leverageChanged(symbol, leverage);
        loadLeverageBrackets(symbol);
    });
}

void LiveExchange::requestMarkPrices()
{
    m_api.premiumIndex({}, [this](const ApiResult<QList<MarkPriceEvent>> &marks) {
        if (!marks) {
            reportFailure(u"mark prices"_s, marks.error());
            return;
        }
        for (const MarkPriceEvent &m : marks.value()) {
            noteFundingRate(m);
            Q_EMIT markPriceUpdated(m.symbol, m.markPrice, m.time);
        }
    });
}

void LiveExchange::requestBalance()
{
    m_api.balance([this](const ApiResult<Balance> &b) {
        if (b) {
            Q_EMIT balanceUpdated(b->available, b->wallet);
        } else if (!b.error().isUnreadable()) {
            reportFailure(u"balance"_s, b.error());
        }
    });
}

void LiveExchange::reportFailure(const QString &what, const ExchangeError &error)
{
    // Periodic reads (positions, balance, marks) fail quietly otherwise: a 503 or 429 storm on
    // the sync path must leave a trace in the log, not just a skipped reconciliation.
    qCWarning(lcExchange).noquote() << "reading" << what << "failed:" << error.describe();
    Q_EMIT requestFailed(what, error.code, error.message);
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
    } else if (auto *funding = std::get_if<AccountUpdateEvent>(&event.value());
               funding && funding->reason == u"FUNDING_FEE") {
        // No position changed, only the wallet: nothing to reconcile.
        readFundingIncome(funding->time);
    } else if (auto *a = std::get_if<AccountUpdateEvent>(&event.value())) {
        // The update pushes the positions of the symbol that changed (Binance's rule since
        // 2020-11; other symbols are left out even when open, so it says nothing about them).
        // A side of that symbol we hold but the update leaves out is either closed or simply
        // not pushed: exchanges differ, and guessing zero would close tranches that are still
        // open. The position is read by REST instead, which settles it.
        const PositionSnapshots changed = a->positions;
        QSet<QString> listed;
        QSet<QString> symbols;
        for (const PositionSnapshot &p : changed) {
            listed.insert(key(p.symbol, p.positionSide));
            symbols.insert(p.symbol);
        }
        const bool isSideMissing
            = std::any_of(m_lastPositions.cbegin(), m_lastPositions.cend(), [&](const PositionSnapshot &last) {
                  return symbols.contains(last.symbol) && !last.amount.isZero()
                      && !listed.contains(key(last.symbol, last.positionSide));
              });
        applyAccountPositions(changed, false);
        Q_EMIT accountUpdated(changed);
        if (isSideMissing) {
            requestPositions();
        }
    } else if (auto *l = std::get_if<LeverageUpdateEvent>(&event.value())) {
        Q_EMIT leverageChanged(l->symbol, l->leverage);
    } else if (std::holds_alternative<ListenKeyExpiredEvent>(event.value())) {
        Q_EMIT listenKeyExpired();
    } else if (auto *settings = std::get_if<AccountSettingsEvent>(&event.value())) {
        if (settings->isHedgeMode) {
            const core::PositionMode mode
                = *settings->isHedgeMode ? core::PositionMode::Hedge : core::PositionMode::OneWay;
            if (mode != m_mode) {
                // Changed by another client (the exchange's web page, say): every order of ours
                // would be refused with -4061 from now on, so the session must know at once.
                qCWarning(lcExchange).noquote() << "the account's position mode changed to" << core::toString(mode);
                Q_EMIT positionModeChanged(mode);
            }
        }
    } else if (auto *call = std::get_if<MarginCallEvent>(&event.value())) {
        qCWarning(lcExchange).noquote() << "MARGIN CALL for" << call->positions.size() << "position(s)";
        Q_EMIT marginCall(*call);
    } else if (auto *notice = std::get_if<AnnouncementEvent>(&event.value())) {
        Q_EMIT announcement(*notice);
    }
}

void LiveExchange::readFundingIncome(qint64 eventTime)
{
    IncomeQuery query;
    query.incomeType = u"FUNDING_FEE"_s;
    query.startTimeMs = eventTime - kFundingLookBackMs;
    query.limit = 1000;
    m_api.income(query, [this](const ApiResult<QList<IncomeRecord>> &rows) {
        if (!rows) {
            reportFailure(u"funding income"_s, rows.error());
            return;
        }
        for (const IncomeRecord &row : rows.value()) {
            const bool isUsdt = row.asset.isEmpty() || row.asset == u"USDT";
            const QString id = row.tranId.isEmpty() ? row.symbol + u'@' + QString::number(row.time) : row.tranId;
            if (row.incomeType != u"FUNDING_FEE" || !isUsdt || row.income.isZero() || m_fundingRowsSeen.contains(id)) {
                continue;
            }
            m_fundingRowsSeen.insert(id);
            const auto position = fundedPosition(row.symbol, row.income);
            if (!position) {
                qCWarning(lcExchange).noquote() << "funding of" << row.income.toString() << "USDT on" << row.symbol
                                                << "matches no position known here; left out of the books";
                continue;
            }
            Q_EMIT fundingFeeReceived(*position, row.income, row.time);
        }
        requestBalance();
    });
}

std::optional<PositionSnapshot> LiveExchange::fundedPosition(const QString &symbol, const Decimal &income) const
{
    const auto held = [this, &symbol](PositionSide side) -> std::optional<PositionSnapshot> {
        const auto it = m_lastPositions.constFind(key(symbol, side));
        return it == m_lastPositions.cend() || it->amount.isZero() ? std::nullopt : std::optional(*it);
    };
    if (m_mode == PositionMode::OneWay) {
        return held(PositionSide::Both);
    }
    const auto longSide = held(PositionSide::Long);
    const auto shortSide = held(PositionSide::Short);
    if (!longSide || !shortSide) {
        return longSide ? longSide : shortSide;
    }
    // Both sides open and one row each, neither naming its side: at a positive rate the long pays
    // and the short receives, at a negative one the other way round.
    const Decimal rate = m_fundingRates.value(symbol);
    if (rate.isZero()) {
        return std::nullopt;
    }
    return income.isNegative() == rate.isPositive() ? longSide : shortSide;
}

void LiveExchange::noteFundingRate(const MarkPriceEvent &mark)
{
    if (!mark.fundingRate.isZero()) {
        m_fundingRates.insert(mark.symbol, mark.fundingRate);
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
            noteFundingRate(m);
            Q_EMIT markPriceUpdated(m.symbol, m.markPrice, m.time);
        }
    } else if (auto *liquidations = std::get_if<QList<Liquidation>>(&event.value())) {
        for (const Liquidation &l : *liquidations) {
            Q_EMIT liquidation(l);
        }
    } else if (auto *book = std::get_if<BookTickerEvent>(&event.value())) {
        Q_EMIT bookTicker(book->symbol, book->bidPrice, book->askPrice);
    } else if (auto *candle = std::get_if<CandleEvent>(&event.value()); candle && candle->isClosed) {
        Q_EMIT candleClosed(candle->symbol, candle->interval, candle->high, candle->low, candle->close, candle->volume,
            candle->closeTime);
    }
}

} // namespace trd::exchange
