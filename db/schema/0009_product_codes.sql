-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v9: more than one barcode per product (the maker's EAN-13 and the shop's own label, an
-- old and a new pack), and a reorder level per product for the low-stock list.
-- products.barcode stays the main code (printed on shelf labels, exported first); the others live
-- here. A code belongs to one product only, wherever it is kept: the triggers refuse a code that is
-- already another product's main or extra code, so a scan can never mean two things.

CREATE TABLE product_barcodes (
    code       TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    added_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX product_barcodes_product ON product_barcodes(product_id);

CREATE TRIGGER product_barcodes_unique_insert BEFORE INSERT ON product_barcodes
WHEN EXISTS (SELECT 1 FROM products WHERE barcode = NEW.code)
BEGIN
    SELECT RAISE(ABORT, 'barcode already in use');
END;

CREATE TRIGGER products_barcode_unique_insert BEFORE INSERT ON products
WHEN NEW.barcode IS NOT NULL AND EXISTS (SELECT 1 FROM product_barcodes WHERE code = NEW.barcode)
BEGIN
    SELECT RAISE(ABORT, 'barcode already in use');
END;

CREATE TRIGGER products_barcode_unique_update BEFORE UPDATE OF barcode ON products
WHEN NEW.barcode IS NOT NULL AND EXISTS (SELECT 1 FROM product_barcodes WHERE code = NEW.barcode)
BEGIN
    SELECT RAISE(ABORT, 'barcode already in use');
END;

-- NULL: the shop's general threshold applies.
ALTER TABLE products ADD COLUMN reorder_level INTEGER CHECK (reorder_level IS NULL OR reorder_level >= 0);
