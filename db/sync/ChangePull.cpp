// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePull.h"

#include "SyncState.h"

#include "Connection.h"
#include "CustomerPrivacy.h"
#include "Statement.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <string_view>
#include <vector>

namespace ss::db::sync {

using core::Result;

namespace {

// Each statement binds the payload's members by name (:uid is the payload's "uid"): data only.
// SQLCipher's SQLite (3.15) has no UPSERT: an update of the existing row, then an insert when
// there is none. A plain INSERT … WHERE NOT EXISTS, not INSERT OR IGNORE, so that a real clash (a
// loyalty card number used by someone else here) is an error, reported, and never silently lost.
constexpr std::string_view kUpdateCustomer
    = "UPDATE customers SET first_name = :first_name, last_name = :last_name, email = :email,"
      " phone_e164 = :phone_e164, postcode = :postcode, erased_at = :erased_at, card_code = :card_code,"
      " referral_code = :referral_code WHERE uid = :uid";

constexpr std::string_view kInsertCustomer
    = "INSERT INTO customers(uid, first_name, last_name, email, phone_e164, postcode, created_at, erased_at,"
      " card_code, referral_code) SELECT :uid, :first_name, :last_name, :email, :phone_e164, :postcode, :created_at,"
      " :erased_at, :card_code, :referral_code WHERE NOT EXISTS (SELECT 1 FROM customers WHERE uid = :uid)";

constexpr std::string_view kInsertConsent
    = "INSERT INTO consents(uid, customer_id, channel, granted, wording_version, recorded_at)"
      " SELECT :uid, c.id, :channel, :granted, :wording_version, :recorded_at FROM customers c"
      " WHERE c.uid = :customer_uid AND NOT EXISTS (SELECT 1 FROM consents WHERE uid = :uid)";

constexpr std::string_view kInsertCoupon
    = "INSERT INTO coupons(uid, code, customer_id, discount_kind, discount_value, min_spend_minor, valid_from,"
      " valid_until, created_at, category_id) SELECT :uid, :code,"
      " (SELECT id FROM customers WHERE uid = :customer_uid), :discount_kind, :discount_value, :min_spend_minor,"
      " :valid_from, :valid_until, :created_at, (SELECT id FROM categories WHERE uid = :category_uid)"
      " WHERE NOT EXISTS (SELECT 1 FROM coupons WHERE uid = :uid)";

// Used at another till: the receipt there, and the coupon counts as used here (it may already say
// which till, from a refused claim; the receipt is better). A coupon this till itself redeemed
// meanwhile (offline) is left alone: the centre reports that as a double redemption.
constexpr std::string_view kRedeemedElsewhere
    = "UPDATE coupons SET redeemed_elsewhere = coalesce(:redeemed_receipt, '?'), redeemed_at = :redeemed_at"
      " WHERE uid = :uid AND redeemed_sale_id IS NULL";

constexpr std::string_view kVoidCoupon
    = "UPDATE coupons SET voided_at = :voided_at WHERE uid = :uid AND voided_at IS NULL AND :voided_at IS NOT NULL";

// The owner's fields; the stock figure is each shop's own and starts at nought for a new product.
constexpr std::string_view kUpdateProduct
    = "UPDATE products SET sku = :sku, barcode = :barcode, name = :name,"
      " category_id = coalesce((SELECT id FROM categories WHERE uid = :category_uid), category_id),"
      " price_minor = :price_minor, cost_minor = :cost_minor,"
      " tax_class_id = (SELECT id FROM tax_classes WHERE code = :tax_class), active = :active,"
      " reorder_level = :reorder_level, updated_at = :updated_at WHERE uid = :uid";

constexpr std::string_view kInsertProduct
    = "INSERT INTO products(uid, sku, barcode, name, category_id, price_minor, cost_minor, tax_class_id, active,"
      " reorder_level, created_at, updated_at) SELECT :uid, :sku, :barcode, :name,"
      " (SELECT id FROM categories WHERE uid = :category_uid), :price_minor, :cost_minor,"
      " (SELECT id FROM tax_classes WHERE code = :tax_class), :active, :reorder_level, :created_at, :updated_at"
      " WHERE NOT EXISTS (SELECT 1 FROM products WHERE uid = :uid)";

struct CentralChange
{
    qint64 seq = 0;
    QString entity;
    QString op;
    QJsonObject payload;
};

/// The statements one change needs, in order.
std::vector<std::string_view> statementsFor(const CentralChange& change)
{
    if (change.payload.value(u"gone").toBool())
        return {}; // erased or removed at its till before it was pushed: nothing to apply
    if (change.entity == u"customer")
        return {kUpdateCustomer, kInsertCustomer};
    if (change.entity == u"consent")
        return {kInsertConsent};
    if (change.entity == u"coupon") {
        if (change.op == u"redeem")
            return {kInsertCoupon, kRedeemedElsewhere};
        if (change.op == u"void")
            return {kInsertCoupon, kVoidCoupon};
        return {kInsertCoupon};
    }
    if (change.entity == u"product")
        return {kUpdateProduct, kInsertProduct};
    return {}; // a sale belongs to the till that made it; the centre keeps it for the owner's figures
}

/// A merge arrives as the duplicate pointing at the record it was merged into. Here it is made the
/// way this till merges (its own sales, coupons and captures of the duplicate move too), once.
Result<void> followMerge(Connection& local, const CentralChange& change)
{
    const QString kept = change.payload.value(u"merged_into_uid").toString();
    const QString merged = change.payload.value(u"uid").toString();
    if (change.entity != u"customer" || kept.isEmpty())
        return {};
    auto pending = Statement::prepare(local,
        "SELECT count(*) FROM customers d JOIN customers k ON k.uid = ?2 WHERE d.uid = ?1 AND d.merged_into IS NULL"
        " AND d.erased_at IS NULL AND k.erased_at IS NULL");
    if (!pending)
        return std::unexpected(pending.error());
    pending->bind(1, merged).bind(2, kept);
    auto row = pending->step();
    if (!row)
        return std::unexpected(row.error());
    if (pending->columnInt(0) == 0)
        return {}; // merged here already, or the record it went into is not here (then nothing to move)
    pending->reset();
    return mergeCustomersInTransaction(local, kept, merged, QDateTime::currentDateTimeUtc());
}

/// Applies one change inside a savepoint, so a change this store refuses undoes only itself.
Result<bool> applyOne(Connection& local, const CentralChange& change, QString& problem)
{
    if (auto r = local.execute("SAVEPOINT pulled_change", u"pull"); !r)
        return std::unexpected(r.error());
    const auto refuse = [&](const QString& what, const core::Error& error) -> Result<bool> {
        problem = QStringLiteral("%1 (change %2): %3").arg(what).arg(change.seq).arg(error.detail);
        if (auto r = local.execute("ROLLBACK TO pulled_change", u"pull"); !r)
            return std::unexpected(r.error());
        if (auto r = local.execute("RELEASE pulled_change", u"pull"); !r)
            return std::unexpected(r.error());
        return false;
    };
    // A merge first, while the duplicate is still a live record here; its tombstone comes after.
    if (auto merged = followMerge(local, change); !merged)
        return refuse(QStringLiteral("customer merge"), merged.error());
    for (const std::string_view sql : statementsFor(change)) {
        auto statement = Statement::prepare(local, sql);
        if (!statement)
            return refuse(change.entity + QLatin1Char(' ') + change.op, statement.error());
        if (auto ran = statement->bindNamed(change.payload).run(); !ran)
            return refuse(change.entity + QLatin1Char(' ') + change.op, ran.error());
    }
    if (auto r = local.execute("RELEASE pulled_change", u"pull"); !r)
        return std::unexpected(r.error());
    return true;
}

Result<void> storePeerKeys(Connection& local, const PgRows& keys)
{
    auto upsert = Statement::prepare(local, "INSERT OR REPLACE INTO peer_coupon_keys(origin, key) VALUES (?1, ?2)");
    if (!upsert)
        return std::unexpected(upsert.error());
    for (int row = 0; row < keys.count(); ++row) {
        if (auto r = upsert->bind(1, keys.text(row, 0)).bind(2, keys.text(row, 1)).run(); !r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace

Result<PullResult> pullChanges(Connection& local, PgConnection& central, const TerminalIdentity& identity, int batch)
{
    auto bookmark = readSyncValue(local, SyncKey::PulledSeq);
    if (!bookmark)
        return std::unexpected(bookmark.error());
    const qint64 after = bookmark->toLongLong();
    auto rows = central.exec("SELECT seq, entity, op, payload::text FROM ss_changes WHERE seq > $1 AND origin <> $2"
                             " ORDER BY seq LIMIT $3",
        {QString::number(after), identity.origin(), QString::number(batch)});
    if (!rows)
        return std::unexpected(rows.error());
    auto keys = central.exec("SELECT origin, coupon_key FROM ss_terminals WHERE origin <> $1", {identity.origin()});
    if (!keys)
        return std::unexpected(keys.error());

    auto transaction = Transaction::begin(local);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto r = storePeerKeys(local, *keys); !r)
        return std::unexpected(r.error());
    auto outboxEnd = local.queryInt("SELECT coalesce(max(id), 0) FROM outbox", u"outbox");
    if (!outboxEnd)
        return std::unexpected(outboxEnd.error());

    PullResult result;
    qint64 last = after;
    for (int row = 0; row < rows->count(); ++row) {
        const CentralChange change {rows->integer(row, 0), rows->text(row, 1), rows->text(row, 2),
            QJsonDocument::fromJson(rows->text(row, 3).toUtf8()).object()};
        auto applied = applyOne(local, change, result.lastProblem);
        if (!applied)
            return std::unexpected(applied.error());
        ++result.received;
        *applied ? ++result.applied : ++result.skipped;
        last = change.seq;
    }
    // What the triggers recorded while applying came from elsewhere: it must not go back out.
    auto drop = Statement::prepare(local, "DELETE FROM outbox WHERE id > ?1");
    if (!drop)
        return std::unexpected(drop.error());
    if (auto r = drop->bind(1, *outboxEnd).run(); !r)
        return std::unexpected(r.error());
    if (auto r = writeSyncValue(local, SyncKey::PulledSeq, QString::number(last)); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return result;
}

Result<int> pullCouponConflicts(Connection& local, PgConnection& central)
{
    auto rows = central.exec(
        "SELECT d.id, d.code, coalesce(k.receipt_no, ''), coalesce(k.origin, r.origin, ''), coalesce(s.receipt_no, ''),"
        " d.second_origin, to_char(d.found_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
        " FROM ss_double_redemptions d LEFT JOIN ss_coupon_redemptions r ON r.code = d.code"
        " LEFT JOIN ss_sales k ON k.sale_uid = d.kept_sale_uid LEFT JOIN ss_sales s ON s.sale_uid = d.second_sale_uid"
        " ORDER BY d.id");
    if (!rows)
        return std::unexpected(rows.error());
    auto transaction = Transaction::begin(local);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto upsert = Statement::prepare(local,
        "INSERT OR REPLACE INTO coupon_conflicts(central_id, code, kept_receipt, kept_origin, second_receipt,"
        " second_origin, found_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!upsert)
        return std::unexpected(upsert.error());
    for (int row = 0; row < rows->count(); ++row) {
        upsert->bind(1, rows->integer(row, 0)).bind(2, rows->text(row, 1)).bind(3, rows->text(row, 2));
        upsert->bind(4, rows->text(row, 3)).bind(5, rows->text(row, 4)).bind(6, rows->text(row, 5));
        upsert->bind(7, QDateTime::fromString(rows->text(row, 6), Qt::ISODateWithMs));
        if (auto r = upsert->run(); !r)
            return std::unexpected(r.error());
    }
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return rows->count();
}

} // namespace ss::db::sync
