-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v3: customer capture at the counter, and name look-ups that use an index.

-- One row per capture prompt answered: a customer created, a returning one found, or a skip (with an
-- optional reason). Capture rate per cashier is counted from here; no personal data in it.
CREATE TABLE capture_events (
    id          INTEGER PRIMARY KEY,
    cashier_id  INTEGER NOT NULL REFERENCES cashiers(id),
    customer_id INTEGER REFERENCES customers(id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('created', 'found', 'skipped')),
    reason      TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL
);
CREATE INDEX capture_events_cashier ON capture_events(cashier_id, at);

CREATE INDEX customers_first_name ON customers(first_name COLLATE NOCASE);
