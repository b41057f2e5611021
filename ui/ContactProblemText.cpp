// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactProblemText.h"

#include <QCoreApplication>

namespace ss::ui {

QString contactProblemText(core::ContactProblem problem)
{
    switch (problem) {
    case core::ContactProblem::FirstNameMissing:
        return QCoreApplication::translate("ContactForm", "A first name is needed (it goes on the receipt).");
    case core::ContactProblem::EmailInvalid:
        return QCoreApplication::translate("ContactForm", "That email address does not look right.");
    case core::ContactProblem::PhoneInvalid:
        return QCoreApplication::translate("ContactForm", "That phone number does not look right.");
    case core::ContactProblem::NoWayToReach:
        return QCoreApplication::translate("ContactForm", "An email or a phone number is needed to invite them back.");
    case core::ContactProblem::PostcodeInvalid:
        return QCoreApplication::translate(
            "ContactForm", "That postcode does not look right (letters, digits and one space, at most 12).");
    }
    return {};
}

} // namespace ss::ui
