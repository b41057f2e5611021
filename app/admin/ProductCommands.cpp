// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductCommands.h"

#include "SqlProductImport.h"

#include <QCoreApplication>

namespace ss::app {

core::Result<core::ColumnMapping> mappingWithOverrides(const QStringList& header, const QString& overrides)
{
    core::ColumnMapping mapping = core::ProductImport::guessMapping(header);
    for (const QString& pair : overrides.split(u',', Qt::SkipEmptyParts)) {
        const QString column = pair.section(u'=', 0, 0).trimmed();
        const QString key = pair.section(u'=', 1).trimmed().toLower();
        const qsizetype index = header.indexOf(column);
        if (index < 0)
            return core::fail(
                core::ErrorCode::InvalidArgument, QStringLiteral("no column \"%1\" in the file").arg(column));
        const auto field = core::ProductImport::fieldFromKey(key);
        if (!field)
            return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("unknown field \"%1\"").arg(key));
        // The column takes the field; a column guessed as the same field loses it.
        for (core::ProductField& other : mapping)
            if (other == *field && *field != core::ProductField::Ignore)
                other = core::ProductField::Ignore;
        mapping[static_cast<std::size_t>(index)] = *field;
    }
    return mapping;
}

core::Result<ProductImportOutcome> importProducts(
    db::Connection& store, const QByteArray& file, const ProductImportOptions& options)
{
    auto table = core::readCsv(file);
    if (!table)
        return std::unexpected(table.error());
    auto mapping = mappingWithOverrides(table->header, options.mapping);
    if (!mapping)
        return std::unexpected(mapping.error());
    auto snapshot = db::loadCatalogSnapshot(store);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    const core::ImportPlan plan = core::ProductImport::plan(*table, *mapping, *snapshot);

    ProductImportOutcome outcome;
    QStringList columns;
    for (std::size_t i = 0; i < mapping->size(); ++i)
        columns << QStringLiteral("%1 → %2").arg(
            table->header.value(static_cast<qsizetype>(i)), core::ProductImport::fieldKey((*mapping)[i]));
    outcome.report = QCoreApplication::translate("ProductCommands", "Columns: %1").arg(columns.join(u", ")) + u'\n'
        + core::ProductImport::report(plan, *table);
    outcome.rejectedRows = plan.rejects > 0;
    if (options.dryRun)
        return outcome;
    if (!plan.canApply(options.skipRejected)) {
        outcome.report += u'\n'
            + QCoreApplication::translate("ProductCommands",
                "Nothing was imported: fix the rows above (or pass --skip-rejected to leave them out).");
        return outcome;
    }
    auto applied = db::applyProductImport(store, plan, {}, options.skipRejected);
    if (!applied)
        return std::unexpected(applied.error());
    outcome.applied = true;
    outcome.report += u'\n'
        + QCoreApplication::translate(
            "ProductCommands", "Imported: %1 created, %2 updated, %3 left out, %4 new categories, %5 stock counts.")
              .arg(applied->created)
              .arg(applied->updated)
              .arg(applied->skipped)
              .arg(applied->categoriesCreated)
              .arg(applied->stockEntries);
    return outcome;
}

} // namespace ss::app
