// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineProcess.h"
#include "FakeExchangeServer.h"
#include "paper/PaperMatchingEngine.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {
const QString kSymbol = u"TESTUSDT"_s;

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

// tranchedesk-engine LIVE, as systemd runs it with LoadCredential=, against the fake exchange on
// 127.0.0.1: a position it finds gets its protective orders, and SIGTERM leaves them there.
class TstEngineLiveStop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sigtermLeavesTheProtectiveOrdersOnTheExchange();
};

void TstEngineLiveStop::sigtermLeavesTheProtectiveOrdersOnTheExchange()
{
    core::SystemClock clock;
    exchange::PaperMatchingEngine market(&clock);
    exchange::FakeExchangeServer fake(
        &market, &clock, exchange::FakeExchangeServer::Settings { "key", "secret", 60000 });
    core::SymbolFilters filters;
    filters.symbol = kSymbol;
    fake.declareSymbol(filters);
    fake.setMarkPrice(kSymbol, core::Decimal::fromInt(100));
    QVERIFY(fake.listen());
    // A position opened elsewhere: the engine takes it over as a recovery tranche and protects it.
    market.setPosition(kSymbol, core::PositionSide::Both, core::Decimal::fromInt(1), core::Decimal::fromInt(100));
    int cancels = 0;
    connect(&fake, &exchange::FakeExchangeServer::requestServed, this, [&](const QString &method, const QString &path) {
        cancels += method == u"DELETE"_s && path.contains(u"order"_s);
    });

    QTemporaryDir dir;
    QTemporaryDir credentials;
    QVERIFY(writeFile(QDir(credentials.path()).filePath(u"aster-api-key"_s), "key"));
    QVERIFY(writeFile(QDir(credentials.path()).filePath(u"aster-api-secret"_s), "secret"));
    QVERIFY(writeFile(QDir(dir.path()).filePath(u"config.json"_s),
        R"({"global":{"paperMode":false},"symbols":{"TESTUSDT":{"enableTrancheManagement":true,"leverage":10}}})"));
    QProcessEnvironment env;
    env.insert(u"CREDENTIALS_DIRECTORY"_s, credentials.path());
    test::EngineProcess engine({ u"--data-dir"_s, dir.path(), u"--port"_s, u"0"_s, u"--rest-url"_s,
                                   fake.restBase().toString(), u"--stream-url"_s, fake.streamBase().toString() },
        env);
    QVERIFY2(engine.url().isValid(), qPrintable(engine.log));
    QVERIFY(engine.log.contains(u"LIVE keys from the systemd credentials in %1"_s.arg(credentials.path())));
    QTRY_VERIFY2_WITH_TIMEOUT(!market.openOrders(kSymbol).isEmpty(), qPrintable(engine.log), test::kProcessWait);
    const int ordersBefore = int(market.openOrders(kSymbol).size());
    const int cancelsBefore = cancels;

    ::kill(pid_t(engine.process.processId()), SIGTERM);
    // The fake keeps serving while the engine stops: a cancel it sent would be seen.
    QTRY_COMPARE_WITH_TIMEOUT(engine.process.state(), QProcess::NotRunning, test::kProcessWait);
    QVERIFY(engine.finished());
    QCOMPARE(engine.process.exitCode(), 0);
    QVERIFY2(engine.log.contains(u"stopped with 1 open tranche(s) saved"_s), qPrintable(engine.log));
    QCOMPARE(cancels, cancelsBefore);
    QCOMPARE(int(market.openOrders(kSymbol).size()), ordersBefore);
    QVERIFY(!engine.log.contains(u"secret"_s));
}

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstEngineLiveStop)
#include "tst_engine_live_stop.moc"
