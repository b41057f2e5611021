// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "store/StoreProfile.h"

#include <optional>

namespace ss::db {

struct StoreOpenOptions
{
    CipherSettings cipher;
    bool autoCheckpoint = true;
    /// Run `PRAGMA quick_check` after opening (start-up self-check); benchmarks may skip it.
    bool quickCheck = true;
};

/// Opens an existing SecondSale store: key verified, our application id checked, integrity
/// quick-checked, and — after a backup next to the file — migrated to this build's schema.
/// Errors: NotFound, WrongKey, NotSecondSaleDatabase, SchemaTooNew, DbCorrupt, Io.
[[nodiscard]] core::Result<Connection> openStore(
    const QString& path, const QByteArray& key, const StoreOpenOptions& options = {});

/// Creates a new, empty store with the latest schema and the given profile. Refuses an existing file.
[[nodiscard]] core::Result<Connection> createStore(const QString& path, const QByteArray& key,
    const core::StoreProfile& profile, const StoreOpenOptions& options = {});

/// Records the file's format settings (cipher page size, KDF iterations, creation time) in meta,
/// since SQLCipher 3 keeps none of them in the file.
[[nodiscard]] core::Result<void> writeFileFormat(Connection& connection, const CipherSettings& cipher);

/// Stores the profile (name, address, currency, country, terminal id) in the meta table.
[[nodiscard]] core::Result<void> writeStoreProfile(Connection& connection, const core::StoreProfile& profile);
[[nodiscard]] core::Result<core::StoreProfile> readStoreProfile(Connection& connection);

/// One setting in the meta table; nullopt when it was never set.
[[nodiscard]] core::Result<std::optional<QString>> readMeta(Connection& connection, const QString& key);
/// Sets one setting in the meta table (an unset value, a null QString, is stored as '').
[[nodiscard]] core::Result<void> writeMeta(Connection& connection, const QString& key, const QString& value);

/// Marks the store as the demo store (opened with the published demo key).
[[nodiscard]] core::Result<void> markAsDemo(Connection& connection);
[[nodiscard]] core::Result<core::StoreOverview> readStoreOverview(Connection& connection);

} // namespace ss::db
