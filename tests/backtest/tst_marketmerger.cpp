// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacktestFiles.h"
#include "MarketFileReader.h"
#include "MarketMerger.h"

using namespace trd::backtest;
using namespace Qt::Literals::StringLiterals;

class TestMarketMerger : public QObject
{
    Q_OBJECT

    BacktestFiles m_files;

    std::unique_ptr<MarketSource> reader(const QString &name, const QByteArray &content)
    {
        MarketFileReader::Options options;
        options.defaultSymbol = u"BTCUSDT"_s;
        auto r = MarketFileReader::open(m_files.write(name, content), options);
        if (!r) {
            qFatal("%s", qPrintable(r.error().message));
        }
        return std::move(r).value();
    }

    static QString describe(const QList<MarketEvent> &events)
    {
        QStringList out;
        for (const MarketEvent &e : events) {
            const char *kind = e.kind == MarketEvent::Kind::Mark ? "M"
                : e.kind == MarketEvent::Kind::Liquidation       ? "L"
                : e.kind == MarketEvent::Kind::Funding           ? "F"
                                                                 : "C";
            out.append(u"%1%2@%3"_s.arg(QLatin1String(kind), e.symbol.left(3)).arg(e.time - 1735689600000));
        }
        return out.join(u' ');
    }

private Q_SLOTS:
    void interleavesByTimeThenKindThenSource()
    {
        MarketMerger merger;
        merger.add(reader(u"a.csv"_s,
            "time,symbol,price\n1735689601000,BTCUSDT,1\n1735689603000,BTCUSDT,1\n1735689605000,BTCUSDT,1\n"_ba));
        merger.add(reader(u"b.csv"_s, "time,symbol,price\n1735689603000,ETHUSDT,1\n1735689604000,ETHUSDT,1\n"_ba));
        merger.add(reader(u"l.csv"_s,
            "time,symbol,side,price,qty\n1735689601000,BTCUSDT,SELL,1,1\n1735689602000,BTCUSDT,SELL,1,1\n"_ba));
        merger.add(reader(u"f.csv"_s, "time,symbol,rate\n1735689603000,BTCUSDT,0.0001\n"_ba));
        QString error;
        const auto events = drain(merger, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // At 3000: funding first, then the prices in source order.
        QCOMPARE(
            describe(events), u"MBTC@1000 LBTC@1000 LBTC@2000 FBTC@3000 MBTC@3000 METH@3000 METH@4000 MBTC@5000"_s);
    }

    void keepsTheWindowFromInclusiveToExclusive()
    {
        MarketMerger merger(1735689602000, 1735689605000);
        merger.add(
            reader(u"w.csv"_s, "time,price\n1735689601000,1\n1735689602000,2\n1735689604999,3\n1735689605000,4\n"_ba));
        QCOMPARE(describe(drain(merger)), u"MBTC@2000 MBTC@4999"_s);
    }

    void passesOnAReadersError()
    {
        MarketMerger merger;
        merger.add(reader(u"e.csv"_s, "time,price\n1735689601000,1\n1735689602000,x\n"_ba));
        QString error;
        drain(merger, &error);
        QVERIFY2(error.contains(u"e.csv: line 3"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMarketMerger)
#include "tst_marketmerger.moc"
