// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ConfigValidator.h"

#include "config/MaintenanceRateSource.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace trd::core {

namespace {

Decimal dec(const char16_t *text)
{
    return Decimal::fromString(QStringView(text));
}

KeyRange inclusive(QString key, ConfigScope scope, Decimal min, Decimal max, bool isInteger)
{
    return KeyRange { std::move(key), scope, min, max, true, true, isInteger };
}

// (0, max]: a zero would make no sense (a zero trade size, a zero stop) and is refused, not
// replaced.
KeyRange aboveZero(QString key, ConfigScope scope, Decimal max)
{
    return KeyRange { std::move(key), scope, Decimal(), max, false, true, false };
}

QList<KeyRange> buildRanges()
{
    const auto S = ConfigScope::Symbol;
    const auto G = ConfigScope::Global;
    const auto i = [](std::int64_t v) { return Decimal::fromInt(v); };
    const Decimal trillion = dec(u"1000000000000");
    const Decimal billion = dec(u"1000000000");
    return {
        aboveZero(u"trancheIsolationThreshold"_s, S, i(100)),
        inclusive(u"maxTranches"_s, S, i(1), i(10), true),
        inclusive(u"maxIsolatedTranches"_s, S, i(1), i(10), true),
        inclusive(u"trancheRecoveryThreshold"_s, S, i(0), i(100), false),
        inclusive(u"isolationPartialClosePercent"_s, S, i(1), i(99), false),
        inclusive(u"isolationReducedLeverage"_s, S, i(1), i(125), true),
        inclusive(u"longVolumeThresholdUSDT"_s, S, i(0), trillion, false),
        inclusive(u"shortVolumeThresholdUSDT"_s, S, i(0), trillion, false),
        aboveZero(u"tradeSize"_s, S, billion),
        aboveZero(u"longTradeSize"_s, S, billion),
        aboveZero(u"shortTradeSize"_s, S, billion),
        aboveZero(u"maxPositionMarginUSDT"_s, S, trillion),
        inclusive(u"leverage"_s, S, i(1), i(125), true),
        aboveZero(u"tpPercent"_s, S, i(1000)),
        aboveZero(u"slPercent"_s, S, i(100)),
        inclusive(u"priceOffsetBps"_s, S, i(0), i(500), false),
        inclusive(u"maxSlippageBps"_s, S, i(0), i(10000), false),
        inclusive(u"vwapLookback"_s, S, i(10), i(500), true),
        inclusive(u"thresholdTimeWindow"_s, S, i(10000), i(3600000), true),
        inclusive(u"thresholdCooldown"_s, S, i(10000), i(86400000), true),
        inclusive(u"entryTimeoutSeconds"_s, S, i(1), i(3600), true),
        inclusive(u"maxOpenPositions"_s, G, i(1), i(50), true),
        inclusive(u"syncIntervalSeconds"_s, G, i(1), i(3600), true),
        inclusive(u"syncDriftPercent"_s, G, i(0), i(100), false),
        inclusive(u"closedRetentionDays"_s, G, i(0), i(36500), true),
        inclusive(u"pnlPersistSeconds"_s, G, i(1), i(3600), true),
        inclusive(u"paperTakerFeePercent"_s, G, i(0), i(1), false),
        inclusive(u"paperMakerFeePercent"_s, G, i(0), i(1), false),
        inclusive(u"paperSlippageBps"_s, G, i(0), i(1000), false),
        aboveZero(u"paperStartingBalanceUSDT"_s, G, trillion),
        // Binance caps a symbol's rate per 8 h; ±3 % is the widest cap it uses.
        inclusive(u"paperFundingRatePercent"_s, G, i(-3), i(3), false),
        inclusive(u"liquidationRetentionDays"_s, G, i(0), i(36500), true),
    };
}

QStringView lastSegment(QStringView path)
{
    const auto dot = path.lastIndexOf(u'.');
    return dot < 0 ? path : path.mid(dot + 1);
}

// Checks every numeric field of a section against the range table.
class RangeChecker
{
public:
    RangeChecker(QString prefix, const QSet<QString> &skipPaths, QList<ConfigIssue> &issues)
        : m_prefix(std::move(prefix))
        , m_skipPaths(skipPaths)
        , m_issues(issues)
    { }

