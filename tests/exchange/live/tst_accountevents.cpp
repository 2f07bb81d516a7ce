// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "common/Clock.h"
#include "live/LiveExchange.h"
#include "protocol/StreamParser.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

// The account events of Aster's user stream that are not fills (its V1 and V3 documents, "Event:
// Account Configuration Update", "Event: Margin Call", "Event: … Announcement"): each one is
// read, none is refused as unknown, and the ones that cost money reach the session.
class TestAccountEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSettingsFormIsRead()
    {
        const auto event = StreamParser::parse(
            R"({"e":"ACCOUNT_CONFIG_UPDATE","E":1611646737479,"T":1611646737476,"ai":{"j":true,"f":false,"d":true}})");
        QVERIFY2(event.hasValue(), qPrintable(event ? QString() : event.error().message));
        const auto *settings = std::get_if<AccountSettingsEvent>(&event.value());
        QVERIFY(settings);
        QCOMPARE(settings->time, 1611646737479);
        QCOMPARE(settings->isHedgeMode, std::optional<bool>(true));
        QCOMPARE(settings->isMultiAssets, std::optional<bool>(true));
        QCOMPARE(settings->isTokenFeeDeduction, std::optional<bool>(false));
        // The leverage form is still a leverage update.
        const auto leverage
            = StreamParser::parse(R"({"e":"ACCOUNT_CONFIG_UPDATE","E":1,"T":1,"ac":{"s":"BTCUSDT","l":25}})");
        QVERIFY(leverage.hasValue());
        QCOMPARE(std::get<LeverageUpdateEvent>(leverage.value()).leverage, 25);
    }

    void aBrokenSettingsFrameNamesTheField()
    {
        const auto event = StreamParser::parse(R"({"e":"ACCOUNT_CONFIG_UPDATE","E":1,"ai":{"d":"yes"}})");
        QVERIFY(!event.hasValue());
        QVERIFY2(event.error().message.contains(u"\"d\""_s), qPrintable(event.error().message));
    }

    void aMarginCallIsRead()
    {
        const auto event = StreamParser::parse(
            R"({"e":"MARGIN_CALL","E":1587727187525,"cw":"3.16812045","p":[{"s":"ETHUSDT","ps":"LONG","pa":"1.327",)"
            R"("mt":"CROSSED","iw":"0","mp":"187.17127","up":"-1.166074","mm":"1.614445"}]})");
        QVERIFY2(event.hasValue(), qPrintable(event ? QString() : event.error().message));
        const auto &call = std::get<MarginCallEvent>(event.value());
        QCOMPARE(call.crossWalletBalance, Decimal::fromString(u"3.16812045"));
        QCOMPARE(call.positions.size(), 1);
        QCOMPARE(call.positions.first().symbol, u"ETHUSDT"_s);
        QVERIFY(call.positions.first().positionSide == PositionSide::Long);
        QCOMPARE(call.positions.first().maintenanceMargin, Decimal::fromString(u"1.614445"));
        QCOMPARE(call.positions.first().markPrice, Decimal::fromString(u"187.17127"));
    }

    void anAnnouncementIsRead()
    {
        const auto event = StreamParser::parse(
            R"({"e":"announcement","en":{"i":7,"t":"New listing","s":"FOOUSDT perpetual","c":"NEW_LISTING",)"
            R"("d":1700000000000},"zh":{"i":7,"t":"上新","s":"","c":"NEW_LISTING","d":1700000000000}})");
        QVERIFY2(event.hasValue(), qPrintable(event ? QString() : event.error().message));
        const auto &notice = std::get<AnnouncementEvent>(event.value());
        QCOMPARE(notice.title, u"New listing"_s);
        QCOMPARE(notice.category, u"NEW_LISTING"_s);
        QCOMPARE(notice.time, 1700000000000);
    }

    void theLiveExchangeTellsWhatCostsMoney()
    {
        ManualClock clock(1'700'000'000'000);
        RestClient rest(QUrl(u"http://127.0.0.1:9"_s), &clock); // nothing is sent
        LiveExchange exchange(&rest, PositionMode::OneWay);
        QSignalSpy modes(&exchange, &LiveExchange::positionModeChanged);
        QSignalSpy calls(&exchange, &LiveExchange::marginCall);
        QSignalSpy notices(&exchange, &LiveExchange::announcement);
        QSignalSpy rejected(&exchange, &LiveExchange::frameRejected);
        // Still one-way: nothing to act on.
        exchange.handleUserFrame(R"({"e":"ACCOUNT_CONFIG_UPDATE","E":1,"T":1,"ai":{"j":false,"d":false}})");
        QCOMPARE(modes.size(), 0);
        // Switched to hedge mode by another client.
        exchange.handleUserFrame(R"({"e":"ACCOUNT_CONFIG_UPDATE","E":2,"T":2,"ai":{"j":false,"d":true}})");
        QCOMPARE(modes.size(), 1);
        QVERIFY(modes.first().first().value<PositionMode>() == PositionMode::Hedge);
        exchange.handleUserFrame(
            R"({"e":"MARGIN_CALL","E":3,"cw":"3","p":[{"s":"BTCUSDT","ps":"BOTH","pa":"0.5","mt":"CROSSED","iw":"0",)"
            R"("mp":"40000","up":"-900","mm":"80"}]})");
        QCOMPARE(calls.size(), 1);
        exchange.handleUserFrame(R"({"e":"announcement","en":{"t":"Maintenance","c":"DIRECT","d":4}})");
        QCOMPARE(notices.size(), 1);
        QCOMPARE(rejected.size(), 0);
    }

    // A failed periodic read (here: nothing listens) leaves a line in the log, not only a signal.
    void aFailedSyncReadIsLogged()
    {
        ManualClock clock(1'700'000'000'000);
        RestClient rest(QUrl(u"http://127.0.0.1:9"_s), &clock);
        LiveExchange exchange(&rest, PositionMode::OneWay);
        QSignalSpy failed(&exchange, &Exchange::requestFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"reading positions failed"_s));
        exchange.requestPositions();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestAccountEvents)
#include "tst_accountevents.moc"
