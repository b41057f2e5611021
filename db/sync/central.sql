-- SPDX-License-Identifier: GPL-3.0-or-later
-- The central PostgreSQL schema every till syncs through (docs/scaling.md). Applied by each till
-- when it connects, so it must be idempotent: IF NOT EXISTS everywhere, and additions only.
-- Runs inside one transaction under an advisory lock, so two tills starting together never race.

CREATE TABLE IF NOT EXISTS ss_terminals (
    origin       text PRIMARY KEY,          -- shop code / terminal id
    shop         text NOT NULL,
    terminal_id  text NOT NULL,
    coupon_key   text NOT NULL,             -- the key its coupon codes are signed with (hex)
    first_seen   timestamptz NOT NULL DEFAULT now(),
    last_push_at timestamptz
);

-- Every change any till pushed, once (change_uid is unique), in the order the centre accepted them.
-- Pushes are serialised by an advisory lock, so seq becomes visible in order and a puller that
-- remembers the last seq it applied never skips a change.
CREATE TABLE IF NOT EXISTS ss_changes (
    seq         bigserial PRIMARY KEY,
    change_uid  text NOT NULL UNIQUE,
    origin      text NOT NULL REFERENCES ss_terminals(origin),
    entity      text NOT NULL CHECK (entity IN ('sale', 'customer', 'consent', 'coupon', 'product')),
    entity_uid  text NOT NULL,
    op          text NOT NULL CHECK (op IN ('insert', 'update', 'redeem', 'void')),
    payload     jsonb NOT NULL,
    changed_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ss_changes_entity ON ss_changes(entity, entity_uid);

-- The one redemption of each coupon code, whichever till got there first.
CREATE TABLE IF NOT EXISTS ss_coupon_redemptions (
    code        text PRIMARY KEY,
    sale_uid    text NOT NULL,
    origin      text NOT NULL,
    online      boolean NOT NULL,           -- confirmed before the sale committed, or learnt at sync
    redeemed_at timestamptz NOT NULL DEFAULT now()
);

-- A second redemption of a code, accepted by a till while it was offline: reported, never hidden.
CREATE TABLE IF NOT EXISTS ss_double_redemptions (
    id              bigserial PRIMARY KEY,
    code            text NOT NULL,
    kept_sale_uid   text NOT NULL,
    second_sale_uid text NOT NULL,
    second_origin   text NOT NULL,
    found_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (code, second_sale_uid)
);

-- Sales in the shape the owner's figures need, one row per sale or refund, across all shops.
CREATE TABLE IF NOT EXISTS ss_sales (
    sale_uid     text PRIMARY KEY,
    origin       text NOT NULL,
    shop         text NOT NULL,
    receipt_no   text NOT NULL,
    kind         text NOT NULL,
    customer_uid text,
    currency     text NOT NULL,
    total_minor  bigint NOT NULL,
    created_at   timestamptz NOT NULL,
    original_sale_uid text               -- a refund's sale, when it had its receipt
);
CREATE INDEX IF NOT EXISTS ss_sales_shop ON ss_sales(shop, created_at);
CREATE INDEX IF NOT EXISTS ss_sales_customer ON ss_sales(customer_uid, created_at);
