// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/AppConfig.h"
#include "config/GlobalConfig.h"
#include "config/SymbolConfig.h"
#include "money/Decimal.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace trd::core {

// One finding about a configuration. `message` is a whole line a user can act on and starts with
// the path, e.g. "symbols.BTCUSDT.maxTranches: 0 is out of range 1–10".
struct ConfigIssue
{
    QString path; // "symbols.BTCUSDT.maxTranches", "global.positionMode", "symbols"
    QString message;
    bool isError = true; // false: a warning, the configuration is still usable
};

enum class ConfigScope
{
    Symbol,
    Global
};

// The allowed values of one numeric key: the single table that the loader, the validator and the
// GUI's widget limits all read, so that they can never disagree.
struct KeyRange
{
    QString key; // bare key name: "maxTranches"
    ConfigScope scope = ConfigScope::Symbol;
    Decimal min;
    Decimal max;
    bool minInclusive = true;
    bool maxInclusive = true;
    bool isInteger = false; // the field holds a whole number (int or milliseconds)

    bool contains(Decimal value) const;
    // "1–10" when both ends are included, else interval notation: "(0, 100]".
    QString text() const;
};

QString toString(TradeSide v);
std::optional<TradeSide> tradeSideFromString(QStringView s);
QString toString(MarginType v);
std::optional<MarginType> marginTypeFromString(QStringView s);

class ConfigValidator
{
public:
    // Every key that has a range, symbol keys first, in the order of tranche-rules.md §9.
    static const QList<KeyRange> &ranges();
    // `key` is a bare name ("maxTranches") or a path ("symbols.BTCUSDT.maxTranches").
    static std::optional<KeyRange> rangeOf(QStringView key);
    // The texts a key accepts when it is an enumeration (closingStrategy, isolationAction,
    // orderType, tradeSide, vwapTimeframe, positionMode, marginType, markRecording); empty for any other key.
    static QStringList allowedValues(QStringView key);
    static bool isValidSymbolName(QStringView name);

    // The range issue for `value` at `path` (whose last segment names the key), if any.
    static std::optional<ConfigIssue> checkRange(const QString &path, Decimal value);
    static std::optional<ConfigIssue> checkRange(const QString &path, Decimal value, const KeyRange &range);
    // How far (percent of the entry price) the mark can move against a fresh isolated long
    // before the exchange liquidates it: 100·(1/leverage − mmr)/(1 − mmr), Binance's liquidation
    // price for one position in its first bracket. mmr is the lowest maintenance margin rate of
    // any first bracket (0.4 %: Binance's BTCUSDT and ETHUSDT, and the demo market's), so the
    // distance is the longest possible and a warning based on it is never a false alarm. A short's
    // distance, 100·(1/leverage − mmr)/(1 + mmr), is slightly shorter.
    static Decimal liquidationDistancePercent(int leverage);
    static Decimal liquidationDistancePercent(int leverage, Decimal maintenanceMarginRate);
    static Decimal lowestMaintenanceMarginRate();
    // The rate the warning uses for `symbol`: its first bracket's as the installed
    // MaintenanceRateSource (a live session's exchange brackets) knows it, else the lowest above.
    static Decimal maintenanceMarginRate(const QString &symbol);

    // Errors and warnings of a whole configuration, grouped per symbol (by name), then global.
    static QList<ConfigIssue> validate(const AppConfig &config);
    // `skipPaths` holds paths whose value is already known to be wrong (the loader reported it):
    // they get no second issue, and no cross-field rule is judged on them.
    static QList<ConfigIssue> validateSymbol(
        const QString &name, const SymbolConfig &symbol, const QSet<QString> &skipPaths = {});
    static QList<ConfigIssue> validateGlobal(const GlobalConfig &global, const QSet<QString> &skipPaths = {});

    static bool hasErrors(const QList<ConfigIssue> &issues);
};

// Calls visit(key, field) for every key of a symbol section, in the order of tranche-rules.md §9,
// so that reading, writing and checking a section cannot forget a key. Works on const and
// non-const configurations.
template<typename Config, typename Visitor>
void forEachSymbolField(Config &c, Visitor &&visit)
{
    visit(u"enableTrancheManagement", c.enableTrancheManagement);
    visit(u"trancheIsolationThreshold", c.trancheIsolationThreshold);
    visit(u"maxTranches", c.maxTranches);
    visit(u"maxIsolatedTranches", c.maxIsolatedTranches);
    visit(u"allowTrancheWhileIsolated", c.allowTrancheWhileIsolated);
    visit(u"trancheAutoCloseIsolated", c.trancheAutoCloseIsolated);
    visit(u"trancheRecoveryThreshold", c.trancheRecoveryThreshold);
    visit(u"closingStrategy", c.closingStrategy);
    visit(u"isolationAction", c.isolationAction);
    visit(u"isolationPartialClosePercent", c.isolationPartialClosePercent);
    visit(u"isolationReducedLeverage", c.isolationReducedLeverage);
    visit(u"longVolumeThresholdUSDT", c.longVolumeThresholdUSDT);
    visit(u"shortVolumeThresholdUSDT", c.shortVolumeThresholdUSDT);
    visit(u"tradeSize", c.tradeSize);
    visit(u"longTradeSize", c.longTradeSize);
    visit(u"shortTradeSize", c.shortTradeSize);
    visit(u"maxPositionMarginUSDT", c.maxPositionMarginUSDT);
    visit(u"leverage", c.leverage);
    visit(u"tpPercent", c.tpPercent);
    visit(u"slPercent", c.slPercent);
    visit(u"orderType", c.orderType);
    visit(u"forceMarketEntry", c.forceMarketEntry);
    visit(u"priceOffsetBps", c.priceOffsetBps);
    visit(u"maxSlippageBps", c.maxSlippageBps);
    visit(u"vwapProtection", c.vwapProtection);
    visit(u"vwapTimeframe", c.vwapTimeframe);
    visit(u"vwapLookback", c.vwapLookback);
    visit(u"useThreshold", c.useThreshold);
    visit(u"thresholdTimeWindow", c.thresholdTimeWindow);
    visit(u"thresholdCooldown", c.thresholdCooldown);
    visit(u"marginType", c.marginType);
    visit(u"tradeSide", c.tradeSide);
    visit(u"usePostOnly", c.usePostOnly);
    visit(u"entryTimeoutSeconds", c.entryTimeoutSeconds);
}

template<typename Config, typename Visitor>
void forEachGlobalField(Config &c, Visitor &&visit)
{
    visit(u"paperMode", c.paperMode);
    visit(u"positionMode", c.positionMode);
    visit(u"maxOpenPositions", c.maxOpenPositions);
    visit(u"syncIntervalSeconds", c.syncIntervalSeconds);
    visit(u"syncDriftPercent", c.syncDriftPercent);
    visit(u"closedRetentionDays", c.closedRetentionDays);
    visit(u"pnlPersistSeconds", c.pnlPersistSeconds);
    visit(u"paperTakerFeePercent", c.paperTakerFeePercent);
    visit(u"paperMakerFeePercent", c.paperMakerFeePercent);
    visit(u"paperSlippageBps", c.paperSlippageBps);
    visit(u"paperStartingBalanceUSDT", c.paperStartingBalanceUSDT);
    visit(u"paperFundingRatePercent", c.paperFundingRatePercent);
    visit(u"markRecording", c.markRecording);
    visit(u"liquidationRetentionDays", c.liquidationRetentionDays);
}

} // namespace trd::core
