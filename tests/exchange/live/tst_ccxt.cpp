// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeExchangeServer.h"
#include "paper/PaperMatchingEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace trd::core;
using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

// issue 3: an independent client of the real Binance USDⓈ-M protocol — ccxt's binanceusdm, from
// the npm registry (installed into tests/tools by packaging/setup.sh) — drives the fake exchange
// on 127.0.0.1: if the fake spoke a private dialect, ccxt would fail.
class TestCcxtAgainstFake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ccxtTradesOnTheFake()
    {
        SystemClock clock;
        PaperMatchingEngine engine(&clock);
        FakeExchangeServer server(&engine, &clock, FakeExchangeServer::Settings { "ccxt-key", "ccxt-secret", 60000 });
        SymbolFilters f;
        f.symbol = u"BTCUSDT"_s;
        f.tickSize = Decimal::fromString(u"0.1");
        f.stepSize = Decimal::fromString(u"0.001");
        server.declareSymbol(f);
        server.setMarkPrice(f.symbol, Decimal::fromInt(50000));
        QVERIFY(server.listen());
        QProcess node;
        node.start(u"node"_s,
            { QStringLiteral(TRD_SOURCE_DIR "/tests/tools/ccxt-against-fake.mjs"), server.restBase().toString(),
                u"ccxt-key"_s, u"ccxt-secret"_s, u"BTC/USDT:USDT"_s, server.streamBase().toString() });
        // The public streams publish on each mark: move it while ccxt.pro watches.
        QTimer ticker;
        int tick = 0;
        connect(&ticker, &QTimer::timeout, this,
            [&] { server.setMarkPrice(f.symbol, Decimal::fromInt(50000 + (++tick % 2) * 10)); });
        ticker.start(100);
        QVERIFY2(node.waitForStarted(10000), "node is not installed (bash packaging/setup.sh installs it)");
        // The fake answers from this thread's event loop while node runs.
        QTRY_VERIFY_WITH_TIMEOUT(node.state() == QProcess::NotRunning, 120000);
        const QByteArray out = node.readAllStandardOutput();
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QVERIFY2(result.value(u"ok"_s).toBool(), qPrintable(QString::fromUtf8(out + node.readAllStandardError())));
        QCOMPARE(result.value(u"orderStatus"_s).toString(), u"closed"_s); // ccxt's word for FILLED
        QCOMPARE(result.value(u"filled"_s).toDouble(), 0.001);
        QCOMPARE(result.value(u"positionContracts"_s).toDouble(), 0.001);
        QCOMPARE(result.value(u"openOrders"_s).toInt(), 1); // the stop, before ccxt cancelled it
        QCOMPARE(result.value(u"badKey"_s).toString(), u"AuthenticationError"_s); // -1022 mapped by ccxt
        QVERIFY(engine.openOrders().isEmpty());
        qInfo().noquote() << "ccxt steps:"
                          << QString::fromUtf8(
                                 QJsonDocument(result.value(u"steps"_s).toArray()).toJson(QJsonDocument::Compact));
        const QJsonObject watched = result.value(u"watched"_s).toObject();
        QVERIFY2(watched.value(u"markPrice"_s).toDouble() >= 50000, qPrintable(QString::fromUtf8(out)));
        QVERIFY(watched.value(u"candleClose"_s).toDouble() >= 50000);
        QVERIFY(watched.value(u"bid"_s).toDouble() > 0);
        QCOMPARE(engine.positions().value(0).amount, Decimal::fromString(u"0.001"));
    }
};

QTEST_GUILESS_MAIN(TestCcxtAgainstFake)
#include "tst_ccxt.moc"
