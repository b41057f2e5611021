// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace ss::app {

/// Words for people about an error code: what happened and what to do. The technical detail stays
/// in logs and on the command line's stderr.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    [[nodiscard]] static QString describe(core::ErrorCode code);
};

} // namespace ss::app
