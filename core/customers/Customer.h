// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ss::core {

/// A customer as captured at the counter. Personal data: never logged, stored only encrypted.
struct CustomerRecord
{
    QString uid;
    QString firstName;
    QString lastName;
    QString email; ///< Normalised: trimmed, lower case. May be empty.
    QString phoneE164; ///< "+447700900123". May be empty.
    QString postcode;
    QDateTime createdAtUtc;
    QString createdByCashierUid;
};

enum class ConsentChannel {
    Email,
    Sms,
    Post,
};

[[nodiscard]] QString consentChannelKey(ConsentChannel channel);

/// One entry of the append-only consent ledger: a later withdrawal is a new entry, never an edit.
struct ConsentRecord
{
    QString uid;
    QString customerUid;
    ConsentChannel channel = ConsentChannel::Email;
    bool granted = false;
    QString wordingVersion; ///< Which text the customer was shown, e.g. "capture-2026-01".
    QString cashierUid;
    QDateTime recordedAtUtc;
};

} // namespace ss::core
