// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerPrivacy.h"

#include "RepeatAggregates.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "export/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

Result<qint64> customerId(Connection& connection, const QString& customer)
{
    auto statement
        = Statement::prepare(connection, "SELECT id FROM customers WHERE (uid = ?1 OR id = ?2) AND erased_at IS NULL");
    if (!statement)
        return std::unexpected(statement.error());
    bool numeric = false;
    const qint64 asNumber = customer.toLongLong(&numeric);
    statement->bind(1, customer).bind(2, numeric ? asNumber : -1);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return core::fail(ErrorCode::NotFound, QStringLiteral("no such customer (or already erased)"));
    return statement->columnInt(0);
}

/// Rows of a query as JSON objects keyed by column name.
Result<QJsonArray> rows(Connection& connection, std::string_view sql, qint64 id, const QStringList& columns)
{
    auto statement = Statement::prepare(connection, sql);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    QJsonArray array;
    auto read = statement->forEach([&](const Statement& row) {
        QJsonObject object;
        for (int c = 0; c < columns.size(); ++c)
            object.insert(columns[c], row.columnIsNull(c) ? QJsonValue() : QJsonValue(row.columnText(c)));
        array.append(object);
    });
    if (!read)
        return std::unexpected(read.error());
    return array;
}

void appendCsv(QByteArray& csv, const QString& section, const QJsonArray& records)
{
    int index = 0;
    for (const QJsonValue& record : records) {
        const QJsonObject object = record.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            csv += core::csvField(QStringLiteral("%1[%2]").arg(section).arg(index)) + ',' + core::csvField(it.key())
                + ',' + core::csvField(it.value().toString()) + "\r\n";
        }
        ++index;
    }
}

} // namespace

