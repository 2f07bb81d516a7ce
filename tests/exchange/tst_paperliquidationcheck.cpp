// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The paper exchange keeps the cross account's sums between marks and recomputes only the moved
// symbol's share. These tests drive it through long random sequences of marks, fills, position,
// leverage, margin-type and bracket changes and check after every mark that it liquidated exactly
// when a full revaluation of the account, made here from its public state, says it must.
#include "DecimalPrinter.h"
#include "PaperTestHelpers.h"
#include "common/Clock.h"
#include "paper/LeverageBrackets.h"
#include "paper/PaperMatchingEngine.h"

#include <QTest>

#include <memory>
#include <random>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kCross { u"BTCUSDT"_s, u"ETHUSDT"_s, u"SOLUSDT"_s, u"XRPUSDT"_s };
const QString kIsolated = u"DOGEUSDT"_s;
constexpr qint64 kStartMs = 1'700'000'000'000;

// What a full revaluation says after `symbol` moves to `mark`: is the cross account due, is an
// isolated position of the symbol due.
struct Verdict
{
    bool isCrossDue = false;
    bool isIsolatedDue = false;
};

Verdict revalue(const PaperMatchingEngine &engine, const QString &symbol, Decimal mark)
{
    const auto markOf = [&](const QString &s) { return s == symbol ? std::optional(mark) : engine.markPrice(s); };
    const auto maintenance = [&](const PositionSnapshot &p, Decimal at) {
        return engine.leverageBrackets(p.symbol).maintenanceMargin(p.amount.abs() * at);
    };
    Verdict verdict;
    Decimal equity = engine.walletBalance();
    Decimal required;
    int crossPositions = 0;
    for (const PositionSnapshot &p : engine.positions()) {
        const Decimal margin = (p.amount.abs() * p.entryPrice).dividedBy(engine.leverage(p.symbol));
        const auto at = markOf(p.symbol);
        if (engine.marginType(p.symbol) == MarginType::Isolated) {
            equity -= margin;
            if (p.symbol == symbol && margin + p.amount * (mark - p.entryPrice) <= maintenance(p, mark)) {
                verdict.isIsolatedDue = true;
            }
        } else if (at) {
            ++crossPositions;
            equity += p.amount * (*at - p.entryPrice);
            required += maintenance(p, *at);
        }
    }
    verdict.isCrossDue = crossPositions > 0 && equity <= required;
    return verdict;
}

// Two tiers whose margin jumps at 10,000 USDT (its cum disagrees with the rates): no quiet band.
LeverageBrackets jumpyBrackets()
{
    LeverageBracket low;
    low.maxLeverage = 50;
    low.maintenanceMarginRate = d(u"0.01");
    LeverageBracket high;
    high.notionalFloor = d(u"10000");
    high.maxLeverage = 20;
    high.maintenanceMarginRate = d(u"0.02");
    high.maintenanceAmount = d(u"50"); // continuous would be 100
    return LeverageBrackets::fromBrackets({ low, high });
}

LeverageBrackets bracketsNumber(int n)
{
    switch (n % 4) {
    case 0:
        return LeverageBrackets::majors();
    case 1:
        return LeverageBrackets::largeAlts();
    case 2:
        return jumpyBrackets();
    default:
        return LeverageBrackets::smallAlts();
    }
}

} // namespace

