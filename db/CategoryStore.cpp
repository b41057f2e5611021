// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryStore.h"

#include "ActingStaff.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"

namespace ss::db {

using core::ErrorCode;
using core::Result;

Result<std::vector<core::CategoryNode>> categoryNodes(Connection& connection)
{
    auto list = Statement::prepare(connection,
        "SELECT c.uid, c.name, coalesce(p.uid, ''), (SELECT count(*) FROM products WHERE category_id = c.id)"
        " FROM categories c LEFT JOIN categories p ON p.id = c.parent_id ORDER BY c.id");
    if (!list)
        return std::unexpected(list.error());
    std::vector<core::CategoryNode> nodes;
    if (auto read = list->forEach([&](const Statement& row) {
            nodes.push_back({row.columnText(0), row.columnText(1), row.columnText(2), row.columnInt(3)});
        });
        !read)
        return std::unexpected(read.error());
    return nodes;
}

Result<QString> saveCategory(
    Connection& connection, const QString& actorUid, const QString& uid, const QString& name, const QString& parentUid)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto actor = permittedStaffId(connection, actorUid, core::Permission::Catalogue, "change the categories");
    if (!actor)
        return std::unexpected(actor.error());
    auto nodes = categoryNodes(connection);
    if (!nodes)
        return std::unexpected(nodes.error());
    if (const auto problem = core::CategoryTree(*nodes).problem(uid, name, parentUid))
        return core::fail(ErrorCode::InvalidArgument, *problem);
    const QString saved = uid.isEmpty() ? core::newUid() : uid;
    auto write = Statement::prepare(connection,
        uid.isEmpty()
            ? "INSERT INTO categories(uid, name, parent_id) VALUES (?1, ?2, (SELECT id FROM categories WHERE uid = ?3))"
            : "UPDATE categories SET name = ?2, parent_id = (SELECT id FROM categories WHERE uid = ?3) WHERE uid = ?1");
    if (!write)
        return std::unexpected(write.error());
    write->bind(1, saved).bind(2, name.trimmed()).bind(3, parentUid.isEmpty() ? QStringLiteral("") : parentUid);
    if (auto r = write->run(); !r)
        return std::unexpected(r.error());
    if (auto r = writeAudit(connection, *actor,
            uid.isEmpty() ? QStringLiteral("category_created") : QStringLiteral("category_changed"),
            QStringLiteral("category=%1").arg(saved));
        !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return saved;
}

Result<bool> removeCategory(Connection& connection, const QString& actorUid, const QString& uid)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto actor = permittedStaffId(connection, actorUid, core::Permission::Catalogue, "change the categories");
    if (!actor)
        return std::unexpected(actor.error());
    auto nodes = categoryNodes(connection);
    if (!nodes)
        return std::unexpected(nodes.error());
    if (const auto problem = core::CategoryTree(*nodes).removalProblem(uid))
        return core::fail(ErrorCode::InvalidArgument, *problem);
    auto remove = Statement::prepare(connection, "DELETE FROM categories WHERE uid = ?1");
    if (!remove)
        return std::unexpected(remove.error());
    if (auto r = remove->bind(1, uid).run(); !r) {
        // Foreign keys are on: a category an offer, a coupon or a customer's interest names stays.
        if (r.error().code == ErrorCode::ConstraintViolated)
            return core::fail(ErrorCode::InvalidArgument, core::CategoryTree::referencedElsewhere());
        return std::unexpected(r.error());
    }
    if (auto r
        = writeAudit(connection, *actor, QStringLiteral("category_removed"), QStringLiteral("category=%1").arg(uid));
        !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return true;
}

} // namespace ss::db
