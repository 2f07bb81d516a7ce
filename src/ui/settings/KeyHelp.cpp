// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyHelp.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui::KeyHelp {

namespace {

// Source texts; label() and text() translate them in the language the user chose.
struct Entry
{
    const char *label;
    const char *text;
};

const QHash<QString, Entry> &entries()
{
    static const QHash<QString, Entry> kEntries {
        { u"enableTrancheManagement"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Enable multi-tranche management"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Master switch for the tranche system. Recommendation: start OFF in paper mode, enable after "
                    "testing.") } },
        { u"trancheIsolationThreshold"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Isolation threshold (%)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Unrealized loss % that triggers automatic isolation: (currentPrice − entryPrice) / entryPrice × "
                    "100.\n"
                    "3%: aggressive isolation (more tranches, quicker isolation). 5%: balanced (recommended for most "
                    "strategies). 10%: conservative (fewer isolations, higher tolerance).") } },
        { u"maxTranches"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Max tranches"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Maximum active tranches per symbol/side. 1–2: conservative, minimal complexity. 3–5: balanced, "
                    "good "
                    "for most strategies. 6+: aggressive, requires more monitoring.") } },
        { u"maxIsolatedTranches"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Max isolated tranches"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Max underwater tranches before blocking new trades. Prevents accumulating too many losing "
                    "positions. "
                    "Formula: max_isolated = max_tranches − 1 (keep at least 1 slot for profitable trading).") } },
        { u"allowTrancheWhileIsolated"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Allow tranche while isolated"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Allow new tranches even when some are isolated. ON: continue trading despite isolated tranches "
                    "(recommended). OFF: block all new trades until isolated tranches close.") } },
        { u"trancheAutoCloseIsolated"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Auto-close isolated tranches"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Close an isolated tranche automatically once it recovers to the recovery threshold.") } },
        { u"trancheRecoveryThreshold"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Recovery threshold (%)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "pnl% an isolated tranche must reach again to count as recovered (and be closed when auto-close is "
                    "on).") } },
        { u"closingStrategy"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Closing strategy"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Which tranche a shared exit closes first. LIFO (last in, first out) closes the newest tranches "
                    "first: "
                    "quick profit-taking on recent entries, older positions kept for potential recovery.") } },
        { u"isolationAction"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Isolation action"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "What happens when a tranche is isolated. HOLD: keep the position and wait for recovery. "
                    "PARTIAL_CLOSE: close a portion to reduce exposure. REDUCE_LEVERAGE: lower leverage to reduce "
                    "risk.") } },
        { u"isolationPartialClosePercent"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Partial close on isolation (%)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Share of an isolated tranche closed by PARTIAL_CLOSE.") } },
        { u"isolationReducedLeverage"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Reduced leverage on isolation"),
                QT_TRANSLATE_NOOP(
                    "trd::ui::KeyHelp", "Leverage set by REDUCE_LEVERAGE; must be below the symbol's leverage.") } },
        { u"longVolumeThresholdUSDT"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Long volume threshold (USDT)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Liquidation volume (USDT) of short liquidations that triggers a LONG entry.") } },
        { u"shortVolumeThresholdUSDT"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Short volume threshold (USDT)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Liquidation volume (USDT) of long liquidations that triggers a SHORT entry.") } },
        { u"tradeSize"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Trade size (USDT margin)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Margin in USDT put into each entry (quantity = margin × leverage / price).") } },
        { u"longTradeSize"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Long trade size (USDT)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Margin for LONG entries; empty uses the trade size.") } },
        { u"shortTradeSize"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Short trade size (USDT)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Margin for SHORT entries; empty uses the trade size.") } },
        { u"maxPositionMarginUSDT"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Max position margin (USDT)"),
                QT_TRANSLATE_NOOP(
                    "trd::ui::KeyHelp", "Cap on the margin of all tranches of the symbol; empty means no cap.") } },
        { u"leverage"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Leverage"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Leverage set on the exchange for the symbol.") } },
        { u"tpPercent"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Take profit (%)"),
                QT_TRANSLATE_NOOP(
                    "trd::ui::KeyHelp", "Each tranche's take profit, as a price move from its own entry.") } },
        { u"slPercent"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Stop loss (%)"),
                QT_TRANSLATE_NOOP(
                    "trd::ui::KeyHelp", "Each tranche's stop loss, as a price move from its own entry.") } },
        { u"orderType"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Entry order type"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "LIMIT entries rest at a price offset from the book; MARKET fills at once.") } },
        { u"forceMarketEntry"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Force market entry"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Send MARKET entries even when the order type is LIMIT.") } },
        { u"priceOffsetBps"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Price offset (bps)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "How far inside the book a LIMIT entry is placed.") } },
        { u"maxSlippageBps"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Max slippage (bps)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Entries are refused when the book moved further than this.") } },
        { u"vwapProtection"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "VWAP protection"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Only enter LONG below VWAP and SHORT above it.") } },
        { u"vwapTimeframe"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "VWAP timeframe"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Candle size of the VWAP.") } },
        { u"vwapLookback"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "VWAP lookback (candles)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Number of candles the VWAP is computed over.") } },
        { u"useThreshold"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Use cumulative threshold"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Add liquidations up over the time window instead of reacting to single ones.") } },
        { u"thresholdTimeWindow"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Threshold window (ms)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Window the liquidation volume is summed over.") } },
        { u"thresholdCooldown"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Threshold cooldown (ms)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Pause after a threshold entry before the next one.") } },
        { u"tradeSide"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Trade side"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "OPPOSITE enters against the liquidated side (the original bot); SAME follows it.") } },
        { u"usePostOnly"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Post-only entries"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "LIMIT entries are sent GTX so they never take liquidity.") } },
        { u"entryTimeoutSeconds"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Entry timeout (s)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "An unfilled LIMIT entry is cancelled after this.") } },
        { u"paperMode"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Paper mode"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Trade on the simulated exchange. Switch to LIVE from the toolbar (needs keys and a "
                    "confirmation).") } },
        { u"positionMode"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Position mode"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "ONE_WAY nets both sides into one position; HEDGE keeps LONG and SHORT apart.") } },
        { u"maxOpenPositions"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Max open positions"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Symbols that may hold a position at the same time.") } },
        { u"syncIntervalSeconds"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Sync interval (s)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "How often the tranches are reconciled with the exchange.") } },
        { u"syncDriftPercent"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Sync drift tolerance (%)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "A difference between tranches and the exchange position above this is drift.") } },
        { u"closedRetentionDays"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Keep closed tranches (days)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "0 keeps them forever.") } },
        { u"pnlPersistSeconds"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Write P&L every (s)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Unrealized P&L is written to the store at most this often.") } },
        { u"paperTakerFeePercent"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Paper taker fee (%)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Fee of MARKET fills on the paper exchange.") } },
        { u"paperMakerFeePercent"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Paper maker fee (%)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Fee of resting LIMIT fills on the paper exchange.") } },
        { u"paperSlippageBps"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Paper slippage (bps)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Slippage of MARKET fills on the paper exchange.") } },
        { u"marginType"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Margin type"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "CROSSED backs the position with the whole wallet; ISOLATED risks only its own margin and is "
                    "liquidated sooner. Set on the exchange at start; the paper exchange liquidates by the same "
                    "rule.") } },
        { u"paperStartingBalanceUSDT"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Paper starting balance (USDT)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "The paper account's wallet at its first start.") } },
        { u"paperFundingRatePercent"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Paper funding rate (%)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Funding per 8 h (00:00, 08:00, 16:00 UTC) on the paper exchange: longs pay shorts when "
                    "positive.") } },
        { u"markRecording"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Record mark prices"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "Keeps the mark prices of the configured symbols in the store for later backtests: ticks (one a "
                    "second), candles (one a minute: open, high, low, close) or off.") } },
        { u"liquidationRetentionDays"_s,
            { QT_TRANSLATE_NOOP("trd::ui::KeyHelp", "Keep liquidations (days)"),
                QT_TRANSLATE_NOOP("trd::ui::KeyHelp",
                    "The liquidation feed (every symbol) is kept this long for the feed and for backtests; 0 keeps "
                    "it forever.") } },
    };
    return kEntries;
}

} // namespace

QString label(const QString &key)
{
    const auto it = entries().constFind(key);
    return it == entries().cend() ? key : QCoreApplication::translate("trd::ui::KeyHelp", it->label);
}

QString text(const QString &key)
{
    const auto it = entries().constFind(key);
    return it == entries().cend() ? QString() : QCoreApplication::translate("trd::ui::KeyHelp", it->text);
}

} // namespace trd::ui::KeyHelp