Result<CustomerExport> exportCustomer(Connection& connection, const QString& customer, const QString& actorUid)
{
    auto id = customerId(connection, customer);
    if (!id)
        return std::unexpected(id.error());
    struct Part
    {
        const char* name;
        std::string_view sql;
        QStringList columns;
    };
    const Part parts[] = {
        {"customer",
            "SELECT uid, first_name, last_name, email, phone_e164, postcode, card_code, created_at FROM customers"
            " WHERE id = ?1",
            {QStringLiteral("uid"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                QStringLiteral("phone"), QStringLiteral("postcode"), QStringLiteral("loyalty_card"),
                QStringLiteral("created_at")}},
        {"interests",
            "SELECT g.name FROM customer_interests i JOIN categories g ON g.id = i.category_id"
            " WHERE i.customer_id = ?1 ORDER BY g.name",
            {QStringLiteral("category")}},
        {"consents",
            "SELECT channel, granted, wording_version, recorded_at FROM consents WHERE customer_id IN"
            " (SELECT id FROM customers WHERE id = ?1 OR merged_into = ?1) ORDER BY id",
            {QStringLiteral("channel"), QStringLiteral("granted"), QStringLiteral("wording_version"),
                QStringLiteral("recorded_at")}},
        {"sales",
            "SELECT receipt_no, kind, created_at, total_minor, currency FROM sales WHERE customer_id = ?1 ORDER BY "
            "created_at",
            {QStringLiteral("receipt"), QStringLiteral("kind"), QStringLiteral("at"), QStringLiteral("total_minor"),
                QStringLiteral("currency")}},
        {"sale_lines",
            "SELECT s.receipt_no, l.line_no, l.description, l.quantity, l.total_minor FROM sale_lines l"
            " JOIN sales s ON s.id = l.sale_id WHERE s.customer_id = ?1 ORDER BY s.created_at, l.line_no",
            {QStringLiteral("receipt"), QStringLiteral("line"), QStringLiteral("item"), QStringLiteral("quantity"),
                QStringLiteral("total_minor")}},
        {"coupons",
            "SELECT code, discount_kind, discount_value, valid_until, redeemed_at FROM coupons WHERE customer_id = ?1 "
            "ORDER BY id",
            {QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("valid_until"),
                QStringLiteral("redeemed_at")}},
    };
    QJsonObject root;
    CustomerExport result;
    result.csv = "section,field,value\r\n";
    for (const Part& part : parts) {
        auto records = rows(connection, part.sql, *id, part.columns);
        if (!records)
            return std::unexpected(records.error());
        const QString name = QString::fromLatin1(part.name);
        root.insert(name, name == QStringLiteral("customer") ? QJsonValue(records->first()) : QJsonValue(*records));
        appendCsv(result.csv, name, *records);
    }
    result.json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    // Who looked at whose data is itself a record the shop must keep.
    auto audit = Statement::prepare(connection,
        "INSERT INTO audit_log(uid, at, cashier_id, action, detail)"
        " VALUES (?1, ?2, (SELECT id FROM cashiers WHERE uid = ?4), 'customer_exported', ?3)");
    if (!audit)
        return std::unexpected(audit.error());
    const QString uid = root.value(QStringLiteral("customer")).toObject().value(QStringLiteral("uid")).toString();
    if (auto r = audit->bind(1, core::newUid())
                     .bind(2, QDateTime::currentDateTimeUtc())
                     .bind(3, QStringLiteral("customer uid=%1").arg(uid))
                     .bind(4, actorUid)
                     .run();
        !r)
        return std::unexpected(r.error());
    return result;
}

Result<void> eraseCustomer(
    Connection& connection, const QString& customer, const QDateTime& nowUtc, const QString& actorUid)
{
    // Overwrite what is deleted or rewritten instead of leaving it in free space.
    if (auto r = connection.execute("PRAGMA secure_delete = ON", u"secure_delete"); !r)
        return r;
    {
        auto transaction = Transaction::begin(connection);
        if (!transaction)
            return std::unexpected(transaction.error());
        auto id = customerId(connection, customer);
        if (!id)
            return std::unexpected(id.error());
        auto uid = Statement::prepare(connection, "SELECT uid FROM customers WHERE id = ?1");
        if (!uid)
            return std::unexpected(uid.error());
        uid->bind(1, *id);
        auto row = uid->step();
        if (!row)
            return std::unexpected(row.error());
        const QString customerUid = uid->columnText(0);
        uid->reset();

        auto clear = Statement::prepare(connection,
            "UPDATE customers SET first_name = NULL, last_name = NULL, email = NULL,"
            " phone_e164 = NULL, postcode = NULL, card_code = NULL, referral_code = NULL, erased_at = ?2 WHERE id = "
            "?1");
        if (!clear)
            return std::unexpected(clear.error());
        if (auto r = clear->bind(1, *id).bind(2, nowUtc).run(); !r)
            return r;
        auto interests = Statement::prepare(connection, "DELETE FROM customer_interests WHERE customer_id = ?1");
        if (!interests)
            return std::unexpected(interests.error());
        if (auto r = interests->bind(1, *id).run(); !r)
            return r;
        // The ledger is append-only: erasure adds a withdrawal for every channel ever answered.
        auto channels = Statement::prepare(connection,
            "SELECT DISTINCT channel FROM consents WHERE customer_id IN"
            " (SELECT id FROM customers WHERE id = ?1 OR merged_into = ?1)");
        if (!channels)
            return std::unexpected(channels.error());
        QStringList answered;
        channels->bind(1, *id);
        if (auto r = channels->forEach([&](const Statement& channel) { answered << channel.columnText(0); }); !r)
            return r;
        auto withdraw = Statement::prepare(connection,
            "INSERT INTO consents(uid, customer_id, channel, granted, wording_version, recorded_at)"
            " VALUES (?1, ?2, ?3, 0, 'erasure', ?4)");
        if (!withdraw)
            return std::unexpected(withdraw.error());
        for (const QString& channel : answered) {
            if (auto r = withdraw->bind(1, core::newUid()).bind(2, *id).bind(3, channel).bind(4, nowUtc).run(); !r)
                return r;
        }
        auto audit = Statement::prepare(connection,
            "INSERT INTO audit_log(uid, at, cashier_id, action, detail)"
            " VALUES (?1, ?2, (SELECT id FROM cashiers WHERE uid = ?4), 'customer_erased', ?3)");
        if (!audit)
            return std::unexpected(audit.error());
        if (auto r = audit->bind(1, core::newUid())
                         .bind(2, nowUtc)
                         .bind(3, QStringLiteral("customer uid=%1").arg(customerUid))
                         .bind(4, actorUid)
                         .run();
            !r)
            return r;
        if (auto r = transaction->commit(); !r)
            return r;
    }
    // Old copies can still sit in the WAL and in pages freed before secure_delete was on.
    if (auto r = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)", u"checkpoint"); !r)
        return r;
    if (auto r = connection.execute("VACUUM", u"vacuum"); !r)
        return r;
    return connection.execute("PRAGMA wal_checkpoint(TRUNCATE)", u"checkpoint");
}

Result<void> mergeCustomers(Connection& connection, const QString& kept, const QString& merged, const QDateTime& nowUtc,
    const QString& actorUid)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto r = mergeCustomersInTransaction(connection, kept, merged, nowUtc, actorUid); !r)
        return r;
    return transaction->commit();
}