    void operator()(QStringView key, const int &value) { check(key, Decimal::fromInt(value)); }
    void operator()(QStringView key, const qint64 &value) { check(key, Decimal::fromInt(value)); }
    void operator()(QStringView key, const Decimal &value) { check(key, value); }
    void operator()(QStringView key, const std::optional<Decimal> &value)
    {
        if (value) {
            check(key, *value);
        }
    }
    template<typename T>
    void operator()(QStringView, const T &)
    { }

private:
    void check(QStringView key, Decimal value)
    {
        const QString path = m_prefix + key;
        if (m_skipPaths.contains(path)) {
            return;
        }
        if (auto issue = ConfigValidator::checkRange(path, value)) {
            m_issues.append(*issue);
        }
    }

    QString m_prefix;
    const QSet<QString> &m_skipPaths;
    QList<ConfigIssue> &m_issues;
};

// A key kept as text (vwapTimeframe, markRecording) against its allowed values.
void checkChoice(const QString &path, const QString &value, const QSet<QString> &skipPaths, QList<ConfigIssue> &issues)
{
    const QStringList allowed = ConfigValidator::allowedValues(path);
    if (!skipPaths.contains(path) && !allowed.contains(value)) {
        issues.append({ path, u"%1: \"%2\" is not one of %3"_s.arg(path, value, allowed.join(u", "_s)), true });
    }
}

} // namespace

bool KeyRange::contains(Decimal value) const
{
    const bool aboveMin = minInclusive ? value >= min : value > min;
    const bool belowMax = maxInclusive ? value <= max : value < max;
    return aboveMin && belowMax;
}

QString KeyRange::text() const
{
    if (minInclusive && maxInclusive) {
        return min.toString() + u"–"_s + max.toString();
    }
    return (minInclusive ? u"["_s : u"("_s) + min.toString() + u", "_s + max.toString()
        + (maxInclusive ? u"]"_s : u")"_s);
}

QString toString(TradeSide v)
{
    return v == TradeSide::Same ? u"SAME"_s : u"OPPOSITE"_s;
}

std::optional<TradeSide> tradeSideFromString(QStringView s)
{
    if (s == u"OPPOSITE") {
        return TradeSide::Opposite;
    }
    if (s == u"SAME") {
        return TradeSide::Same;
    }
    return std::nullopt;
}

QString toString(MarginType v)
{
    return v == MarginType::Isolated ? u"ISOLATED"_s : u"CROSSED"_s;
}

std::optional<MarginType> marginTypeFromString(QStringView s)
{
    if (s == u"CROSSED") {
        return MarginType::Crossed;
    }
    if (s == u"ISOLATED") {
        return MarginType::Isolated;
    }
    return std::nullopt;
}

const QList<KeyRange> &ConfigValidator::ranges()
{
    static const QList<KeyRange> table = buildRanges();
    return table;
}

std::optional<KeyRange> ConfigValidator::rangeOf(QStringView key)
{
    const QStringView name = lastSegment(key);
    const auto &table = ranges();
    const auto it = std::find_if(table.begin(), table.end(), [&](const KeyRange &r) { return r.key == name; });
    if (it == table.end()) {
        return std::nullopt;
    }
    return *it;
}

