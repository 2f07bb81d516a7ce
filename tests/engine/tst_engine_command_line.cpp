// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/EngineCommandLine.h"
#include "host/EngineHost.h"
#include "secrets/SecretStore.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace trd::engine;
using namespace Qt::Literals::StringLiterals;

class TstEngineCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDemoMarketsWidthAndSpeedAreOptions()
    {
        EngineCommandLine line;
        QCommandLineParser parser;
        line.addTo(parser);
        QVERIFY(parser.parse({ u"tranchedesk-engine"_s, u"--demo-symbols"_s, u"50"_s, u"--demo-speed"_s, u"100"_s }));
        EngineOptions options;
        line.read(parser, options, "tranchedesk-engine");
        QCOMPARE(options.demoSymbols, 50);
        QCOMPARE(options.clockSpeed, 100.0);
        // Not given: one real-looking market of five symbols on the real clock.
        QCommandLineParser plain;
        line.addTo(plain);
        QVERIFY(plain.parse({ u"tranchedesk-engine"_s }));
        EngineOptions defaults;
        line.read(plain, defaults, "tranchedesk-engine");
        QCOMPARE(defaults.demoSymbols, 5);
        QCOMPARE(defaults.clockSpeed, 1.0);
    }

    void aWiderDemoMarketIsTheSessionsMarket()
    {
        QTemporaryDir dir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        EngineOptions options;
        options.dataDir = dir.path();
        options.seed = 4;
        options.demoSymbols = 50;
        options.clockSpeed = 100;
        MemorySecretStore secrets;
        EngineHost host(options, &secrets);
        const auto started = host.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        // The first start's sample configuration trades every symbol of the market.
        QCOMPARE(host.config().symbols.size(), 50);
        QVERIFY(host.config().symbols.contains(u"DEMO50USDT"_s));
        QVERIFY(!host.symbolRefusal(u"DEMO50USDT"_s).has_value());
        // Every symbol gets marks from the running market.
        QTRY_VERIFY_WITH_TIMEOUT(host.manager()->markPrice(u"DEMO50USDT"_s).has_value(), 20000);
        host.stop();
    }
};

QTEST_GUILESS_MAIN(TstEngineCommandLine)
#include "tst_engine_command_line.moc"
