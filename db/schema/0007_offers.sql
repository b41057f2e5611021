-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v7: coupons issued by the offer rules at the till.
-- The shop's secret for coupon codes' MAC (codes are checked offline). Made here once, from SQLite's
-- random source; it never leaves the encrypted store.
INSERT INTO meta(key, value) SELECT 'coupon_key', hex(randomblob(32))
    WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'coupon_key');
-- A coupon whose issuing sale was refunded is voided (buy → refund → keep the reward is closed).
-- Set once, never cleared: the coupon ledger only moves forward.
ALTER TABLE coupons ADD COLUMN voided_at TEXT;
-- Returning everything bought with a coupon gives the customer a new one on the same terms (the used
-- coupon stays used: the ledger only grows); it points at the one it replaces, once.
ALTER TABLE coupons ADD COLUMN replaces_coupon_id INTEGER REFERENCES coupons(id);
CREATE UNIQUE INDEX coupons_replaces ON coupons(replaces_coupon_id) WHERE replaces_coupon_id IS NOT NULL;
-- A follow-up coupon is for one category (bought a locomotive → track and rolling stock); NULL: anything.
ALTER TABLE coupons ADD COLUMN category_id INTEGER REFERENCES categories(id);
CREATE TRIGGER coupons_void_once BEFORE UPDATE OF voided_at ON coupons
    WHEN OLD.voided_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'coupon already voided'); END;
-- Referral codes: one per customer (made when a referral offer is on), printed on their receipts; a
-- friend's first purchase with it gets the welcome discount and credits the referrer with a coupon.
ALTER TABLE customers ADD COLUMN referral_code TEXT;
CREATE UNIQUE INDEX customers_referral_code ON customers(referral_code) WHERE referral_code IS NOT NULL;
CREATE TABLE referrals (
    id               INTEGER PRIMARY KEY,
    referrer_id      INTEGER NOT NULL REFERENCES customers(id),
    sale_id          INTEGER NOT NULL UNIQUE REFERENCES sales(id),
    friend_id        INTEGER REFERENCES customers(id),
    reward_coupon_id INTEGER REFERENCES coupons(id),
    created_at       TEXT NOT NULL
);
CREATE INDEX referrals_referrer ON referrals(referrer_id);
-- What sells together, kept up to date by every sale (a few rows per sale), so the receipt's "you may
-- also need" is an index look-up, not a scan of all sale lines.
CREATE TABLE product_pairs (
    product_id INTEGER NOT NULL REFERENCES products(id),
    other_id   INTEGER NOT NULL REFERENCES products(id),
    sales      INTEGER NOT NULL,
    PRIMARY KEY (product_id, other_id)
) WITHOUT ROWID;
