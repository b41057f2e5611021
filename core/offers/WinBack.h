// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offers/Coupon.h"

#include <QByteArray>
#include <QDate>

#include <optional>
#include <vector>

namespace ss::core {

/// A lapsed customer to invite back on one channel: they said yes on it, and the store has an address
/// for it (an email, a phone number, or the postcode for post).
struct WinBackInvitation
{
    qint64 number = 0;
    QString firstName;
    QString lastName;
    QString address; ///< On the channel asked for.
    QDate lastVisit;
    qint64 visits = 0;
    qint64 spentMinor = 0;
    std::optional<CouponRecord> coupon; ///< Issued to them with the list, when asked for.
};

struct WinBackInvitations
{
    QString channel;
    std::vector<WinBackInvitation> people;
    QByteArray csv; ///< For the shop's mail tool, formula-safe.
    int couponsIssued = 0;
};

} // namespace ss::core
