-- SPDX-FileCopyrightText: 2026 TrancheDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: the liquidation feed (every symbol, traded or not), kept for closedRetentionDays-like
-- retention by the hunter. Same conventions as schema 1: decimals as TEXT, times in epoch ms.

CREATE TABLE liquidations (
    id INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    symbol TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('BUY', 'SELL')),
    price TEXT NOT NULL,
    average_price TEXT NOT NULL,
    quantity TEXT NOT NULL,
    volume_usdt TEXT NOT NULL
);

CREATE INDEX liquidations_by_time ON liquidations (time);
CREATE INDEX liquidations_by_symbol_time ON liquidations (symbol, time);
