// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePush.h"

#include "ChangePayload.h"

#include "Connection.h"
#include "Outbox.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ss::db::sync {

using core::Result;

namespace {

/// Pushes take this advisory lock, so seq values become visible in the order they were given and
/// a puller's "everything after seq N" never skips a change that committed late.
constexpr const char* kPushLock = "SELECT pg_advisory_xact_lock(7355002)";

// $1 origin, $2 the batch as a JSON array, $3 the shop. One statement per concern, each over the
// whole batch: a round trip per statement, not per change.
constexpr const char* kInsertChanges
    = "INSERT INTO ss_changes(change_uid, origin, entity, entity_uid, op, payload, changed_at)"
      " SELECT c.change_uid, $1, c.entity, c.entity_uid, c.op, c.payload, c.changed_at"
      " FROM jsonb_to_recordset($2::jsonb) AS c(ord int, change_uid text, entity text, entity_uid text, op text,"
      " payload jsonb, changed_at timestamptz) ORDER BY c.ord"
      " ON CONFLICT (change_uid) DO NOTHING RETURNING seq";

constexpr const char* kInsertSales
    = "INSERT INTO ss_sales(sale_uid, origin, shop, receipt_no, kind, customer_uid, currency, total_minor, created_at,"
      " original_sale_uid) SELECT c.payload->>'uid', $1, $3, c.payload->>'receipt_no', c.payload->>'kind',"
      " c.payload->>'customer_uid', c.payload->>'currency', (c.payload->>'total_minor')::bigint,"
      " (c.payload->>'created_at')::timestamptz, c.payload->>'original_sale_uid'"
      " FROM jsonb_to_recordset($2::jsonb) AS c(entity text, payload jsonb)"
      " WHERE c.entity = 'sale' AND NOT (c.payload ? 'gone') ON CONFLICT (sale_uid) DO NOTHING";

// A redemption the till accepted offline: first one in keeps the coupon.
constexpr const char* kRecordRedemptions
    = "INSERT INTO ss_coupon_redemptions(code, sale_uid, origin, online)"
      " SELECT c.payload->>'code', c.payload->>'redeemed_sale_uid', $1, false"
      " FROM jsonb_to_recordset($2::jsonb) AS c(entity text, op text, payload jsonb)"
      " WHERE c.entity = 'coupon' AND c.op = 'redeem' AND c.payload->>'redeemed_sale_uid' IS NOT NULL"
      " ON CONFLICT (code) DO NOTHING";

// ...and a redemption of a code the centre holds for another sale is a double: reported, not hidden.
constexpr const char* kRecordDoubles
    = "INSERT INTO ss_double_redemptions(code, kept_sale_uid, second_sale_uid, second_origin)"
      " SELECT r.code, r.sale_uid, c.payload->>'redeemed_sale_uid', $1"
      " FROM jsonb_to_recordset($2::jsonb) AS c(entity text, op text, payload jsonb)"
      " JOIN ss_coupon_redemptions r ON r.code = c.payload->>'code'"
      " WHERE c.entity = 'coupon' AND c.op = 'redeem' AND r.sale_uid <> c.payload->>'redeemed_sale_uid'"
      " ON CONFLICT (code, second_sale_uid) DO NOTHING";

// An erasure reaches the centre's history too: every earlier copy of the customer becomes the
// erased record, so the personal data is gone there as well.
constexpr const char* kScrubErased
    = "UPDATE ss_changes x SET payload = c.payload FROM jsonb_to_recordset($1::jsonb) AS c(entity text,"
      " entity_uid text, payload jsonb) WHERE c.entity = 'customer' AND c.payload->>'erased_at' IS NOT NULL"
      " AND x.entity = 'customer' AND x.entity_uid = c.entity_uid";

Result<QByteArray> batchJson(Connection& local, const std::vector<OutboxChange>& changes)
{
    // One read snapshot: a sale and its lines are read as committed together.
    auto snapshot = Transaction::beginRead(local);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    QJsonArray batch;
    int ord = 0;
    for (const OutboxChange& change : changes) {
        auto payload = changePayload(local, change.entity, change.entityUid);
        if (!payload)
            return std::unexpected(payload.error());
        batch.append(QJsonObject {
            {QStringLiteral("ord"), ++ord},
            {QStringLiteral("change_uid"), change.changeUid},
            {QStringLiteral("entity"), change.entity},
            {QStringLiteral("entity_uid"), change.entityUid},
            {QStringLiteral("op"), change.op},
            {QStringLiteral("payload"), *payload},
            {QStringLiteral("changed_at"), change.createdAtUtc.toString(Qt::ISODateWithMs)},
        });
    }
    if (auto r = snapshot->commit(); !r)
        return std::unexpected(r.error());
    return QJsonDocument(batch).toJson(QJsonDocument::Compact);
}

} // namespace

Result<PushResult> pushPending(Connection& local, PgConnection& central, const TerminalIdentity& identity, int batch)
{
    auto changes = pendingChanges(local, batch);
    if (!changes)
        return std::unexpected(changes.error());
    PushResult result;
    if (changes->empty())
        return result;
    auto json = batchJson(local, *changes);
    if (!json)
        return std::unexpected(json.error());
    const QStringList parameters {identity.origin(), QString::fromUtf8(*json), identity.shop};

    auto transaction = PgTransaction::begin(central);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto r = central.exec(kPushLock); !r)
        return std::unexpected(r.error());
    auto inserted = central.exec(kInsertChanges, parameters.mid(0, 2));
    if (!inserted)
        return std::unexpected(inserted.error());
    const std::pair<const char*, QStringList> followUps[] {
        {kInsertSales, parameters},
        {kRecordRedemptions, parameters.mid(0, 2)},
        {kRecordDoubles, parameters.mid(0, 2)},
        {kScrubErased, parameters.mid(1, 1)},
    };
    for (const auto& [sql, used] : followUps) {
        if (auto r = central.exec(sql, used); !r)
            return std::unexpected(r.error());
    }
    if (auto r = central.exec("UPDATE ss_terminals SET last_push_at = now() WHERE origin = $1", {identity.origin()});
        !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());

    // The centre has them now. Marking them here can fail (a full disk): then the next round sends
    // them again and the centre skips them, which is why a lost acknowledgement is harmless.
    std::vector<QString> uids;
    uids.reserve(changes->size());
    for (const OutboxChange& change : *changes)
        uids.push_back(change.changeUid);
    if (auto marked = markPushed(local, uids, QDateTime::currentDateTimeUtc()); !marked)
        return std::unexpected(marked.error());
    result.sent = static_cast<int>(changes->size());
    result.accepted = inserted->count();
    return result;
}

} // namespace ss::db::sync
