// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DbWorker.h"
#include "ports/BackOfficePort.h"

namespace ss::db {

/// The back office's catalogue port over the store, on its database thread.
class SqlBackOffice final : public core::BackOfficePort
{
public:
    explicit SqlBackOffice(DbWorker& worker)
        : m_worker(worker)
    { }

    QFuture<core::Result<core::ImportPreview>> previewImport(
        const QByteArray& file, const std::optional<core::ColumnMapping>& mapping) override;
    QFuture<core::Result<core::ImportApplied>> applyImport(const core::ImportPlan& plan, const QString& actorUid,
        bool skipRejected, std::function<void(int, int)> progress) override;
    QFuture<core::Result<QByteArray>> exportProducts(const QString& actorUid) override;
    QFuture<core::Result<std::vector<core::CatalogRow>>> catalogue(
        const QString& text, const QString& category, bool includeInactive) override;
    QFuture<core::Result<QStringList>> categories() override;
    QFuture<core::Result<std::vector<core::CategoryNode>>> categoryTree() override;
    QFuture<core::Result<QString>> saveCategory(
        const QString& actorUid, const QString& uid, const QString& name, const QString& parentUid) override;
    QFuture<core::Result<bool>> removeCategory(const QString& actorUid, const QString& uid) override;
    QFuture<core::Result<bool>> setProductActive(
        const QString& actorUid, const QString& productUid, bool active) override;
    QFuture<core::Result<int>> applyPriceChange(
        const QString& actorUid, const std::vector<core::PriceChangeLine>& preview) override;
    QFuture<core::Result<core::ProductDraft>> product(const QString& productUid) override;
    QFuture<core::Result<QString>> saveProduct(const QString& actorUid, const core::ProductDraft& draft) override;
    QFuture<core::Result<QStringList>> taxCodes() override;
    QFuture<core::Result<std::vector<core::ShelfLabel>>> shelfLabels(const QStringList& productUids) override;
    QFuture<core::Result<qint64>> queueShelfLabels(const QString& actorUid, const QStringList& productUids) override;
    QFuture<core::Result<std::optional<core::StockLine>>> stockLine(const QString& code) override;
    QFuture<core::Result<qint64>> recordStock(const QString& actorUid, const core::StockChange& change) override;
    QFuture<core::Result<std::vector<core::StockLine>>> lowStock(qint64 atMost) override;
    QFuture<core::Result<std::vector<core::StaffMember>>> staff(const QString& actorUid) override;
    QFuture<core::Result<core::StaffMember>> addStaff(
        const QString& actorUid, const QString& name, core::Role role, const QString& pin) override;
    QFuture<core::Result<bool>> setStaffActive(const QString& actorUid, const QString& staffUid, bool active) override;
    QFuture<core::Result<bool>> resetPin(const QString& actorUid, const QString& staffUid, const QString& pin) override;
    QFuture<core::Result<bool>> setRole(const QString& actorUid, const QString& staffUid, core::Role role) override;

private:
    DbWorker& m_worker;
};

} // namespace ss::db
