// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "PaperTestHelpers.h"
#include "paper/PaperOrderValidator.h"

#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// One placement and what the engine knew when it arrived.
struct Case
{
    OrderRequest request;
    PaperOrderValidator::Context context;
};

// BTCUSDT-like filters with a minimum quantity above the step so -4004 and -4023 differ, the
// mark at 50000, flat, 10000 available at 10x.
Case baseCase(const OrderRequest &request)
{
    Case c;
    c.request = request;
    c.context.filters.symbol = kSymbol;
    c.context.filters.tickSize = d(u"0.1");
    c.context.filters.stepSize = d(u"0.001");
    c.context.filters.minQty = d(u"0.002");
    c.context.filters.maxQty = d(u"100");
    c.context.filters.minNotional = d(u"5");
    c.context.markPrice = d(u"50000");
    c.context.availableBalance = d(u"10000");
    c.context.leverage = 10;
    return c;
}

Case hedge(Case c)
{
    c.context.positionMode = PositionMode::Hedge;
    return c;
}

Case withPosition(Case c, const char16_t *amount)
{
    c.context.positionAmount = d(amount);
    return c;
}

Case withAvailable(Case c, const char16_t *available)
{
    c.context.availableBalance = d(available);
    return c;
}

OrderRequest reduceOnly(OrderRequest request)
{
    request.reduceOnly = true;
    return request;
}

constexpr auto Buy = OrderSide::Buy;
constexpr auto Sell = OrderSide::Sell;
constexpr auto Tp = OrderType::TakeProfitMarket;
constexpr auto Sl = OrderType::StopMarket;

} // namespace

Q_DECLARE_METATYPE(Case)

class TestPaperOrderValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksLikeTheExchange_data()
    {
        QTest::addColumn<Case>("input");
        QTest::addColumn<int>("code"); // 0: accepted
        QTest::addColumn<QString>("message");

        const auto mkt = [](OrderSide side, const char16_t *qty) { return market(side, d(qty), u"c"_s); };
        const auto lmt = [](OrderSide side, const char16_t *qty, const char16_t *price,
                             TimeInForce tif = TimeInForce::Gtc) { return limit(side, d(qty), d(price), u"c"_s, tif); };
        const auto stp = [](OrderType type, OrderSide side, const char16_t *qty, const char16_t *stopPrice) {
            return stop(type, side, d(qty), d(stopPrice), u"c"_s);
        };

        QTest::newRow("plain market order is accepted") << baseCase(mkt(Buy, u"0.01")) << 0 << QString();
        QTest::newRow("zero quantity: -4003")
            << baseCase(mkt(Buy, u"0")) << -4003 << u"Quantity less than or equal to zero."_s;
        QTest::newRow("negative quantity: -4003")
            << baseCase(mkt(Sell, u"-1")) << -4003 << u"Quantity less than or equal to zero."_s;
        QTest::newRow("quantity off the step: -4023")
            << baseCase(mkt(Buy, u"0.0025")) << -4023 << u"Quantity not increased by step size."_s;
        QTest::newRow("limit price off the tick: -4014")
            << baseCase(lmt(Buy, u"0.01", u"49000.05")) << -4014 << u"Price not increased by tick size."_s;
        QTest::newRow("stop price off the tick: -4014")
            << baseCase(stp(Sl, Sell, u"0.01", u"49000.05")) << -4014 << u"Price not increased by tick size."_s;
        QTest::newRow("limit without a price: -4001")
            << baseCase(lmt(Buy, u"0.01", u"0")) << -4001 << u"Price less than 0."_s;
        QTest::newRow("stop without a stop price: -4006")
            << baseCase(stp(Tp, Sell, u"0.01", u"0")) << -4006 << u"Stop price less than zero."_s;
        QTest::newRow("quantity below minQty: -4004")
            << baseCase(mkt(Buy, u"0.001")) << -4004 << u"Quantity less than min quantity."_s;
        QTest::newRow("quantity above maxQty: -4005")
            << baseCase(mkt(Buy, u"101")) << -4005 << u"Quantity greater than max quantity."_s;
        QTest::newRow("one-way mode with positionSide LONG: -4061")
            << baseCase(withPositionSide(mkt(Buy, u"0.01"), PositionSide::Long)) << -4061
            << u"Order's position side does not match user's setting."_s;
        QTest::newRow("hedge mode with positionSide BOTH: -4061")
            << hedge(baseCase(mkt(Buy, u"0.01"))) << -4061 << u"Order's position side does not match user's setting."_s;
        QTest::newRow("reduceOnly in hedge mode: -1106")
            << hedge(withPosition(baseCase(reduceOnly(withPositionSide(mkt(Sell, u"0.01"), PositionSide::Long))), u"1"))
            << -1106 << u"Parameter 'reduceOnly' sent when not required."_s;
        Case duplicate = baseCase(lmt(Buy, u"0.01", u"40000"));
        duplicate.context.isClientOrderIdOpen = true;
        QTest::newRow("clientOrderId of an open order: -4116")
            << duplicate << -4116 << u"ClientOrderId is duplicated."_s;
        Case noMark = baseCase(mkt(Buy, u"0.01"));
        noMark.context.markPrice.reset();
        QTest::newRow("market order before any mark: -1 naming the symbol")
            << noMark << -1 << u"No mark price for BTCUSDT yet: the paper exchange cannot fill a market order."_s;
        noMark.request = lmt(Buy, u"0.01", u"40000");
        QTest::newRow("limit order before any mark is accepted") << noMark << 0 << QString();
        QTest::newRow("notional below minNotional: -4164")
            << baseCase(lmt(Buy, u"0.002", u"2000")) << -4164
            << u"Order's notional must be no smaller than 5 (unless you choose reduce only)."_s;
        QTest::newRow("reduce-only below minNotional is accepted")
            << withPosition(baseCase(reduceOnly(lmt(Sell, u"0.002", u"2000"))), u"1") << 0 << QString();
        QTest::newRow("hedge closing order below minNotional is accepted")
            << hedge(withPosition(baseCase(withPositionSide(lmt(Sell, u"0.002", u"2000"), PositionSide::Long)), u"1"))
            << 0 << QString();
        QTest::newRow("reduce-only SELL while flat: -2022")
            << baseCase(reduceOnly(mkt(Sell, u"0.01"))) << -2022 << u"ReduceOnly Order is rejected."_s;
        QTest::newRow("reduce-only BUY on a long: -2022") << withPosition(baseCase(reduceOnly(mkt(Buy, u"0.01"))), u"1")
                                                          << -2022 << u"ReduceOnly Order is rejected."_s;
        QTest::newRow("reduce-only BUY on a short is accepted")
            << withPosition(baseCase(reduceOnly(mkt(Buy, u"0.01"))), u"-1") << 0 << QString();
        QTest::newRow("hedge SELL LONG without a long: -2022")
            << hedge(baseCase(withPositionSide(stp(Sl, Sell, u"0.01", u"49000"), PositionSide::Long))) << -2022
            << u"ReduceOnly Order is rejected."_s;
        QTest::newRow("hedge BUY SHORT without a short: -2022")
            << hedge(baseCase(withPositionSide(stp(Tp, Buy, u"0.01", u"49000"), PositionSide::Short))) << -2022
            << u"ReduceOnly Order is rejected."_s;
        QTest::newRow("hedge SELL SHORT opens and is accepted")
            << hedge(baseCase(withPositionSide(mkt(Sell, u"0.01"), PositionSide::Short))) << 0 << QString();

        const QString wouldTrigger = u"Order would immediately trigger."_s;
        QTest::newRow("TP SELL at the mark: -2021")
            << baseCase(stp(Tp, Sell, u"0.01", u"50000")) << -2021 << wouldTrigger;
        QTest::newRow("TP SELL below the mark: -2021")
            << baseCase(stp(Tp, Sell, u"0.01", u"49000")) << -2021 << wouldTrigger;
        QTest::newRow("TP SELL above the mark rests") << baseCase(stp(Tp, Sell, u"0.01", u"51000")) << 0 << QString();
        QTest::newRow("TP BUY at the mark: -2021")
            << baseCase(stp(Tp, Buy, u"0.01", u"50000")) << -2021 << wouldTrigger;
        QTest::newRow("TP BUY below the mark rests") << baseCase(stp(Tp, Buy, u"0.01", u"49000")) << 0 << QString();
        QTest::newRow("STOP SELL at the mark: -2021")
            << baseCase(stp(Sl, Sell, u"0.01", u"50000")) << -2021 << wouldTrigger;
        QTest::newRow("STOP SELL below the mark rests") << baseCase(stp(Sl, Sell, u"0.01", u"49000")) << 0 << QString();
        QTest::newRow("STOP BUY at the mark: -2021")
            << baseCase(stp(Sl, Buy, u"0.01", u"50000")) << -2021 << wouldTrigger;
        QTest::newRow("STOP BUY above the mark rests") << baseCase(stp(Sl, Buy, u"0.01", u"51000")) << 0 << QString();

        const QString postOnly = u"Due to the order could not be executed as maker, the Post Only order will be "
                                 u"rejected. The order will not be recorded in the order history"_s;
        QTest::newRow("GTX BUY at the mark would take: -5022")
            << baseCase(lmt(Buy, u"0.01", u"50000", TimeInForce::Gtx)) << -5022 << postOnly;
        QTest::newRow("GTX SELL below the mark would take: -5022")
            << baseCase(lmt(Sell, u"0.01", u"49999.9", TimeInForce::Gtx)) << -5022 << postOnly;
        QTest::newRow("GTX BUY below the mark rests")
            << baseCase(lmt(Buy, u"0.01", u"49999.9", TimeInForce::Gtx)) << 0 << QString();

        const QString margin = u"Margin is insufficient."_s;
        QTest::newRow("opening beyond available margin: -2019") << baseCase(mkt(Buy, u"2.001")) << -2019 << margin;
        QTest::newRow("opening exactly the available margin is accepted") << baseCase(mkt(Buy, u"2")) << 0 << QString();
        QTest::newRow("limit margin is measured at its price: -2019")
            << baseCase(lmt(Buy, u"3", u"40000")) << -2019 << margin;
        QTest::newRow("stop margin is measured at its stop price: -2019")
            << baseCase(stp(Sl, Buy, u"2", u"51000")) << -2019 << margin;
        QTest::newRow("reduce-only needs no margin")
            << withAvailable(withPosition(baseCase(reduceOnly(mkt(Sell, u"3"))), u"3"), u"0") << 0 << QString();
        QTest::newRow("one-way close of the whole position needs no margin")
            << withAvailable(withPosition(baseCase(mkt(Sell, u"3")), u"3"), u"0") << 0 << QString();
        QTest::newRow("one-way flip needs margin for the part beyond the position: -2019")
            << withAvailable(withPosition(baseCase(mkt(Sell, u"4")), u"3"), u"4999") << -2019 << margin;
        QTest::newRow("one-way flip with margin for the rest is accepted")
            << withAvailable(withPosition(baseCase(mkt(Sell, u"4")), u"3"), u"5000") << 0 << QString();
    }
    void checksLikeTheExchange()
    {
        QFETCH(Case, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto error = PaperOrderValidator::check(input.request, input.context);
        if (code == 0) {
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            return;
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->code, code);
        QCOMPARE(error->message, message);
    }

    void triggersOnTheMark_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("side");
        QTest::addColumn<Decimal>("stopPrice");
        QTest::addColumn<Decimal>("mark");
        QTest::addColumn<bool>("triggered");
        const int tp = int(Tp), sl = int(Sl), buy = int(Buy), sell = int(Sell);
        QTest::newRow("TP SELL: mark equal to stop triggers") << tp << sell << d(u"110") << d(u"110") << true;
        QTest::newRow("TP SELL: mark above stop triggers") << tp << sell << d(u"110") << d(u"111") << true;
        QTest::newRow("TP SELL: mark a tick below waits") << tp << sell << d(u"110") << d(u"109.99") << false;
        QTest::newRow("TP BUY: mark equal to stop triggers") << tp << buy << d(u"90") << d(u"90") << true;
        QTest::newRow("TP BUY: mark below stop triggers") << tp << buy << d(u"90") << d(u"89") << true;
        QTest::newRow("TP BUY: mark a tick above waits") << tp << buy << d(u"90") << d(u"90.01") << false;
        QTest::newRow("STOP SELL: mark equal to stop triggers") << sl << sell << d(u"90") << d(u"90") << true;
        QTest::newRow("STOP SELL: mark below stop triggers") << sl << sell << d(u"90") << d(u"80") << true;
        QTest::newRow("STOP SELL: mark a tick above waits") << sl << sell << d(u"90") << d(u"90.01") << false;
        QTest::newRow("STOP BUY: mark equal to stop triggers") << sl << buy << d(u"110") << d(u"110") << true;
        QTest::newRow("STOP BUY: mark above stop triggers") << sl << buy << d(u"110") << d(u"120") << true;
        QTest::newRow("STOP BUY: mark a tick below waits") << sl << buy << d(u"110") << d(u"109.99") << false;
    }
    void triggersOnTheMark()
    {
        QFETCH(int, type);
        QFETCH(int, side);
        QFETCH(Decimal, stopPrice);
        QFETCH(Decimal, mark);
        QFETCH(bool, triggered);
        const OrderRequest request = stop(OrderType(type), OrderSide(side), d(u"1"), stopPrice, u"s"_s);
        QCOMPARE(PaperOrderValidator::isTriggered(request, mark), triggered);
    }

    void limitPricesAgainstTheMark_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<Decimal>("price");
        QTest::addColumn<Decimal>("mark");
        QTest::addColumn<bool>("marketable"); // at placement: takes liquidity
        QTest::addColumn<bool>("reached"); // resting: a later mark fills it
        const int buy = int(Buy), sell = int(Sell);
        QTest::newRow("BUY above the mark takes (and a resting one would fill)")
            << buy << d(u"101") << d(u"100") << true << true;
        QTest::newRow("BUY at the mark takes and is reached") << buy << d(u"100") << d(u"100") << true << true;
        QTest::newRow("BUY below the mark rests") << buy << d(u"99") << d(u"100") << false << false;
        QTest::newRow("BUY is reached when the mark falls through") << buy << d(u"99") << d(u"98") << true << true;
        QTest::newRow("SELL below the mark takes (and a resting one would fill)")
            << sell << d(u"99") << d(u"100") << true << true;
        QTest::newRow("SELL above the mark rests") << sell << d(u"101") << d(u"100") << false << false;
        QTest::newRow("SELL is reached when the mark rises to it") << sell << d(u"101") << d(u"101") << true << true;
    }
    void limitPricesAgainstTheMark()
    {
        QFETCH(int, side);
        QFETCH(Decimal, price);
        QFETCH(Decimal, mark);
        QFETCH(bool, marketable);
        QFETCH(bool, reached);
        const OrderRequest request = limit(OrderSide(side), d(u"1"), price, u"l"_s);
        QCOMPARE(PaperOrderValidator::isMarketable(request, mark), marketable);
        QCOMPARE(PaperOrderValidator::isLimitReached(request, mark), reached);
    }

    void splitsReducingFromOpening_data()
    {
        QTest::addColumn<Case>("input");
        QTest::addColumn<QString>("reducible"); // empty: the order may open
        QTest::addColumn<Decimal>("opening");
        QTest::newRow("one-way buy while flat opens all")
            << baseCase(market(Buy, d(u"2"), u"c"_s)) << QString() << d(u"2");
        QTest::newRow("one-way sell against a smaller long opens the rest")
            << withPosition(baseCase(market(Sell, d(u"2"), u"c"_s)), u"0.5") << QString() << d(u"1.5");
        QTest::newRow("one-way reduce-only sell may reduce the whole long")
            << withPosition(baseCase(reduceOnly(market(Sell, d(u"2"), u"c"_s))), u"0.5") << u"0.5"_s << d(u"0");
        QTest::newRow("one-way reduce-only buy against a long reduces nothing")
            << withPosition(baseCase(reduceOnly(market(Buy, d(u"2"), u"c"_s))), u"0.5") << u"0"_s << d(u"0");
        QTest::newRow("hedge BUY SHORT reduces the short")
            << hedge(withPosition(baseCase(withPositionSide(market(Buy, d(u"2"), u"c"_s), PositionSide::Short)), u"-1"))
            << u"1"_s << d(u"0");
        QTest::newRow("hedge BUY LONG opens all")
            << hedge(withPosition(baseCase(withPositionSide(market(Buy, d(u"2"), u"c"_s), PositionSide::Long)), u"1"))
            << QString() << d(u"2");
    }
    void splitsReducingFromOpening()
    {
        QFETCH(Case, input);
        QFETCH(QString, reducible);
        QFETCH(Decimal, opening);
        const auto mode = input.context.positionMode;
        const auto actual = PaperOrderValidator::reducibleQuantity(input.request, mode, input.context.positionAmount);
        QCOMPARE(actual.has_value(), !reducible.isEmpty());
        if (actual) {
            QCOMPARE(*actual, Decimal::fromString(reducible));
        }
        QCOMPARE(PaperOrderValidator::openingQuantity(
                     input.request, mode, input.context.positionAmount, input.request.quantity),
            opening);
    }
};

QTEST_GUILESS_MAIN(TestPaperOrderValidator)
#include "tst_paperordervalidator.moc"
