// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "common/Types.h"
#include "config/AppConfig.h"
#include "exchange/OpenOrder.h"
#include "exchange/OrderRequest.h"
#include "exchange/OrderUpdate.h"
#include "exchange/PositionSnapshot.h"
#include "market/SymbolFilters.h"
#include "money/Decimal.h"
#include "paper/LeverageBrackets.h"
#include "paper/PaperEvent.h"
#include "paper/PaperPositionBook.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace trd::exchange {

// A futures exchange in memory that matches on mark prices: the paper mode's exchange, and later
// the state behind the fake exchange server. It keeps balances, positions (one-way netting or
// hedge), resting orders and finished orders, and reports everything as events in the order a
// real exchange sends them. It is as harsh as the real one: positions are liquidated at Binance's
// liquidation price (isolated or cross margin, maintenance margin from leverage brackets) and pay
// or receive funding every 8 h (docs/engine-decisions.md, "Paper liquidation and funding").
//
// Events raised inside a public call are queued and delivered only when the outermost call
// returns, so a listener that calls back in (cancels an order from a fill handler) never sees
// the engine half-way through an update; the events of such nested calls follow in order.
class PaperMatchingEngine
{
public:
    struct Settings
    {
        core::PositionMode positionMode = core::PositionMode::OneWay;
        core::Decimal takerFeePercent = core::Decimal::fromString(u"0.04");
        core::Decimal makerFeePercent = core::Decimal::fromString(u"0.02");
        core::Decimal slippageBps;
        core::Decimal startingBalance = core::Decimal::fromInt(10000);
        int defaultLeverage = 10;
        // Per 8 h, percent of the position's notional at the mark; longs pay shorts when positive.
        core::Decimal fundingRatePercent = core::Decimal::fromString(u"0.01");
    };
    // Funding is settled at every multiple of this since the epoch: 00:00, 08:00, 16:00 UTC.
    static constexpr qint64 kFundingIntervalMs = 8 * 3600 * 1000;
    using Event = PaperEvent;
    using Listener = std::function<void(const Event &)>;

    explicit PaperMatchingEngine(const core::Clock *clock);
    PaperMatchingEngine(const core::Clock *clock, const Settings &settings);
    ~PaperMatchingEngine();
    PaperMatchingEngine(const PaperMatchingEngine &) = delete;
    PaperMatchingEngine &operator=(const PaperMatchingEngine &) = delete;

    const Settings &settings() const { return m_settings; }
    // A changed startingBalance moves the wallet by the difference, like a deposit or withdrawal.
    void setSettings(const Settings &settings);
    // The configuration's paper keys (global.paper*, positionMode) and each symbol's leverage and
    // marginType, as the app and the CLI set them at start and after every change.
    void applyConfig(const core::AppConfig &config);

    void setSymbol(const core::SymbolFilters &filters);
    // A symbol never declared gets the defaults of formats.md §2 (tick 0.01, step 0.001).
    core::SymbolFilters filters(const QString &symbol) const;
    // The symbols declared with setSymbol, in symbol order.
    QList<core::SymbolFilters> declaredSymbols() const;

    // Settles the funding that fell due by the clock; fills and triggers the symbol's resting
    // orders in placement order; liquidates what the new mark puts under its maintenance margin;
    // then publishes the mark.
    void setMarkPrice(const QString &symbol, core::Decimal price);
    std::optional<core::Decimal> markPrice(const QString &symbol) const;
    // Every symbol's last mark, in symbol order.
    QList<QPair<QString, core::Decimal>> markPrices() const;

    void placeOrder(const core::OrderRequest &request);
    void cancelOrder(const QString &symbol, const QString &clientOrderId);
    void cancelAllOrders(const QString &symbol);
    // Publishes the order's latest update (finished orders included), or REJECTED -2013.
    void queryOrder(const QString &symbol, const QString &clientOrderId);
    // Publish a Positions / OpenOrders event: the answers to the REST snapshots.
    void requestPositions();
    void requestOpenOrders(const QString &symbol = {});
    // Publishes LeverageChanged on success; 1–125, else -4028.
    core::Result<void> setLeverage(const QString &symbol, int leverage);
    int leverage(const QString &symbol) const;
    // Refused with -4048 while the symbol holds a position of the other type; setting the type
    // it already has succeeds (the real exchange's -4046 "no need to change" is not a failure).
    core::Result<void> setMarginType(const QString &symbol, core::MarginType type);
    core::MarginType marginType(const QString &symbol) const;
    // A symbol with no table of its own uses LeverageBrackets::majors().
    void setLeverageBrackets(const QString &symbol, const LeverageBrackets &brackets);
    LeverageBrackets leverageBrackets(const QString &symbol) const;
    // Where the position is liquidated with every other mark as it is now; nothing for no
    // position or one that no positive price can liquidate.
    std::optional<core::Decimal> liquidationPrice(const QString &symbol, core::PositionSide side) const;
    // The funding time settled last (a multiple of kFundingIntervalMs).
    qint64 lastFundingTime() const { return m_lastFundingTime; }
    // Funding off the 8-hour schedule (the fake exchange's /admin/funding): every open position of
    // the symbol pays or receives `ratePercent` of its notional at the current mark, now, exactly as
    // a scheduled settlement would. Nothing happens without a mark.
    void chargeFunding(const QString &symbol, core::Decimal ratePercent);

