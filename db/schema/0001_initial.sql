-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v1 of SecondSale. Written for SQLite 3.15 (SQLCipher 3.4.1): no window functions, no UPSERT,
-- no RETURNING, no STRICT tables.
-- Every index below is written on every sale that touches its table, and each page written costs an
-- AES encryption and an HMAC: indexes on the sale path are kept to what lookups need (partial where
-- most rows would be NULL).
-- Conventions: money is INTEGER minor units (*_minor); times are ISO-8601 UTC text (*_at);
-- records that move between terminals carry a globally unique `uid` (UUID v4) next to the local
-- rowid; child rows (sale lines, payments) are identified through their parent's uid.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE tax_classes (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    rate_bp   INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    inclusive INTEGER NOT NULL CHECK (inclusive IN (0, 1))
);

CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    uid       TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES categories(id),
    name      TEXT NOT NULL
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    sku          TEXT NOT NULL UNIQUE,
    barcode      TEXT UNIQUE,
    name         TEXT NOT NULL,
    category_id  INTEGER REFERENCES categories(id),
    price_minor  INTEGER NOT NULL CHECK (price_minor >= 0),
    cost_minor   INTEGER CHECK (cost_minor >= 0),
    tax_class_id INTEGER NOT NULL REFERENCES tax_classes(id),
    stock        INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX products_category ON products(category_id);
CREATE INDEX products_name ON products(name COLLATE NOCASE);

CREATE TABLE cashiers (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'owner')),
    pin_hash   TEXT NOT NULL,            -- Argon2id (libsodium crypto_pwhash_str); never the PIN
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    first_name  TEXT,
    last_name   TEXT,
    email       TEXT,                   -- normalised: trimmed, lower case
    phone_e164  TEXT,
    postcode    TEXT,
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES cashiers(id),
    erased_at   TEXT                    -- set when personal fields were erased on request
);
CREATE INDEX customers_email ON customers(email);
CREATE INDEX customers_phone ON customers(phone_e164);
CREATE INDEX customers_last_name ON customers(last_name COLLATE NOCASE);

-- Append-only ledger: a withdrawal is a new row, never an update.
CREATE TABLE consents (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    customer_id     INTEGER NOT NULL REFERENCES customers(id),
    channel         TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'post')),
    granted         INTEGER NOT NULL CHECK (granted IN (0, 1)),
    wording_version TEXT NOT NULL,
    cashier_id      INTEGER REFERENCES cashiers(id),
    recorded_at     TEXT NOT NULL
);
CREATE INDEX consents_customer ON consents(customer_id, channel, recorded_at);
CREATE TRIGGER consents_append_only_update BEFORE UPDATE ON consents
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
CREATE TRIGGER consents_append_only_delete BEFORE DELETE ON consents
    WHEN (SELECT erased_at FROM customers WHERE id = OLD.customer_id) IS NULL
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;

-- Receipt numbers are "<terminal>-<sequence>": one counter per terminal keeps them unique everywhere.
CREATE TABLE receipt_counters (
    terminal_id TEXT PRIMARY KEY,
    last_seq    INTEGER NOT NULL CHECK (last_seq >= 0)
) WITHOUT ROWID;

CREATE TABLE sales (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    receipt_no       TEXT NOT NULL UNIQUE,
    terminal_id      TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'sale' CHECK (kind IN ('sale', 'refund')),
    original_sale_id INTEGER REFERENCES sales(id),
    cashier_id       INTEGER NOT NULL REFERENCES cashiers(id),
    customer_id      INTEGER REFERENCES customers(id),
    currency         TEXT NOT NULL,
    subtotal_minor   INTEGER NOT NULL,
    discount_minor   INTEGER NOT NULL DEFAULT 0,
    tax_minor        INTEGER NOT NULL,
    total_minor      INTEGER NOT NULL,
    created_at       TEXT NOT NULL
);
CREATE INDEX sales_customer ON sales(customer_id, created_at);
CREATE INDEX sales_created ON sales(created_at);

