-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v2: shifts (X/Z reports), suspended carts that survive a restart, refunds linked to shifts.

CREATE TABLE shifts (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,
    terminal_id         TEXT NOT NULL,
    opened_by           INTEGER NOT NULL REFERENCES cashiers(id),
    opened_at           TEXT NOT NULL,
    opening_float_minor INTEGER NOT NULL DEFAULT 0 CHECK (opening_float_minor >= 0),
    closed_by           INTEGER REFERENCES cashiers(id),
    closed_at           TEXT,
    counted_cash_minor  INTEGER,
    z_report            TEXT            -- the printed Z report, kept as text
);
-- At most one open shift per terminal.
CREATE UNIQUE INDEX shifts_one_open ON shifts(terminal_id) WHERE closed_at IS NULL;

ALTER TABLE sales ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
CREATE INDEX sales_shift ON sales(shift_id) WHERE shift_id IS NOT NULL;

-- A parked cart: the lines as JSON (product uids, quantities, overrides, discounts; no personal data).
CREATE TABLE suspended_carts (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    terminal_id TEXT NOT NULL,
    cashier_id INTEGER NOT NULL REFERENCES cashiers(id),
    label      TEXT NOT NULL DEFAULT '',
    payload    TEXT NOT NULL,
    total_minor INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

-- A refund line points at the line of the original sale it returns, so the commit can prove that no
-- line is ever returned more often than it was sold, even with two tills refunding at once.
ALTER TABLE sale_lines ADD COLUMN original_line_no INTEGER;
