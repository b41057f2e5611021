// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "StoreFile.h"
#include "store/StoreSetup.h"

namespace ss::db {

/// Creates the store the first-run wizard described: the encrypted file with its profile, the tax
/// classes, the owner's account (PIN hashed) and an audit entry. All or nothing: when any part
/// fails, the new file (and its WAL) is removed, so the next attempt starts clean.
/// Errors: InvalidArgument (the setup breaks StoreSetupRules), AlreadyExists, Io, DbFull.
[[nodiscard]] core::Result<Connection> createConfiguredStore(
    const QString& path, const core::StoreSetup& setup, const StoreOpenOptions& options = {});

} // namespace ss::db
