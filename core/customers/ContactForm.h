// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace ss::core {

/// A customer's contact details as typed at the counter or on the customer screen.
struct ContactForm
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString postcode;
};

/// The same details, cleaned and normalised (E.164 phone, lower-case email, upper-case postcode).
struct ValidContact
{
    QString firstName;
    QString lastName;
    QString email;
    QString phoneE164;
    QString postcode;
};

/// What is wrong with a form, for the screen to put into words. Never carries the input itself.
enum class ContactProblem {
    FirstNameMissing,
    EmailInvalid,
    PhoneInvalid,
    NoWayToReach, ///< Neither an email nor a phone number: the shop could not invite them back.
    PostcodeInvalid,
};

/// One rule for every place that takes a customer's details: a first name (for the receipt) and an
/// email or a phone number; phone numbers read in `region` (the shop's country).
[[nodiscard]] std::expected<ValidContact, ContactProblem> validateContact(
    const ContactForm& form, const QString& region);

} // namespace ss::core