    core::PositionSnapshots positions() const;
    core::OpenOrders openOrders(const QString &symbol = {}) const;
    core::Decimal walletBalance() const { return m_walletBalance; }
    // Wallet plus unrealized P&L, less the margin of positions and of resting opening orders.
    core::Decimal availableBalance() const;

    // Scenario hooks. A fill made outside the app (website close, liquidation): reported as an
    // untagged "web_<n>" fill and an account update. In hedge mode a BOTH positionSide picks the
    // side the fill reduces, if any.
    void applyExternalFill(const QString &symbol, core::OrderSide side, core::Decimal quantity, core::Decimal price,
        core::PositionSide positionSide = core::PositionSide::Both, core::Decimal fee = {});
    // Silently replaces a position (no event): drift for reconciliation to find.
    void setPosition(
        const QString &symbol, core::PositionSide positionSide, core::Decimal signedAmount, core::Decimal entryPrice);

    // The simulated exchange's whole state (filters, marks, leverage, positions, balance, open
    // orders and the latest finished ones), so that paper mode survives an application restart
    // exactly as a real exchange would. restoreState refuses a malformed document whole.
    QJsonObject saveState() const;
    core::Result<void> restoreState(const QJsonObject &state);
    // Finished orders a query still finds, in memory as after a restart: a session that runs for
    // weeks places hundreds of thousands of orders and keeps only these.
    static constexpr int kFinishedOrdersKept = 1000;
    // Every open order and the last kFinishedOrdersKept finished ones.
    int rememberedOrderCount() const { return int(m_orders.size()); }

    int addListener(Listener listener);
    void removeListener(int id);

private:
    class CallScope;
    struct Order
    {
        core::OrderRequest request;
        qint64 orderId = 0;
        core::OrderStatus status = core::OrderStatus::New;
        core::Decimal executedQuantity;
        core::Decimal cumulativeQuote;
        qint64 time = 0;
        core::OrderUpdate lastUpdate;

        bool isOpen() const { return status == core::OrderStatus::New || status == core::OrderStatus::PartiallyFilled; }
    };

    void fill(Order &order, core::Decimal price, bool isMaker);
    void finish(Order &order, core::OrderStatus status);
    void reject(const core::OrderRequest &request, const core::Error &error);
    void forgetOldFinishedOrders();
    core::OrderUpdate makeUpdate(const Order &order, core::ExecutionType execution) const;
    Order *findOpenOrder(const QString &symbol, const QString &clientOrderId);
    void removeOpenOrder(const Order &order);
    core::Decimal marketFillPrice(const QString &symbol, core::OrderSide side, core::Decimal mark) const;
    core::Decimal fee(core::Decimal price, core::Decimal quantity, bool isMaker) const;
    void publishAccountUpdate(const QString &symbol, core::PositionSide changedSide);
    // An order that fills whole the moment it exists (an outside fill, a liquidation): kept so that
    // a query finds it, and reported as its fill and then the account update.
    void publishInstantFill(qint64 id, const core::OrderRequest &request, core::ExecutionType execution,
        core::Decimal price, core::Decimal realizedProfit, core::Decimal fee);
    // PaperMatchingEngineRisk.cpp: liquidation and funding.
    struct MarginGroup;
    MarginGroup marginGroup(const QString &symbol, core::PositionSide side) const;
    std::optional<core::Decimal> groupLiquidationPrice(const MarginGroup &group) const;
    core::Decimal isolatedMargin(const core::PositionSnapshot &position) const;
    core::Decimal maintenanceMargin(const core::PositionSnapshot &position, core::Decimal mark) const;
    core::Decimal maintenanceMargin(const QString &symbol, core::Decimal amount, core::Decimal mark) const;
    core::Decimal crossWallet() const;
    // The cross account's sums that the liquidation check compares, kept between marks (see
    // RiskTotals): rebuilt whole after anything but a mark changed.
    void rebuildRiskTotals();
    struct CrossShare;
    // The share at the symbol's latest mark, into the totals; its quiet band follows it.
    void valueShare(const QString &symbol, CrossShare &share);
    // True when no cross liquidation can be due after `movedSymbol`'s mark: the kept sums, less
    // what the marks inside their quiet bands can have taken since, still clear the margin. Else
    // every share is revalued at its latest mark, and the sums are exact for the full check.
    bool isCrossSafeAfter(const QString &movedSymbol);
    // The cheapest case of it, before anything else is looked up: a mark inside its cross share's
    // quiet band (such a symbol has no isolated position either).
    bool isQuietMark(const QString &symbol, core::Decimal price);
    // After a full check that found the account safe: each share's quiet band, from the margin left.
    void setQuietBands();
    // [mark − quietWidth, mark + quietWidth], or no band where that leaves the range.
    static void placeQuietBand(CrossShare &share);
    void invalidateRiskTotals() { m_risk.isValid = false; }
    void liquidateDue(const QString &movedSymbol);
    void liquidate(const QString &symbol, core::PositionSide side, core::Decimal price);
    void settleDueFunding();
    // One position's payment at `ratePercent`, at the mark, dated `time`; false when nothing was paid.
    bool payFunding(const core::PositionSnapshot &position, core::Decimal ratePercent, qint64 time);
    void publish(Event event);
    void deliver();

