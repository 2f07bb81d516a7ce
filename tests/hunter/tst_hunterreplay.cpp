// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaperRig.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>

using namespace trd::core;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<QStringList> readCsv(const QString &name)
{
    QFile file(QStringLiteral(TRD_TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qFatal(
            "missing fixture %s: the recorded data lives in tests/data (PROVENANCE.md)", qPrintable(file.fileName()));
    }
    QList<QStringList> rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty()) {
            rows.append(line.split(u','));
        }
    }
    return rows;
}

// "2024-12-04 22:16:25.584000+05:30" (IST, as recorded) or ISO with 'T'.
qint64 parseTime(QString text)
{
    text.replace(u' ', u'T');
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        qFatal("unreadable time %s", qPrintable(text));
    }
    return time.toMSecsSinceEpoch();
}

SymbolFilters filters(const QString &symbol, const char16_t *tick, const char16_t *step)
{
    SymbolFilters f;
    f.symbol = symbol;
    f.tickSize = Decimal::fromString(tick);
    f.stepSize = Decimal::fromString(step);
    f.minQty = f.stepSize;
    f.minNotional = Decimal::fromInt(5);
    return f;
}

} // namespace

// Real recorded liquidations through hunter + TrancheManager + PaperExchange, marks taken from
// the liquidations' average prices.
class TestHunterReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"trd.*.debug=false\ntrd.*.info=false"_s); }

    void theRecordedTimesAreReadAsIndianStandardTime()
    {
        // The first row's trade time, 22:16:25.584 at +05:30, is 16:46:25.584 UTC (PROVENANCE.md).
        const QDateTime utc(QDate(2024, 12, 4), QTime(16, 46, 25, 584), Qt::UTC);
        QCOMPARE(parseTime(u"2024-12-04 22:16:25.584000+05:30"_s), utc.toMSecsSinceEpoch());
    }

    void binanceBtcLiquidationsKeepTheBooksStraight()
    {
        const QList<QStringList> rows = readCsv(u"binance-btcusdt-liquidations-2024-12-04_06.csv"_s);
        QCOMPARE(rows.size(), 1844);
        PaperRig rig(parseTime(rows.first().at(11)) - 1000);
        rig.engine.setSymbol(filters(u"BTCUSDT"_s, u"0.1", u"0.001"));
        AppConfig config;
        SymbolConfig btc;
        btc.enableTrancheManagement = true;
        btc.tradeSize = Decimal::fromInt(50);
        btc.tpPercent = Decimal::fromInt(1);
        btc.slPercent = Decimal::fromInt(3);
        btc.trancheIsolationThreshold = Decimal::fromString(u"1.5");
        config.symbols.insert(u"BTCUSDT"_s, btc);
        rig.configure(config);
        const Decimal tick = Decimal::fromString(u"0.1");
        int index = 0;
        for (const QStringList &row : rows) {
            Liquidation l;
            l.symbol = row.at(0);
            l.side = *orderSideFromString(row.at(1));
            l.price = Decimal::fromString(row.at(5));
            l.averagePrice = Decimal::fromString(row.at(6));
            l.quantity = Decimal::fromString(row.at(9)); // cumulative "z"
            l.time = parseTime(row.at(11));
            rig.clock.setMs(std::max(rig.clock.nowMs(), l.time));
            const Decimal mark = l.averagePrice.roundedToStep(tick, RoundingMode::HalfUp);
            rig.hunter.onBookTicker(l.symbol, mark - tick, mark + tick);
            rig.engine.setMarkPrice(l.symbol, mark);
            rig.hunter.onLiquidation(l);
            if (++index % 100 == 0) {
                rig.manager.requestSync();
                rig.checkBooks();
                if (QTest::currentTestFailed()) {
                    qWarning() << "books differ after row" << index;
                    return;
                }
            }
        }
        rig.checkBooks();
        qWarning() << "entries" << rig.entriesSent << "created" << rig.created << "isolated" << rig.isolated << "closed"
                   << rig.closed;
        QVERIFY(rig.created > 0);
        QVERIFY(rig.closed > 0);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    void aRepeatedLiquidationNeverOpensTwoTranches()
    {
        // The recorder wrote some events two to four times, milliseconds apart. With no cooldown
        // and no threshold every distinct liquidation opens a tranche: the copies open none.
        const QList<QStringList> rows = readCsv(u"aster-liquidations-sample.csv"_s);
        QCOMPARE(rows.size(), 21);
        PaperRig rig(parseTime(rows.first().at(1)) - 1000, PositionMode::Hedge);
        AppConfig config;
        config.global.positionMode = PositionMode::Hedge;
        config.global.maxOpenPositions = 50;
        QSet<QString> distinct;
        for (const QStringList &row : rows) {
            if (!config.symbols.contains(row.at(2))) {
                rig.engine.setSymbol(filters(row.at(2), u"0.0000001", u"0.001"));
                SymbolConfig s;
                s.enableTrancheManagement = true;
                s.maxTranches = 10;
                s.maxIsolatedTranches = 10;
                s.tradeSize = Decimal::fromInt(20); // 0.001 BTC at 110,965 needs 11.10 of margin at 10x
                s.longVolumeThresholdUSDT = Decimal();
                s.shortVolumeThresholdUSDT = Decimal();
                s.thresholdCooldown = 0; // below the validator's minimum: the duplicate filter alone decides
                config.symbols.insert(row.at(2), s);
            }
            distinct.insert(row.mid(2, 4).join(u'|'));
        }
        rig.configure(config);
        QCOMPARE(distinct.size(), 16);
        QSignalSpy seen(&rig.hunter, &LiquidationHunter::liquidationSeen);
        QStringList refusals;
        QObject::connect(&rig.hunter, &LiquidationHunter::entryRefused,
            [&refusals](
                const QString &symbol, Side, const QString &reason) { refusals.append(symbol + u": "_s + reason); });
        for (const QStringList &row : rows) {
            Liquidation l;
            l.symbol = row.at(2);
            l.side = *orderSideFromString(row.at(3));
            l.price = Decimal::fromString(row.at(4));
            l.averagePrice = l.price;
            l.quantity = Decimal::fromString(row.at(5));
            l.time = parseTime(row.at(1));
            rig.clock.setMs(std::max(rig.clock.nowMs(), l.time));
            rig.hunter.onBookTicker(l.symbol, l.price, l.price + Decimal::fromString(u"0.0000001"));
            rig.engine.setMarkPrice(l.symbol, l.price);
            rig.hunter.onLiquidation(l);
        }
        QCOMPARE(seen.size(), 16);
        QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u'\n')));
        QCOMPARE(rig.entriesSent, 16);
        QCOMPARE(rig.created, 16);
        rig.checkBooks();
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestHunterReplay)
#include "tst_hunterreplay.moc"
