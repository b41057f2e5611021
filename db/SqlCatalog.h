// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CatalogPort.h"

namespace ss::db {

class DbWorker;

/// The catalogue for the checkout, read on the database thread.
class SqlCatalog final : public core::CatalogPort
{
public:
    explicit SqlCatalog(DbWorker& worker);

    QFuture<core::Result<std::optional<core::ProductSnapshot>>> findByCode(const QString& code) override;
    QFuture<core::Result<std::vector<core::ProductSnapshot>>> search(const QString& text, int limit) override;
    QFuture<core::Result<std::optional<core::ProductSnapshot>>> findByUid(const QString& uid) override;
    QFuture<core::Result<std::vector<core::TaxClassInfo>>> taxClasses() override;
    QFuture<core::Result<core::ProductSnapshot>> addProduct(
        const core::NewProduct& product, const QString& cashierUid) override;

private:
    DbWorker& m_worker;
};

} // namespace ss::db