    // One symbol's part of the cross account: Σ amount·(mark − entry) and Σ maintenance margin over
    // its cross positions, at the mark `valuedAt`.
    struct CrossShare
    {
        core::Decimal unrealized;
        core::Decimal maintenance;
        int positions = 0;
        std::optional<core::Decimal> valuedAt;
        std::optional<core::Decimal> mark; // the symbol's latest
        // |share(m) − share(valuedAt)| ≤ slope·|m − valuedAt|: Σ|amount|·(1 + the steepest
        // maintenance rate). Zero when the brackets give no bound (a table whose margin jumps).
        core::Decimal slope;
        // The liquidation-trigger prices of the share: a mark inside [quietLow, quietHigh] moves it
        // by at most its part of RiskTotals::budget, so it costs a comparison; none when empty.
        bool hasQuietBand = false;
        core::Decimal quietWidth;
        core::Decimal quietLow;
        core::Decimal quietHigh;
    };
    // What the liquidation check sums over the whole account, kept so that a mark, which moves one
    // symbol, costs at most that symbol's share. The sums are exact (integer additions of the same
    // terms a full pass adds, in any order), at each share's `valuedAt`. Invariant while valid: the
    // cross equity at those marks, with the wallet at `walletAtCheck`, exceeds the maintenance by more
    // than `budget`, the sum of what the quiet bands allow; so while every mark stays in its band and
    // the wallet does not fall, no liquidation can be due, and when one leaves its band, the account
    // is revalued exactly before it is judged. Invalid after any change of the book, leverage,
    // margin type or brackets.
    struct RiskTotals
    {
        bool isValid = false;
        QHash<QString, CrossShare> shares;
        core::Decimal isolatedMargin; // of every isolated position, taken out of the cross wallet
        core::Decimal unrealized; // of the cross positions with a mark
        core::Decimal maintenance;
        int crossPositions = 0;
        core::Decimal budget;
        core::Decimal walletAtCheck;
    };

    const core::Clock *m_clock;
    Settings m_settings;
    QHash<QString, core::SymbolFilters> m_filters;
    QHash<QString, core::Decimal> m_markPrices;
    QHash<QString, int> m_leverages;
    QHash<QString, core::MarginType> m_marginTypes;
    QHash<QString, LeverageBrackets> m_brackets;
    PaperPositionBook m_book;
    core::Decimal m_walletBalance;
    qint64 m_lastFundingTime = 0;
    std::map<qint64, Order> m_orders; // every accepted order, by id = placement order
    QList<qint64> m_openOrderIds; // placement order
    QHash<QString, QList<qint64>> m_openOrderIdsBySymbol; // the same, per symbol: what a mark looks at
    RiskTotals m_risk;
    QHash<QString, qint64> m_latestOrderIdByClientId;
    qint64 m_nextOrderId = 1;
    qint64 m_nextTradeId = 1;
    int m_nextExternalFill = 1;

    std::map<int, std::shared_ptr<Listener>> m_listeners;
    int m_nextListenerId = 1;
    std::deque<Event> m_queue;
    int m_callDepth = 0;
    bool m_isDelivering = false;
};

} // namespace trd::exchange
