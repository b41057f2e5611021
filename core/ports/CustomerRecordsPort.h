// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "customers/ContactForm.h"
#include "customers/Customer.h"
#include "ports/CustomerPort.h"

#include <QDateTime>
#include <QFuture>
#include <QStringList>

#include <optional>
#include <vector>

namespace ss::core {

/// A customer as the customer screens show them to a manager: every personal field.
struct CustomerSummary
{
    QString uid;
    qint64 number = 0; ///< The local record number, for `secondsale-admin customer … --id`.
    QString firstName;
    QString lastName;
    QString email;
    QString phoneE164;
    QString postcode;
    QString cardCode; ///< Loyalty card number, or empty.
    qint64 visits = 0; ///< Sales (not refunds).
    qint64 spentMinor = 0; ///< Sales minus refunds.
    QDateTime firstVisitUtc;
    QDateTime lastVisitUtc;
};

struct PurchaseLine
{
    QString description;
    qint64 quantity = 0;
    qint64 totalMinor = 0;
};

struct CustomerPurchase
{
    QString receiptNo;
    bool refund = false;
    QDateTime atUtc;
    qint64 totalMinor = 0;
    QString currency;
    std::vector<PurchaseLine> lines;
};

struct ConsentEntry
{
    ConsentChannel channel = ConsentChannel::Email;
    bool granted = false;
    QString wordingVersion;
    QString recordedBy; ///< The member of staff's name; empty when the system wrote it (erasure).
    QDateTime atUtc;
};

struct CustomerCoupon
{
    QString code;
    QString discountKind; ///< "percent" (value in basis points) or "amount" (minor units)
    qint64 discountValue = 0;
    QDateTime issuedAtUtc;
    QDateTime validUntilUtc;
    QDateTime redeemedAtUtc; ///< Invalid while unused.
    QString issuedReceipt;
    QString redeemedReceipt;
};

struct InterestChoice
{
    QString categoryUid;
    QString name;
    bool chosen = false;
};

/// Everything the profile screen shows; consents include those of records merged into this one.
struct CustomerProfile
{
    CustomerSummary summary;
    std::vector<CustomerPurchase> purchases; ///< Newest first.
    std::vector<ConsentEntry> consents; ///< Oldest first, as the ledger was written.
    std::vector<CustomerCoupon> coupons;
    std::vector<InterestChoice> interests; ///< Every category, with the customer's choices.

    /// The latest answer on `channel`, or std::nullopt when never asked.
    [[nodiscard]] std::optional<bool> consentNow(ConsentChannel channel) const;
};

/// An edit of a customer's details from the profile screen, already validated (validateContact).
struct CustomerEdit
{
    QString uid;
    ValidContact contact;
    QString cardCode;
    QStringList interestCategoryUids;
};

/// One customer's data as they may ask to see it, machine-readable.
struct CustomerDataExport
{
    QByteArray json;
    QByteArray csv; ///< "section,field,value" rows, for a spreadsheet.
};

/// The customer screens' storage. Every call names the member of staff acting (`actorUid`): storage
/// refuses with PermissionDenied unless they are an active manager or owner, and audits each change
/// and each export under their name, so the rule holds whatever screen or script calls it.
class CustomerRecordsPort
{
public:
    virtual ~CustomerRecordsPort() = default;
    /// Customers matching `query` (see customerQueryFor); the most recently created when it is empty.
    [[nodiscard]] virtual QFuture<Result<std::vector<CustomerSummary>>> list(
        const QString& actorUid, const CustomerQuery& query, int limit)
        = 0;
    [[nodiscard]] virtual QFuture<Result<CustomerProfile>> profile(const QString& actorUid, const QString& customerUid)
        = 0;
    /// AlreadyExists when another customer has that phone, email or card.
    [[nodiscard]] virtual QFuture<Result<bool>> update(const QString& actorUid, const CustomerEdit& edit) = 0;
    /// Appends an answer to the consent ledger (a withdrawal is `granted = false`).
    [[nodiscard]] virtual QFuture<Result<bool>> recordConsent(const QString& actorUid, const QString& customerUid,
        ConsentChannel channel, bool granted, const QString& wordingVersion)
        = 0;
    /// Moves all of `mergedUid`'s history to `keptUid`; see db::mergeCustomers.
    [[nodiscard]] virtual QFuture<Result<bool>> merge(
        const QString& actorUid, const QString& keptUid, const QString& mergedUid)
        = 0;
    [[nodiscard]] virtual QFuture<Result<CustomerDataExport>> exportData(
        const QString& actorUid, const QString& customerUid)
        = 0;
    /// Erases the personal fields for good; the customer's sales stay, anonymous.
    [[nodiscard]] virtual QFuture<Result<bool>> erase(const QString& actorUid, const QString& customerUid) = 0;
};

} // namespace ss::core
