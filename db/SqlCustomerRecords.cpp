// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCustomerRecords.h"

#include "ActingStaff.h"
#include "CustomerPrivacy.h"
#include "CustomerQuerySql.h"
#include "DbWorker.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "staff/Role.h"

#include <map>

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

constexpr std::string_view kSummary
    = "SELECT c.uid, c.id, coalesce(c.first_name, ''), coalesce(c.last_name, ''), coalesce(c.email, ''),"
      " coalesce(c.phone_e164, ''), coalesce(c.postcode, ''), coalesce(c.card_code, ''),"
      " (SELECT count(*) FROM sales s WHERE s.customer_id = c.id AND s.kind = 'sale'),"
      " (SELECT coalesce(sum(s.total_minor), 0) FROM sales s WHERE s.customer_id = c.id),"
      " (SELECT min(s.created_at) FROM sales s WHERE s.customer_id = c.id),"
      " (SELECT max(s.created_at) FROM sales s WHERE s.customer_id = c.id)"
      " FROM customers c WHERE c.erased_at IS NULL AND ";

core::CustomerSummary readSummary(const Statement& row)
{
    core::CustomerSummary summary;
    summary.uid = row.columnText(0);
    summary.number = row.columnInt(1);
    summary.firstName = row.columnText(2);
    summary.lastName = row.columnText(3);
    summary.email = row.columnText(4);
    summary.phoneE164 = row.columnText(5);
    summary.postcode = row.columnText(6);
    summary.cardCode = row.columnText(7);
    summary.visits = row.columnInt(8);
    summary.spentMinor = row.columnInt(9);
    summary.firstVisitUtc = core::fromStorageTime(row.columnText(10));
    summary.lastVisitUtc = core::fromStorageTime(row.columnText(11));
    return summary;
}

Result<qint64> requireManager(Connection& connection, const QString& actorUid)
{
    return permittedStaffId(
        connection, actorUid, core::Permission::CustomerRecords, "customer records need a manager or the owner");
}

Result<qint64> liveCustomerId(Connection& connection, const QString& uid)
{
    auto statement = Statement::prepare(connection, "SELECT id FROM customers WHERE uid = ?1 AND erased_at IS NULL");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, uid);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return core::fail(ErrorCode::NotFound, QStringLiteral("no such customer (or erased)"));
    return statement->columnInt(0);
}

