// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ss::core {

/// What went wrong, as a code the UI and the command line translate into words for people.
enum class ErrorCode {
    InvalidArgument,
    NeedsApproval, ///< Allowed only with a manager's (or owner's) approval.
    PermissionDenied, ///< The member of staff's role may not do this at all.
    NotFound,
    AlreadyExists,
    WrongKey, ///< The key does not open the file, or the file is not an encrypted database.
    NotSecondSaleDatabase, ///< The key opens the file but it holds no SecondSale schema.
    SchemaTooNew, ///< Written by a newer SecondSale; refusing to touch it.
    DbCorrupt,
    DbBusy,
    DbFull,
    ConstraintViolated,
    Io,
    DeviceNotFound,
    DeviceBusy,
    DeviceTimeout,
    DeviceIo,
    Internal,
};

/// A failure: a code for decisions and a technical detail for logs. Never holds personal data.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString detail;
};

/// A short English name of the code, for logs and the command line's stderr.
[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace ss::core
