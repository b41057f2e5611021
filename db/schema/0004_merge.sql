-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v4: merged customer records. The merged record stays as a tombstone (its consent-ledger
-- entries cannot move: the ledger is append-only) pointing at the record that was kept.
ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);
CREATE INDEX customers_merged_into ON customers(merged_into) WHERE merged_into IS NOT NULL;
