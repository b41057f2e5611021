// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteError.h"

#include <sqlite3.h>

namespace ss::db {

core::Error sqliteError(sqlite3* db, int resultCode, QStringView context)
{
    using core::ErrorCode;
    ErrorCode code = ErrorCode::Internal;
    switch (resultCode & 0xFF) {
    case SQLITE_NOTADB: code = ErrorCode::WrongKey; break;
    case SQLITE_CORRUPT: code = ErrorCode::DbCorrupt; break;
    case SQLITE_FULL: code = ErrorCode::DbFull; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: code = ErrorCode::DbBusy; break;
    case SQLITE_CONSTRAINT: code = ErrorCode::ConstraintViolated; break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM: code = ErrorCode::Io; break;
    default: break;
    }
    const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    return {code, QStringLiteral("%1: %2 (%3)").arg(context, QString::fromUtf8(message)).arg(resultCode)};
}

} // namespace ss::db
