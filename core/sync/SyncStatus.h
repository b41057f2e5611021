// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace ss::core {

/// A coupon two tills took while one of them was offline, with both receipts.
struct DoubleRedemption
{
    QString code;
    QString keptReceipt; ///< The redemption the centre had first.
    QString secondReceipt;
};

/// What the till shows of its sync with the other tills (docs/scaling.md).
struct SyncStatus
{
    bool configured = false; ///< False: this till works alone, and there is nothing to show.
    bool online = false; ///< The last round reached the central store.
    QDateTime lastSyncUtc; ///< The last round that pushed and pulled everything.
    qint64 pending = 0; ///< Changes made here the centre does not have yet.
    int doubleRedemptions = 0; ///< Coupons used twice while a till was offline, for the owner.
    std::vector<DoubleRedemption> latestDoubles; ///< The newest few of them.
    QString lastError; ///< Technical; never personal data.
};

} // namespace ss::core
