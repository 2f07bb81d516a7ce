// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRig.h"
#include "config/ConfigValidator.h"
#include "config/MaintenanceRateSource.h"
#include "live/LiveSession.h"
#include "protocol/RestParser.h"

#include <QSignalSpy>
#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kKey = "brackets-key";
const QByteArray kSecret = "brackets-secret";

// BTCUSDT at 20x with a stop 4.3 % away: inside the liquidation distance of a 0.4 % first bracket
// (about 4.62 %), beyond that of a 1 % one (about 4.04 %).
bool warnsOfLiquidation()
{
    SymbolConfig symbol;
    symbol.leverage = 20;
    symbol.slPercent = Decimal::fromString(u"4.3");
    const auto issues = ConfigValidator::validateSymbol(u"BTCUSDT"_s, symbol);
    return std::any_of(issues.begin(), issues.end(),
        [](const ConfigIssue &i) { return i.message.contains(u"beyond the liquidation price"_s); });
}

} // namespace

// A LIVE session reads the exchange's leverage brackets at start and after a leverage change,
// and the configuration warning "stop beyond the liquidation price" uses them, not the demo
// market's: the fake serves its engine's brackets, which the tests make differ.
class TestLiveSessionBrackets : public QObject
{
    Q_OBJECT

    std::unique_ptr<LoopbackRig> m_rig;

    std::unique_ptr<LiveSession> startedSession(QSignalSpy **read)
    {
        auto session = std::make_unique<LiveSession>(
            LiveSession::Endpoints { m_rig->server.restBase(), m_rig->server.streamBase() },
            loopbackCredentials(kKey, kSecret), PositionMode::OneWay, &m_rig->clock);
        *read = new QSignalSpy(session->exchange(), &LiveExchange::leverageBracketsRead);
        session->start({});
        return session;
    }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>(FakeExchangeSettings { kKey, kSecret, 60000 });
        QVERIFY(m_rig->start());
    }
    void cleanup() { m_rig.reset(); }

    void bracketsAreReadAtStartAndChangeTheWarning()
    {
        m_rig->engine.setLeverageBrackets(u"BTCUSDT"_s, LeverageBrackets::smallAlts());
        QVERIFY(!warnsOfLiquidation()); // no session: the default 0.4 %

        QSignalSpy *readPointer = nullptr;
        auto session = startedSession(&readPointer);
        std::unique_ptr<QSignalSpy> read(readPointer);
        QTRY_COMPARE_WITH_TIMEOUT(read->size(), 1, 10000);
        QCOMPARE(read->first().first().toStringList(), QStringList { u"BTCUSDT"_s });

        const auto table = session->exchange()->leverageBrackets()->brackets(u"BTCUSDT"_s);
        QVERIFY(table.has_value());
        const QList<LeverageBracket> expected
            = LeverageBrackets::smallAlts().brackets(); // a copy: smallAlts() is a temporary
        QCOMPARE(table->brackets().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(table->brackets()[i].notionalFloor, expected[i].notionalFloor);
            QCOMPARE(table->brackets()[i].maxLeverage, expected[i].maxLeverage);
            QCOMPARE(table->brackets()[i].maintenanceMarginRate, expected[i].maintenanceMarginRate);
            QCOMPARE(table->brackets()[i].maintenanceAmount, expected[i].maintenanceAmount);
        }
        QCOMPARE(ConfigValidator::maintenanceMarginRate(u"BTCUSDT"_s), Decimal::fromString(u"0.01"));
        QVERIFY(warnsOfLiquidation());
        // A symbol the exchange sent no brackets for keeps the default.
        QCOMPARE(ConfigValidator::maintenanceMarginRate(u"ETHUSDT"_s), ConfigValidator::lowestMaintenanceMarginRate());

        session.reset();
        QVERIFY(!MaintenanceRateSource::installed());
        QVERIFY(!warnsOfLiquidation());
    }

    void aLeverageChangeReadsTheSymbolsBracketsAgain()
    {
        QSignalSpy *readPointer = nullptr;
        auto session = startedSession(&readPointer);
        std::unique_ptr<QSignalSpy> read(readPointer);
        QTRY_COMPARE_WITH_TIMEOUT(read->size(), 1, 10000);
        QCOMPARE(ConfigValidator::maintenanceMarginRate(u"BTCUSDT"_s), Decimal::fromString(u"0.004"));

        m_rig->engine.setLeverageBrackets(u"BTCUSDT"_s, LeverageBrackets::largeAlts());
        session->exchange()->setLeverage(u"BTCUSDT"_s, 20);
        QTRY_COMPARE_WITH_TIMEOUT(read->size(), 2, 10000);
        QCOMPARE(ConfigValidator::maintenanceMarginRate(u"BTCUSDT"_s), Decimal::fromString(u"0.005"));
    }

    void impossibleBracketsAreRefusedNamingTheField()
    {
        const auto good = RestParser::leverageBrackets(
            R"([{"symbol":"BTCUSDT","brackets":[{"bracket":1,"initialLeverage":125,"notionalCap":50000,)"
            R"("notionalFloor":0,"maintMarginRatio":0.004,"cum":0.0}]}])");
        QVERIFY2(good, qPrintable(good.error().message));
        QCOMPARE(good->first().brackets.brackets().first().maintenanceMarginRate, Decimal::fromString(u"0.004"));

        const auto rate = RestParser::leverageBrackets(R"({"symbol":"BTCUSDT","brackets":[{"initialLeverage":125,)"
                                                       R"("notionalFloor":0,"maintMarginRatio":1.5,"cum":0}]})");
        QVERIFY(!rate);
        QVERIFY2(rate.error().message.contains(u"maintMarginRatio"_s), qPrintable(rate.error().message));

        const auto leverage = RestParser::leverageBrackets(R"({"symbol":"BTCUSDT","brackets":[{"initialLeverage":0,)"
                                                           R"("notionalFloor":0,"maintMarginRatio":0.004,"cum":0}]})");
        QVERIFY(!leverage);
        QVERIFY2(leverage.error().message.contains(u"initialLeverage"_s), qPrintable(leverage.error().message));

        const auto floors = RestParser::leverageBrackets(
            R"({"symbol":"BTCUSDT","brackets":[{"initialLeverage":125,"notionalFloor":0,"maintMarginRatio":0.004,)"
            R"("cum":0},{"initialLeverage":100,"notionalFloor":0,"maintMarginRatio":0.005,"cum":0}]})");
        QVERIFY(!floors);
        QVERIFY2(floors.error().message.contains(u"notionalFloor"_s), qPrintable(floors.error().message));

        const auto none = RestParser::leverageBrackets(R"({"symbol":"BTCUSDT","brackets":[]})");
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(u"brackets"_s), qPrintable(none.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLiveSessionBrackets)
#include "tst_livesession_brackets.moc"
