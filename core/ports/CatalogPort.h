// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "sale/Cart.h"

#include <QFuture>

#include <optional>
#include <vector>

namespace ss::core {

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
};

} // namespace ss::core
