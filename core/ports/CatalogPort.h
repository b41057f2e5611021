// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "sale/Cart.h"

#include <QFuture>

#include <optional>
#include <vector>

namespace ss::core {

/// A product created at the till when an unknown barcode is scanned (a manager fills in the rest
/// later in the back office).
struct NewProduct
{
    QString barcode;
    QString name;
    Money price;
    QString taxClassCode;
};

struct TaxClassInfo
{
    QString code;
    QString name;
    int rateBasisPoints = 0;
};

/// Product look-ups for the checkout. Implemented by storage; answers arrive on the caller's thread
/// through QFuture continuations, so the screen never waits on the database.
class CatalogPort
{
public:
    virtual ~CatalogPort() = default;
    /// By normalised barcode (see normaliseProductCode) or SKU; std::nullopt when unknown.
    [[nodiscard]] virtual QFuture<Result<std::optional<ProductSnapshot>>> findByCode(const QString& code) = 0;
    /// Active products whose name or SKU contains `text` (case-insensitive), at most `limit`.
    [[nodiscard]] virtual QFuture<Result<std::vector<ProductSnapshot>>> search(const QString& text, int limit) = 0;
    [[nodiscard]] virtual QFuture<Result<std::optional<ProductSnapshot>>> findByUid(const QString& uid) = 0;
    [[nodiscard]] virtual QFuture<Result<std::vector<TaxClassInfo>>> taxClasses() = 0;
    /// Adds a product; AlreadyExists when the barcode is taken, InvalidArgument for an empty name,
    /// a bad check digit or a price out of range. `cashierUid` is recorded in the audit log.
    [[nodiscard]] virtual QFuture<Result<ProductSnapshot>> addProduct(
        const NewProduct& product, const QString& cashierUid)
        = 0;
};

} // namespace ss::core
