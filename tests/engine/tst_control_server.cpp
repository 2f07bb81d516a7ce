// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropProxy.h"
#include "EngineRig.h"
#include "SqliteTrancheStore.h"
#include "config/ConfigLoader.h"
#include "control/ControlProtocol.h"
#include "hunter/LiquidationHunter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {

constexpr int kWait = 30000;

QStringList g_logged;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}

// Waits for the reply to a command and returns it.
QJsonObject command(ControlClient &client, const QString &name, const QJsonObject &args = {})
{
    QSignalSpy replies(&client, &ControlClient::replied);
    const QString id = client.sendCommand(name, args);
    for (int i = 0; i < 20; ++i) {
        for (const QList<QVariant> &reply : std::as_const(replies)) {
            if (reply.at(0).toString() == id) {
                return reply.at(1).toJsonObject();
            }
        }
        replies.wait(kWait / 20);
    }
    return {};
}

} // namespace

using test::EngineRig;

class TstControlServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoClientsSeeTheSameTrade();
    void aStepsDeltasLeaveWhenItCommits();
    void aKilledClientResumesWithoutGapOrDuplicate();
    void aDroppedLinkLosesAndDoublesNothing();
    void afterAnEngineRestartClientsSeeTheSameTranches();
    void aClientTooFarBehindGetsAFreshSnapshot();
    void watchTokensCannotChangeAnything();
    void aWrongTokenIsRefusedLateAndNotLogged();
    void commandsAreRecordedNamingTheClient();
    void configErrorsNameTheKey();
    void handAdjustmentsAreCheckedNamingTheArgumentAndRange();
    void theHuntersLiquidationsReachClients();
    void historyAndCsvExportArePaged();
    void hundredAbruptDisconnectsAndMalformedMessagesAreSurvived();
    void anOpenAddressWithoutTlsIsRefused();
};

void TstControlServer::initTestCase()
{
    QCoreApplication::setOrganizationName(u"TrancheDeskTests"_s);
    QCoreApplication::setApplicationName(u"TrancheDeskEngineTests"_s);
}

