// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyHelp.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui::KeyHelp {

namespace {

struct Entry
{
    QString label;
    QString text;
};

const QHash<QString, Entry> &entries()
{
    static const QHash<QString, Entry> kEntries {
        { u"enableTrancheManagement"_s,
            { u"Enable multi-tranche management"_s,
                u"Master switch for the tranche system. Recommendation: start OFF in paper mode, enable after testing."_s } },
        { u"trancheIsolationThreshold"_s,
            { u"Isolation threshold (%)"_s,
                u"Unrealized loss % that triggers automatic isolation: (currentPrice − entryPrice) / entryPrice × "
                u"100.\n"
                "3%: aggressive isolation (more tranches, quicker isolation). 5%: balanced (recommended for most "
                "strategies). 10%: conservative (fewer isolations, higher tolerance)."_s } },
        { u"maxTranches"_s,
            { u"Max tranches"_s,
                u"Maximum active tranches per symbol/side. 1–2: conservative, minimal complexity. 3–5: balanced, good "
                "for most strategies. 6+: aggressive, requires more monitoring."_s } },
        { u"maxIsolatedTranches"_s,
            { u"Max isolated tranches"_s,
                u"Max underwater tranches before blocking new trades. Prevents accumulating too many losing positions. "
                "Formula: max_isolated = max_tranches − 1 (keep at least 1 slot for profitable trading)."_s } },
        { u"allowTrancheWhileIsolated"_s,
            { u"Allow tranche while isolated"_s,
                u"Allow new tranches even when some are isolated. ON: continue trading despite isolated tranches "
                "(recommended). OFF: block all new trades until isolated tranches close."_s } },
        { u"trancheAutoCloseIsolated"_s,
            { u"Auto-close isolated tranches"_s,
                u"Close an isolated tranche automatically once it recovers to the recovery threshold."_s } },
        { u"trancheRecoveryThreshold"_s,
            { u"Recovery threshold (%)"_s,
                u"pnl% an isolated tranche must reach again to count as recovered (and be closed when auto-close is on)."_s } },
        { u"closingStrategy"_s,
            { u"Closing strategy"_s,
                u"Which tranche a shared exit closes first. LIFO (last in, first out) closes the newest tranches "
                u"first: "
                "quick profit-taking on recent entries, older positions kept for potential recovery."_s } },
        { u"isolationAction"_s,
            { u"Isolation action"_s,
                u"What happens when a tranche is isolated. HOLD: keep the position and wait for recovery. "
                "PARTIAL_CLOSE: close a portion to reduce exposure. REDUCE_LEVERAGE: lower leverage to reduce risk."_s } },
        { u"isolationPartialClosePercent"_s,
            { u"Partial close on isolation (%)"_s, u"Share of an isolated tranche closed by PARTIAL_CLOSE."_s } },
        { u"isolationReducedLeverage"_s,
            { u"Reduced leverage on isolation"_s,
                u"Leverage set by REDUCE_LEVERAGE; must be below the symbol's leverage."_s } },
        { u"longVolumeThresholdUSDT"_s,
            { u"Long volume threshold (USDT)"_s,
                u"Liquidation volume (USDT) of short liquidations that triggers a LONG entry."_s } },
        { u"shortVolumeThresholdUSDT"_s,
            { u"Short volume threshold (USDT)"_s,
                u"Liquidation volume (USDT) of long liquidations that triggers a SHORT entry."_s } },
        { u"tradeSize"_s,
            { u"Trade size (USDT margin)"_s,
                u"Margin in USDT put into each entry (quantity = margin × leverage / price)."_s } },
        { u"longTradeSize"_s,
            { u"Long trade size (USDT)"_s, u"Margin for LONG entries; empty uses the trade size."_s } },
        { u"shortTradeSize"_s,
            { u"Short trade size (USDT)"_s, u"Margin for SHORT entries; empty uses the trade size."_s } },
        { u"maxPositionMarginUSDT"_s,
            { u"Max position margin (USDT)"_s,
                u"Cap on the margin of all tranches of the symbol; empty means no cap."_s } },
        { u"leverage"_s, { u"Leverage"_s, u"Leverage set on the exchange for the symbol."_s } },
        { u"tpPercent"_s,
            { u"Take profit (%)"_s, u"Each tranche's take profit, as a price move from its own entry."_s } },
        { u"slPercent"_s, { u"Stop loss (%)"_s, u"Each tranche's stop loss, as a price move from its own entry."_s } },
        { u"orderType"_s,
            { u"Entry order type"_s, u"LIMIT entries rest at a price offset from the book; MARKET fills at once."_s } },
        { u"forceMarketEntry"_s,
            { u"Force market entry"_s, u"Send MARKET entries even when the order type is LIMIT."_s } },
        { u"priceOffsetBps"_s, { u"Price offset (bps)"_s, u"How far inside the book a LIMIT entry is placed."_s } },
        { u"maxSlippageBps"_s,
            { u"Max slippage (bps)"_s, u"Entries are refused when the book moved further than this."_s } },
        { u"vwapProtection"_s, { u"VWAP protection"_s, u"Only enter LONG below VWAP and SHORT above it."_s } },
        { u"vwapTimeframe"_s, { u"VWAP timeframe"_s, u"Candle size of the VWAP."_s } },
        { u"vwapLookback"_s, { u"VWAP lookback (candles)"_s, u"Number of candles the VWAP is computed over."_s } },
        { u"useThreshold"_s,
            { u"Use cumulative threshold"_s,
                u"Add liquidations up over the time window instead of reacting to single ones."_s } },
        { u"thresholdTimeWindow"_s,
            { u"Threshold window (ms)"_s, u"Window the liquidation volume is summed over."_s } },
        { u"thresholdCooldown"_s,
            { u"Threshold cooldown (ms)"_s, u"Pause after a threshold entry before the next one."_s } },
        { u"tradeSide"_s,
            { u"Trade side"_s,
                u"OPPOSITE enters against the liquidated side (the original bot); SAME follows it."_s } },
        { u"usePostOnly"_s, { u"Post-only entries"_s, u"LIMIT entries are sent GTX so they never take liquidity."_s } },
        { u"entryTimeoutSeconds"_s, { u"Entry timeout (s)"_s, u"An unfilled LIMIT entry is cancelled after this."_s } },
        { u"paperMode"_s,
            { u"Paper mode"_s,
                u"Trade on the simulated exchange. Switch to LIVE from the toolbar (needs keys and a confirmation)."_s } },
        { u"positionMode"_s,
            { u"Position mode"_s, u"ONE_WAY nets both sides into one position; HEDGE keeps LONG and SHORT apart."_s } },
        { u"maxOpenPositions"_s, { u"Max open positions"_s, u"Symbols that may hold a position at the same time."_s } },
        { u"syncIntervalSeconds"_s,
            { u"Sync interval (s)"_s, u"How often the tranches are reconciled with the exchange."_s } },
        { u"syncDriftPercent"_s,
            { u"Sync drift tolerance (%)"_s,
                u"A difference between tranches and the exchange position above this is drift."_s } },
        { u"closedRetentionDays"_s, { u"Keep closed tranches (days)"_s, u"0 keeps them forever."_s } },
        { u"pnlPersistSeconds"_s,
            { u"Write P&L every (s)"_s, u"Unrealized P&L is written to the store at most this often."_s } },
        { u"paperTakerFeePercent"_s, { u"Paper taker fee (%)"_s, u"Fee of MARKET fills on the paper exchange."_s } },
        { u"paperMakerFeePercent"_s,
            { u"Paper maker fee (%)"_s, u"Fee of resting LIMIT fills on the paper exchange."_s } },
        { u"paperSlippageBps"_s, { u"Paper slippage (bps)"_s, u"Slippage of MARKET fills on the paper exchange."_s } },
        { u"marginType"_s,
            { u"Margin type"_s,
                u"CROSSED backs the position with the whole wallet; ISOLATED risks only its own margin and is "
                u"liquidated sooner. Set on the exchange at start; the paper exchange liquidates by the same rule."_s } },
        { u"paperStartingBalanceUSDT"_s,
            { u"Paper starting balance (USDT)"_s, u"The paper account's wallet at its first start."_s } },
        { u"paperFundingRatePercent"_s,
            { u"Paper funding rate (%)"_s,
                u"Funding per 8 h (00:00, 08:00, 16:00 UTC) on the paper exchange: longs pay shorts when positive."_s } },
    };
    return kEntries;
}

} // namespace

QString label(const QString &key)
{
    const auto it = entries().constFind(key);
    return it == entries().cend() ? key : it->label;
}

QString text(const QString &key)
{
    const auto it = entries().constFind(key);
    return it == entries().cend() ? QString() : it->text;
}

} // namespace trd::ui::KeyHelp
