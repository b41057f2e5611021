// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "catalog/CategoryTree.h"
#include "catalog/PriceChange.h"
#include "catalog/ProductDraft.h"
#include "catalog/ProductImport.h"
#include "catalog/StockChange.h"
#include "labels/ShelfLabels.h"
#include "staff/StaffRules.h"

#include <QFuture>

#include <functional>
#include <optional>

namespace ss::core {

/// The back office's catalogue work (manager and owner; the store refuses anyone else).
class BackOfficePort
{
public:
    virtual ~BackOfficePort() = default;
    /// Reads and checks a CSV file against the store, changing nothing. Without a mapping the columns
    /// are guessed from the header.
    [[nodiscard]] virtual QFuture<Result<ImportPreview>> previewImport(
        const QByteArray& file, const std::optional<ColumnMapping>& mapping)
        = 0;
    /// Applies a checked plan all or nothing. `progress(done, total)` may be called from another
    /// thread: the caller marshals it to its own.
    [[nodiscard]] virtual QFuture<Result<ImportApplied>> applyImport(
        const ImportPlan& plan, const QString& actorUid, bool skipRejected, std::function<void(int, int)> progress)
        = 0;
    /// Every product as CSV, in the columns an import reads back.
    [[nodiscard]] virtual QFuture<Result<QByteArray>> exportProducts(const QString& actorUid) = 0;

    // The catalogue: products are deactivated, never deleted; bulk prices are previewed, then applied.
    [[nodiscard]] virtual QFuture<Result<std::vector<CatalogRow>>> catalogue(
        const QString& text, const QString& category, bool includeInactive)
        = 0;
    [[nodiscard]] virtual QFuture<Result<QStringList>> categories() = 0;
    [[nodiscard]] virtual QFuture<Result<std::vector<CategoryNode>>> categoryTree() = 0;
    /// Creates (empty uid) or renames and moves a category; returns its uid.
    [[nodiscard]] virtual QFuture<Result<QString>> saveCategory(
        const QString& actorUid, const QString& uid, const QString& name, const QString& parentUid)
        = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> removeCategory(const QString& actorUid, const QString& uid) = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> setProductActive(
        const QString& actorUid, const QString& productUid, bool active)
        = 0;
    [[nodiscard]] virtual QFuture<Result<int>> applyPriceChange(
        const QString& actorUid, const std::vector<PriceChangeLine>& preview)
        = 0;
    /// One product with all its barcodes, for the product screen.
    [[nodiscard]] virtual QFuture<Result<ProductDraft>> product(const QString& productUid) = 0;
    /// Creates (empty uid) or changes a product; returns its uid. InvalidArgument and AlreadyExists
    /// say what is wrong, one problem per line.
    [[nodiscard]] virtual QFuture<Result<QString>> saveProduct(const QString& actorUid, const ProductDraft& draft) = 0;
    [[nodiscard]] virtual QFuture<Result<QStringList>> taxCodes() = 0;

    // Shelf labels (ShelfLabels permission to print; anyone in the back office may read them for a PDF).
    [[nodiscard]] virtual QFuture<Result<std::vector<ShelfLabel>>> shelfLabels(const QStringList& productUids) = 0;
    /// Queues the labels on the receipt printer; the spooler prints them when it is next woken.
    [[nodiscard]] virtual QFuture<Result<qint64>> queueShelfLabels(
        const QString& actorUid, const QStringList& productUids)
        = 0;

    // Stock: every change a ledger entry (manager or owner).
    [[nodiscard]] virtual QFuture<Result<std::optional<StockLine>>> stockLine(const QString& code) = 0;
    [[nodiscard]] virtual QFuture<Result<qint64>> recordStock(const QString& actorUid, const StockChange& change) = 0;
    [[nodiscard]] virtual QFuture<Result<std::vector<StockLine>>> lowStock(qint64 atMost) = 0;

    // Staff accounts (StaffRules decide who may do what; every change is audited, PINs never shown).
    [[nodiscard]] virtual QFuture<Result<std::vector<StaffMember>>> staff(const QString& actorUid) = 0;
    [[nodiscard]] virtual QFuture<Result<StaffMember>> addStaff(
        const QString& actorUid, const QString& name, Role role, const QString& pin)
        = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> setStaffActive(
        const QString& actorUid, const QString& staffUid, bool active)
        = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> resetPin(
        const QString& actorUid, const QString& staffUid, const QString& pin)
        = 0;
    [[nodiscard]] virtual QFuture<Result<bool>> setRole(const QString& actorUid, const QString& staffUid, Role role)
        = 0;
};

} // namespace ss::core