QStringList ConfigValidator::allowedValues(QStringView key)
{
    const QStringView name = lastSegment(key);
    if (name == u"closingStrategy") {
        return { toString(ClosingStrategy::Lifo), toString(ClosingStrategy::Fifo),
            toString(ClosingStrategy::WorstFirst), toString(ClosingStrategy::BestFirst) };
    }
    if (name == u"isolationAction") {
        return { toString(IsolationAction::Hold), toString(IsolationAction::PartialClose),
            toString(IsolationAction::ReduceLeverage) };
    }
    if (name == u"orderType") {
        // The exchange knows more order types; an entry is only ever one of these two.
        return { toString(OrderType::Limit), toString(OrderType::Market) };
    }
    if (name == u"tradeSide") {
        return { toString(TradeSide::Opposite), toString(TradeSide::Same) };
    }
    if (name == u"vwapTimeframe") {
        return { u"1m"_s, u"5m"_s, u"15m"_s, u"30m"_s, u"1h"_s };
    }
    if (name == u"positionMode") {
        return { toString(PositionMode::OneWay), toString(PositionMode::Hedge) };
    }
    if (name == u"markRecording") {
        return { u"off"_s, u"ticks"_s, u"candles"_s };
    }
    if (name == u"marginType") {
        return { toString(MarginType::Crossed), toString(MarginType::Isolated) };
    }
    return {};
}

