// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketSource.h"

#include <QFile>
#include <QList>
#include <QTemporaryDir>
#include <QTest>

// TESTUSDT, one entry of 100 USDT margin at 10x per liquidation of at least 1,000 USDT, TP 2 %,
// SL 10 %, fees 0.04 % taker, no slippage, no funding: the day tst_backtestrunner computes by hand.
inline const QByteArray kHandComputedConfig = R"({ "symbols": { "TESTUSDT": {
    "enableTrancheManagement": true, "tradeSize": "100", "leverage": 10, "tpPercent": "2", "slPercent": "10",
    "trancheIsolationThreshold": "5", "longVolumeThresholdUSDT": "1000", "shortVolumeThresholdUSDT": "1000",
    "orderType": "MARKET", "maxTranches": 3, "closingStrategy": "LIFO" } },
  "global": { "paperMode": true, "positionMode": "ONE_WAY", "maxOpenPositions": 5, "paperTakerFeePercent": "0.04",
    "paperMakerFeePercent": "0.02", "paperSlippageBps": "0", "paperFundingRatePercent": "0" } })";

// Input files written into a temporary folder, and the events a source gives, for the backtest
// tests.
struct BacktestFiles
{
    QTemporaryDir dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write the test file %s", qPrintable(path));
        }
        return path;
    }

    static QString data(const QString &name) { return QStringLiteral(TRD_TEST_DATA_DIR) + u'/' + name; }
};

inline QList<trd::backtest::MarketEvent> drain(trd::backtest::MarketSource &source, QString *error = nullptr)
{
    QList<trd::backtest::MarketEvent> events;
    trd::backtest::MarketEvent e;
    for (;;) {
        auto more = source.next(e);
        if (!more) {
            if (error) {
                *error = more.error().message;
            }
            return events;
        }
        if (!more.value()) {
            return events;
        }
        events.append(e);
    }
}
