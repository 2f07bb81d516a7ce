// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigLoader.h"
#include "config/ConfigValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

// Helpers shared by the configuration tests.
namespace trd::core::test {

using namespace Qt::Literals::StringLiterals;

inline const QString kFixture = QStringLiteral(TRD_SOURCE_DIR "/tests/core/config/data/original-config.user.json");
inline const QString kFakeApiKey = u"FAKEAPIKEY0123456789abcdef0123456789abcdef0123456789abcdef012345"_s;
inline const QString kFakeSecret = u"FAKESECRET9876543210fedcba9876543210fedcba9876543210fedcba987654"_s;

inline Decimal d(const char16_t *s)
{
    return Decimal::fromString(QStringView(s));
}

inline QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject symbolDoc(const QJsonObject &keys, const QString &name = u"TESTUSDT"_s)
{
    return QJsonObject { { u"symbols"_s, QJsonObject { { name, keys } } } };
}

inline QJsonObject globalDoc(const QJsonObject &keys)
{
    return QJsonObject { { u"global"_s, keys } };
}

// The value at a dotted path ("symbols.BTCUSDT.tpPercent") of a JSON document.
inline QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue current = root;
    for (const QString &part : path.split(u'.')) {
        current = current.toObject().value(part);
    }
    return current;
}

// A JSON scalar as text, the way a user would read it.
inline QString text(const QJsonValue &v)
{
    if (v.isBool()) {
        return v.toBool() ? u"true"_s : u"false"_s;
    }
    return v.toVariant().toString();
}

inline QStringList lines(const Error &error)
{
    return error.message.split(u'\n');
}

inline QStringList symbolKeys()
{
    QStringList keys;
    const SymbolConfig defaults;
    forEachSymbolField(defaults, [&](QStringView key, const auto &) { keys.append(key.toString()); });
    return keys;
}

inline QStringList globalKeys()
{
    QStringList keys;
    const GlobalConfig defaults;
    forEachGlobalField(defaults, [&](QStringView key, const auto &) { keys.append(key.toString()); });
    return keys;
}

// Every field differs from its default, so a round trip that dropped one would show.
inline AppConfig nonDefaultConfig()
{
    SymbolConfig s;
    s.enableTrancheManagement = true;
    s.trancheIsolationThreshold = d(u"3.25");
    s.maxTranches = 6;
    s.maxIsolatedTranches = 4;
    s.allowTrancheWhileIsolated = false;
    s.trancheAutoCloseIsolated = true;
    s.trancheRecoveryThreshold = d(u"0.1");
    s.closingStrategy = ClosingStrategy::WorstFirst;
    s.isolationAction = IsolationAction::ReduceLeverage;
    s.isolationPartialClosePercent = d(u"33.5");
    s.isolationReducedLeverage = 3;
    s.longVolumeThresholdUSDT = d(u"1234.5");
    s.shortVolumeThresholdUSDT = d(u"0.1");
    s.tradeSize = d(u"12.34");
    s.longTradeSize = d(u"15");
    s.shortTradeSize = d(u"0.00000001");
    s.maxPositionMarginUSDT = d(u"250.75");
    s.leverage = 20;
    s.tpPercent = d(u"1.5");
    s.slPercent = d(u"7.5");
    s.orderType = OrderType::Market;
    s.forceMarketEntry = true;
    s.priceOffsetBps = d(u"2.5");
    s.maxSlippageBps = d(u"75");
    s.vwapProtection = true;
    s.vwapTimeframe = u"15m"_s;
    s.vwapLookback = 250;
    s.useThreshold = true;
    s.thresholdTimeWindow = 120000;
    s.thresholdCooldown = 3600000;
    s.tradeSide = TradeSide::Same;
    s.usePostOnly = true;
    s.entryTimeoutSeconds = 45;
    s.marginType = MarginType::Isolated;

    AppConfig config;
    config.symbols.insert(u"BTCUSDT"_s, s);
    config.global.paperMode = false;
    config.global.positionMode = PositionMode::Hedge;
    config.global.maxOpenPositions = 12;
    config.global.syncIntervalSeconds = 30;
    config.global.syncDriftPercent = d(u"0.25");
    config.global.closedRetentionDays = 0;
    config.global.pnlPersistSeconds = 15;
    config.global.paperTakerFeePercent = d(u"0.05");
    config.global.paperMakerFeePercent = d(u"0");
    config.global.paperSlippageBps = d(u"1.5");
    config.global.paperStartingBalanceUSDT = d(u"2500.5");
    config.global.paperFundingRatePercent = d(u"-0.0125");
    config.global.markRecording = u"ticks"_s;
    config.global.liquidationRetentionDays = 30;
    config.version = u"2.0.0"_s;
    return config;
}

} // namespace trd::core::test
