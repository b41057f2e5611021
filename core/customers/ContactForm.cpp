// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactForm.h"

#include "ContactDetails.h"

namespace ss::core {

std::expected<ValidContact, ContactProblem> validateContact(const ContactForm& form, const QString& region)
{
    ValidContact valid;
    valid.firstName = cleanName(form.firstName);
    valid.lastName = cleanName(form.lastName);
    if (valid.firstName.isEmpty())
        return std::unexpected(ContactProblem::FirstNameMissing);
    if (!form.email.trimmed().isEmpty()) {
        auto email = normaliseEmail(form.email);
        if (!email)
            return std::unexpected(ContactProblem::EmailInvalid);
        valid.email = *email;
    }
    if (!form.phone.trimmed().isEmpty()) {
        auto phone = normalisePhone(form.phone, region);
        if (!phone)
            return std::unexpected(ContactProblem::PhoneInvalid);
        valid.phoneE164 = *phone;
    }
    if (valid.email.isEmpty() && valid.phoneE164.isEmpty())
        return std::unexpected(ContactProblem::NoWayToReach);
    // Postcodes differ by country; letters, digits, one space or hyphen between, at most 12.
    const QString postcode = form.postcode.simplified().toUpper();
    for (QChar c : postcode) {
        if (!(c.isLetterOrNumber() || c == u' ' || c == u'-') || c.unicode() > 0x7f)
            return std::unexpected(ContactProblem::PostcodeInvalid);
    }
    if (postcode.size() > 12)
        return std::unexpected(ContactProblem::PostcodeInvalid);
    valid.postcode = postcode;
    return valid;
}

} // namespace ss::core
