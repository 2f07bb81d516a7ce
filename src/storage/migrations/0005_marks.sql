-- SPDX-FileCopyrightText: 2026 TrancheDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: prices kept for later backtests (issue 12): the marks the app recorded, one a second
-- (markRecording "ticks"), and 1-minute candles, either built from those marks (source 'MARK') or
-- downloaded from the exchange's klines (source 'KLINES', last prices). Same conventions as
-- schema 1: decimals as TEXT, times in epoch ms.

CREATE TABLE mark_ticks (
    id INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    symbol TEXT NOT NULL,
    price TEXT NOT NULL
);

CREATE INDEX mark_ticks_by_time ON mark_ticks (time);
CREATE INDEX mark_ticks_by_symbol_time ON mark_ticks (symbol, time);

CREATE TABLE candles (
    source TEXT NOT NULL CHECK (source IN ('MARK', 'KLINES')),
    symbol TEXT NOT NULL,
    open_time INTEGER NOT NULL,
    open TEXT NOT NULL,
    high TEXT NOT NULL,
    low TEXT NOT NULL,
    close TEXT NOT NULL,
    volume TEXT NOT NULL,
    PRIMARY KEY (source, symbol, open_time)
) WITHOUT ROWID;

CREATE INDEX candles_by_time ON candles (source, open_time);
