-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v11: what the sync service keeps (docs/scaling.md). The central store is the truth for
-- coupons redeemed at other tills; this file keeps its own copy so the till decides offline too.

-- Where the puller got to in the central change stream, when the last sync ran, its last error.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- A coupon redeemed at another till: that till's receipt number. The coupon counts as used here.
ALTER TABLE coupons ADD COLUMN redeemed_elsewhere TEXT;

DROP TRIGGER coupons_redeem_once;
CREATE TRIGGER coupons_redeem_once BEFORE UPDATE OF redeemed_sale_id ON coupons
    WHEN OLD.redeemed_sale_id IS NOT NULL OR OLD.redeemed_elsewhere IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'coupon already redeemed'); END;

-- The keys other tills sign their coupon codes with, so their coupons verify here.
CREATE TABLE peer_coupon_keys (
    origin TEXT PRIMARY KEY,
    key    TEXT NOT NULL
) WITHOUT ROWID;

-- Double redemptions the central store found: the same code used at two tills while one was
-- offline. Shown to the owner with both receipts; never resolved silently.
CREATE TABLE coupon_conflicts (
    central_id      INTEGER PRIMARY KEY,
    code            TEXT NOT NULL,
    kept_receipt    TEXT NOT NULL,
    kept_origin     TEXT NOT NULL,
    second_receipt  TEXT NOT NULL,
    second_origin   TEXT NOT NULL,
    found_at        TEXT NOT NULL
);
