// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"

#include <QDateTime>

#include <vector>

namespace ss::db {

/// One change other terminals must hear of, as the schema's triggers recorded it (step 0010).
struct OutboxChange
{
    qint64 id = 0;
    QString changeUid; ///< Globally unique: the central store applies it once, replays are harmless.
    QString entity; ///< "sale", "customer", "consent", "coupon", "product"
    QString entityUid;
    QString op; ///< "insert", "update", "redeem", "void"
    QDateTime createdAtUtc;
};

/// The oldest changes not yet pushed, in the order they happened, at most `limit`.
[[nodiscard]] core::Result<std::vector<OutboxChange>> pendingChanges(Connection& connection, int limit);

/// Marks these changes as accepted by the central store; changes already marked stay as they were
/// (a second acknowledgement of the same push changes nothing). Returns how many were newly marked.
[[nodiscard]] core::Result<int> markPushed(
    Connection& connection, const std::vector<QString>& changeUids, const QDateTime& atUtc);

[[nodiscard]] core::Result<qint64> pendingChangeCount(Connection& connection);

} // namespace ss::db
