// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Product.h"
#include "export/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace ss::core {

/// What a CSV column is, in a product import.
enum class ProductField {
    Ignore,
    Sku,
    Barcode,
    Name,
    Category,
    Price,
    Cost,
    TaxClass,
    Stock,
    OtherBarcodes, ///< More codes that ring the product up, separated by spaces or "|".
};

/// One entry per CSV column.
using ColumnMapping = std::vector<ProductField>;

/// What the store already holds that a plan is checked against.
struct CatalogSnapshot
{
    QHash<QString, ProductRecord> bySku; ///< Every product, active or not, by SKU.
    QHash<QString, QString> skuByBarcode;
    QSet<QString> taxCodes;
    QString defaultTaxCode; ///< For new products when the file names none.
};

enum class ImportAction {
    Create,
    Update,
    Reject,
};

/// One data row of the file, as the plan treats it.
struct PlannedRow
{
    int line = 0;
    ImportAction action = ImportAction::Reject;
    ProductRecord product; ///< What the row will write (an update: the product as it will be).
    QString categoryName; ///< Created when the store has no such category.
    bool setsStock = false; ///< The file gives a stock figure: a count entry in the stock ledger.
    /// The product's other codes when the file has the column (empty: none any more); nullopt: kept.
    std::optional<QStringList> otherBarcodes;
    QStringList reasons; ///< Why it is rejected, in words.
};

/// The dry run: every row with what will happen to it.
struct ImportPlan
{
    std::vector<PlannedRow> rows;
    int creates = 0;
    int updates = 0;
    int rejects = 0;
    QStringList fileProblems; ///< The mapping itself is unusable (no SKU column …): nothing can be applied.

    /// All or nothing: applies only when every row is good (or the rejected ones are skipped on purpose).
    [[nodiscard]] bool canApply(bool skipRejected = false) const
    {
        return fileProblems.isEmpty() && (creates + updates) > 0 && (skipRejected || rejects == 0);
    }
};

/// What an applied import did.
struct ImportApplied
{
    int created = 0;
    int updated = 0;
    int skipped = 0; ///< Rejected rows left out (only when asked to).
    int categoriesCreated = 0;
    int stockEntries = 0; ///< Count entries written to the stock ledger.
};

/// A file read and checked: what the import screen shows before anything changes.
struct ImportPreview
{
    CsvTable table;
    ColumnMapping mapping;
    ImportPlan plan;
};

class ProductImport
{
    Q_DECLARE_TR_FUNCTIONS(ProductImport)

public:
    /// Guesses each column from its header (English and German names, as shops' files have them).
    [[nodiscard]] static ColumnMapping guessMapping(const QStringList& header);
    [[nodiscard]] static QString fieldKey(ProductField field);
    [[nodiscard]] static std::optional<ProductField> fieldFromKey(const QString& key);
    [[nodiscard]] static QString fieldName(ProductField field);

    /// Checks every row against the file itself and the store, changing nothing.
    [[nodiscard]] static ImportPlan plan(
        const CsvTable& table, const ColumnMapping& mapping, const CatalogSnapshot& store);

    /// The plan as people read it: counts, then every rejected row with its line and reasons.
    [[nodiscard]] static QString report(const ImportPlan& plan, const CsvTable& table);

    /// "12.99", "12,99", "£12.99", "€ 5": money in minor units; nullopt for anything else.
    [[nodiscard]] static std::optional<Money> parsePrice(const QString& text);

    // The rules a product's fields meet, the same for a file and for the product screen.
    static constexpr int kMaxName = 120;
    static constexpr int kMaxSku = 40;
    /// A barcode is a GTIN (8, 12, 13 or 14 digits, check digit right) or the shop's own code
    /// (3 to 32 letters, digits, dashes); what is wrong with `code` in words, else nullopt.
    [[nodiscard]] static std::optional<QString> barcodeProblem(const QString& code);
    [[nodiscard]] static bool hasControlCharacters(const QString& text);
};

} // namespace ss::core
