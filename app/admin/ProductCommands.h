// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "catalog/ProductImport.h"

#include <QByteArray>

namespace ss::db {
class Connection;
}

namespace ss::app {

struct ProductImportOptions
{
    bool dryRun = false;
    bool skipRejected = false;
    /// "Header=field,…" (fields: sku barcode name category price cost tax stock ignore) overriding the
    /// guess from the header names; empty: the guess alone.
    QString mapping;
};

struct ProductImportOutcome
{
    QString report; ///< The dry run's report, then what was applied.
    bool applied = false;
    bool rejectedRows = false;
};

/// `secondsale-admin import-products FILE.csv`: the same reading, checks and all-or-nothing apply
/// as the back office's import screen. Errors: InvalidArgument (unreadable file, bad --map).
[[nodiscard]] core::Result<ProductImportOutcome> importProducts(
    db::Connection& store, const QByteArray& file, const ProductImportOptions& options);

/// Applies "Header=field,…" to a guessed mapping; InvalidArgument naming an unknown header or field.
[[nodiscard]] core::Result<core::ColumnMapping> mappingWithOverrides(
    const QStringList& header, const QString& overrides);

} // namespace ss::app