Result<void> audit(Connection& connection, qint64 actorId, const char* action, const QString& detail)
{
    auto statement = Statement::prepare(
        connection, "INSERT INTO audit_log(uid, at, cashier_id, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!statement)
        return std::unexpected(statement.error());
    return statement->bind(1, core::newUid())
        .bind(2, QDateTime::currentDateTimeUtc())
        .bind(3, actorId)
        .bind(4, QString::fromLatin1(action))
        .bind(5, detail)
        .run();
}

Result<std::vector<core::CustomerSummary>> listCustomers(
    Connection& connection, const core::CustomerQuery& query, int limit)
{
    const CustomerQuerySql where = customerQuerySql(query);
    const std::string sql = std::string(kSummary)
        + (where.sql.empty() ? std::string("c.merged_into IS NULL ORDER BY c.id DESC") : where.sql) + " LIMIT ?3";
    auto statement = Statement::prepare(connection, sql);
    if (!statement)
        return std::unexpected(statement.error());
    if (!where.sql.empty())
        bindCustomerQuery(*statement, where);
    statement->bind(3, limit);
    std::vector<core::CustomerSummary> found;
    if (auto r = statement->forEach([&](const Statement& row) { found.push_back(readSummary(row)); }); !r)
        return std::unexpected(r.error());
    return found;
}

Result<void> readPurchases(Connection& connection, qint64 id, core::CustomerProfile& profile)
{
    auto sales = Statement::prepare(connection,
        "SELECT s.id, s.receipt_no, s.kind, s.created_at, s.total_minor, s.currency FROM sales s"
        " WHERE s.customer_id = ?1 ORDER BY s.created_at DESC, s.id DESC LIMIT 500");
    if (!sales)
        return std::unexpected(sales.error());
    sales->bind(1, id);
    std::map<qint64, std::size_t> bySale;
    auto read = sales->forEach([&](const Statement& row) {
        core::CustomerPurchase purchase;
        purchase.receiptNo = row.columnText(1);
        purchase.refund = row.columnText(2) == u"refund";
        purchase.atUtc = core::fromStorageTime(row.columnText(3));
        purchase.totalMinor = row.columnInt(4);
        purchase.currency = row.columnText(5);
        bySale.emplace(row.columnInt(0), profile.purchases.size());
        profile.purchases.push_back(std::move(purchase));
    });
    if (!read)
        return read;
    auto lines = Statement::prepare(connection,
        "SELECT l.sale_id, l.description, l.quantity, l.total_minor FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
        " WHERE s.customer_id = ?1 ORDER BY l.sale_id, l.line_no");
    if (!lines)
        return std::unexpected(lines.error());
    lines->bind(1, id);
    return lines->forEach([&](const Statement& row) {
        const auto sale = bySale.find(row.columnInt(0));
        if (sale != bySale.end())
            profile.purchases[sale->second].lines.push_back({row.columnText(1), row.columnInt(2), row.columnInt(3)});
    });
}

Result<void> readConsents(Connection& connection, qint64 id, core::CustomerProfile& profile)
{
    // Entries written under records merged into this one count too: the ledger cannot move.
    auto statement = Statement::prepare(connection,
        "SELECT k.channel, k.granted, k.wording_version, coalesce(w.name, ''), k.recorded_at FROM consents k"
        " LEFT JOIN cashiers w ON w.id = k.cashier_id"
        " WHERE k.customer_id IN (SELECT id FROM customers WHERE id = ?1 OR merged_into = ?1)"
        " ORDER BY k.recorded_at, k.id");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return statement->forEach([&](const Statement& row) {
        const QString channel = row.columnText(0);
        core::ConsentEntry entry;
        entry.channel = channel == u"sms" ? core::ConsentChannel::Sms
            : channel == u"post"          ? core::ConsentChannel::Post
                                          : core::ConsentChannel::Email;
        entry.granted = row.columnInt(1) != 0;
        entry.wordingVersion = row.columnText(2);
        entry.recordedBy = row.columnText(3);
        entry.atUtc = core::fromStorageTime(row.columnText(4));
        profile.consents.push_back(std::move(entry));
    });
}

Result<void> readCoupons(Connection& connection, qint64 id, core::CustomerProfile& profile)
{
    auto statement = Statement::prepare(connection,
        "SELECT p.code, p.discount_kind, p.discount_value, p.created_at, p.valid_until, coalesce(p.redeemed_at, ''),"
        " coalesce(i.receipt_no, ''), coalesce(r.receipt_no, '') FROM coupons p"
        " LEFT JOIN sales i ON i.id = p.issued_sale_id LEFT JOIN sales r ON r.id = p.redeemed_sale_id"
        " WHERE p.customer_id = ?1 ORDER BY p.created_at DESC, p.id DESC");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return statement->forEach([&](const Statement& row) {
        core::CustomerCoupon coupon;
        coupon.code = row.columnText(0);
        coupon.discountKind = row.columnText(1);
        coupon.discountValue = row.columnInt(2);
        coupon.issuedAtUtc = core::fromStorageTime(row.columnText(3));
        coupon.validUntilUtc = core::fromStorageTime(row.columnText(4));
        coupon.redeemedAtUtc = core::fromStorageTime(row.columnText(5));
        coupon.issuedReceipt = row.columnText(6);
        coupon.redeemedReceipt = row.columnText(7);
        profile.coupons.push_back(std::move(coupon));
    });
}

Result<void> readInterests(Connection& connection, qint64 id, core::CustomerProfile& profile)
{
    auto statement = Statement::prepare(connection,
        "SELECT g.uid, g.name, EXISTS (SELECT 1 FROM customer_interests i WHERE i.customer_id = ?1"
        " AND i.category_id = g.id) FROM categories g ORDER BY g.name COLLATE NOCASE");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return statement->forEach([&](const Statement& row) {
        profile.interests.push_back({row.columnText(0), row.columnText(1), row.columnInt(2) != 0});
    });
}

Result<core::CustomerProfile> readProfile(Connection& connection, const QString& uid)
{
    auto id = liveCustomerId(connection, uid);
    if (!id)
        return std::unexpected(id.error());
    auto statement = Statement::prepare(connection, std::string(kSummary) + "c.id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, *id);
    core::CustomerProfile profile;
    if (auto r = statement->forEach([&](const Statement& row) { profile.summary = readSummary(row); }); !r)
        return std::unexpected(r.error());
    for (auto part : {readPurchases, readConsents, readCoupons, readInterests}) {
        if (auto r = part(connection, *id, profile); !r)
            return std::unexpected(r.error());
    }
    return profile;
}

/// Another live customer already holds this phone, email or card.
Result<bool> takenByAnother(Connection& connection, qint64 id, const core::CustomerEdit& edit)
{
    auto statement = Statement::prepare(connection,
        "SELECT 1 FROM customers WHERE id <> ?1 AND erased_at IS NULL AND ((?2 <> '' AND phone_e164 = ?2)"
        " OR (?3 <> '' AND email = ?3) OR (?4 <> '' AND card_code = ?4)) LIMIT 1");
    if (!statement)
        return std::unexpected(statement.error());
    const auto orEmpty = [](const QString& text) { return text.isNull() ? QStringLiteral("") : text; };
    statement->bind(1, id)
        .bind(2, orEmpty(edit.contact.phoneE164))
        .bind(3, orEmpty(edit.contact.email))
        .bind(4, orEmpty(edit.cardCode));
    return statement->step();
}

Result<bool> applyEdit(Connection& connection, qint64 actorId, const core::CustomerEdit& edit)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto id = liveCustomerId(connection, edit.uid);
    if (!id)
        return std::unexpected(id.error());
    auto taken = takenByAnother(connection, *id, edit);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return core::fail(ErrorCode::AlreadyExists, QStringLiteral("another customer has that phone, email or card"));
    auto update = Statement::prepare(connection,
        "UPDATE customers SET first_name = ?2, last_name = ?3, email = ?4, phone_e164 = ?5, postcode = ?6,"
        " card_code = ?7 WHERE id = ?1");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, *id).bind(2, edit.contact.firstName).bindOptional(3, edit.contact.lastName);
    update->bindOptional(4, edit.contact.email).bindOptional(5, edit.contact.phoneE164);
    update->bindOptional(6, edit.contact.postcode).bindOptional(7, edit.cardCode);
    if (auto r = update->run(); !r)
        return std::unexpected(r.error());
    auto clear = Statement::prepare(connection, "DELETE FROM customer_interests WHERE customer_id = ?1");
    if (!clear)
        return std::unexpected(clear.error());
    if (auto r = clear->bind(1, *id).run(); !r)
        return std::unexpected(r.error());
    auto add = Statement::prepare(connection,
        "INSERT OR IGNORE INTO customer_interests(customer_id, category_id)"
        " SELECT ?1, id FROM categories WHERE uid = ?2");
    if (!add)
        return std::unexpected(add.error());
    for (const QString& category : edit.interestCategoryUids) {
        if (auto r = add->bind(1, *id).bind(2, category).run(); !r)
            return std::unexpected(r.error());
    }
    if (auto r = audit(connection, actorId, "customer_edited", QStringLiteral("customer uid=%1").arg(edit.uid)); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return true;
}

Result<bool> appendConsent(Connection& connection, qint64 actorId, const QString& customerUid,
    core::ConsentChannel channel, bool granted, const QString& wordingVersion, const QDateTime& nowUtc)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto id = liveCustomerId(connection, customerUid);
    if (!id)
        return std::unexpected(id.error());
    if (granted) {
        // A yes needs somewhere to send to; a withdrawal is always taken.
        const std::string column = channel == core::ConsentChannel::Email ? "email"
            : channel == core::ConsentChannel::Sms                        ? "phone_e164"
                                                                          : "postcode";
        auto address
            = Statement::prepare(connection, "SELECT coalesce(" + column + ", '') <> '' FROM customers WHERE id = ?1");
        if (!address)
            return std::unexpected(address.error());
        address->bind(1, *id);
        if (auto row = address->step(); !row)
            return std::unexpected(row.error());
        if (address->columnInt(0) == 0)
            return core::fail(ErrorCode::InvalidArgument, QStringLiteral("no address on record for that channel"));
    }
    auto insert = Statement::prepare(connection,
        "INSERT INTO consents(uid, customer_id, channel, granted, wording_version, cashier_id, recorded_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return std::unexpected(insert.error());
    const QString key = core::consentChannelKey(channel);
    insert->bind(1, core::newUid()).bind(2, *id).bind(3, key).bind(4, granted);
    insert->bind(5, wordingVersion.isEmpty() ? QStringLiteral("unspecified") : wordingVersion.left(40))
        .bind(6, actorId)
        .bind(7, nowUtc);
    if (auto r = insert->run(); !r)
        return std::unexpected(r.error());
    const QString detail
        = QStringLiteral("customer uid=%1 channel=%2 granted=%3").arg(customerUid, key).arg(granted ? 1 : 0);
    if (auto r = audit(connection, actorId, "consent_recorded", detail); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return true;
}

} // namespace

SqlCustomerRecords::SqlCustomerRecords(DbWorker& worker, const core::Clock& clock)
    : m_worker(worker)
    , m_clock(clock)
{ }

QFuture<Result<std::vector<core::CustomerSummary>>> SqlCustomerRecords::list(
    const QString& actorUid, const core::CustomerQuery& query, int limit)
{
    const int capped = std::clamp(limit, 1, 500);
    return m_worker.run<std::vector<core::CustomerSummary>>(
        [actorUid, query, capped](Connection& connection) -> Result<std::vector<core::CustomerSummary>> {
            if (auto actor = requireManager(connection, actorUid); !actor)
                return std::unexpected(actor.error());
            return listCustomers(connection, query, capped);
        });
}

QFuture<Result<core::CustomerProfile>> SqlCustomerRecords::profile(const QString& actorUid, const QString& customerUid)
{
    return m_worker.run<core::CustomerProfile>(
        [actorUid, customerUid](Connection& connection) -> Result<core::CustomerProfile> {
            if (auto actor = requireManager(connection, actorUid); !actor)
                return std::unexpected(actor.error());
            return readProfile(connection, customerUid);
        });
}

QFuture<Result<bool>> SqlCustomerRecords::update(const QString& actorUid, const core::CustomerEdit& edit)
{
    core::CustomerEdit cleaned = edit;
    cleaned.cardCode = edit.cardCode.trimmed().toUpper().left(40);
    return m_worker.run<bool>([actorUid, cleaned](Connection& connection) -> Result<bool> {
        auto actor = requireManager(connection, actorUid);
        if (!actor)
            return std::unexpected(actor.error());
        if (cleaned.contact.firstName.isEmpty()
            || (cleaned.contact.email.isEmpty() && cleaned.contact.phoneE164.isEmpty()))
            return core::fail(ErrorCode::InvalidArgument, QStringLiteral("a first name and an email or phone needed"));
        return applyEdit(connection, *actor, cleaned);
    });
}

QFuture<Result<bool>> SqlCustomerRecords::recordConsent(const QString& actorUid, const QString& customerUid,
    core::ConsentChannel channel, bool granted, const QString& wordingVersion)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<bool>(
        [actorUid, customerUid, channel, granted, wordingVersion, now](Connection& connection) -> Result<bool> {
            auto actor = requireManager(connection, actorUid);
            if (!actor)
                return std::unexpected(actor.error());
            return appendConsent(connection, *actor, customerUid, channel, granted, wordingVersion, now);
        });
}

