-- SPDX-FileCopyrightText: 2026 TrancheDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: each tranche's share of the funding payments of its position (issue 10 item 6),
-- positive when received. It is also counted in realized_pnl; this column says how much of it
-- was funding. Existing rows paid none that TrancheDesk knew of.

ALTER TABLE tranches ADD COLUMN funding_fee TEXT NOT NULL DEFAULT '0';
