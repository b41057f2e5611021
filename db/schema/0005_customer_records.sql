-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v5: what the customer screens keep beyond capture — interests (product categories the
-- customer asked to hear about) and a loyalty card number so a scanned card finds the customer.

CREATE TABLE customer_interests (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    PRIMARY KEY (customer_id, category_id)
) WITHOUT ROWID;

-- NULL for most customers; unique when set (SQLite allows many NULLs in a UNIQUE index).
ALTER TABLE customers ADD COLUMN card_code TEXT;
CREATE UNIQUE INDEX customers_card_code ON customers(card_code) WHERE card_code IS NOT NULL;
