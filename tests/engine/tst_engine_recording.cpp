// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "SqliteMarkStore.h"
#include "host/EngineHost.h"
#include "secrets/SecretStore.h"
#include "tranche/TrancheManager.h"

#include <QDateTime>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace trd;
using namespace trd::engine;
using namespace Qt::Literals::StringLiterals;

// The engine keeps the marks of the configured symbols as markRecording says (issue 12 item 4):
// PAPER on the demo market, ticks, read back from the store file after the engine stopped.
class TestEngineRecording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsOneTickASecondOfTheConfiguredSymbols()
    {
        QTemporaryDir dir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        MemorySecretStore secrets;
        EngineOptions options;
        options.dataDir = dir.path();
        options.seed = 7;
        options.demoIntervalMs = 100;
        QStringList symbols;
        {
            EngineHost host(options, &secrets);
            QVERIFY(host.start());
            host.setEntriesPaused(true);
            core::AppConfig config = host.config();
            QCOMPARE(config.global.markRecording, u"candles"_s); // the default
            config.global.markRecording = u"ticks"_s;
            config.global.liquidationRetentionDays = 3;
            QVERIFY(host.applyConfig(config));
            symbols = config.symbols.keys();
            QVERIFY(!symbols.isEmpty());
            // Marks over three seconds of the wall clock (the demo market's clock).
            QSet<qint64> seconds;
            std::optional<core::Decimal> last;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const auto mark = host.manager()->markPrice(symbols.first());
                    if (mark && mark != last) {
                        last = mark;
                        seconds.insert(QDateTime::currentMSecsSinceEpoch() / 1000);
                    }
                    return seconds.size() >= 3;
                }(),
                30000);
        } // stopping writes the complete seconds it still held

        storage::DatabaseOptions readOnly;
        readOnly.readOnly = true;
        auto db = storage::Database::open(options.storePath(), readOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        auto store = storage::SqliteMarkStore::create(*db.value());
        QVERIFY(store);
        auto ticks = store.value()->ticks(0, std::numeric_limits<qint64>::max());
        QVERIFY(ticks);
        QVERIFY2(ticks->size() >= 2, qPrintable(QString::number(ticks->size())));
        QSet<QPair<QString, qint64>> perSecond;
        for (const core::MarkTick &t : ticks.value()) {
            QVERIFY2(symbols.contains(t.symbol), qPrintable(t.symbol));
            QVERIFY(t.price.isPositive());
            QVERIFY2(!perSecond.contains({ t.symbol, t.time / 1000 }), "two ticks in one second");
            perSecond.insert({ t.symbol, t.time / 1000 });
        }
        auto candles = store.value()->candles(core::MarkCandle::Source::Mark, 0, std::numeric_limits<qint64>::max());
        QVERIFY(candles);
        QVERIFY(candles->isEmpty()); // ticks, not candles
    }
};

QTEST_GUILESS_MAIN(TestEngineRecording)
#include "tst_engine_recording.moc"