bool ConfigValidator::isValidSymbolName(QStringView name)
{
    if (name.size() < 2 || name.size() > 30) {
        return false;
    }
    return std::all_of(
        name.begin(), name.end(), [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'); });
}

Decimal ConfigValidator::lowestMaintenanceMarginRate()
{
    return dec(u"0.004");
}

Decimal ConfigValidator::maintenanceMarginRate(const QString &symbol)
{
    if (const auto source = MaintenanceRateSource::installed()) {
        if (const auto rate = source->firstBracketRate(symbol)) {
            return *rate;
        }
    }
    return lowestMaintenanceMarginRate();
}

Decimal ConfigValidator::liquidationDistancePercent(int leverage)
{
    return liquidationDistancePercent(leverage, lowestMaintenanceMarginRate());
}

Decimal ConfigValidator::liquidationDistancePercent(int leverage, Decimal mmr)
{
    const Decimal one = Decimal::fromInt(1);
    const Decimal initial = one.dividedBy(std::max(leverage, 1));
    return ((initial - mmr) * Decimal::fromInt(100)).divided(one - mmr, RoundingMode::Down);
}

std::optional<ConfigIssue> ConfigValidator::checkRange(const QString &path, Decimal value)
{
    const auto range = rangeOf(path);
    if (!range) {
        return std::nullopt;
    }
    return checkRange(path, value, *range);
}

std::optional<ConfigIssue> ConfigValidator::checkRange(const QString &path, Decimal value, const KeyRange &range)
{
    if (range.contains(value)) {
        return std::nullopt;
    }
    return ConfigIssue { path, u"%1: %2 is out of range %3"_s.arg(path, value.toString(), range.text()), true };
}

QList<ConfigIssue> ConfigValidator::validate(const AppConfig &config)
{
    QList<ConfigIssue> issues;
    for (auto it = config.symbols.cbegin(); it != config.symbols.cend(); ++it) {
        issues += validateSymbol(it.key(), it.value());
    }
    issues += validateGlobal(config.global);
    return issues;
}

QList<ConfigIssue> ConfigValidator::validateSymbol(
    const QString &name, const SymbolConfig &symbol, const QSet<QString> &skipPaths)
{
    QList<ConfigIssue> issues;
    const QString prefix = u"symbols.%1."_s.arg(name);
    if (!isValidSymbolName(name)) {
        const QString path = u"symbols.%1"_s.arg(name);
        issues.append({ path,
            u"%1: \"%2\" is not a valid symbol name (2–30 capital letters or digits, e.g. BTCUSDT)"_s.arg(path, name),
            true });
    }

    forEachSymbolField(symbol, RangeChecker(prefix, skipPaths, issues));

    checkChoice(prefix + u"vwapTimeframe"_s, symbol.vwapTimeframe, skipPaths, issues);

    // A cross-field rule is judged only on values that are themselves valid: "4 is more than 0"
    // next to "maxTranches: 0 is out of range" would only add noise.
    const auto valid = [&](QStringView key, Decimal value) {
        const QString path = prefix + key;
        return !skipPaths.contains(path) && !checkRange(path, value).has_value();
    };

    const QString maxPath = prefix + u"maxTranches"_s;
    const QString isolatedPath = prefix + u"maxIsolatedTranches"_s;
    if (valid(u"maxTranches", Decimal::fromInt(symbol.maxTranches))
        && valid(u"maxIsolatedTranches", Decimal::fromInt(symbol.maxIsolatedTranches))) {
        if (symbol.maxIsolatedTranches > symbol.maxTranches) {
            issues.append({ isolatedPath,
                u"%1: %2 is more than %3 (%4); it must be at most maxTranches"_s.arg(isolatedPath,
                    QString::number(symbol.maxIsolatedTranches), maxPath, QString::number(symbol.maxTranches)),
                true });
        } else if (symbol.maxIsolatedTranches == symbol.maxTranches) {
            issues.append({ isolatedPath,
                u"%1: %2 equals %3: no slot left for fresh entries once every tranche is isolated"_s.arg(
                    isolatedPath, QString::number(symbol.maxIsolatedTranches), maxPath),
                false });
        }
    }

    const QString slPath = prefix + u"slPercent"_s;
    if (symbol.enableTrancheManagement && valid(u"slPercent", symbol.slPercent)
        && valid(u"trancheIsolationThreshold", symbol.trancheIsolationThreshold)
        && symbol.slPercent <= symbol.trancheIsolationThreshold) {
        issues.append({ slPath,
            u"%1: %2 is not above %3trancheIsolationThreshold (%4): the stop loss fires before the "
            u"tranche can be isolated"_s.arg(
                slPath, symbol.slPercent.toString(), prefix, symbol.trancheIsolationThreshold.toString()),
            false });
    }

    // Liquidation comes before a stop placed beyond it (tranche-rules.md §9, issue 10 item 6).
    if (valid(u"slPercent", symbol.slPercent) && valid(u"leverage", Decimal::fromInt(symbol.leverage))) {
        const Decimal distance = liquidationDistancePercent(symbol.leverage, maintenanceMarginRate(name));
        if (symbol.slPercent >= distance) {
            const QString where = u"%1: %2 lies beyond the liquidation price of an isolated position at %3x "
                                  u"(about %4 % from entry)"_s.arg(slPath, symbol.slPercent.toString(),
                                      QString::number(symbol.leverage), distance.toString(2));
            issues.append({ slPath,
                symbol.marginType == MarginType::Isolated
                    ? where + u": the exchange liquidates the position before the stop fires"_s
                    : where
                        + u": under cross margin the loss past that point is taken from the whole wallet, "
                          u"and a small wallet is liquidated before the stop fires"_s,
                false });
        }
    }

    const QString reducedPath = prefix + u"isolationReducedLeverage"_s;
    if (symbol.isolationAction == IsolationAction::ReduceLeverage
        && valid(u"isolationReducedLeverage", Decimal::fromInt(symbol.isolationReducedLeverage))
        && valid(u"leverage", Decimal::fromInt(symbol.leverage))
        && symbol.isolationReducedLeverage >= symbol.leverage) {
        issues.append({ reducedPath,
            u"%1: %2 is not below %3leverage (%4): REDUCE_LEVERAGE would not lower the leverage"_s.arg(reducedPath,
                QString::number(symbol.isolationReducedLeverage), prefix, QString::number(symbol.leverage)),
            false });
    }
    return issues;
}

QList<ConfigIssue> ConfigValidator::validateGlobal(const GlobalConfig &global, const QSet<QString> &skipPaths)
{
    QList<ConfigIssue> issues;
    forEachGlobalField(global, RangeChecker(u"global."_s, skipPaths, issues));
    checkChoice(u"global.markRecording"_s, global.markRecording, skipPaths, issues);
    return issues;
}

bool ConfigValidator::hasErrors(const QList<ConfigIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ConfigIssue &i) { return i.isError; });
}

} // namespace trd::core
