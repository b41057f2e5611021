// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "customers/Customer.h"

#include <QFuture>

#include <vector>

namespace ss::core {

/// What the counter may show of a customer: enough to recognise them, not to read their details
/// out to the queue.
struct CustomerMatch
{
    QString uid;
    QString firstName;
    QString lastInitial;
    QString phoneEnding; ///< Last three digits, or empty.
    QString emailDomain; ///< The part after @, or empty.
    qint64 visits = 0;
};

/// A look-up from what the cashier typed or scanned: exactly one of the four is set.
struct CustomerQuery
{
    QString code; ///< A scanned loyalty card, or a receipt or coupon that carries the customer.
    QString phonePrefix; ///< E.164 prefix, "+4477009".
    QString emailPrefix; ///< Lower case.
    QString namePrefix; ///< First or last name starts with it (case-insensitive).
    [[nodiscard]] bool isEmpty() const
    {
        return code.isEmpty() && phonePrefix.isEmpty() && emailPrefix.isEmpty() && namePrefix.isEmpty();
    }
};

/// Builds the query: a code when it is one word of letters and digits mixed (a receipt number
/// "T01-000042", a coupon or a loyalty card); phone when it reads as the start of a number
/// (≥ 4 digits); email when it has an @; otherwise a name of at least two letters.
[[nodiscard]] CustomerQuery customerQueryFor(const QString& typed, const QString& region);

/// A customer to create at the counter, already normalised, with their answers per channel.
struct NewCustomer
{
    QString firstName;
    QString lastName;
    QString email;
    QString phoneE164;
    QString postcode;
    bool emailConsent = false;
    bool smsConsent = false;
    bool postConsent = false;
    QString wordingVersion; ///< The consent text the customer was shown.
    QString cashierUid;
};

enum class CaptureOutcome {
    Created,
    Found,
    Skipped,
};

struct CaptureCounts
{
    qint64 created = 0;
    qint64 found = 0;
    qint64 skipped = 0;
};

class CustomerPort
{
public:
    virtual ~CustomerPort() = default;
    [[nodiscard]] virtual QFuture<Result<std::vector<CustomerMatch>>> find(const CustomerQuery& query, int limit) = 0;
    /// Customers with the same phone or email, or the same first and last name.
    [[nodiscard]] virtual QFuture<Result<std::vector<CustomerMatch>>> likelyDuplicates(const NewCustomer& customer) = 0;
    /// Creates the customer with a consent-ledger entry per channel it has an address for, and
    /// records the capture — all in one transaction.
    [[nodiscard]] virtual QFuture<Result<CustomerMatch>> create(const NewCustomer& customer) = 0;
    /// Records a found customer or a skipped prompt (`reason` optional, no personal data).
    [[nodiscard]] virtual QFuture<Result<bool>> recordCapture(
        const QString& cashierUid, CaptureOutcome outcome, const QString& customerUid, const QString& reason)
        = 0;
    [[nodiscard]] virtual QFuture<Result<CaptureCounts>> captureCounts(const QString& cashierUid) = 0;
};

} // namespace ss::core
