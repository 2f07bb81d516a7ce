-- SPDX-FileCopyrightText: 2026 TrancheDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1. Column names are part of the product: the user guide's queries run against them in
-- the sqlite3 shell (tranche-rules.md §8). Decimals are TEXT in Decimal::toString() form (never
-- REAL, which would round prices and quantities); times are INTEGER epoch milliseconds, NULL when
-- unset; enumerations are their Types.h text forms.

CREATE TABLE tranches (
    id TEXT PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    symbol TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('LONG', 'SHORT')),
    position_side TEXT NOT NULL CHECK (position_side IN ('BOTH', 'LONG', 'SHORT')),
    origin TEXT NOT NULL CHECK (origin IN ('ENTRY', 'RECOVERY', 'IMPORTED')),
    status TEXT NOT NULL CHECK (status IN ('active', 'closed', 'liquidated')),
    isolated INTEGER NOT NULL DEFAULT 0 CHECK (isolated IN (0, 1)),
    entry_price TEXT NOT NULL,
    quantity TEXT NOT NULL,
    original_quantity TEXT NOT NULL,
    margin_used TEXT NOT NULL,
    leverage INTEGER NOT NULL,
    entry_time INTEGER,
    entry_order_id TEXT,
    tp_percent TEXT,
    sl_percent TEXT,
    tp_price TEXT,
    sl_price TEXT,
    isolation_time INTEGER,
    isolation_price TEXT,
    exit_price TEXT,
    exit_time INTEGER,
    exit_order_id TEXT,
    realized_pnl TEXT,
    fees_paid TEXT,
    unrealized_pnl TEXT,
    close_reason TEXT,
    notes TEXT,
    entry_fee_unallocated TEXT,
    closed_quantity TEXT,
    exit_notional TEXT,
    updated_time INTEGER
);
CREATE INDEX idx_tranches_status ON tranches (status);
CREATE INDEX idx_tranches_symbol_entry_time ON tranches (symbol, entry_time);
CREATE INDEX idx_tranches_exit_time ON tranches (exit_time);

CREATE TABLE tranche_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_time INTEGER NOT NULL,
    type TEXT NOT NULL,
    symbol TEXT,
    side TEXT,
    tranche_id TEXT REFERENCES tranches (id) ON DELETE CASCADE,
    price TEXT,
    quantity TEXT,
    pnl TEXT,
    reason TEXT,
    details TEXT
);
CREATE INDEX idx_tranche_events_event_time ON tranche_events (event_time);
CREATE INDEX idx_tranche_events_tranche_id ON tranche_events (tranche_id);
CREATE INDEX idx_tranche_events_symbol_event_time ON tranche_events (symbol, event_time);
CREATE INDEX idx_tranche_events_type ON tranche_events (type);

-- No foreign key on tranche_id: an entry intent names the tranche it will create, which does not
-- exist until the order fills.
CREATE TABLE orders (
    client_order_id TEXT PRIMARY KEY NOT NULL,
    tranche_id TEXT,
    symbol TEXT NOT NULL,
    side TEXT NOT NULL,
    purpose TEXT NOT NULL,
    close_reason TEXT,
    order_side TEXT NOT NULL,
    position_side TEXT NOT NULL,
    type TEXT NOT NULL,
    quantity TEXT NOT NULL,
    price TEXT,
    stop_price TEXT,
    reduce_only INTEGER NOT NULL DEFAULT 0 CHECK (reduce_only IN (0, 1)),
    state TEXT NOT NULL CHECK (state IN ('intent', 'open', 'filled', 'canceled', 'rejected')),
    exchange_order_id INTEGER,
    filled_quantity TEXT,
    leverage INTEGER NOT NULL,
    created_time INTEGER,
    updated_time INTEGER,
    error_code INTEGER,
    error_message TEXT
);
CREATE INDEX idx_orders_state ON orders (state);
CREATE INDEX idx_orders_tranche_id ON orders (tranche_id);

CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