class TestPaperLiquidationCheck : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PaperMatchingEngine> m_engine;
    EventLog m_log;
    std::mt19937_64 m_random;

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }
    Decimal decimal(double value, int decimals) { return Decimal::fromString(QString::number(value, 'f', decimals)); }
    // A position of about `notional` USDT, long or short at random, entered near the mark.
    void openAtRandom(const QString &symbol, double notional, PositionSide side = PositionSide::Both)
    {
        const double mark = m_engine->markPrice(symbol)->toDouble();
        const double sign = uniform() < 0.5 ? -1.0 : 1.0;
        const Decimal amount = decimal(sign * notional * (0.5 + uniform()) / mark, 3);
        const Decimal entry = decimal(mark * (0.99 + 0.02 * uniform()), 2);
        m_engine->setPosition(symbol, side, amount.isZero() ? d(u"0.001") : amount, entry);
    }
    QStringList liquidatedSymbols() const
    {
        QStringList symbols;
        for (const OrderUpdate &fill : m_log.fills()) {
            if (fill.clientOrderId.startsWith(u"autoclose-") && !symbols.contains(fill.symbol)) {
                symbols.append(fill.symbol);
            }
        }
        return symbols;
    }
    double netSign(const QString &symbol) const
    {
        Decimal net;
        for (const PositionSnapshot &p : m_engine->positions()) {
            net += p.symbol == symbol ? p.amount : Decimal();
        }
        return double(net.sign());
    }
    bool hasCrossPosition() const
    {
        for (const PositionSnapshot &p : m_engine->positions()) {
            if (p.symbol != kIsolated) {
                return true;
            }
        }
        return false;
    }
    // A random change other than a mark: each must make the engine drop its kept sums.
    void changeSomething(int step)
    {
        const QString symbol = kCross.at(step % kCross.size());
        switch (int(uniform() * 6)) {
        case 0:
            openAtRandom(symbol, 4000);
            break;
        case 1:
            // A partial close or an add, from outside.
            m_engine->applyExternalFill(
                symbol, uniform() < 0.5 ? OrderSide::Buy : OrderSide::Sell, d(u"0.002"), *m_engine->markPrice(symbol));
            break;
        case 2:
            m_engine->setLeverageBrackets(symbol, bracketsNumber(step));
            break;
        case 3:
            QVERIFY(m_engine->setLeverage(kIsolated, 1 + int(uniform() * 20)).hasValue());
            break;
        case 4: {
            // Deposits and withdrawals move the wallet, which the check reads as it is.
            PaperMatchingEngine::Settings settings = m_engine->settings();
            settings.startingBalance += decimal(uniform() * 400 - 200, 2);
            m_engine->setSettings(settings);
            break;
        }
        default:
            // A symbol leaves the cross account (case 0 brings it back).
            for (const PositionSide side : { PositionSide::Both, PositionSide::Long, PositionSide::Short }) {
                m_engine->setPosition(symbol, side, Decimal(), Decimal());
            }
            break;
        }
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(kStartMs);
        PaperMatchingEngine::Settings settings;
        settings.takerFeePercent = Decimal();
        settings.makerFeePercent = Decimal();
        settings.fundingRatePercent = Decimal();
        settings.startingBalance = d(u"3000");
        m_engine = std::make_unique<PaperMatchingEngine>(m_clock.get(), settings);
        m_engine->addListener([this](const PaperEvent &event) { m_log(event); });
        m_log.clear();
    }

    void steepestRateOnlyForContinuousMargins()
    {
        QCOMPARE(LeverageBrackets::majors().steepestRate(), std::optional(d(u"0.5")));
        QCOMPARE(LeverageBrackets::smallAlts().steepestRate(), std::optional(d(u"0.5")));
        QCOMPARE(jumpyBrackets().steepestRate(), std::nullopt);
        QCOMPARE(LeverageBrackets().steepestRate(), std::nullopt);
    }

    void liquidatesExactlyWhenAFullRevaluationSaysSo_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("isHedge");
        QTest::newRow("one-way, seed 1") << quint64(1) << false;
        QTest::newRow("one-way, seed 2") << quint64(2) << false;
        QTest::newRow("hedge: long and short of a symbol in one share") << quint64(3) << true;
    }
    void liquidatesExactlyWhenAFullRevaluationSaysSo()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, isHedge);
        m_random.seed(seed);
        if (isHedge) {
            PaperMatchingEngine::Settings settings = m_engine->settings();
            settings.positionMode = PositionMode::Hedge;
            m_engine->setSettings(settings);
        }
        const QList<double> starts { 30000, 2000, 100, 50 };
        for (qsizetype i = 0; i < kCross.size(); ++i) {
            m_engine->setMarkPrice(kCross.at(i), decimal(starts.at(i), 2));
        }
        m_engine->setMarkPrice(kIsolated, d(u"10"));
        QVERIFY(m_engine->setMarginType(kIsolated, MarginType::Isolated).hasValue());
        const auto openAll = [&] {
            for (const QString &symbol : kCross) {
                if (isHedge) {
                    openAtRandom(symbol, 12000, PositionSide::Long);
                    openAtRandom(symbol, 4000, PositionSide::Short);
                } else {
                    openAtRandom(symbol, 12000);
                }
            }
        };
        openAll();
        openAtRandom(kIsolated, 2000, isHedge ? PositionSide::Long : PositionSide::Both);
        m_log.clear();

        int crossLiquidations = 0;
        int isolatedLiquidations = 0;
        int safeMarks = 0;
        for (int step = 0; step < 6000; ++step) {
            m_clock->setMs(kStartMs + step * 1000);
            if (uniform() < 0.05) {
                changeSomething(step);
                m_log.clear();
            }
            const bool isIsolatedMove = uniform() < 0.15;
            const QString symbol = isIsolatedMove ? kIsolated : kCross.at(int(uniform() * kCross.size()));
            const double from = m_engine->markPrice(symbol)->toDouble();
            // A drift against the symbol's net position, so that the account reaches its margin often.
            const double move = std::normal_distribution<double>(-0.003 * netSign(symbol), 0.01)(m_random);
            const Decimal mark = decimal(std::max(0.1, from * (1.0 + move)), 2);
            const Verdict expected = revalue(*m_engine, symbol, mark);

            m_engine->setMarkPrice(symbol, mark);

            const QStringList liquidated = liquidatedSymbols();
            const bool wasIsolatedLiquidated = liquidated.contains(kIsolated);
            const bool wasCrossLiquidated = liquidated.size() > (wasIsolatedLiquidated ? 1 : 0);
            QVERIFY2(wasIsolatedLiquidated == expected.isIsolatedDue,
                qPrintable(u"step %1: %2 at %3"_s.arg(step).arg(symbol, mark.toString())));
            // An isolated liquidation changes the cross wallet: the account is revalued after it.
            if (!wasIsolatedLiquidated) {
                QVERIFY2(wasCrossLiquidated == expected.isCrossDue,
                    qPrintable(u"step %1: %2 at %3, liquidated %4"_s.arg(step).arg(
                        symbol, mark.toString(), liquidated.join(u' '))));
            }
            if (wasCrossLiquidated) {
                QVERIFY2(!hasCrossPosition(), "a cross liquidation closes the whole cross account");
                ++crossLiquidations;
                PaperMatchingEngine::Settings settings = m_engine->settings();
                settings.startingBalance += Decimal::max(Decimal(), d(u"3000") - m_engine->walletBalance());
                m_engine->setSettings(settings);
                openAll();
            } else {
                safeMarks += expected.isCrossDue ? 0 : 1;
            }
            if (wasIsolatedLiquidated) {
                ++isolatedLiquidations;
                openAtRandom(kIsolated, 2000, isHedge ? PositionSide::Long : PositionSide::Both);
            }
            m_log.clear();
        }
        // The sequence must have reached both answers many times for the comparison to mean much.
        qInfo(
            "%d cross and %d isolated liquidations, %d safe marks", crossLiquidations, isolatedLiquidations, safeMarks);
        QVERIFY2(crossLiquidations >= 5, qPrintable(QString::number(crossLiquidations)));
        QVERIFY2(isolatedLiquidations >= 2, qPrintable(QString::number(isolatedLiquidations)));
        QVERIFY(safeMarks > 1000);
    }
};

QTEST_GUILESS_MAIN(TestPaperLiquidationCheck)
#include "tst_paperliquidationcheck.moc"
