// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customers/ContactForm.h"

#include <QString>

namespace ss::ui {

/// What to tell the person at the screen about a customer form that does not validate.
[[nodiscard]] QString contactProblemText(core::ContactProblem problem);

} // namespace ss::ui
