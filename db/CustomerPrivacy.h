// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "ports/CustomerRecordsPort.h"

#include <QDateTime>

namespace ss::db {

/// One customer's data as they may ask to see it: every personal field, the consent history, their
/// sales with lines, and the coupons issued to them — nothing about anyone else.
using CustomerExport = core::CustomerDataExport;

/// `customer` is the customer's uid or numeric id. `actorUid` (a member of staff, or empty for the
/// owner's command line) is named in the audit log of every call here.
[[nodiscard]] core::Result<CustomerExport> exportCustomer(
    Connection& connection, const QString& customer, const QString& actorUid = {});

/// Erases a customer on request: personal fields cleared, every consent withdrawn (new ledger
/// entries), the erasure audited; their sales stay (anonymous) so the books still add up. Deleted
/// bytes are overwritten (secure_delete) and the file is vacuumed and the WAL emptied, so no old
/// copy of the personal data remains in the database file.
[[nodiscard]] core::Result<void> eraseCustomer(
    Connection& connection, const QString& customer, const QDateTime& nowUtc, const QString& actorUid = {});

/// Merges `merged` into `kept` (uids or numbers): every sale, coupon and capture of `merged` moves to
/// `kept`, empty fields of `kept` are filled from `merged`, and `merged` becomes a tombstone pointing
/// at `kept` whose consent entries (append-only) count for `kept` in exports and erasure. Audited.
[[nodiscard]] core::Result<void> mergeCustomers(Connection& connection, const QString& kept, const QString& merged,
    const QDateTime& nowUtc, const QString& actorUid = {});

/// The same inside a transaction the caller holds: a merge made at another till, applied with the
/// rest of a sync pull, so this till's own sales and coupons of the duplicate follow too.
[[nodiscard]] core::Result<void> mergeCustomersInTransaction(Connection& connection, const QString& kept,
    const QString& merged, const QDateTime& nowUtc, const QString& actorUid = {});

} // namespace ss::db
