// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"

namespace ss::app {

QString ErrorText::describe(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::WrongKey: return tr("The key does not open this file, or it is not an encrypted database.");
    case ErrorCode::NotSecondSaleDatabase: return tr("This file is not a SecondSale database.");
    case ErrorCode::SchemaTooNew:
        return tr("This database was written by a newer SecondSale. Update SecondSale first.");
    case ErrorCode::DbCorrupt: return tr("The database is damaged. Restore the latest backup.");
    case ErrorCode::NotFound: return tr("Not found.");
    case ErrorCode::AlreadyExists: return tr("The target file already exists. Nothing was changed.");
    case ErrorCode::DbFull: return tr("The disk is full. Nothing was changed.");
    case ErrorCode::DbBusy: return tr("The database is in use by another program. Close it first.");
    case ErrorCode::Io: return tr("The file could not be read or written.");
    case ErrorCode::InvalidArgument: return tr("The request is not valid.");
    default: return tr("Something went wrong inside SecondSale (%1).").arg(core::errorCodeName(code));
    }
}

} // namespace ss::app
