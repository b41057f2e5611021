-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v6: the print queue prints reprints and reports too. A receipt job is printed from the sale
-- it points at (the sale is the truth; nothing is rendered ahead); a report or test page carries its
-- text. Jobs print in id order; a failed attempt stays pending with its error until it prints.
ALTER TABLE print_jobs ADD COLUMN reprint INTEGER NOT NULL DEFAULT 0 CHECK (reprint IN (0, 1));
ALTER TABLE print_jobs ADD COLUMN body TEXT;
