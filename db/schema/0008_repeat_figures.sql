-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v8: the repeat-customer figures, kept up to date as sales commit so the owner's dashboard
-- reads a few hundred thousand small rows instead of every sale line. Derived data only: the history
-- in sales and sale_lines stays the truth, and `secondsale-admin check` recomputes these from it.
-- Filled from the existing history by the same step (in C++, see RepeatAggregates.cpp).

-- The customer's n-th purchase (1 = first); NULL for anonymous sales, refunds and sales whose goods
-- all came back (those are not purchases).
ALTER TABLE sales ADD COLUMN order_no INTEGER;

-- Times are UTC seconds since the epoch: the dashboard does day arithmetic on 200,000 of them.
CREATE TABLE customer_stats (
    customer_id      INTEGER PRIMARY KEY REFERENCES customers(id),
    first_at         INTEGER,
    first_sale_id    INTEGER REFERENCES sales(id),
    first_cashier_id INTEGER REFERENCES cashiers(id),
    second_at        INTEGER,
    last_at          INTEGER,
    orders           INTEGER NOT NULL DEFAULT 0,
    revenue_minor    INTEGER NOT NULL DEFAULT 0,
    consenting       INTEGER NOT NULL DEFAULT 0 CHECK (consenting IN (0, 1)) -- a yes on any channel now
);

-- Repeat purchases by their day and the day of the customer's purchase before: a customer who came
-- back in a period is exactly one purchase in it whose previous one is before it, so "returning
-- customers" of any period is a sum over these rows, not a distinct count over the sales.
CREATE TABLE repeat_gaps (
    day      TEXT NOT NULL,
    prev_day TEXT NOT NULL,
    orders   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, prev_day)
) WITHOUT ROWID;

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
    coupons_issued       INTEGER NOT NULL DEFAULT 0, -- printed on receipts this cashier rang up
    coupons_redeemed     INTEGER NOT NULL DEFAULT 0, -- scanned at this cashier's till
    PRIMARY KEY (day, cashier_id)
) WITHOUT ROWID;

-- Per offer rule (0: coupons without one) and day of issue: what became of that day's coupons so far.
CREATE TABLE offer_days (
    day                     TEXT NOT NULL,
    rule_id                 INTEGER NOT NULL,
    issued                  INTEGER NOT NULL DEFAULT 0,
    redeemed                INTEGER NOT NULL DEFAULT 0,
    voided                  INTEGER NOT NULL DEFAULT 0,
    days_to_redeem          INTEGER NOT NULL DEFAULT 0, -- summed over the redeemed ones
    discount_minor          INTEGER NOT NULL DEFAULT 0, -- discount on the sales that redeemed them
    redeeming_revenue_minor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, rule_id)
) WITHOUT ROWID;

-- The coupon ledger has several writers (sales, refunds, referrals, win-back): triggers keep the
-- offer figures whoever writes. A coupon is issued once, redeemed once and voided once (0001, 0007).
CREATE TRIGGER coupons_feed_offer_days AFTER INSERT ON coupons
BEGIN
    INSERT OR IGNORE INTO offer_days(day, rule_id) VALUES (substr(NEW.created_at, 1, 10), coalesce(NEW.rule_id, 0));
    UPDATE offer_days SET issued = issued + 1
        WHERE day = substr(NEW.created_at, 1, 10) AND rule_id = coalesce(NEW.rule_id, 0);
    INSERT OR IGNORE INTO daily_totals(day, cashier_id)
        SELECT substr(NEW.created_at, 1, 10), cashier_id FROM sales WHERE id = NEW.issued_sale_id;
    UPDATE daily_totals SET coupons_issued = coupons_issued + 1
        WHERE day = substr(NEW.created_at, 1, 10)
          AND cashier_id = (SELECT cashier_id FROM sales WHERE id = NEW.issued_sale_id);
END;
CREATE TRIGGER coupons_redeemed_feed_offer_days AFTER UPDATE OF redeemed_sale_id ON coupons
    WHEN OLD.redeemed_sale_id IS NULL AND NEW.redeemed_sale_id IS NOT NULL
BEGIN
    UPDATE offer_days SET redeemed = redeemed + 1,
        days_to_redeem = days_to_redeem + CAST(julianday(NEW.redeemed_at) - julianday(NEW.created_at) AS INTEGER),
        discount_minor = discount_minor + (SELECT discount_minor FROM sales WHERE id = NEW.redeemed_sale_id),
        redeeming_revenue_minor = redeeming_revenue_minor + (SELECT total_minor FROM sales WHERE id = NEW.redeemed_sale_id)
        WHERE day = substr(NEW.created_at, 1, 10) AND rule_id = coalesce(NEW.rule_id, 0);
    INSERT OR IGNORE INTO daily_totals(day, cashier_id)
        SELECT substr(NEW.redeemed_at, 1, 10), cashier_id FROM sales WHERE id = NEW.redeemed_sale_id;
    UPDATE daily_totals SET coupons_redeemed = coupons_redeemed + 1
        WHERE day = substr(NEW.redeemed_at, 1, 10)
          AND cashier_id = (SELECT cashier_id FROM sales WHERE id = NEW.redeemed_sale_id);
END;
CREATE TRIGGER coupons_voided_feed_offer_days AFTER UPDATE OF voided_at ON coupons
    WHEN OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
BEGIN
    UPDATE offer_days SET voided = voided + 1
        WHERE day = substr(NEW.created_at, 1, 10) AND rule_id = coalesce(NEW.rule_id, 0);
END;

-- The consent ledger has several writers too; a customer's figures row follows their answer.
CREATE TRIGGER consents_feed_customer_stats AFTER INSERT ON consents
BEGIN
    UPDATE customer_stats SET consenting = EXISTS (
        SELECT 1 FROM consents a WHERE a.customer_id = NEW.customer_id AND a.granted = 1
           AND NOT EXISTS (SELECT 1 FROM consents b WHERE b.customer_id = a.customer_id AND b.channel = a.channel
                 AND (b.recorded_at > a.recorded_at OR (b.recorded_at = a.recorded_at AND b.id > a.id))))
        WHERE customer_id = NEW.customer_id;
END;
-- What has come back of a sale is summed per sale when its place in the customer's history is worked out.
CREATE INDEX sales_original ON sales(original_sale_id) WHERE original_sale_id IS NOT NULL;
