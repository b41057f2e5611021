-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v10: the sync outbox. Every change other tills and shops must hear of (a sale, a customer,
-- a consent, a coupon issued, redeemed or voided, a product changed by the owner) leaves a row here
-- in the same transaction as the change itself, written by these triggers so no code path can
-- forget it. A row names what changed, not its contents: the sync service reads the entity as it
-- is when it pushes, so a sale's lines (inserted after the sale row) are never missed and no
-- personal data is copied a second time (an erasure leaves nothing behind here).
-- change_uid is globally unique: the central store applies each change once, so a replay after a
-- lost acknowledgement is harmless.

CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    change_uid TEXT NOT NULL UNIQUE,
    entity     TEXT NOT NULL CHECK (entity IN ('sale', 'customer', 'consent', 'coupon', 'product')),
    entity_uid TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'redeem', 'void')),
    created_at TEXT NOT NULL,
    pushed_at  TEXT
);
CREATE INDEX outbox_pending ON outbox(id) WHERE pushed_at IS NULL;

CREATE TRIGGER outbox_sale AFTER INSERT ON sales
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'sale', NEW.uid, 'insert', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER outbox_customer_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'customer', NEW.uid, 'insert', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- Edits, merges, erasure, a loyalty card or referral code: the customer as a whole is sent again.
CREATE TRIGGER outbox_customer_update AFTER UPDATE ON customers
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'customer', NEW.uid, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER outbox_consent AFTER INSERT ON consents
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'consent', NEW.uid, 'insert', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER outbox_coupon_issue AFTER INSERT ON coupons
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'coupon', NEW.uid, 'insert', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER outbox_coupon_redeem AFTER UPDATE OF redeemed_sale_id ON coupons
    WHEN NEW.redeemed_sale_id IS NOT NULL AND OLD.redeemed_sale_id IS NULL
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'coupon', NEW.uid, 'redeem', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER outbox_coupon_void AFTER UPDATE OF voided_at ON coupons
    WHEN NEW.voided_at IS NOT NULL AND OLD.voided_at IS NULL
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'coupon', NEW.uid, 'void', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER outbox_product_insert AFTER INSERT ON products
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'product', NEW.uid, 'insert', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

-- What the owner sets; the stock figure moves with every sale and is each shop's own.
CREATE TRIGGER outbox_product_update
    AFTER UPDATE OF sku, barcode, name, category_id, price_minor, cost_minor, tax_class_id, active ON products
BEGIN
    INSERT INTO outbox(change_uid, entity, entity_uid, op, created_at)
    VALUES (lower(hex(randomblob(16))), 'product', NEW.uid, 'update', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