Result<void> mergeCustomersInTransaction(Connection& connection, const QString& kept, const QString& merged,
    const QDateTime& nowUtc, const QString& actorUid)
{
    auto keptId = customerId(connection, kept);
    if (!keptId)
        return std::unexpected(keptId.error());
    auto mergedId = customerId(connection, merged);
    if (!mergedId)
        return std::unexpected(mergedId.error());
    if (*keptId == *mergedId)
        return core::fail(ErrorCode::InvalidArgument, QStringLiteral("a customer cannot be merged into itself"));

    // The card moves in two steps (off the duplicate, then onto the kept record) because its index is
    // unique and SQLite checks it row by row.
    auto card = Statement::prepare(connection, "SELECT card_code, referral_code FROM customers WHERE id = ?1");
    if (!card)
        return std::unexpected(card.error());
    card->bind(1, *mergedId);
    if (auto row = card->step(); !row)
        return std::unexpected(row.error());
    const QString mergedCard = card->columnText(0);
    const QString mergedReferral = card->columnText(1); // friends may still bring the duplicate's code
    card->reset();

    const std::string_view steps[] = {
        "UPDATE sales SET customer_id = ?1 WHERE customer_id = ?2",
        "INSERT OR IGNORE INTO customer_interests(customer_id, category_id)"
        " SELECT ?1, category_id FROM customer_interests WHERE customer_id = ?2",
        "DELETE FROM customer_interests WHERE customer_id = ?2",
        "UPDATE coupons SET customer_id = ?1 WHERE customer_id = ?2",
        "UPDATE capture_events SET customer_id = ?1 WHERE customer_id = ?2",
        "UPDATE customers SET merged_into = ?1 WHERE merged_into = ?2", // earlier merges follow along
        "UPDATE customers SET"
        " first_name = coalesce(first_name, (SELECT first_name FROM customers WHERE id = ?2)),"
        " last_name = coalesce(last_name, (SELECT last_name FROM customers WHERE id = ?2)),"
        " email = coalesce(email, (SELECT email FROM customers WHERE id = ?2)),"
        " phone_e164 = coalesce(phone_e164, (SELECT phone_e164 FROM customers WHERE id = ?2)),"
        " postcode = coalesce(postcode, (SELECT postcode FROM customers WHERE id = ?2)),"
        " created_at = min(created_at, (SELECT created_at FROM customers WHERE id = ?2)) WHERE id = ?1",
        "UPDATE customers SET first_name = NULL, last_name = NULL, email = NULL, phone_e164 = NULL, postcode = NULL,"
        " card_code = NULL, referral_code = NULL, merged_into = ?1, erased_at = ?3 WHERE id = ?2",
        "UPDATE customers SET card_code = ?4 WHERE id = ?1 AND card_code IS NULL AND ?4 <> ''",
        "UPDATE customers SET referral_code = ?5 WHERE id = ?1 AND referral_code IS NULL AND ?5 <> ''",
        "UPDATE referrals SET referrer_id = ?1 WHERE referrer_id = ?2",
        "UPDATE referrals SET friend_id = ?1 WHERE friend_id = ?2",
    };
    for (std::string_view sql : steps) {
        auto step = Statement::prepare(connection, sql);
        if (!step)
            return std::unexpected(step.error());
        step->bind(1, *keptId).bind(2, *mergedId);
        if (sql.find("?3") != std::string_view::npos)
            step->bind(3, nowUtc);
        if (sql.find("?4") != std::string_view::npos)
            step->bind(4, mergedCard.isNull() ? QStringLiteral("") : mergedCard);
        if (sql.find("?5") != std::string_view::npos)
            step->bind(5, mergedReferral.isNull() ? QStringLiteral("") : mergedReferral);
        if (auto r = step->run(); !r)
            return r;
    }
    // The two histories are one now: their purchases are numbered again, in time order.
    auto figures = RepeatAggregates::create(connection);
    if (!figures)
        return std::unexpected(figures.error());
    if (auto r = figures->refreshCustomer(*mergedId); !r)
        return r;
    if (auto r = figures->refreshCustomer(*keptId); !r)
        return r;
    auto audit = Statement::prepare(connection,
        "INSERT INTO audit_log(uid, at, cashier_id, action, detail) SELECT ?1, ?2,"
        " (SELECT id FROM cashiers WHERE uid = ?5), 'customer_merged', 'kept uid=' || k.uid || ' merged uid=' || m.uid"
        " FROM customers k, customers m WHERE k.id = ?3 AND m.id = ?4");
    if (!audit)
        return std::unexpected(audit.error());
    audit->bind(5, actorUid);
    return audit->bind(1, core::newUid()).bind(2, nowUtc).bind(3, *keptId).bind(4, *mergedId).run();
}

} // namespace ss::db