void TstControlServer::twoClientsSeeTheSameTrade()
{
    EngineRig rig;
    QVERIFY(rig.start());
    ControlClient *desk = rig.ready(rig.controlToken, u"desk"_s);
    ControlClient *phone = rig.ready(rig.watchToken, u"phone"_s);
    QVERIFY(desk && phone);
    QCOMPARE(desk->role(), u"control"_s);
    QCOMPARE(phone->role(), u"watch"_s);
    QCOMPARE(desk->mode(), u"PAPER"_s);
    QVERIFY(desk->isEntriesPaused());

    QVERIFY(rig.trade());
    QCOMPARE(rig.openIds().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(EngineRig::openIds(*desk), rig.openIds(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(EngineRig::openIds(*phone), rig.openIds(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(desk->seq(), rig.server->lastSeq(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(phone->seq(), rig.server->lastSeq(), kWait);
    QCOMPARE(desk->eventIds(), phone->eventIds());
    QVERIFY(!desk->eventIds().isEmpty());
    const QJsonObject seen = desk->tranches().value(rig.openIds().first());
    QCOMPARE(seen.value(u"symbol"_s).toString(), u"BTCUSDT"_s);
    QCOMPARE(seen.value(u"quantity"_s).toString(), u"0.01"_s);
    QCOMPARE(seen, phone->tranches().value(rig.openIds().first()));
}

void TstControlServer::aStepsDeltasLeaveWhenItCommits()
{
    EngineRig rig;
    QVERIFY(rig.start());
    ControlClient *client = rig.ready(rig.watchToken, u"phone"_s);
    QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(client->seq(), rig.server->lastSeq(), kWait);
    // Whatever else is queued on the engine's thread: the step's event is sequenced and sent
    // before the call that made the step returns, not on a later turn of the event loop.
    const qint64 before = rig.server->lastSeq();
    qint64 id = 0;
    connect(rig.manager(), &core::TrancheManager::eventRecorded, this,
        [&id](const core::TrancheEvent &event) { id = event.id; });
    rig.manager()->recordAccountAlert(u"test"_s, QString(), u"a step of its own"_s);
    QVERIFY(id > 0);
    QVERIFY(rig.server->lastSeq() > before);
    QTRY_VERIFY_WITH_TIMEOUT(client->eventIds().contains(id), kWait);
}

void TstControlServer::aKilledClientResumesWithoutGapOrDuplicate()
{
    EngineRig rig;
    QVERIFY(rig.start());
    ControlClient *client = rig.ready(rig.controlToken, u"laptop"_s, 0);
    QVERIFY(client);
    QVERIFY(rig.trade());
    QTRY_COMPARE_WITH_TIMEOUT(client->seq(), rig.server->lastSeq(), kWait);

    // Gone without a word, while the engine trades on.
    client->abort();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server->clientCount(), 0, kWait);
    const qint64 before = client->seq();
    QVERIFY(rig.trade());
    QTRY_VERIFY_WITH_TIMEOUT(rig.server->lastSeq() > before, kWait);

    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->resumeCount(), 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(client->seq(), rig.server->lastSeq(), kWait);
    QCOMPARE(client->snapshotCount(), 1);
    QCOMPARE(client->gapCount(), 0);
    QCOMPARE(client->duplicateCount(), 0);
    QVERIFY(EngineRig::isContiguous(client->eventIds()));
    QCOMPARE(EngineRig::openIds(*client), rig.openIds());
    QCOMPARE(rig.openIds().size(), 2);
}

void TstControlServer::aDroppedLinkLosesAndDoublesNothing()
{
    EngineRig rig;
    QVERIFY(rig.start());
    test::DropProxy proxy(rig.server->port());
    QUrl viaProxy = rig.server->url();
    viaProxy.setPort(proxy.port());
    ControlClient *client = rig.ready(rig.controlToken, u"train"_s, 100, viaProxy);
    QVERIFY(client);
    QVERIFY(rig.trade());
    QTRY_COMPARE_WITH_TIMEOUT(client->seq(), rig.server->lastSeq(), kWait);

    QSignalSpy dropped(client, &ControlClient::disconnected);
    proxy.setDropping(true);
    QTRY_VERIFY_WITH_TIMEOUT(dropped.count() >= 1, kWait);
    // Trades, closes and marks while the link is down; the client keeps knocking.
    QVERIFY(rig.trade());
    QVERIFY(rig.manager()->closeTranche(rig.openIds().first()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.openIds().size(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rig.server->lastSeq() > client->seq(), kWait);
    proxy.setDropping(false);

    QTRY_COMPARE_WITH_TIMEOUT(client->seq(), rig.server->lastSeq(), kWait);
    QVERIFY(client->resumeCount() >= 1);
    QCOMPARE(client->snapshotCount(), 1);
    QCOMPARE(client->gapCount(), 0);
    QCOMPARE(client->duplicateCount(), 0);
    QVERIFY(EngineRig::isContiguous(client->eventIds()));
    QCOMPARE(EngineRig::openIds(*client), rig.openIds());
}

void TstControlServer::afterAnEngineRestartClientsSeeTheSameTranches()
{
    EngineRig rig;
    QVERIFY(rig.start());
    ControlClient *desk = rig.ready(rig.controlToken, u"desk"_s);
    ControlClient *phone = rig.ready(rig.watchToken, u"phone"_s);
    QVERIFY(desk && phone);
    QVERIFY(rig.trade());
    QVERIFY(rig.trade());
    const QStringList open = rig.openIds();
    QTRY_COMPARE_WITH_TIMEOUT(EngineRig::openIds(*desk), open, kWait);
    const QString epoch = desk->epoch();

    rig.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isAuthenticated() && !phone->isAuthenticated(), kWait);
    QVERIFY(rig.start()); // the same data folder and port

    // Another run: the clients come back on their own and start from a snapshot.
    QTRY_VERIFY_WITH_TIMEOUT(desk->snapshotCount() == 2 && phone->snapshotCount() == 2, kWait);
    QVERIFY(desk->epoch() != epoch);
    QCOMPARE(rig.openIds(), open);
    QCOMPARE(EngineRig::openIds(*desk), open);
    QCOMPARE(EngineRig::openIds(*phone), open);
    QCOMPARE(desk->gapCount(), 0);
    QCOMPARE(desk->duplicateCount(), 0);
    QVERIFY(EngineRig::isContiguous(desk->eventIds()));
}

void TstControlServer::aClientTooFarBehindGetsAFreshSnapshot()
{
    EngineRig rig;
    rig.settings.deltaCapacity = 3;
    QVERIFY(rig.start());
    ControlClient *client = rig.ready(rig.controlToken, u"old laptop"_s, 0);
    QVERIFY(client);
    client->abort();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server->clientCount(), 0, kWait);
    const qint64 before = client->seq();
    QVERIFY(rig.trade());
    QTRY_VERIFY_WITH_TIMEOUT(rig.server->lastSeq() > before + 3, kWait);
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->snapshotCount(), 2, kWait);
    QCOMPARE(client->resumeCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(EngineRig::openIds(*client), rig.openIds(), kWait);
}

void TstControlServer::watchTokensCannotChangeAnything()
{
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.trade());
    ControlClient *phone = rig.ready(rig.watchToken, u"phone"_s);
    QVERIFY(phone);
    const QJsonObject tranche = phone->openTranches().first();
    const QList<std::pair<QString, QJsonObject>> commands {
        { u"resume"_s, {} },
        { u"closeTranche"_s, { { u"id"_s, tranche.value(u"id"_s) } } },
        { u"closeAll"_s, {} },
        { u"setMode"_s, { { u"mode"_s, u"LIVE"_s } } },
        { u"setConfig"_s, { { u"config"_s, phone->config() } } },
    };
    for (const auto &[name, args] : commands) {
        const QJsonObject reply = command(*phone, name, args);
        QCOMPARE(reply.value(u"ok"_s).toBool(), false);
        QVERIFY2(reply.value(u"error"_s).toString().contains(u"watch token"_s), qPrintable(name));
    }
    QVERIFY(rig.host->isEntriesPaused());
    QCOMPARE(rig.openIds().size(), 1);
    // Reading is what a watch token is for.
    const QJsonObject page = command(*phone, u"history"_s, { { u"what"_s, u"tranches"_s } });
    QVERIFY(page.value(u"ok"_s).toBool());
    QCOMPARE(page.value(u"result"_s).toObject().value(u"items"_s).toArray().size(), 1);
}

void TstControlServer::aWrongTokenIsRefusedLateAndNotLogged()
{
    EngineRig rig;
    QVERIFY(rig.start());
    g_logged.clear();
    const auto previous = qInstallMessageHandler(collect);
    const QString guess = u"trdc_not-a-token-anyone-was-given"_s;
    ControlClient *intruder = rig.client(guess, u"intruder"_s);
    QSignalSpy refused(intruder, &ControlClient::authenticationFailed);
    QSignalSpy failed(rig.server.get(), &ControlServer::authenticationFailed);
    QVERIFY(refused.wait(kWait));
    qInstallMessageHandler(previous);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(refused.first().first().toString(), u"unknown token"_s);
    QCOMPARE(intruder->snapshotCount(), 0);
    QVERIFY(!intruder->isAuthenticated());
    QVERIFY(g_logged.join(u'\n').contains(u"refused a client from 127.0.0.1"_s));
    QVERIFY(!g_logged.join(u'\n').contains(guess));
}

void TstControlServer::commandsAreRecordedNamingTheClient()
{
    EngineRig rig;
    QVERIFY(rig.start());
    ControlClient *desk = rig.ready(rig.controlToken, u"desk at home"_s);
    ControlClient *phone = rig.ready(rig.watchToken, u"phone"_s);
    QVERIFY(desk && phone);

    QVERIFY(command(*desk, u"resume"_s).value(u"ok"_s).toBool());
    QVERIFY(!rig.host->isEntriesPaused());
    QTRY_VERIFY_WITH_TIMEOUT(!phone->isEntriesPaused(), kWait);
    QVERIFY(command(*desk, u"pause"_s).value(u"ok"_s).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(phone->isEntriesPaused(), kWait);

    QVERIFY(rig.trade());
    const QString id = rig.openIds().first();
    QVERIFY(command(*desk, u"closeTranche"_s, { { u"id"_s, id } }).value(u"ok"_s).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(rig.openIds().isEmpty(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(phone->tranches().value(id).value(u"status"_s).toString(), u"closed"_s, kWait);
    const QJsonObject unknown = command(*desk, u"closeTranche"_s, { { u"id"_s, id } });
    QVERIFY(unknown.value(u"error"_s).toString().contains(id));

    auto events = rig.host->store()->events(core::EventQuery {});
    QVERIFY(events);
    QStringList recorded;
    QStringList details;
    for (const core::TrancheEvent &e : events.value()) {
        if (e.details.contains(u"remote_command"_s)) {
            recorded << e.reason;
            details << e.details;
        }
    }
    QVERIFY2(details.at(2).contains(id), qPrintable(details.at(2))); // which tranche was closed
    QCOMPARE(recorded.size(), 4);
    QVERIFY2(recorded.first().contains(u"resume"_s) && recorded.first().contains(u"desk (desk at home)"_s),
        qPrintable(recorded.first()));
    QVERIFY2(recorded.last().contains(u"refused"_s), qPrintable(recorded.last()));
}

void TstControlServer::configErrorsNameTheKey()
{
    EngineRig rig;
    QVERIFY(rig.start());
    ControlClient *desk = rig.ready(rig.controlToken, u"desk"_s);
    QVERIFY(desk);
    QJsonObject config = desk->config();
    QJsonObject symbols = config.value(u"symbols"_s).toObject();
    QJsonObject btc = symbols.value(u"BTCUSDT"_s).toObject();
    btc.insert(u"leverage"_s, 500);
    symbols.insert(u"BTCUSDT"_s, btc);
    config.insert(u"symbols"_s, symbols);
    const QJsonObject refused = command(*desk, u"setConfig"_s, { { u"config"_s, config } });
    QCOMPARE(refused.value(u"ok"_s).toBool(), false);
    const QJsonArray issues = refused.value(u"issues"_s).toArray();
    QVERIFY2(!issues.isEmpty(), QJsonDocument(refused).toJson().constData());
    QCOMPARE(issues.first().toObject().value(u"key"_s).toString(), u"symbols.BTCUSDT.leverage"_s);
    QVERIFY2(
        refused.value(u"error"_s).toString().contains(u"leverage"_s), qPrintable(refused.value(u"error"_s).toString()));
    QCOMPARE(rig.manager()->symbolConfig(u"BTCUSDT"_s).leverage, 10);

    btc.insert(u"leverage"_s, 7);
    symbols.insert(u"BTCUSDT"_s, btc);
    config.insert(u"symbols"_s, symbols);
    QVERIFY(command(*desk, u"setConfig"_s, { { u"config"_s, config } }).value(u"ok"_s).toBool());
    QCOMPARE(rig.manager()->symbolConfig(u"BTCUSDT"_s).leverage, 7);
    QTRY_COMPARE_WITH_TIMEOUT(
        desk->config().value(u"symbols"_s).toObject().value(u"BTCUSDT"_s).toObject().value(u"leverage"_s).toInt(), 7,
        kWait);
    auto saved = core::ConfigLoader::loadFile(rig.host->configPath());
    QVERIFY(saved);
    QCOMPARE(saved.value().symbols.value(u"BTCUSDT"_s).leverage, 7);
}

void TstControlServer::handAdjustmentsAreCheckedNamingTheArgumentAndRange()
{
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.trade()); // 0.01 BTCUSDT long
    const QString id = rig.openIds().first();
    ControlClient *desk = rig.ready(rig.controlToken, u"desk"_s);
    ControlClient *phone = rig.ready(rig.watchToken, u"phone"_s);
    QVERIFY(desk && phone);
    const auto refusal = [&](const QString &name, const QJsonObject &args) {
        const QJsonObject reply = command(*desk, name, args);
        const QJsonArray issues = reply.value(u"issues"_s).toArray();
        return std::pair { issues.isEmpty() || reply.value(u"ok"_s).toBool()
                ? QString()
                : issues.first().toObject().value(u"key"_s).toString(),
            reply.value(u"error"_s).toString() };
    };

    // Close part: a decimal string, more than 0 and less than the open quantity.
    auto [key, error] = refusal(u"closePart"_s, { { u"id"_s, id }, { u"quantity"_s, u"0.02"_s } });
    QCOMPARE(key, u"quantity"_s);
    QVERIFY2(error.startsWith(u"quantity: 0.02 is out of range"_s) && error.contains(u"0.01"_s), qPrintable(error));
    std::tie(key, error) = refusal(u"closePart"_s, { { u"id"_s, id }, { u"quantity"_s, 0.004 } });
    QCOMPARE(key, u"quantity"_s);
    std::tie(key, error) = refusal(u"closePart"_s, { { u"id"_s, u"nope"_s }, { u"quantity"_s, u"0.004"_s } });
    QCOMPARE(key, u"id"_s);
    QVERIFY(command(*phone, u"closePart"_s, { { u"id"_s, id }, { u"quantity"_s, u"0.004"_s } })
                .value(u"error"_s)
                .toString()
                .contains(u"watch token"_s));
    QCOMPARE(rig.manager()->openTranche(id)->quantity, core::Decimal::fromString(u"0.01"_s));
    QVERIFY(command(*desk, u"closePart"_s, { { u"id"_s, id }, { u"quantity"_s, u"0.004"_s } }).value(u"ok"_s).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(rig.manager()->openTranche(id)->quantity, core::Decimal::fromString(u"0.006"_s), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(phone->tranches().value(id).value(u"quantity"_s).toString(), u"0.006"_s, kWait);

    // Move TP/SL: a long's take profit above the mark, its stop between 0 and the mark.
    const double mark = rig.manager()->markPrice(u"BTCUSDT"_s)->toDouble();
    const QString tp = QString::number(qint64(mark * 1.3));
    const QString sl = QString::number(qint64(mark * 0.7));
    std::tie(key, error)
        = refusal(u"moveProtection"_s, { { u"id"_s, id }, { u"tpPrice"_s, sl }, { u"slPrice"_s, sl } });
    QCOMPARE(key, u"tpPrice"_s);
    QVERIFY2(error.contains(u"out of range: a LONG take profit must be above the mark"_s), qPrintable(error));
    std::tie(key, error)
        = refusal(u"moveProtection"_s, { { u"id"_s, id }, { u"tpPrice"_s, tp }, { u"slPrice"_s, tp } });
    QCOMPARE(key, u"slPrice"_s);
    QVERIFY2(error.contains(u"a LONG stop must be between 0 and the mark"_s), qPrintable(error));
    QVERIFY(command(*desk, u"moveProtection"_s, { { u"id"_s, id }, { u"tpPrice"_s, tp }, { u"slPrice"_s, sl } })
                .value(u"ok"_s)
                .toBool());
    QCOMPARE(rig.manager()->openTranche(id)->tpPrice, core::Decimal::fromString(tp));
    QCOMPARE(rig.manager()->openTranche(id)->slPrice, core::Decimal::fromString(sl));
    QTRY_COMPARE_WITH_TIMEOUT(phone->tranches().value(id).value(u"tpPrice"_s).toString(), tp, kWait);

    // Each recorded as an event naming the client, refusals too.
    auto events = rig.host->store()->events(core::EventQuery {});
    QVERIFY(events);
    QStringList recorded;
    for (const core::TrancheEvent &e : events.value()) {
        if (e.details.contains(u"remote_command"_s)
            && (e.reason.contains(u"closePart"_s) || e.reason.contains(u"moveProtection"_s))) {
            recorded << e.reason;
        }
    }
    QCOMPARE(recorded.size(), 7); // the watch token's try is refused before it reaches the engine
    QVERIFY2(recorded.first().contains(u"desk (desk)"_s) && recorded.first().contains(u"refused: quantity"_s),
        qPrintable(recorded.first()));
    QVERIFY2(recorded.last().contains(u"moveProtection"_s) && recorded.last().contains(u"done"_s),
        qPrintable(recorded.last()));
}

void TstControlServer::theHuntersLiquidationsReachClients()
{
    EngineRig rig;
    QVERIFY(rig.start());
    ControlClient *phone = rig.ready(rig.watchToken, u"phone"_s);
    QVERIFY(phone);
    QVERIFY(phone->hasFeature(u"liquidations"_s));
    QList<core::Liquidation> seen;
    connect(rig.host->hunter(), &core::LiquidationHunter::liquidationSeen, this,
        [&seen](const core::Liquidation &l) { seen << l; });
    QList<QJsonObject> received;
    connect(phone, &ControlClient::liquidationReceived, this, [&received](const QJsonObject &l) { received << l; });
    // The demo market's trickle (and cascades): each one the hunter sees reaches the client, exactly.
    // (Those seen before the spy was connected may still be on their way: the comparison starts at
    // the first the spy saw.)
    const auto offset
        = [&] { return seen.isEmpty() ? -1 : received.indexOf(ControlProtocol::liquidationJson(seen.first())); };
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3 && offset() >= 0 && received.size() >= offset() + seen.size(), kWait);
    for (qsizetype i = 0; i < seen.size(); ++i) {
        QCOMPARE(received.at(offset() + i), ControlProtocol::liquidationJson(seen.at(i)));
    }
    QCOMPARE(received.at(offset()).value(u"price"_s).toString(), seen.first().price.toString());
    // A client that connects later gets the recent ones in its snapshot, oldest first.
    QList<QJsonObject> late;
    ControlClient *desk = rig.client(rig.controlToken, u"desk"_s);
    connect(desk, &ControlClient::liquidationReceived, this, [&late](const QJsonObject &l) { late << l; });
    QTRY_VERIFY_WITH_TIMEOUT(desk->snapshotCount() == 1, kWait);
    QVERIFY(late.contains(received.first()));
    for (qsizetype i = 1; i < late.size(); ++i) {
        QVERIFY(late.at(i - 1).value(u"time"_s).toInteger() <= late.at(i).value(u"time"_s).toInteger());
    }
}

void TstControlServer::historyAndCsvExportArePaged()
{
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.trade());
    QVERIFY(rig.trade());
    ControlClient *desk = rig.ready(rig.watchToken, u"desk"_s);
    QVERIFY(desk);
    const QJsonObject first = command(*desk, u"history"_s, { { u"what"_s, u"tranches"_s }, { u"limit"_s, 1 } });
    const QJsonObject page1 = first.value(u"result"_s).toObject();
    QCOMPARE(page1.value(u"items"_s).toArray().size(), 1);
    const QJsonObject page2 = command(*desk, u"history"_s,
        { { u"what"_s, u"tranches"_s }, { u"limit"_s, 1 }, { u"after"_s, page1.value(u"next"_s) } })
                                  .value(u"result"_s)
                                  .toObject();
    QCOMPARE(page2.value(u"items"_s).toArray().size(), 1);
    QVERIFY(page2.value(u"items"_s).toArray().first().toObject().value(u"id"_s)
        != page1.value(u"items"_s).toArray().first().toObject().value(u"id"_s));
    const QJsonObject events
        = command(*desk, u"history"_s, { { u"what"_s, u"events"_s } }).value(u"result"_s).toObject();
    QVERIFY(events.value(u"items"_s).toArray().size() >= 4);
    QVERIFY(events.value(u"isLast"_s).toBool());

    const QJsonObject csv
        = command(*desk, u"exportCsv"_s, { { u"what"_s, u"tranches"_s } }).value(u"result"_s).toObject();
    QCOMPARE(csv.value(u"rows"_s).toInt(), 2);
    const QStringList lines = csv.value(u"csv"_s).toString().split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).contains(u"BTCUSDT"_s));
    const QJsonObject bad = command(*desk, u"exportCsv"_s, { { u"what"_s, u"orders"_s } });
    QVERIFY(bad.value(u"error"_s).toString().contains(u"orders"_s));
}

void TstControlServer::hundredAbruptDisconnectsAndMalformedMessagesAreSurvived()
{
    EngineRig rig;
    QVERIFY(rig.start());
    const QList<QByteArray> garbage { "not json", "{\"v\":1}", "[1,2,3]", "{\"v\":99,\"type\":\"hello\"}",
        "{\"v\":1,\"type\":\"command\",\"command\":\"closeAll\"}", QByteArray(70'000, '{') };
    for (int i = 0; i < 100; ++i) {
        if (i % 2 == 0) {
            // Half open a WebSocket, say something wrong and vanish.
            QWebSocket socket;
            QSignalSpy connected(&socket, &QWebSocket::connected);
            socket.open(rig.server->url());
            QVERIFY(connected.wait(kWait));
            socket.sendTextMessage(QString::fromUtf8(garbage.at(i / 2 % garbage.size())));
            socket.sendBinaryMessage("\x00\x01");
            QCoreApplication::processEvents();
            socket.abort();
        } else {
            // The other half never finish a handshake: raw bytes, then gone.
            QTcpSocket raw;
            raw.connectToHost(QHostAddress::LocalHost, rig.server->port());
            QVERIFY(raw.waitForConnected(kWait));
            raw.write(i % 4 == 1 ? QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") : QByteArray(i, '\xff'));
            raw.flush();
            raw.abort();
        }
    }
    // An authenticated client that sends nonsense is answered, not dropped.
    ControlClient *desk = rig.ready(rig.controlToken, u"desk"_s);
    QVERIFY(desk);
    QSignalSpy errors(desk, &ControlClient::errorReceived);
    for (const QByteArray &text : garbage.mid(0, 3)) {
        desk->sendRaw(QString::fromUtf8(text));
    }
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 3, kWait);
    const QJsonObject unknown = command(*desk, u"launchRocket"_s);
    QCOMPARE(unknown.value(u"error"_s).toString(), u"unknown command \"launchRocket\""_s);
    QVERIFY(desk->isAuthenticated());
    QVERIFY(rig.trade());
    QTRY_COMPARE_WITH_TIMEOUT(EngineRig::openIds(*desk), rig.openIds(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server->clientCount(), 1, kWait);
}

void TstControlServer::anOpenAddressWithoutTlsIsRefused()
{
    EngineRig rig;
    rig.settings.address = QHostAddress::AnyIPv4;
    QVERIFY(!rig.start());
    QVERIFY(rig.server);
    const auto listened = rig.server->listen();
    QVERIFY(!listened);
    QVERIFY2(listened.error().message.contains(u"needs TLS"_s), qPrintable(listened.error().message));
}

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstControlServer)
#include "tst_control_server.moc"