QFuture<Result<bool>> SqlCustomerRecords::merge(
    const QString& actorUid, const QString& keptUid, const QString& mergedUid)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<bool>([actorUid, keptUid, mergedUid, now](Connection& connection) -> Result<bool> {
        if (auto actor = requireManager(connection, actorUid); !actor)
            return std::unexpected(actor.error());
        if (auto r = mergeCustomers(connection, keptUid, mergedUid, now, actorUid); !r)
            return std::unexpected(r.error());
        return true;
    });
}

QFuture<Result<core::CustomerDataExport>> SqlCustomerRecords::exportData(
    const QString& actorUid, const QString& customerUid)
{
    return m_worker.run<core::CustomerDataExport>(
        [actorUid, customerUid](Connection& connection) -> Result<core::CustomerDataExport> {
            if (auto actor = requireManager(connection, actorUid); !actor)
                return std::unexpected(actor.error());
            if (auto id = liveCustomerId(connection, customerUid); !id)
                return std::unexpected(id.error()); // only by uid here, never a guessed number
            return exportCustomer(connection, customerUid, actorUid);
        });
}

QFuture<Result<bool>> SqlCustomerRecords::erase(const QString& actorUid, const QString& customerUid)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<bool>([actorUid, customerUid, now](Connection& connection) -> Result<bool> {
        if (auto actor = requireManager(connection, actorUid); !actor)
            return std::unexpected(actor.error());
        if (auto id = liveCustomerId(connection, customerUid); !id)
            return std::unexpected(id.error());
        if (auto r = eraseCustomer(connection, customerUid, now, actorUid); !r)
            return std::unexpected(r.error());
        return true;
    });
}

} // namespace ss::db
