// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Exchange.h"
#include "live/AsterRestApi.h"
#include "live/ExchangeBracketTable.h"
#include "live/RestClient.h"
#include "market/Liquidation.h"
#include "protocol/StreamEvents.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>

namespace trd::exchange {

// The live half of the Exchange interface over Aster's REST API and streams, so TrancheManager
// runs unchanged. Answers to placements and cancellations acknowledge the order; its fills arrive
// on the user-data stream (handleUserFrame) with their fees. An order whose outcome is unknown
// (503, timeouts, no answer) is resolved by querying it by clientOrderId, never by sending it
// again; the engine counts fills by cumulative quantity, so a fill seen both ways never counts
// twice.
class LiveExchange : public core::Exchange
{
    Q_OBJECT
public:
    LiveExchange(RestClient *rest, core::PositionMode mode, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("live"); }
    std::optional<core::SymbolFilters> symbolFilters(const QString &symbol) const override;
    void placeOrder(const core::OrderRequest &request) override;
    void cancelOrder(const QString &symbol, const QString &clientOrderId) override;
    void queryOrder(const QString &symbol, const QString &clientOrderId) override;
    void requestPositions() override;
    void requestOpenOrders() override;
    void setLeverage(const QString &symbol, int leverage) override;
    void requestMarkPrices() override;
    void requestBalance() override;

    // Reads exchangeInfo: symbol filters are loaded at run time, never hard-coded.
    void loadExchangeInfo(std::function<void(const std::optional<ExchangeError> &)> done = {});
    // Reads the leverage brackets of one symbol (every symbol when empty) into leverageBrackets();
    // setLeverage() re-reads its symbol's. A failure is reported and leaves the table as it was.
    void loadLeverageBrackets(const QString &symbol = {});
    std::shared_ptr<const ExchangeBracketTable> leverageBrackets() const { return m_brackets; }
    // Frames of the user-data and market streams, from whatever holds the sockets.
    void handleUserFrame(const QByteArray &frame);
    void handleMarketFrame(const QByteArray &frame);

Q_SIGNALS:
    void listenKeyExpired();
    void liquidation(const trd::core::Liquidation &liquidation);
    void bookTicker(const QString &symbol, const trd::core::Decimal &bid, const trd::core::Decimal &ask);
    // A kline that closed (the stream also sends the open one every few seconds: not emitted).
    void candleClosed(const QString &symbol, const QString &timeframe, const trd::core::Decimal &high,
        const trd::core::Decimal &low, const trd::core::Decimal &close, const trd::core::Decimal &volume,
        qint64 closeTime);
    void frameRejected(const QString &message);
    // loadLeverageBrackets() stored the brackets of these symbols.
    void leverageBracketsRead(const QStringList &symbols);
    // The account's position mode differs from the one this exchange trades in (another client
    // switched it); nothing of ours is sent correctly until the session re-reads it.
    void positionModeChanged(trd::core::PositionMode mode);
    void marginCall(const trd::exchange::MarginCallEvent &call);
    void announcement(const trd::exchange::AnnouncementEvent &notice);

private:
    void emitRejected(const core::OrderRequest &request, const ExchangeError &error);
    void reportFailure(const QString &what, const ExchangeError &error);
    void checkPositionMode();
    // A queried order that has fills: its trades first (with their fees), then its state.
    void replayTrades(const core::OrderUpdate &answer);
    void applyAccountPositions(const core::PositionSnapshots &changed, bool isComplete);
    // FUNDING_FEE: the user stream says that funding was paid, not on which position when the
    // margin is cross; the income history says so per symbol (docs/live-exchange.md, "Funding").
    void readFundingIncome(qint64 eventTime);
    std::optional<core::PositionSnapshot> fundedPosition(const QString &symbol, const core::Decimal &income) const;
    void noteFundingRate(const MarkPriceEvent &mark);

    AsterRestApi m_api;
    core::PositionMode m_mode;
    QHash<QString, core::SymbolFilters> m_filters;
    // The last amount per symbol and side: an ACCOUNT_UPDATE leaves out positions that went to
    // zero, so they are filled in from here.
    QHash<QString, core::PositionSnapshot> m_lastPositions;
    // The last funding rate per symbol (mark price stream, premiumIndex): in hedge mode with both
    // sides open, its sign says which side paid.
    QHash<QString, core::Decimal> m_fundingRates;
    // Income rows already put into the books: a settlement is read again by every FUNDING_FEE
    // event near it (one per position, or a duplicated frame).
    QSet<QString> m_fundingRowsSeen;
    std::shared_ptr<ExchangeBracketTable> m_brackets = std::make_shared<ExchangeBracketTable>();
};

} // namespace trd::exchange
