// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlBackOffice.h"

#include "ActingStaff.h"
#include "CatalogAdmin.h"
#include "CategoryStore.h"
#include "ProductEditor.h"
#include "ShelfLabelJobs.h"
#include "SqlProductImport.h"
#include "StaffAccounts.h"
#include "StockLedger.h"
#include "staff/Role.h"

namespace ss::db {

QFuture<core::Result<core::ImportPreview>> SqlBackOffice::previewImport(
    const QByteArray& file, const std::optional<core::ColumnMapping>& mapping)
{
    // Reading and checking 50,000 rows takes a moment: on the database thread, next to the snapshot.
    return m_worker.run<core::ImportPreview>(
        [file, mapping](Connection& connection) -> core::Result<core::ImportPreview> {
            auto table = core::readCsv(file);
            if (!table)
                return std::unexpected(table.error());
            auto snapshot = loadCatalogSnapshot(connection);
            if (!snapshot)
                return std::unexpected(snapshot.error());
            core::ImportPreview preview;
            preview.mapping = mapping && mapping->size() == static_cast<std::size_t>(table->header.size())
                ? *mapping
                : core::ProductImport::guessMapping(table->header);
            preview.plan = core::ProductImport::plan(*table, preview.mapping, *snapshot);
            preview.table = std::move(*table);
            return preview;
        });
}

QFuture<core::Result<core::ImportApplied>> SqlBackOffice::applyImport(
    const core::ImportPlan& plan, const QString& actorUid, bool skipRejected, std::function<void(int, int)> progress)
{
    return m_worker.run<core::ImportApplied>(
        [plan, actorUid, skipRejected, progress](Connection& connection) -> core::Result<core::ImportApplied> {
            if (auto actor = permittedStaffId(connection, actorUid, core::Permission::ImportExport, "import products");
                !actor)
                return std::unexpected(actor.error());
            return applyProductImport(connection, plan, actorUid, skipRejected, progress);
        });
}

QFuture<core::Result<QByteArray>> SqlBackOffice::exportProducts(const QString& actorUid)
{
    return m_worker.run<QByteArray>([actorUid](Connection& connection) -> core::Result<QByteArray> {
        if (auto actor = permittedStaffId(connection, actorUid, core::Permission::ImportExport, "export products");
            !actor)
            return std::unexpected(actor.error());
        return exportProductsCsv(connection);
    });
}

QFuture<core::Result<std::vector<core::CatalogRow>>> SqlBackOffice::catalogue(
    const QString& text, const QString& category, bool includeInactive)
{
    return m_worker.run<std::vector<core::CatalogRow>>([text, category, includeInactive](Connection& connection) {
        return catalogRows(connection, text, category, includeInactive);
    });
}

QFuture<core::Result<QStringList>> SqlBackOffice::categories()
{
    return m_worker.run<QStringList>([](Connection& connection) { return categoryNames(connection); });
}

QFuture<core::Result<bool>> SqlBackOffice::setProductActive(
    const QString& actorUid, const QString& productUid, bool active)
{
    return m_worker.run<bool>([actorUid, productUid, active](Connection& connection) {
        return db::setProductActive(connection, actorUid, productUid, active);
    });
}

QFuture<core::Result<std::vector<core::CategoryNode>>> SqlBackOffice::categoryTree()
{
    return m_worker.run<std::vector<core::CategoryNode>>(
        [](Connection& connection) { return categoryNodes(connection); });
}

QFuture<core::Result<QString>> SqlBackOffice::saveCategory(
    const QString& actorUid, const QString& uid, const QString& name, const QString& parentUid)
{
    return m_worker.run<QString>([actorUid, uid, name, parentUid](Connection& connection) {
        return db::saveCategory(connection, actorUid, uid, name, parentUid);
    });
}

QFuture<core::Result<bool>> SqlBackOffice::removeCategory(const QString& actorUid, const QString& uid)
{
    return m_worker.run<bool>(
        [actorUid, uid](Connection& connection) { return db::removeCategory(connection, actorUid, uid); });
}

QFuture<core::Result<core::ProductDraft>> SqlBackOffice::product(const QString& productUid)
{
    return m_worker.run<core::ProductDraft>(
        [productUid](Connection& connection) { return productDraft(connection, productUid); });
}

QFuture<core::Result<QString>> SqlBackOffice::saveProduct(const QString& actorUid, const core::ProductDraft& draft)
{
    return m_worker.run<QString>(
        [actorUid, draft](Connection& connection) { return db::saveProduct(connection, actorUid, draft); });
}

QFuture<core::Result<QStringList>> SqlBackOffice::taxCodes()
{
    return m_worker.run<QStringList>([](Connection& connection) { return db::taxCodes(connection); });
}

QFuture<core::Result<std::vector<core::ShelfLabel>>> SqlBackOffice::shelfLabels(const QStringList& productUids)
{
    return m_worker.run<std::vector<core::ShelfLabel>>(
        [productUids](Connection& connection) { return db::shelfLabels(connection, productUids); });
}

QFuture<core::Result<qint64>> SqlBackOffice::queueShelfLabels(const QString& actorUid, const QStringList& productUids)
{
    return m_worker.run<qint64>([actorUid, productUids](Connection& connection) {
        return db::queueShelfLabels(connection, actorUid, productUids);
    });
}

QFuture<core::Result<int>> SqlBackOffice::applyPriceChange(
    const QString& actorUid, const std::vector<core::PriceChangeLine>& preview)
{
    return m_worker.run<int>(
        [actorUid, preview](Connection& connection) { return db::applyPriceChange(connection, actorUid, preview); });
}

QFuture<core::Result<std::optional<core::StockLine>>> SqlBackOffice::stockLine(const QString& code)
{
    return m_worker.run<std::optional<core::StockLine>>(
        [code](Connection& connection) { return stockLineByCode(connection, code); });
}

QFuture<core::Result<qint64>> SqlBackOffice::recordStock(const QString& actorUid, const core::StockChange& change)
{
    return m_worker.run<qint64>(
        [actorUid, change](Connection& connection) { return recordStockChange(connection, actorUid, change); });
}

QFuture<core::Result<std::vector<core::StockLine>>> SqlBackOffice::lowStock(qint64 atMost)
{
    return m_worker.run<std::vector<core::StockLine>>(
        [atMost](Connection& connection) { return db::lowStock(connection, atMost); });
}

QFuture<core::Result<std::vector<core::StaffMember>>> SqlBackOffice::staff(const QString& actorUid)
{
    return m_worker.run<std::vector<core::StaffMember>>(
        [actorUid](Connection& connection) { return listStaff(connection, actorUid); });
}

QFuture<core::Result<core::StaffMember>> SqlBackOffice::addStaff(
    const QString& actorUid, const QString& name, core::Role role, const QString& pin)
{
    return m_worker.run<core::StaffMember>([actorUid, name, role, pin](Connection& connection) {
        return db::addStaff(connection, actorUid, name, role, pin);
    });
}

QFuture<core::Result<bool>> SqlBackOffice::setStaffActive(const QString& actorUid, const QString& staffUid, bool active)
{
    return m_worker.run<bool>([actorUid, staffUid, active](Connection& connection) {
        return db::setStaffActive(connection, actorUid, staffUid, active);
    });
}

QFuture<core::Result<bool>> SqlBackOffice::resetPin(
    const QString& actorUid, const QString& staffUid, const QString& pin)
{
    return m_worker.run<bool>([actorUid, staffUid, pin](Connection& connection) {
        return resetStaffPin(connection, actorUid, staffUid, pin);
    });
}

QFuture<core::Result<bool>> SqlBackOffice::setRole(const QString& actorUid, const QString& staffUid, core::Role role)
{
    return m_worker.run<bool>([actorUid, staffUid, role](Connection& connection) {
        return setStaffRole(connection, actorUid, staffUid, role);
    });
}

} // namespace ss::db