CREATE TABLE sale_lines (
    sale_id          INTEGER NOT NULL REFERENCES sales(id),
    line_no          INTEGER NOT NULL,
    product_id       INTEGER REFERENCES products(id),
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity <> 0),
    unit_price_minor INTEGER NOT NULL,
    discount_minor   INTEGER NOT NULL DEFAULT 0,
    tax_rate_bp      INTEGER NOT NULL,
    tax_minor        INTEGER NOT NULL,
    total_minor      INTEGER NOT NULL,
    PRIMARY KEY (sale_id, line_no)
) WITHOUT ROWID;
CREATE INDEX sale_lines_product ON sale_lines(product_id);

CREATE TABLE payments (
    sale_id      INTEGER NOT NULL REFERENCES sales(id),
    seq          INTEGER NOT NULL,
    tender       TEXT NOT NULL CHECK (tender IN ('cash', 'card')),
    amount_minor INTEGER NOT NULL,
    change_minor INTEGER NOT NULL DEFAULT 0 CHECK (change_minor >= 0),
    reference    TEXT,
    PRIMARY KEY (sale_id, seq)
) WITHOUT ROWID;

-- Every stock change is a ledger entry; products.stock is kept equal to the sum of its movements.
CREATE TABLE stock_movements (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    delta      INTEGER NOT NULL,
    reason     TEXT NOT NULL CHECK (reason IN ('sale', 'refund', 'receive', 'count', 'damaged', 'theft', 'correction')),
    sale_id    INTEGER REFERENCES sales(id),
    cashier_id INTEGER REFERENCES cashiers(id),
    created_at TEXT NOT NULL
);
CREATE INDEX stock_movements_product ON stock_movements(product_id, created_at);

CREATE TABLE offer_rules (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    parameters TEXT NOT NULL DEFAULT '',
    priority   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

-- A coupon is redeemed at most once: redeemed_sale_id goes from NULL to a sale, never back.
CREATE TABLE coupons (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    code             TEXT NOT NULL UNIQUE,
    rule_id          INTEGER REFERENCES offer_rules(id),
    customer_id      INTEGER REFERENCES customers(id),
    issued_sale_id   INTEGER REFERENCES sales(id),
    discount_kind    TEXT NOT NULL CHECK (discount_kind IN ('percent', 'amount')),
    discount_value   INTEGER NOT NULL CHECK (discount_value >= 0),
    min_spend_minor  INTEGER NOT NULL DEFAULT 0,
    valid_from       TEXT NOT NULL,
    valid_until      TEXT NOT NULL,
    redeemed_sale_id INTEGER REFERENCES sales(id),
    redeemed_at      TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX coupons_customer ON coupons(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX coupons_issued_sale ON coupons(issued_sale_id);
CREATE INDEX coupons_redeemed_sale ON coupons(redeemed_sale_id) WHERE redeemed_sale_id IS NOT NULL;
CREATE TRIGGER coupons_redeem_once BEFORE UPDATE OF redeemed_sale_id ON coupons
    WHEN OLD.redeemed_sale_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'coupon already redeemed'); END;

-- The receipt outbox: a sale commits first, its print job is queued in the same transaction, and the
-- printer works through pending jobs afterwards, so a printer fault never loses or doubles a sale.
-- Local to the terminal (never synced), so no uid.
CREATE TABLE print_jobs (
    id         INTEGER PRIMARY KEY,
    sale_id    INTEGER REFERENCES sales(id),
    kind       TEXT NOT NULL CHECK (kind IN ('receipt', 'coupon', 'report', 'label', 'test')),
    status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'printed', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    printed_at TEXT
);
CREATE INDEX print_jobs_pending ON print_jobs(id) WHERE status = 'pending';

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    at         TEXT NOT NULL,
    cashier_id INTEGER REFERENCES cashiers(id),
    action     TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT ''   -- never personal data
);
CREATE INDEX audit_log_at ON audit_log(at);
