// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncRound.h"

#include "AbandonedClaims.h"
#include "SyncState.h"

#include "Connection.h"
#include "Outbox.h"
#include "Statement.h"
#include "UtcTime.h"

namespace ss::db::sync {

using core::Result;

namespace {

Result<RoundResult> runRound(Connection& local, PgConnection& central, const TerminalIdentity& identity, int batch)
{
    RoundResult round;
    for (;;) {
        auto pushed = pushPending(local, central, identity, batch);
        if (!pushed)
            return std::unexpected(pushed.error());
        round.pushed += pushed->sent;
        round.accepted += pushed->accepted;
        if (pushed->sent < batch)
            break;
    }
    // After the push, so a sale committed here is already central and its claim plainly kept.
    auto freed = releaseAbandonedClaims(local, central, identity);
    if (!freed)
        return std::unexpected(freed.error());
    round.claimsFreed = *freed;
    for (;;) {
        auto pulled = pullChanges(local, central, identity, batch);
        if (!pulled)
            return std::unexpected(pulled.error());
        round.pulled.received += pulled->received;
        round.pulled.applied += pulled->applied;
        round.pulled.skipped += pulled->skipped;
        if (!pulled->lastProblem.isEmpty())
            round.pulled.lastProblem = pulled->lastProblem;
        if (pulled->received < batch)
            break;
    }
    if (auto r = pullCouponConflicts(local, central); !r)
        return std::unexpected(r.error());
    return round;
}

} // namespace

Result<RoundResult> syncRound(Connection& local, PgConnection& central, const TerminalIdentity& identity, int batch)
{
    auto round = runRound(local, central, identity, batch);
    if (!round) {
        (void)noteSyncFailure(local, round.error().detail);
        return round;
    }
    const QString problem = round->pulled.skipped > 0
        ? QStringLiteral("%1 change(s) from other tills refused here; last: %2")
              .arg(round->pulled.skipped)
              .arg(round->pulled.lastProblem)
        : QString();
    if (auto r = writeSyncValue(local, SyncKey::LastError, problem); !r)
        return std::unexpected(r.error());
    if (auto r = writeSyncValue(local, SyncKey::LastSyncAt, core::toStorageTime(QDateTime::currentDateTimeUtc())); !r)
        return std::unexpected(r.error());
    return round;
}

Result<void> noteSyncFailure(Connection& local, const QString& reason)
{
    return writeSyncValue(local, SyncKey::LastError, reason.isEmpty() ? QStringLiteral("sync failed") : reason);
}

Result<core::SyncStatus> readSyncStatus(Connection& local)
{
    core::SyncStatus status;
    status.configured = true;
    auto last = readSyncValue(local, SyncKey::LastSyncAt);
    auto error = readSyncValue(local, SyncKey::LastError);
    auto pending = pendingChangeCount(local);
    auto doubles = local.queryInt("SELECT count(*) FROM coupon_conflicts", u"coupon conflicts");
    if (!last)
        return std::unexpected(last.error());
    if (!error)
        return std::unexpected(error.error());
    if (!pending)
        return std::unexpected(pending.error());
    if (!doubles)
        return std::unexpected(doubles.error());
    status.lastSyncUtc = core::fromStorageTime(*last);
    status.lastError = *error;
    status.pending = *pending;
    status.doubleRedemptions = static_cast<int>(*doubles);
    auto latest = Statement::prepare(
        local, "SELECT code, kept_receipt, second_receipt FROM coupon_conflicts ORDER BY central_id DESC LIMIT 3");
    if (!latest)
        return std::unexpected(latest.error());
    if (auto read = latest->forEach([&](const Statement& row) {
            status.latestDoubles.push_back({row.columnText(0), row.columnText(1), row.columnText(2)});
        });
        !read)
        return std::unexpected(read.error());
    return status;
}

} // namespace ss::db::sync
