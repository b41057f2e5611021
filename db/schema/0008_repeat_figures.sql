-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v8: the repeat-customer figures, kept up to date as sales commit so the owner's dashboard
-- reads a few hundred thousand small rows instead of every sale line. Derived data only: the history
-- in sales and sale_lines stays the truth, and `secondsale-admin check` recomputes these from it.
-- Filled from the existing history by the same step (in C++, see RepeatAggregates.cpp).

-- The customer's n-th purchase (1 = first); NULL for anonymous sales, refunds and sales whose goods
-- all came back (those are not purchases).
ALTER TABLE sales ADD COLUMN order_no INTEGER;
-- "Customers who came back in the period" counts distinct customers over this small index only.
CREATE INDEX sales_repeat_orders ON sales(created_at, customer_id) WHERE order_no >= 2;

-- Times are UTC seconds since the epoch: the dashboard does day arithmetic on 200,000 of them.
CREATE TABLE customer_stats (
    customer_id      INTEGER PRIMARY KEY REFERENCES customers(id),
    first_at         INTEGER,
    first_sale_id    INTEGER REFERENCES sales(id),
    first_cashier_id INTEGER REFERENCES cashiers(id),
    second_at        INTEGER,
    last_at          INTEGER,
    orders           INTEGER NOT NULL DEFAULT 0,
    revenue_minor    INTEGER NOT NULL DEFAULT 0
);

-- Per UTC day and cashier: what the period figures add up. Refunds are booked on the day they are given.
CREATE TABLE daily_totals (
    day                  TEXT NOT NULL,
    cashier_id           INTEGER NOT NULL REFERENCES cashiers(id),
    sales                INTEGER NOT NULL DEFAULT 0,
    identified_sales     INTEGER NOT NULL DEFAULT 0,
    first_orders         INTEGER NOT NULL DEFAULT 0,
    second_orders        INTEGER NOT NULL DEFAULT 0,
    repeat_orders        INTEGER NOT NULL DEFAULT 0,
    revenue_minor        INTEGER NOT NULL DEFAULT 0,
    first_revenue_minor  INTEGER NOT NULL DEFAULT 0,
    repeat_revenue_minor INTEGER NOT NULL DEFAULT 0,
    refunds              INTEGER NOT NULL DEFAULT 0,
    refunds_minor        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, cashier_id)
) WITHOUT ROWID;

-- The offer and cashier figures of a period read coupons and new customers by date.
CREATE INDEX coupons_created ON coupons(created_at);
CREATE INDEX customers_created ON customers(created_at);
-- What has come back of a sale is summed per sale when its place in the customer's history is worked out.
CREATE INDEX sales_original ON sales(original_sale_id) WHERE original_sale_id IS NOT NULL;
