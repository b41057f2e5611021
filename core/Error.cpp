// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace ss::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid argument");
    case ErrorCode::NeedsApproval: return QStringLiteral("needs a manager's approval");
    case ErrorCode::PermissionDenied: return QStringLiteral("not allowed for this role");
    case ErrorCode::NotFound: return QStringLiteral("not found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already exists");
    case ErrorCode::WrongKey: return QStringLiteral("wrong key or not an encrypted database");
    case ErrorCode::NotSecondSaleDatabase: return QStringLiteral("not a SecondSale database");
    case ErrorCode::SchemaTooNew: return QStringLiteral("database written by a newer SecondSale");
    case ErrorCode::DbCorrupt: return QStringLiteral("database damaged");
    case ErrorCode::DbBusy: return QStringLiteral("database busy");
    case ErrorCode::DbFull: return QStringLiteral("disk full");
    case ErrorCode::ConstraintViolated: return QStringLiteral("constraint violated");
    case ErrorCode::Io: return QStringLiteral("input/output error");
    case ErrorCode::DeviceNotFound: return QStringLiteral("device not found");
    case ErrorCode::DeviceBusy: return QStringLiteral("device busy");
    case ErrorCode::DeviceTimeout: return QStringLiteral("device timeout");
    case ErrorCode::DeviceIo: return QStringLiteral("device input/output error");
    case ErrorCode::Internal: return QStringLiteral("internal error");
    }
    return QStringLiteral("unknown error");
}

} // namespace ss::core
